// small shared helpers for document modules
import { S, P, L, T, J, F } from './lib.mjs';
import * as LK from './look.mjs';
import * as PI from './pii.mjs';
export const Sv = (s, v) => S(s.e, v ?? s.v);
export function helpers(r) {
  return {
    ts: () => L('timestamp', LK.isoTs(r)),
    date: () => L('date', LK.date(r)),
    sha: (short) => L('git_sha', LK.gitSha(r, short)),
    uuid: () => L('uuid', LK.uuid(r)),
    rid: () => L('request_id', LK.requestId(r)),
    ver: () => L('version', LK.version(r)),
    ph: () => L('placeholder', LK.placeholder(r)),
    env: (n, st) => L('env_reference', LK.envRef(r, n, st)),
    price: () => L('price', LK.price(r)),
    order: () => L('order_number', LK.orderNo(r)),
    inv: () => L('invoice_number', LK.invoiceNo(r)),
    track: () => L('tracking_number', LK.tracking(r)),
    digest: () => L('digest', LK.dockerDigest(r)),
    crm: () => L('crm_id', LK.crmId(r)),
    build: () => L('build_number', LK.buildNo(r)),
    host: () => L('hostname', LK.hostname(r)),
    person: (cult) => P('PERSON', PI.person(r, cult)),
    city: () => P('LOCATION', PI.city(r)),
    country: () => P('LOCATION', PI.country(r)),
    street: () => P('LOCATION', PI.street(r)),
    phone: (cc) => P('PHONE_NUMBER', PI.phone(r, cc)),
    email: (name) => P('EMAIL_ADDRESS', PI.email(r, name)),
    ip: () => P('IP_ADDRESS', PI.clientIp(r)),
    card: (b, f) => P('CREDIT_CARD', PI.card(r, b, f)),
    iban: (cc, g) => P('IBAN_CODE', PI.iban(r, cc, g)),
    ssn: (sep) => P('US_SSN', PI.ssn(r, sep)),
    itin: (sep) => P('US_ITIN', PI.itin(r, sep)),
    pass: () => P('US_PASSPORT', PI.passport(r)),
    dl: (st) => P('US_DRIVER_LICENSE', PI.driverLicense(r, st)),
    bank: () => P('US_BANK_NUMBER', PI.bankAccount(r)),
    btc: (k) => P('CRYPTO', PI.btc(r, k)),
    dea: (ln) => P('MEDICAL_LICENSE', PI.dea(r, ln)),
    nhs: (f) => P('UK_NHS', PI.nhs(r, f)),
    badCard: () => L('invalid_card', LK.badCard(r)),
    badIban: () => L('invalid_iban', LK.badIban(r)),
    badSsn: () => L('invalid_ssn', LK.badSsn(r)),
    testCard: () => L('vendor_test_card', LK.testCard(r)),
    prof: (sel) => { const q = PI.profile(r, sel); return { cc: q.cc, person: () => P('PERSON', q.person()), name: q.person, street: () => P('LOCATION', q.street()), city: () => P('LOCATION', q.city()), country: () => P('LOCATION', q.country()), phone: () => P('PHONE_NUMBER', q.phone()) }; },
    awsEx: (k) => L('aws_example_key', LK.awsExample(r, k)),
  };
}
export { LK, PI };
export { S, P, L, T, J, F, CS, jsonEsc, b64, b64u, wrap } from './lib.mjs';
