// blind1: PII and look-alike helpers shared by the document kinds.
import * as V from './values.mjs';
import { rng as R } from './values.mjs';
import * as D from './data.mjs';

export const PII = {
  CREDIT_CARD: () => V.card(), EMAIL_ADDRESS: () => D.email(), PHONE_NUMBER: () => D.phone(), IP_ADDRESS: () => (R.bool(0.75) ? V.ipv4() : V.ipv6()),
  CRYPTO: () => V.btc(), MEDICAL_LICENSE: () => V.dea(), US_PASSPORT: () => V.passport(), US_ITIN: () => V.itin(), US_SSN: () => V.ssn(),
  IBAN_CODE: () => V.iban(), PERSON: () => D.person().name, LOCATION: () => D.location(), UK_NHS: () => V.nhs(),
  US_DRIVER_LICENSE: () => V.driverLicense(), US_BANK_NUMBER: () => V.bankAccount(),
};
export const pii = (d, ent, v) => d.p(ent, v ?? PII[ent]());

export const LOOK = {
  git_sha: () => (R.bool(0.7) ? V.gitSha() : V.gitSha(R.range(7, 12))), uuid: V.uuid, digest: V.digest, integrity: V.integrity, hash: V.md5,
  certificate: V.certificate, public_key: () => R.pick([V.sshPub, V.stripePk, V.mapboxPk])(), placeholder: () => R.pick(V.PLACEHOLDERS),
  aws_example_key: () => R.pick(V.AWS_EXAMPLES), env_reference: () => V.envRef(R.pick(['API_TOKEN', 'DB_PASSWORD', 'STRIPE_KEY', 'GITHUB_TOKEN', 'SMTP_PASS'])),
  order_number: V.orderNo, invoice_number: V.invoiceNo, tracking_number: V.trackingNo, version: V.version, build_number: V.buildNo, date: V.date,
  timestamp: () => (R.bool(0.7) ? V.isoTs() : V.epoch()), price: V.price, coordinates: V.coords, isbn: V.isbn, hex_color: V.hexColor,
  invalid_card: V.invalidCard, invalid_iban: V.invalidIban, invalid_ssn: V.invalidSsn, vendor_test_card: V.testCard, request_id: V.requestId,
  crm_id: V.crmId, k8s_resource_version: V.k8sRv, product_code: V.productCode, mac_address: V.mac, hostname: D.host, data_uri: V.dataUri,
};
export const look = (d, what, v) => d.l(what, v ?? LOOK[what]());

// A sentence or field carrying a random look-alike, with its own lead-in.
const LEADS = {
  git_sha: ['commit ', 'fixed in ', 'rev: '], uuid: ['tenant_id=', 'correlation ', 'device '], digest: ['image digest ', 'layer '], integrity: ['integrity: '],
  hash: ['md5 ', 'checksum: '], public_key: ['pubkey: ', 'publishable key '], placeholder: ['token: ', 'password = ', 'key='], aws_example_key: ['e.g. '],
  env_reference: ['value: ', 'token from '], order_number: ['order ', 'Bestellung ', 'pedido '], invoice_number: ['invoice ', 'Rechnung ', 'facture '],
  tracking_number: ['tracking ', 'Sendungsnummer '], version: ['version ', 'ver. ', 'release '], build_number: ['build ', 'pipeline '], date: ['on ', 'due '],
  timestamp: ['at ', 'ts='], price: ['total ', 'amount '], coordinates: ['geo: ', 'pin at '], isbn: ['ISBN '], hex_color: ['color: '],
  invalid_card: ['card (rejected, typo) '], invalid_iban: ['IBAN as typed (bounced): '], invalid_ssn: ['ssn field (test value) '], vendor_test_card: ['test card '],
  request_id: ['request-id: ', 'trace '], crm_id: ['account ', 'contact id '], k8s_resource_version: ['resourceVersion '], product_code: ['part no. ', 'SKU '],
  mac_address: ['mac '], hostname: ['host ', 'via '], data_uri: ['icon '],
};
export const INLINE = Object.keys(LEADS).filter((w) => !['certificate', 'data_uri'].includes(w));
export function lookInline(d, what) { what = what ?? R.pick(INLINE); d.t(R.pick(LEADS[what] ?? [''])); const v = look(d, what.replace(/^v$/, '')); return v; }
export { R, V, D };
