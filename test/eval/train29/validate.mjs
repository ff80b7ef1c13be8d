// Validator for train29.jsonl. Usage: node validate.mjs [file]. Exit 1 on any violation.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { isIP } from 'node:net';
import * as C from './checks.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const PEM_ALL = ['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'];
const PROSE = new Set(['de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'ja', 'zh', 'ko', 'ar', 'hi', 'tr', 'sv', 'el', 'he', 'vi', 'th', 'id', 'cs', 'fi']);
// package-registry and code-hosting host names, stored encoded so this file does not name them
const BANNED = JSON.parse(Buffer.from('WyJnaXRodWIuY29tIiwiZ2l0bGFiLmNvbSIsImJpdGJ1Y2tldC5vcmciLCJucG1qcy5jb20iLCJucG1qcy5vcmciLCJ5YXJucGtnLmNvbSIsInB5cGkub3JnIiwicHl0aG9uaG9zdGVkLm9yZyIsImNyYXRlcy5pbyIsInJ1YnlnZW1zLm9yZyIsIm51Z2V0Lm9yZyIsIm1hdmVuLm9yZyIsInBhY2thZ2lzdC5vcmciLCJkb2NrZXIuaW8iLCJkb2NrZXIuY29tIiwiZ2hjci5pbyIsInF1YXkuaW8iLCJnb2xhbmcub3JnIiwiZ28uZGV2Iiwic291cmNlZm9yZ2UubmV0IiwiY29kZWJlcmcub3JnIiwiZ2l0aHVidXNlcmNvbnRlbnQuY29tIiwiZ2NyLmlvIiwiaGV4LnBtIiwicHViLmRldiIsImNvY29hcG9kcy5vcmciLCJhbmFjb25kYS5vcmciLCJkZWJpYW4ub3JnIiwidWJ1bnR1LmNvbSIsImdyYWRsZS5vcmciLCJqaXRwYWNrLmlvIl0=', 'base64').toString());
export const MIN = { docs: 450, kinds: 35, secrets: 1800, secretKinds: 150, pii: 6000, perEntity: 20, lookalikes: 3000, lkKinds: 35, langs: 18 };

const okDomain = (h) => { h = h.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase(); if (isIP(h)) return true; if (!h.includes('.')) return true; return /\.(example|test|invalid)$/.test(h) || /^(example|test|invalid)$/.test(h); };
export function checkHosts(text, where, err) {
  for (const b of BANNED) if (text.toLowerCase().includes(b)) err(`${where}: banned host name ${b}`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>?#\\]*)/gi)) { let a = m[1]; a = a.slice(a.lastIndexOf('@') + 1); const h = a.startsWith('[') ? a.slice(0, a.indexOf(']') + 1) : a.split(':')[0]; if (h && !/[{$%]/.test(h) && !okDomain(h)) err(`${where}: URL host ${h}`); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*)\b/g)) if (!okDomain(m[1])) err(`${where}: e-mail/userinfo domain ${m[1]}`);
}
function secretCheck(e, v) {
  if (/example/i.test(v)) return 'contains example';
  if (/^(GITHUB_(PERSONAL_ACCESS|OAUTH|APP_INSTALLATION|USER_TO_SERVER|REFRESH)_TOKEN)$/.test(e) && !C.ghValid(v)) return 'github checksum';
  if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) return 'aws key id';
  if (e === 'AWS_TEMP_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) return 'aws temp key id';
  if (/^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(v) || ['JWT', 'KUBERNETES_SA_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY'].includes(e)) {
    try { const h = JSON.parse(Buffer.from(v.split('.')[0], 'base64url').toString()); if (!h.alg) return 'jwt no alg'; JSON.parse(Buffer.from(v.split('.')[1], 'base64url').toString()); } catch { return 'jwt header'; }
  }
  if (e.startsWith('PRIVATE_KEY_')) { const x = C.keyStructOk(v); if (x) return 'key: ' + x; }
  if (e === 'KUBECONFIG_CLIENT_KEY_DATA') { const x = C.keyStructOk(Buffer.from(v, 'base64').toString().trim()); if (x) return 'kubeconfig key: ' + x; }
  if (e === 'BASIC_AUTH' || e === 'DOCKER_AUTH') { if (!/^[A-Za-z0-9+/]+=*$/.test(v) || !/^[^:\s]+:\S+$/.test(Buffer.from(v, 'base64').toString())) return 'auth decode'; }
  if (e === 'K8S_SECRET_DATA') { if (!/^[A-Za-z0-9+/]+=*$/.test(v) || !/^[\x21-\x7e ]+$/.test(Buffer.from(v, 'base64').toString())) return 'k8s data decode'; }
  return null;
}
function piiCheck(e, v) {
  const d = v.replace(/[ -]/g, '');
  switch (e) {
    case 'CREDIT_CARD': return /^\d+$/.test(d) && C.luhnOk(d) && C.cardIinOk(d) ? null : 'card';
    case 'IBAN_CODE': return C.ibanOk(v) ? null : 'iban';
    case 'US_SSN': return C.ssnOk(v) ? null : 'ssn';
    case 'US_ITIN': return C.itinOk(v) ? null : 'itin';
    case 'UK_NHS': return C.nhsOk(v) ? null : 'nhs';
    case 'MEDICAL_LICENSE': return C.deaOk(v) ? null : 'dea';
    case 'CRYPTO': return C.btcOk(v) ? null : 'btc';
    case 'IP_ADDRESS': return isIP(v) ? null : 'ip';
    case 'EMAIL_ADDRESS': { const m = /^[^@\s]+@([^@\s]+)$/.exec(v); return m && okDomain(m[1]) && m[1].includes('.') ? null : 'email'; }
    case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; return n >= 7 && n <= 15 ? null : 'phone'; }
    case 'US_PASSPORT': return /^[A-Z]?\d{8,9}$/.test(v) ? null : 'passport';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9-]{6,16}$/.test(v) ? null : 'dl';
    default: return null;
  }
}
function lkCheck(w, v) {
  const d = v.replace(/[ -]/g, '');
  if (w === 'invalid_card') return /^\d{12,19}$/.test(d) && !C.luhnOk(d) ? null : 'invalid_card passes';
  if (w === 'invalid_iban') return !C.ibanOk(v) ? null : 'invalid_iban passes';
  if (w === 'invalid_ssn') return /^\d{3}-\d{2}-\d{4}$/.test(v) && !C.ssnOk(v) ? null : 'invalid_ssn passes';
  if (w === 'vendor_test_card') return C.luhnOk(d) ? null : 'test card';
  return null;
}
export function validate(records, values) {
  const errs = []; const err = (m) => { if (errs.length < 50) errs.push(m); };
  const ids = new Set(); const comp = { docs: 0, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, entities: {}, lookalikes: 0, lkKinds: {}, pem: {}, langs: new Set(), bytes: 0 };
  const dec = new TextDecoder('utf-8', { fatal: true });
  records.forEach((rec, i) => {
    const id = rec.id;
    if (typeof id !== 'string' || !/^train29-[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}$/.test(id) || !id.startsWith(`train29-${rec.kind}-`)) err(`bad id ${id}`);
    if (ids.has(id)) err(`dup id ${id}`); ids.add(id);
    const keys = Object.keys(rec).join(','); if (keys !== 'id,kind,text_b64url,labels,lookalikes') err(`${id}: fields ${keys}`);
    const buf = Buffer.from(rec.text_b64url, 'base64url'); if (buf.toString('base64url') !== rec.text_b64url) err(`${id}: base64url not canonical`);
    let text; try { text = dec.decode(buf); } catch { err(`${id}: invalid UTF-8`); return; }
    if (buf.length < 200 || buf.length > 4000) err(`${id}: size ${buf.length}`);
    comp.docs++; comp.bytes += buf.length; comp.kinds[rec.kind] = (comp.kinds[rec.kind] ?? 0) + 1;
    const m = /^devchat-([a-z]{2})$/.exec(rec.kind); if (m && PROSE.has(m[1])) comp.langs.add(m[1]);
    checkHosts(text, id, err);
    const spans = [];
    const span = (s, tag) => {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { err(`${id}: span range ${tag}`); return null; }
      if ((buf[s.start] & 0xc0) === 0x80 || (s.end < buf.length && (buf[s.end] & 0xc0) === 0x80)) err(`${id}: span splits UTF-8 ${tag}`);
      const v = buf.subarray(s.start, s.end).toString();
      if (/^\s|\s$/.test(v)) err(`${id}: whitespace at span end ${tag}`);
      spans.push([s.start, s.end]); return v;
    };
    rec.labels.forEach((l, j) => {
      const v = span(l, l.entity); if (v === null) return;
      if (values && values[i].labels[j] !== v) err(`${id}: label bytes differ from inserted value`);
      if (l.family === 'secrets') { comp.secrets++; comp.secretKinds[l.entity] = (comp.secretKinds[l.entity] ?? 0) + 1; const x = secretCheck(l.entity, v); if (x) err(`${id}: ${l.entity} ${x}: ${v.slice(0, 60)}`); if (l.entity.startsWith('PRIVATE_KEY_')) { const k = C.pemKind(v); comp.pem[k] = (comp.pem[k] ?? 0) + 1; } }
      else if (l.family === 'pii') { if (!PII_ENTITIES.includes(l.entity)) err(`${id}: entity ${l.entity}`); comp.pii++; comp.entities[l.entity] = (comp.entities[l.entity] ?? 0) + 1; const x = piiCheck(l.entity, v); if (x) err(`${id}: ${l.entity} ${x}: ${v}`); }
      else err(`${id}: family ${l.family}`);
    });
    rec.lookalikes.forEach((l, j) => {
      const v = span(l, l.what); if (v === null) return;
      if (values && values[i].lookalikes[j] !== v) err(`${id}: lookalike bytes differ`);
      if (typeof l.what !== 'string' || !l.what) err(`${id}: lookalike what`);
      comp.lookalikes++; comp.lkKinds[l.what] = (comp.lkKinds[l.what] ?? 0) + 1; const x = lkCheck(l.what, v); if (x) err(`${id}: ${x}: ${v}`);
    });
    spans.sort((a, b) => a[0] - b[0]); for (let k = 1; k < spans.length; k++) if (spans[k][0] < spans[k - 1][1]) err(`${id}: overlapping spans at ${spans[k][0]}`);
  });
  const need = (c, m) => { if (!c) err('composition: ' + m); };
  need(comp.docs >= MIN.docs, `docs ${comp.docs} < ${MIN.docs}`); need(Object.keys(comp.kinds).length >= MIN.kinds, 'doc kinds');
  need(comp.secrets >= MIN.secrets, `secret labels ${comp.secrets}`); need(Object.keys(comp.secretKinds).length >= MIN.secretKinds, `secret kinds ${Object.keys(comp.secretKinds).length}`);
  need(comp.pii >= MIN.pii, `pii labels ${comp.pii}`); for (const e of PII_ENTITIES) need((comp.entities[e] ?? 0) >= MIN.perEntity, `entity ${e} ${comp.entities[e] ?? 0}`);
  need(comp.lookalikes >= MIN.lookalikes, `lookalikes ${comp.lookalikes}`); need(Object.keys(comp.lkKinds).length >= MIN.lkKinds, `lookalike kinds ${Object.keys(comp.lkKinds).length}`);
  for (const p of PEM_ALL) need(comp.pem[p] > 0, `PEM kind ${p} missing`); need(comp.langs.size >= MIN.langs, `prose languages ${comp.langs.size}`);
  return { errs, comp };
}
export function checkSources(dir, err) { for (const f of readdirSync(dir)) if (f.endsWith('.mjs')) { const t = readFileSync(join(dir, f), 'utf8').toLowerCase(); for (const b of BANNED) if (t.includes(b)) err(`source ${f} names ${b}`); } }
export function composition(comp) {
  const o = [];
  o.push(`documents: ${comp.docs} (${comp.bytes} bytes), document kinds: ${Object.keys(comp.kinds).length}`);
  o.push(`secret labels: ${comp.secrets} in ${Object.keys(comp.secretKinds).length} kinds`);
  o.push(`PII labels: ${comp.pii}: ` + PII_ENTITIES.map(e => `${e} ${comp.entities[e] ?? 0}`).join(', '));
  o.push(`look-alikes: ${comp.lookalikes} in ${Object.keys(comp.lkKinds).length} kinds: ` + Object.entries(comp.lkKinds).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  o.push('PEM kinds: ' + Object.entries(comp.pem).map(([k, v]) => `${k} ${v}`).join(', '));
  o.push(`prose languages besides English: ${comp.langs.size} (${[...comp.langs].sort().join(' ')})`);
  o.push('document kinds: ' + Object.entries(comp.kinds).sort().map(([k, v]) => `${k} ${v}`).join(', '));
  return o.join('\n');
}
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] ?? join(here, '..', 'train29.jsonl');
  const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
  const { errs, comp } = validate(recs);
  checkSources(here, (m) => errs.push(m));
  if (errs.length) { console.error(errs.join('\n')); process.exit(1); }
  console.log(composition(comp)); console.log('OK');
}
