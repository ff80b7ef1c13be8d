// Validator: every rule the set promises. Used by generate.mjs before writing (nothing is written on a violation),
// and standalone: `node test/eval/blind21/validate.mjs [file.jsonl]` (exit 1 on any violation).
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { X509Certificate, createPublicKey } from 'node:crypto';
import { luhnValid, cardBrand, ibanValid, ibanMod97Ok, IBAN_LENGTHS, ssnValid, itinValid, nhsValid, deaValid, btcValid, ghTokenValid } from './checksums.mjs';
import { checkPrivatePem, pemUnwrap, derRead } from './pem.mjs';
import { SECRET, PEM_KINDS } from './secrets.mjs';

export const SETNAME = 'blind21';
export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT',
  'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, perPii: 15, look: 3000, lookKinds: 35 };
// code-hosting and package-registry host names that must not appear anywhere (kept encoded so this file does not name them either)
const DENY = JSON.parse(Buffer.from('WyJnaXRodWIuY29tIiwiZ2l0aHViLmlvIiwiZ2l0aHVidXNlcmNvbnRlbnQuY29tIiwiZ2hjci5pbyIsImdpdGxhYi5jb20iLCJiaXRidWNrZXQub3JnIiwibnBtanMub3JnIiwibnBtanMuY29tIiwieWFybnBrZy5jb20iLCJweXBpLm9yZyIsInB5dGhvbmhvc3RlZC5vcmciLCJydWJ5Z2Vtcy5vcmciLCJjcmF0ZXMuaW8iLCJudWdldC5vcmciLCJkb2NrZXIuaW8iLCJkb2NrZXIuY29tIiwicXVheS5pbyIsIm1hdmVuLm9yZyIsImdvbGFuZy5vcmciLCJwa2cuZ28uZGV2IiwicGFja2FnaXN0Lm9yZyIsInNvdXJjZWZvcmdlLm5ldCIsImNvZGViZXJnLm9yZyIsImdpdGVhLmNvbSIsImdpdGVlLmNvbSIsImh1Z2dpbmdmYWNlLmNvIiwiY29jb2Fwb2RzLm9yZyIsInB1Yi5kZXYiLCJoYWNrYWdlLmhhc2tlbGwub3JnIiwiY3Bhbi5vcmciLCJhbmFjb25kYS5vcmciLCJhbmFjb25kYS5jb20iLCJqaXRwYWNrLmlvIiwibGF1bmNocGFkLm5ldCIsInNyLmh0IiwiZGV2LmF6dXJlLmNvbSIsInZpc3VhbHN0dWRpby5jb20iLCJqc2RlbGl2ci5uZXQiLCJ1bnBrZy5jb20iLCJnb29nbGVzb3VyY2UuY29tIiwiYXdzLmFtYXpvbi5jb20iXQ==', 'base64').toString());
const NOT_HOSTS = ['kubernetes.io']; // label/type prefixes in manifests, not URL hosts
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const WS = /^\s|\s$/;

function hostOk(h) {
  h = h.replace(/\.$/, '').toLowerCase();
  if (h.startsWith('[')) return net.isIP(h.slice(1, -1)) === 6;
  if (net.isIP(h)) return true;
  if (!h.includes('.')) return true; // bare name
  return ALLOWED_TLD.test(h);
}
function b64ok(s) { return /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').toString('base64') === s; }
function printable(buf) { const t = buf.toString('utf8'); return !t.includes('\uFFFD') && !/[\x00-\x08\x0e-\x1f]/.test(t) && t.length > 0; }
function isJwt(v) {
  const p = v.split('.'); if (p.length !== 3) return false;
  try { const h = JSON.parse(Buffer.from(p[0], 'base64url').toString()); JSON.parse(Buffer.from(p[1], 'base64url').toString()); return typeof h.alg === 'string' && Buffer.from(p[2], 'base64url').length >= 32; } catch { return false; }
}
function pemText(v) { // undo \n escaping and YAML/code indentation
  let t = v.includes('\\n') ? v.replace(/\\n/g, '\n') : v;
  return t.split('\n').map((l) => l.replace(/^\s+/, '')).join('\n');
}
function sshBlobOk(b64, type) {
  const b = Buffer.from(b64, 'base64'); const n = b.readUInt32BE(0); return b.subarray(4, 4 + n).toString() === type;
}

export function checkValue(fam, name, v, err) {
  const e = (m) => err(`${name} ${JSON.stringify(v.slice(0, 60))}: ${m}`);
  if (WS.test(v)) e('whitespace at span end');
  if (!v.length) e('empty');
  if (fam === 'pii') {
    if (/[,;:]$|^[,;:.\-]/.test(v)) e('punctuation at span boundary');
    const digits = v.replace(/\D/g, '');
    switch (name) {
      case 'CREDIT_CARD': if (!/^[0-9 -]+$/.test(v) || !luhnValid(digits) || !cardBrand(digits)) e('bad card'); break;
      case 'IBAN_CODE': if (!ibanValid(v)) e('bad iban'); break;
      case 'US_SSN': if (!ssnValid(v)) e('bad ssn'); break;
      case 'US_ITIN': if (!itinValid(v)) e('bad itin'); break;
      case 'UK_NHS': if (!nhsValid(v)) e('bad nhs'); break;
      case 'MEDICAL_LICENSE': if (!deaValid(v)) e('bad dea'); break;
      case 'CRYPTO': if (!btcValid(v)) e('bad btc'); break;
      case 'IP_ADDRESS': if (!net.isIP(v)) e('bad ip'); break;
      case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/.exec(v); if (!m || !hostOk(m[1])) e('bad email'); break; }
      case 'PHONE_NUMBER': if (!/^[+0-9 ()./-]+$/.test(v) || digits.length < 7 || digits.length > 15) e('bad phone'); break;
      case 'US_PASSPORT': if (!/^([A-Z][0-9]{8}|[0-9]{9})$/.test(v)) e('bad passport'); break;
      case 'US_DRIVER_LICENSE': if (!/^[A-Z0-9][A-Z0-9 -]{5,20}[A-Z0-9]$/.test(v)) e('bad dl'); break;
      case 'US_BANK_NUMBER': if (!/^[0-9]{8,17}$/.test(v)) e('bad bank number'); break;
      case 'PERSON': if (/[0-9@]/.test(v)) e('bad person'); break;
      case 'LOCATION': break;
      default: e('unknown pii entity');
    }
    return;
  }
  if (fam === 'secrets') {
    if (!SECRET[name]) e('unknown secret entity');
    if (/example/i.test(v)) e('secret contains EXAMPLE');
    for (const seg of v.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) || []) if (/example/i.test(Buffer.from(seg.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1'))) e('decoded part of secret contains EXAMPLE');
    if (/^gh[pousr]_/.test(v) && !ghTokenValid(v)) e('github checksum');
    if (name.startsWith('GITHUB_') && /^gh/.test(v) && !/^github_pat_/.test(v) && !ghTokenValid(v)) e('github token');
    if ((name === 'AWS_ACCESS_KEY' || name === 'AWS_TEMPORARY_ACCESS_KEY') && !/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v)) e('aws key id');
    if (name === 'JSON_WEB_TOKEN' || name === 'SUPABASE_SERVICE_ROLE_KEY' || name === 'HOME_ASSISTANT_TOKEN' || /^eyJ[^.]*\.eyJ/.test(v)) { if (!isJwt(v)) e('bad jwt'); }
    if (PEM_KINDS.includes(name)) {
      let kind; try { kind = checkPrivatePem(pemText(v)); } catch (x) { e('pem: ' + x.message); return; }
      const want = { RSA_PRIVATE_KEY: /^rsa-/, EC_PRIVATE_KEY: /^ec-/, PKCS8_PRIVATE_KEY: /^pkcs8-/, OPENSSH_PRIVATE_KEY: /^openssh-/, PGP_PRIVATE_KEY_BLOCK: /^pgp$/ }[name];
      if (!want.test(kind)) e('pem kind ' + kind);
    }
    if (name === 'BASIC_AUTH_CREDENTIALS' || name === 'DOCKER_REGISTRY_AUTH') {
      if (!b64ok(v)) e('auth not base64'); const t = Buffer.from(v, 'base64').toString('utf8');
      if (!/^[^:\s]+:\S+$/.test(t)) e('auth does not decode to user:password'); if (/example/i.test(t)) e('decoded secret contains EXAMPLE');
    }
    if (name === 'KUBECONFIG_CLIENT_KEY_DATA') { try { checkPrivatePem(Buffer.from(v, 'base64').toString('utf8').trim()); } catch (x) { e('client-key-data: ' + x.message); } }
    if (name === 'KUBERNETES_SECRET_DATA') { if (!b64ok(v) || !printable(Buffer.from(v, 'base64'))) e('k8s data not base64 of text'); if (/example/i.test(Buffer.from(v, 'base64').toString())) e('decoded secret contains EXAMPLE'); }
    return;
  }
  // look-alikes
  const digits = v.replace(/\D/g, '');
  switch (name) {
    case 'invalid_card': if (luhnValid(digits)) e('invalid_card passes Luhn'); break;
    case 'invalid_iban': { const s = v.replace(/ /g, ''); if (ibanMod97Ok(s) || IBAN_LENGTHS[s.slice(0, 2)] !== s.length) e('invalid_iban passes mod 97 / wrong length'); break; }
    case 'invalid_ssn': if (ssnValid(v) || itinValid(v)) e('invalid_ssn is valid'); break;
    case 'invalid_nhs': if (nhsValid(v)) e('invalid_nhs is valid'); break;
    case 'invalid_dea': if (deaValid(v)) e('invalid_dea is valid'); break;
    case 'vendor_test_card': if (!luhnValid(digits)) e('vendor_test_card fails Luhn'); break;
    case 'aws_example_key': if (!v.includes('EXAMPLE')) e('not an AWS documented example'); break;
    case 'uuid': if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) e('bad uuid'); break;
    case 'git_sha': if (!/^[0-9a-f]{7,40}$/.test(v)) e('bad sha'); break;
    case 'digest': if (!/^sha256:[0-9a-f]{64}$/.test(v)) e('bad digest'); break;
    case 'integrity': { const m = /^sha(256|384|512)-([A-Za-z0-9+/=]+)$/.exec(v); if (!m || Buffer.from(m[2], 'base64').length * 8 !== +m[1]) e('bad integrity'); break; }
    case 'certificate': try { new X509Certificate(v.startsWith('LS0t') ? Buffer.from(v, 'base64').toString() : pemText(v)); } catch { e('certificate does not parse'); } break;
    case 'public_key':
      if (v.startsWith('-----BEGIN')) { try { createPublicKey(pemText(v)); } catch { e('public key PEM does not parse'); } }
      else if (/^ssh-ed25519 /.test(v) && !sshBlobOk(v.split(' ')[1], 'ssh-ed25519')) e('ssh blob');
      else if (/^ecdsa-sha2-nistp256 /.test(v) && !sshBlobOk(v.split(' ')[1], 'ecdsa-sha2-nistp256')) e('ssh blob');
      break;
    case 'imei': if (!/^[0-9]{15}$/.test(v) || !luhnValid(v)) e('bad imei'); break;
    default: break;
  }
}

export function validate(records, opts = {}) {
  const errors = []; const err = (id) => (m) => { if (errors.length < 200) errors.push(`${id}: ${m}`); };
  const ids = new Set();
  const comp = { docs: 0, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiKinds: {}, look: 0, lookKinds: {}, bytes: 0, pemForms: {} };
  for (const rec of records) {
    const E = err(rec.id);
    if (!/^blind21-[a-z0-9_]+-[0-9]{4}$/.test(rec.id) || !rec.id.startsWith(`${SETNAME}-${rec.kind}-`)) E('bad id');
    if (ids.has(rec.id)) E('duplicate id'); ids.add(rec.id);
    const keys = Object.keys(rec).join(','); if (keys !== 'id,kind,text_b64url,labels,lookalikes') E('record keys ' + keys);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) E('text_b64url not canonical');
    const text = buf.toString('utf8'); if (Buffer.from(text, 'utf8').compare(buf) !== 0) E('text not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) E(`size ${buf.length}`);
    comp.docs++; comp.bytes += buf.length; comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const spans = [...rec.labels.map((l, i) => ({ ...l, t: 'label', v: opts.values?.[rec.id]?.labels[i] })), ...rec.lookalikes.map((l, i) => ({ ...l, t: 'look', v: opts.values?.[rec.id]?.look[i] }))]
      .sort((a, b) => a.start - b.start);
    let last = 0;
    for (const s of spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { E(`span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < last) E(`overlapping spans at ${s.start}`);
      last = Math.max(last, s.end);
      const sb = buf.subarray(s.start, s.end); const v = sb.toString('utf8');
      if (Buffer.from(v, 'utf8').compare(sb) !== 0) E(`span ${s.start}-${s.end} cuts a UTF-8 sequence`);
      if (s.v !== undefined && s.v !== v) E(`span bytes differ from inserted value at ${s.start}`);
      if (s.t === 'label') {
        if (s.family === 'pii') { if (!PII_ENTITIES.includes(s.entity)) E('pii entity ' + s.entity); comp.pii++; comp.piiKinds[s.entity] = (comp.piiKinds[s.entity] || 0) + 1; }
        else if (s.family === 'secrets') { comp.secrets++; comp.secretKinds[s.entity] = (comp.secretKinds[s.entity] || 0) + 1;
          if (PEM_KINDS.includes(s.entity)) { const f = v.includes('\\n') ? 'json-escaped' : /\n[ \t]+/.test(v) ? 'indented' : 'plain'; comp.pemForms[`${s.entity}/${f}`] = (comp.pemForms[`${s.entity}/${f}`] || 0) + 1; } }
        else E('family ' + s.family);
        if (Object.keys(s).filter((k) => !['t', 'v'].includes(k)).join(',') !== 'start,end,entity,family') E('label keys');
        checkValue(s.family, s.entity, v, E);
      } else { comp.look++; comp.lookKinds[s.what] = (comp.lookKinds[s.what] || 0) + 1; if (typeof s.what !== 'string') E('what'); checkValue('look', s.what, v, E); }
    }
    // text-wide rules
    for (const m of text.matchAll(/\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^\s/?#@"'<>]*@)?(\[[0-9a-fA-F:.]+\]|[^\s/?#:"'<>\\,;)]+)/g)) if (!hostOk(m[1])) E('url host ' + m[1]);
    for (const m of text.matchAll(/[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1])) E('email domain ' + m[1]);
    for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+(com|org|net|io|gov|edu|info|biz|de|fr|uk|es|it|nl|pl|ru|jp|cn|br)\b/gi)) {
      const pre = text.slice(Math.max(0, m.index - 1), m.index); if (pre === '@' || pre === '.' || NOT_HOSTS.includes(m[0].toLowerCase())) continue; E('bare domain ' + m[0]); }
    const low = text.toLowerCase();
    for (const h of DENY) if (low.includes(h)) E('forbidden host name in text');
    for (const s of rec.labels) if (s.family === 'secrets') { const v = buf.subarray(s.start, s.end).toString(); if (b64ok(v)) { const dec = Buffer.from(v, 'base64').toString('latin1').toLowerCase(); for (const h of DENY) if (dec.includes(h)) E('forbidden host in decoded secret'); } }
  }
  // minimum composition
  const need = (ok, m) => { if (!ok) errors.push('composition: ' + m); };
  need(comp.docs >= MIN.docs, `docs ${comp.docs} < ${MIN.docs}`);
  need(Object.keys(comp.kinds).length >= MIN.kinds, `kinds ${Object.keys(comp.kinds).length} < ${MIN.kinds}`);
  need(comp.secrets >= MIN.secrets, `secret labels ${comp.secrets} < ${MIN.secrets}`);
  need(Object.keys(comp.secretKinds).length >= MIN.secretKinds, `secret kinds ${Object.keys(comp.secretKinds).length} < ${MIN.secretKinds}`);
  need(comp.pii >= MIN.pii, `pii labels ${comp.pii} < ${MIN.pii}`);
  for (const p of PII_ENTITIES) need((comp.piiKinds[p] || 0) >= MIN.perPii, `${p} ${comp.piiKinds[p] || 0} < ${MIN.perPii}`);
  need(comp.look >= MIN.look, `look-alikes ${comp.look} < ${MIN.look}`);
  need(Object.keys(comp.lookKinds).length >= MIN.lookKinds, `look-alike kinds ${Object.keys(comp.lookKinds).length} < ${MIN.lookKinds}`);
  for (const k of PEM_KINDS) need(Object.keys(comp.pemForms).some((f) => f.startsWith(k + '/')), `no ${k}`);
  need(Object.keys(comp.pemForms).some((f) => f.endsWith('/indented')), 'no indented PEM'); need(Object.keys(comp.pemForms).some((f) => f.endsWith('/json-escaped')), 'no \\n-escaped PEM');
  return { errors, comp };
}

export function scanSources(dir) { // the generator's own files must not name those hosts either
  const errs = [];
  for (const f of fs.readdirSync(dir)) { const t = fs.readFileSync(path.join(dir, f), 'utf8').toLowerCase(); for (const h of DENY) if (t.includes(h)) errs.push(`${f}: forbidden host name`); }
  return errs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] || path.join(here, '..', `${SETNAME}.jsonl`);
  const recs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { errors } = validate(recs); errors.push(...scanSources(here));
  if (errors.length) { console.error(errors.slice(0, 50).join('\n')); console.error(`${errors.length} violation(s)`); process.exit(1); }
  console.log(`${file}: ${recs.length} records valid`);
}
