// shared helpers for the train6 document templates
export * from './lib.mjs';
export * from './pii.mjs';
export { KINDS, BY, gen, drawKind, oneLine, isPw, password, pwUrl, ghToken, awsKeyId, awsSecret, awsSession, rsaKey, pkcs8Key, ecKey, opensshKey, pgpKey, anyPem, jwtUser, jwtK8s, uuidLike } from './secrets.mjs';
export { LK, lk, lkAny } from './look.mjs';
import { S, P, pick, int, chance, digits } from './lib.mjs';
import { BY, drawKind, oneLine, isPw } from './secrets.mjs';
import * as pii from './pii.mjs';
// a labelled secret of kind e (fresh value)
export const sec = (e, v) => S(e, v ?? BY[e].g());
// draw a one-line secret kind from the deck; returns {k, env, span}
// draw(): token-like kinds (for headers, 'use this key'...); drawAny(): any one-line kind incl. passwords (env assignments)
export function drawAny(filter) { const k = drawKind((x) => oneLine(x) && (!filter || filter(x))); return { k, env: pick(k.k), span: S(k.e, k.g()), e: k.e }; }
export function draw(filter) { const k = drawKind((x) => oneLine(x) && !isPw(x) && (!filter || filter(x))); return { k, env: pick(k.k), span: S(k.e, k.g()), e: k.e }; }
export const PER = (p) => P('PERSON', p.full);
export const EM = (p, d) => P('EMAIL_ADDRESS', pii.email(p, d));
export const PH = (cc, intl) => P('PHONE_NUMBER', pii.phone(cc, intl));
export const LOC = (v) => P('LOCATION', v);
export const CITY = (cc) => P('LOCATION', pii.city(cc));
export const IP = () => P('IP_ADDRESS', chance(0.8) ? pii.ipv4() : pii.ipv6());
export const CC = (b, s) => P('CREDIT_CARD', pii.card(b, s));
export const IBAN = (cc, sp) => P('IBAN_CODE', pii.iban(cc, sp));
export const SSN = (sep) => P('US_SSN', pii.ssn(sep));
export const ITIN = (sep) => P('US_ITIN', pii.itin(sep));
export const PASS = () => P('US_PASSPORT', pii.passport());
export const DEA = (last) => P('MEDICAL_LICENSE', pii.dea(last));
export const BTC = (k) => P('CRYPTO', pii.btc(k));
export const NHS = (s) => P('UK_NHS', pii.nhs(s));
export const BANK = () => P('US_BANK_NUMBER', pii.bankAccount());
export const DL = (st) => { const d = pii.driverLicense(st); return { st: d.st, span: P('US_DRIVER_LICENSE', d.v) }; };
export const HOSTS = ['db.acme.example', 'pg-prod-1.internal.acme.example', 'db-primary.northwind.test', 'sql01.contoso.test', 'reporting-db.globex.example', 'rds-orders.eu.acme.example', 'postgres.initech.example', 'db-replica-2.internal.acme.example', '10.20.4.17', 'dbhost.lab.test'];
export const host = () => pick(HOSTS);
export const ts = () => `2026-${String(int(1, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;
export const q = () => pick(['"', "'", '']);
export const user = () => pick(['app', 'svc_orders', 'admin', 'deploy', 'root', 'etl_reader', 'postgres', 'reporting', 'api', 'jenkins', 'grafana', 'billing_rw']);
