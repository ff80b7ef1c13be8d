// Validator: every rule the set promises. Returns a list of violations (empty = ok).
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import * as C from './checksums.mjs';
import { parseOpenssh, parsePgpArmor } from './keys.mjs';
import { PII_ENTITIES } from './pii.mjs';
import { AWS_EXAMPLES, VENDOR_TEST_CARDS } from './lookalikes.mjs';
import { PEM_KINDS } from './secrets.mjs';

export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, perPii: 15, lookalikes: 3000, lookKinds: 35 };
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
// Registry and code-hosting hosts, kept as [name, tld] pairs so that no host name is written out here.
const FORBIDDEN_PAIRS = [['github', '(com|io)'], ['githubusercontent', 'com'], ['gitlab', 'com'], ['bitbucket', 'org'], ['npmjs', '(com|org)'], ['pypi', '(org|io)'], ['pythonhosted', 'org'], ['rubygems', 'org'], ['crates', 'io'], ['docker', '(io|com)'], ['ghcr', 'io'], ['quay', 'io'], ['gcr', 'io'], ['pkg', 'dev'], ['nuget', 'org'], ['packagist', 'org'], ['maven', 'org'], ['mvnrepository', 'com'], ['golang', 'org'], ['go', 'dev'], ['sourceforge', 'net'], ['codeberg', 'org'], ['gitee', 'com'], ['hex', 'pm'], ['pub', 'dev'], ['cocoapods', 'org'], ['jsdelivr', '(net|com)'], ['unpkg', 'com'], ['mcr\\.microsoft', 'com'], ['registry\\.k8s', 'io'], ['anaconda', '(org|com)'], ['conda', 'io'], ['cpan', 'org'], ['clojars', 'org'], ['jitpack', 'io'], ['gradle', 'org'], ['sr', 'ht'], ['launchpad', 'net'], ['huggingface', 'co']];
export const FORBIDDEN_HOSTS = new RegExp('\\b(' + FORBIDDEN_PAIRS.map(([n, t]) => `${n}\\.${t}`).join('|') + ')\\b', 'i');

function hostOk(h) {
  h = h.replace(/^\[|\]$/g, '');
  if (isIP(h)) return true;
  if (!h.includes('.')) return true;
  return ALLOWED_TLD.test(h);
}
function normPem(v) {
  let s = v.includes('\\n') ? v.replace(/\\n/g, '\n') : v;
  s = s.split('\n').map((l) => l.replace(/^\s+/, '')).join('\n');
  return s;
}
function b64Exact(s) { try { const b = Buffer.from(s, 'base64'); return b.toString('base64') === s ? b : null; } catch { return null; } }
function jwtOk(v) {
  const p = v.split('.'); if (p.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(p[0], 'base64url').toString('utf8'));
    const pl = JSON.parse(Buffer.from(p[1], 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && typeof pl === 'object' && /^[A-Za-z0-9_-]+$/.test(p[2]);
  } catch { return false; }
}
function secretCheck(e, v) {
  if (/example/i.test(v)) return 'secret contains EXAMPLE';
  switch (e) {
    case 'GITHUB_PERSONAL_ACCESS_TOKEN': case 'GITHUB_OAUTH_TOKEN': case 'GITHUB_USER_TO_SERVER_TOKEN': case 'GITHUB_SERVER_TO_SERVER_TOKEN': case 'GITHUB_REFRESH_TOKEN': {
      const pre = { GITHUB_PERSONAL_ACCESS_TOKEN: 'ghp_', GITHUB_OAUTH_TOKEN: 'gho_', GITHUB_USER_TO_SERVER_TOKEN: 'ghu_', GITHUB_SERVER_TO_SERVER_TOKEN: 'ghs_', GITHUB_REFRESH_TOKEN: 'ghr_' }[e];
      return v.startsWith(pre) && C.githubTokenValid(v) ? null : 'bad GitHub checksum';
    }
    case 'GITHUB_FINE_GRAINED_TOKEN': return /^github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}$/.test(v) ? null : 'bad fine-grained PAT';
    case 'AWS_ACCESS_KEY': return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'bad AKIA';
    case 'AWS_TEMPORARY_ACCESS_KEY': return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'bad ASIA';
    case 'AWS_SECRET_KEY': return /^[A-Za-z0-9/+]{40}$/.test(v) ? null : 'bad AWS secret';
    case 'JSON_WEB_TOKEN': case 'SUPABASE_SERVICE_ROLE_KEY': return jwtOk(v) ? null : 'bad JWT';
    case 'BASIC_AUTH_CREDENTIALS': case 'DOCKER_REGISTRY_AUTH': { const b = b64Exact(v); if (!b) return 'bad base64'; const s = b.toString('utf8'); return /^[^:\s]+:\S(.*\S)?$/.test(s) && !FORBIDDEN_HOSTS.test(s) && !/example/i.test(s) ? null : 'auth does not decode to user:password'; }
    case 'KUBERNETES_SECRET_DATA': { const b = b64Exact(v); if (!b) return 'bad base64'; const s = b.toString('utf8'); if (/example/i.test(s) || FORBIDDEN_HOSTS.test(s)) return 'k8s data decodes to forbidden text'; if (s.startsWith('-----BEGIN')) { try { createPrivateKey(s); } catch { return 'k8s PEM does not parse'; } } return Buffer.from(s, 'utf8').equals(b) ? null : 'k8s data not UTF-8'; }
    case 'ELASTIC_API_KEY': { const b = b64Exact(v); return b && /^[A-Za-z0-9]+:[A-Za-z0-9]+$/.test(b.toString()) ? null : 'bad elastic key'; }
    case 'AGE_SECRET_KEY': return /^AGE-SECRET-KEY-1/.test(v) && C.bech32Valid(v) ? null : 'bad age key';
    case 'OPENAI_API_KEY': return /^sk-proj-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/.test(v) ? null : 'bad openai';
    case 'OPENAI_LEGACY_API_KEY': return /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/.test(v) ? null : 'bad openai legacy';
    case 'OPENAI_SERVICE_ACCOUNT_KEY': return /^sk-svcacct-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/.test(v) ? null : 'bad openai svc';
    case 'ANTHROPIC_API_KEY': return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'bad anthropic';
    case 'ANTHROPIC_ADMIN_KEY': return /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'bad anthropic admin';
    case 'SLACK_BOT_TOKEN': return /^xoxb-\d+-\d+-[A-Za-z0-9]+$/.test(v) ? null : 'bad slack bot';
    case 'STRIPE_SECRET_KEY': return /^sk_live_[A-Za-z0-9]+$/.test(v) ? null : 'bad stripe';
    case 'WIREGUARD_PRIVATE_KEY': { const b = b64Exact(v); return b && b.length === 32 ? null : 'bad wg key'; }
    case 'LARAVEL_APP_KEY': { const b = b64Exact(v.replace(/^base64:/, '')); return b && b.length === 32 ? null : 'bad laravel key'; }
    case 'FERNET_KEY': return Buffer.from(v, 'base64url').length === 32 ? null : 'bad fernet';
  }
  if (PEM_KINDS.includes(e)) {
    const pem = normPem(v);
    const label = (/^-----BEGIN ([A-Z ]+)-----/.exec(pem) || [])[1];
    const end = (/-----END ([A-Z ]+)-----$/.exec(pem) || [])[1];
    if (!label || label !== end) return 'PEM armor broken';
    try {
      if (e === 'RSA_PRIVATE_KEY') { if (label !== 'RSA PRIVATE KEY') return 'label'; const k = createPrivateKey(pem); const bits = k.asymmetricKeyDetails.modulusLength; if (k.asymmetricKeyType !== 'rsa' || ![1024, 2048, 3072].includes(bits)) return 'rsa size'; return null; }
      if (e === 'PKCS8_PRIVATE_KEY') { if (label !== 'PRIVATE KEY') return 'label'; createPrivateKey(pem); return null; }
      if (e === 'EC_PRIVATE_KEY') { if (label !== 'EC PRIVATE KEY') return 'label'; const k = createPrivateKey(pem); return k.asymmetricKeyType === 'ec' ? null : 'ec type'; }
      if (e === 'OPENSSH_PRIVATE_KEY') { if (label !== 'OPENSSH PRIVATE KEY') return 'label'; const body = Buffer.from(pem.split('\n').slice(1, -1).join(''), 'base64'); return parseOpenssh(body) ? null : 'openssh structure'; }
      if (e === 'PGP_PRIVATE_KEY') return parsePgpArmor(pem) ? null : 'pgp structure';
    } catch (err) { return 'PEM parse: ' + err.message; }
  }
  return null;
}
function piiCheck(e, v) {
  switch (e) {
    case 'CREDIT_CARD': { const d = C.onlyDigits(v); return /^[\d -]+$/.test(v) && C.luhnValid(d) && C.cardBrand(d) ? null : 'card fails Luhn/IIN/length'; }
    case 'IBAN_CODE': return C.ibanValid(v) ? null : 'IBAN invalid';
    case 'US_SSN': return /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(v) && C.ssnValid(v) ? null : 'SSN not in issued range';
    case 'US_ITIN': return /^9\d{2}-?\d{2}-?\d{4}$/.test(v) && C.itinValid(v) ? null : 'ITIN invalid';
    case 'UK_NHS': return /^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(v) && C.nhsValid(v) ? null : 'NHS mod 11';
    case 'MEDICAL_LICENSE': return C.deaValid(v) ? null : 'DEA checksum';
    case 'CRYPTO': return C.btcValid(v) ? null : 'BTC address invalid';
    case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)$/.exec(v); return m && ALLOWED_TLD.test(m[1]) ? null : 'email shape/domain'; }
    case 'IP_ADDRESS': return isIP(v) ? null : 'not an IP';
    case 'PHONE_NUMBER': { const n = C.onlyDigits(v).length; return /^[+\d\s().\/-]+$/.test(v) && n >= 7 && n <= 15 ? null : 'phone shape'; }
    case 'US_PASSPORT': return /^([0-9]{9}|[A-Z][0-9]{8})$/.test(v) ? null : 'passport shape';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9][A-Z0-9 -]{5,20}$/.test(v) && /\d/.test(v) ? null : 'DL shape';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank number shape';
    case 'PERSON': return /\d/.test(v) ? 'digit in name' : null;
    case 'LOCATION': return v.length >= 2 ? null : 'short location';
  }
  return 'unknown PII entity';
}
function lookCheck(w, v) {
  switch (w) {
    case 'invalid_card': { const d = C.onlyDigits(v); return d.length >= 13 && !C.luhnValid(d) ? null : 'invalid_card passes Luhn'; }
    case 'invalid_iban': return /^[A-Z]{2}\d{2}/.test(C.ibanCompact(v)) && !C.ibanValid(v) ? null : 'invalid_iban passes';
    case 'invalid_ssn': return C.onlyDigits(v).length === 9 && !C.ssnValid(v) ? null : 'invalid_ssn valid';
    case 'invalid_nhs': return C.onlyDigits(v).length === 10 && !C.nhsValid(v) ? null : 'invalid_nhs valid';
    case 'invalid_dea': return /^[A-Z]{2}\d{7}$/.test(v) && !C.deaValid(v) ? null : 'invalid_dea valid';
    case 'vendor_test_card': { const d = C.onlyDigits(v); return C.luhnValid(d) && VENDOR_TEST_CARDS.includes(d) ? null : 'vendor card'; }
    case 'aws_example_key': return AWS_EXAMPLES.includes(v) ? null : 'not an AWS documented example';
    case 'certificate': try { new X509Certificate(normPem(v)); return null; } catch { return 'certificate does not parse'; }
    case 'public_key':
      if (v.startsWith('-----BEGIN')) { try { createPublicKey(normPem(v)); return null; } catch { return 'public key PEM'; } }
      if (/^(ssh-|ecdsa-)/.test(v)) { const [t, b] = v.split(' '); const blob = Buffer.from(b, 'base64'); const n = blob.readUInt32BE(0); return blob.subarray(4, 4 + n).toString() === t ? null : 'ssh pubkey blob'; }
      return null;
    case 'hostname': return ALLOWED_TLD.test(v) ? null : 'hostname TLD';
  }
  return null;
}

export function validate(records) {
  const errs = []; const ids = new Set();
  for (const rec of records) {
    const where = rec.id;
    if (ids.has(rec.id)) errs.push(`${where}: duplicate id`); ids.add(rec.id);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) errs.push(`${where}: base64url not canonical`);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) errs.push(`${where}: not valid UTF-8`);
    if (buf.length < 200 || buf.length > 4000) errs.push(`${where}: size ${buf.length}`);
    const spans = [...rec.labels.map((l) => ({ ...l, t: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) { errs.push(`${where}: span out of range ${s.start}-${s.end}`); continue; }
      if (i && spans[i - 1].end > s.start) errs.push(`${where}: overlap at ${s.start}`);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (!Buffer.from(v, 'utf8').equals(buf.subarray(s.start, s.end))) errs.push(`${where}: span cuts a UTF-8 char at ${s.start}`);
      if (s._value !== undefined && v !== s._value) errs.push(`${where}: span bytes differ from inserted value at ${s.start}`);
      if (/^\s|\s$/.test(v)) errs.push(`${where}: whitespace at span edge ${JSON.stringify(v.slice(0, 30))}`);
      let e = null;
      if (s.t === 'label') {
        if (s.family === 'pii') { if (!PII_ENTITIES.includes(s.entity)) e = 'not a Presidio entity ' + s.entity; else e = piiCheck(s.entity, v); }
        else if (s.family === 'secrets') { if (!/^[A-Z][A-Z0-9_]+$/.test(s.entity)) e = 'bad secret entity name'; else e = secretCheck(s.entity, v); }
        else e = 'bad family';
      } else { if (!/^[a-z][a-z0-9_]+$/.test(s.what)) e = 'bad what'; else e = lookCheck(s.what, v); }
      if (e) errs.push(`${where}: ${s.entity || s.what} ${JSON.stringify(v.slice(0, 60))}: ${e}`);
    }
    // text-wide host rules
    if (FORBIDDEN_HOSTS.test(text)) errs.push(`${where}: forbidden registry/code-hosting host name: ${FORBIDDEN_HOSTS.exec(text)[0]}`);
    for (const m of text.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/([^\s\/?#"'<>`\\)]+)/gi)) {
      let auth = m[2]; const at = auth.lastIndexOf('@'); if (at >= 0) auth = auth.slice(at + 1);
      let host = auth.startsWith('[') ? auth.slice(0, auth.indexOf(']') + 1) : auth.replace(/:\d*$/, '');
      host = host.replace(/[.,;:]+$/, '');
      if (host && !hostOk(host)) errs.push(`${where}: URL host not allowed: ${host}`);
    }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      const dom = m[1].replace(/\.+$/, '');
      if (!hostOk(dom)) errs.push(`${where}: e-mail/userinfo domain not allowed: ${dom}`);
    }
    for (const l of rec.labels) {
      if (l.family === 'secrets' && /^(BASIC_AUTH|DOCKER_REGISTRY|KUBERNETES_SECRET)/.test(l.entity)) {
        const dec = Buffer.from(buf.subarray(l.start, l.end).toString(), 'base64').toString('utf8');
        if (FORBIDDEN_HOSTS.test(dec)) errs.push(`${where}: forbidden host in decoded secret`);
      }
    }
  }
  return errs;
}

export function composition(records) {
  const c = { docs: records.length, kinds: new Map(), secrets: 0, secretKinds: new Map(), pii: 0, piiKinds: new Map(), looks: 0, lookKinds: new Map(), pemModes: new Set() };
  const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  for (const rec of records) {
    inc(c.kinds, rec.kind);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    for (const l of rec.labels) {
      if (l.family === 'secrets') {
        c.secrets++; inc(c.secretKinds, l.entity);
        if (PEM_KINDS.includes(l.entity)) { const v = buf.subarray(l.start, l.end).toString(); c.pemModes.add(v.includes('\\n') ? 'json-escaped' : /\n[ \t]+\S/.test(v) ? 'indented' : 'plain'); }
      } else { c.pii++; inc(c.piiKinds, l.entity); }
    }
    for (const l of rec.lookalikes) { c.looks++; inc(c.lookKinds, l.what); }
  }
  return c;
}
export function compositionErrors(c) {
  const e = [];
  if (c.docs < MIN.docs) e.push(`documents ${c.docs} < ${MIN.docs}`);
  if (c.kinds.size < MIN.kinds) e.push(`document kinds ${c.kinds.size} < ${MIN.kinds}`);
  if (c.secrets < MIN.secrets) e.push(`secret labels ${c.secrets} < ${MIN.secrets}`);
  if (c.secretKinds.size < MIN.secretKinds) e.push(`secret kinds ${c.secretKinds.size} < ${MIN.secretKinds}`);
  if (c.pii < MIN.pii) e.push(`PII labels ${c.pii} < ${MIN.pii}`);
  for (const ent of PII_ENTITIES) if ((c.piiKinds.get(ent) || 0) < MIN.perPii) e.push(`${ent} ${c.piiKinds.get(ent) || 0} < ${MIN.perPii}`);
  if (c.looks < MIN.lookalikes) e.push(`look-alikes ${c.looks} < ${MIN.lookalikes}`);
  if (c.lookKinds.size < MIN.lookKinds) e.push(`look-alike kinds ${c.lookKinds.size} < ${MIN.lookKinds}`);
  for (const k of PEM_KINDS) if (!c.secretKinds.get(k)) e.push(`no ${k}`);
  for (const k of ['JSON_WEB_TOKEN', 'KUBERNETES_SECRET_DATA', 'DOCKER_REGISTRY_AUTH', 'BASIC_AUTH_CREDENTIALS', 'USER_PASSWORD', 'PASSPHRASE'])
    if ((c.secretKinds.get(k) || 0) < 3) e.push(`fewer than 3 ${k}`);
  for (const m of ['plain', 'indented', 'json-escaped']) if (!c.pemModes.has(m)) e.push(`no PEM written ${m}`);
  return e;
}

// CLI: node test/eval/blind19/validate.mjs [file] — re-checks a written file (value equality
// needs the generator's in-memory values and is checked by generate.mjs); exit 1 on any violation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), '..', 'blind19.jsonl');
  const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const errs = [...validate(recs), ...compositionErrors(composition(recs))];
  if (errs.length) { for (const e of errs.slice(0, 60)) console.error(e); console.error(`${errs.length} violation(s)`); process.exit(1); }
  console.log(`${file}: ${recs.length} records, no violation`);
}
