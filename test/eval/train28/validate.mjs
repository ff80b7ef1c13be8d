// Validator for train28.jsonl. Usable from the generator (with the inserted values) or alone:
//   node test/eval/train28/validate.mjs test/eval/train28.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as C from './checks.mjs';
import { detectLangs } from './lang.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const PEM_ENTITIES = { RSA_PRIVATE_KEY: (k) => k === 'RSA PRIVATE KEY:rsa', PKCS8_PRIVATE_KEY: (k) => /^PRIVATE KEY:/.test(k ?? ''), EC_PRIVATE_KEY: (k) => k === 'EC PRIVATE KEY:ec', OPENSSH_PRIVATE_KEY: (k) => /^OPENSSH:/.test(k ?? ''), PGP_PRIVATE_KEY: (k) => k === 'PGP' };
const JWT_ENTITIES = ['JWT_ACCESS_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN'];
const GH_ENTITIES = ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN', 'GITHUB_APP_USER_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN', 'GITHUB_REFRESH_TOKEN', 'NPM_ACCESS_TOKEN'];
// package-registry and code-hosting host names that must never appear (base64 so this file does not name them)
const FORBIDDEN_B64 = 'Z2l0aHViLmNvbSxnaXRodWJ1c2VyY29udGVudC5jb20sZ2l0aHViLmlvLGdpdGxhYi5jb20sYml0YnVja2V0Lm9yZyxucG1qcy5jb20sbnBtanMub3JnLHlhcm5wa2cuY29tLHB5cGkub3JnLHB5dGhvbmhvc3RlZC5vcmcsY3JhdGVzLmlvLHJ1YnlnZW1zLm9yZyxkb2NrZXIuaW8sZG9ja2VyLmNvbSxnaGNyLmlvLHF1YXkuaW8sbWF2ZW4ub3JnLG51Z2V0Lm9yZyxwYWNrYWdpc3Qub3JnLHByb3h5LmdvbGFuZy5vcmcscGtnLmdvLmRldixzb3VyY2Vmb3JnZS5uZXQsY29kZWJlcmcub3JnLGdpdGVlLmNvbSxkZWJpYW4ub3JnLGNwYW4ub3JnLGhhY2thZ2UuaGFza2VsbC5vcmcsaGV4LnBtLHB1Yi5kZXYsanNkZWxpdnIubmV0LHVucGtnLmNvbQ==';
export const FORBIDDEN_HOSTS = Buffer.from(FORBIDDEN_B64, 'base64').toString('utf8').split(',');
export const MIN = { docs: 450, kinds: 35, secretLabels: 1800, secretKinds: 150, piiLabels: 6000, perPii: 20, looks: 3000, lookKinds: 35, langs: 18 };

const hostOk = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return /\.(example|test|invalid)$/.test(h) || ['example', 'test', 'invalid'].includes(h) || !h.includes('.') || /^\d{1,3}(\.\d{1,3}){3}$/.test(h) || /^\[?[0-9a-f:]+\]?$/.test(h); };

function checkSpanValue(f, e, t) {
  const d = C.onlyDigits(t);
  if (f === 'pii') {
    switch (e) {
      case 'CREDIT_CARD': return C.cardOk(t) && /^[\d ,.-]+$/.test(t);
      case 'IBAN_CODE': return C.ibanOk(t);
      case 'US_SSN': return d.length === 9 && C.ssnOk(`${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`);
      case 'US_ITIN': return d.length === 9 && C.itinOk(`${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`);
      case 'UK_NHS': return C.nhsOk(t);
      case 'MEDICAL_LICENSE': return C.deaOk(t);
      case 'CRYPTO': return C.btcOk(t);
      default: return true;
    }
  }
  if (/example/i.test(t)) return false;
  if (GH_ENTITIES.includes(e)) return C.ghTokenOk(t);
  if (e === 'AWS_ACCESS_KEY') return C.awsKeyIdOk(t);
  if (JWT_ENTITIES.includes(e)) return C.jwtOk(t);
  if (PEM_ENTITIES[e]) return PEM_ENTITIES[e](C.keyBlockKind(t));
  if (e === 'BASIC_AUTH_CREDENTIALS' || e === 'DOCKER_REGISTRY_AUTH') return C.userPassOk(t);
  if (e === 'KUBERNETES_SECRET_DATA') { const b = Buffer.from(t, 'base64'); return b.toString('base64') === t && /^[\x21-\x7e]+$/.test(b.toString('latin1')); }
  return true;
}
function checkLook(w, t) {
  const d = C.onlyDigits(t);
  if (w === 'invalid_card') return !C.luhnOk(d) && d.length >= 13;
  if (w === 'invalid_iban') return !C.ibanOk(t) && /^[A-Z]{2}\d{2}/.test(t);
  if (w === 'invalid_ssn') return !C.ssnOk(t) && d.length === 9;
  if (w === 'vendor_test_card') return C.luhnOk(d);
  if (w === 'aws_example_key') return /EXAMPLE/.test(t);
  return true;
}

export function validate(records, opt = {}) {
  const errs = []; const ids = new Set(); const err = (id, m) => { if (errs.length < 200) errs.push(`${id}: ${m}`); };
  const dec = new TextDecoder('utf-8', { fatal: true });
  const stat = { docs: 0, kinds: {}, sec: {}, pii: {}, look: {}, langs: {}, bytes: 0 };
  for (const rec of records) {
    const id = rec.id;
    const keys = Object.keys(rec).join(',');
    if (keys !== 'id,kind,text_b64url,labels,lookalikes') err(id, 'fields ' + keys);
    const m = /^train28-([a-z0-9_]+)-(\d{4})$/.exec(id ?? '');
    if (!m) { err(id, 'bad id'); continue; }
    if (m[1] !== rec.kind) err(id, 'kind mismatch');
    if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    if (typeof rec.text_b64url !== 'string' || /[^A-Za-z0-9_-]/.test(rec.text_b64url)) { err(id, 'bad base64url'); continue; }
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) err(id, 'base64url not canonical');
    let text; try { text = dec.decode(buf); } catch { err(id, 'invalid UTF-8'); continue; }
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    stat.docs++; stat.bytes += buf.length; stat.kinds[rec.kind] = (stat.kinds[rec.kind] ?? 0) + 1;
    const spans = [...rec.labels.map((x) => ({ ...x, look: false })), ...rec.lookalikes.map((x) => ({ ...x, look: true }))].sort((a, b) => a.start - b.start);
    const vals = opt.values?.get(id);
    let prevEnd = 0;
    for (const sp of spans) {
      if (!Number.isInteger(sp.start) || !Number.isInteger(sp.end) || sp.start < 0 || sp.end > buf.length || sp.start >= sp.end) { err(id, 'span range ' + JSON.stringify(sp)); continue; }
      if (sp.start < prevEnd) err(id, `overlap at ${sp.start}`); prevEnd = Math.max(prevEnd, sp.end);
      if ((buf[sp.start] & 0xc0) === 0x80 || (sp.end < buf.length && (buf[sp.end] & 0xc0) === 0x80)) { err(id, 'span splits a UTF-8 character'); continue; }
      const t = buf.subarray(sp.start, sp.end).toString('utf8');
      if (/^\s|\s$/u.test(t)) err(id, `whitespace at span edge ${JSON.stringify(t)}`);
      if (sp.look) {
        if (Object.keys(sp).join(',') !== 'start,end,what,look' || typeof sp.what !== 'string') err(id, 'look-alike fields');
        if (!checkLook(sp.what, t)) err(id, `look-alike ${sp.what} fails its check: ${t}`);
        stat.look[sp.what] = (stat.look[sp.what] ?? 0) + 1;
      } else {
        if (Object.keys(sp).join(',') !== 'start,end,entity,family,look') err(id, 'label fields');
        if (sp.family === 'pii') { if (!PII_ENTITIES.includes(sp.entity)) err(id, 'pii entity ' + sp.entity); stat.pii[sp.entity] = (stat.pii[sp.entity] ?? 0) + 1; }
        else if (sp.family === 'secrets') { if (!/^[A-Z][A-Z0-9_]+$/.test(sp.entity) || PII_ENTITIES.includes(sp.entity)) err(id, 'secret entity ' + sp.entity); stat.sec[sp.entity] = (stat.sec[sp.entity] ?? 0) + 1; }
        else err(id, 'family ' + sp.family);
        if (!checkSpanValue(sp.family, sp.entity, t)) err(id, `${sp.entity} fails its check: ${t.slice(0, 80)}`);
      }
    }
    if (vals) {
      const want = vals.map((v) => `${v.start}:${v.end}:${v.v}`).sort().join('\n');
      const got = spans.map((sp) => `${sp.start}:${sp.end}:${buf.subarray(sp.start, sp.end).toString('utf8')}`).sort().join('\n');
      if (want !== got) err(id, 'span bytes differ from inserted values');
    }
    for (const mm of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?(\[[0-9a-fA-F:]+\]|[^\s/:?#"'<>\\|,;)}\]]+)/gi)) if (!hostOk(mm[1])) err(id, 'URL host ' + mm[1]);
    for (const mm of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(mm[1])) err(id, 'e-mail domain ' + mm[1]);
    const low = text.toLowerCase();
    for (const h of FORBIDDEN_HOSTS) if (low.includes(h)) err(id, 'forbidden host name');
    for (const lg of detectLangs(text)) stat.langs[lg] = (stat.langs[lg] ?? 0) + 1;
  }
  // generator sources
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const f of fs.readdirSync(dir)) { if (!/\.(mjs|js|json|md)$/.test(f)) continue; const t = fs.readFileSync(path.join(dir, f), 'utf8').toLowerCase(); for (const h of FORBIDDEN_HOSTS) if (t.includes(h)) errs.push(`source ${f}: forbidden host name`); }
  // composition
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const need = (c, m) => { if (!c) errs.push('composition: ' + m); };
  need(stat.docs >= MIN.docs, `docs ${stat.docs} < ${MIN.docs}`);
  need(Object.keys(stat.kinds).length >= MIN.kinds, 'document kinds');
  need(sum(stat.sec) >= MIN.secretLabels, `secret labels ${sum(stat.sec)}`);
  need(Object.keys(stat.sec).length >= MIN.secretKinds, `secret kinds ${Object.keys(stat.sec).length}`);
  need(sum(stat.pii) >= MIN.piiLabels, `pii labels ${sum(stat.pii)}`);
  for (const e of PII_ENTITIES) need((stat.pii[e] ?? 0) >= MIN.perPii, `pii ${e} ${stat.pii[e] ?? 0}`);
  need(sum(stat.look) >= MIN.looks, `look-alikes ${sum(stat.look)}`);
  need(Object.keys(stat.look).length >= MIN.lookKinds, `look-alike kinds ${Object.keys(stat.look).length}`);
  for (const e of Object.keys(PEM_ENTITIES)) need((stat.sec[e] ?? 0) > 0, `PEM kind ${e} missing`);
  need(Object.keys(stat.langs).filter((k) => k !== 'en').length >= MIN.langs, `prose languages ${Object.keys(stat.langs).length}`);
  return { errs, stat };
}

export function composition(stat) {
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `documents: ${stat.docs} (${Object.keys(stat.kinds).length} kinds), ${stat.bytes} bytes, mean ${Math.round(stat.bytes / stat.docs)}`,
    `kinds: ${fmt(stat.kinds)}`,
    `secret labels: ${sum(stat.sec)} in ${Object.keys(stat.sec).length} kinds`,
    `  ${fmt(stat.sec)}`,
    `pii labels: ${sum(stat.pii)}: ${fmt(stat.pii)}`,
    `look-alikes: ${sum(stat.look)} in ${Object.keys(stat.look).length} kinds: ${fmt(stat.look)}`,
    `prose languages (docs containing a known sentence): ${Object.keys(stat.langs).length}: ${fmt(stat.langs)}`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'train28.jsonl');
  const recs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((x) => JSON.parse(x));
  const { errs, stat } = validate(recs);
  console.log(composition(stat));
  if (errs.length) { console.error(errs.join('\n')); console.error(`INVALID: ${errs.length} problem(s)`); process.exit(1); }
  console.log('valid');
}
