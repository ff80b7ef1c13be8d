// Validator: every rule of the set. Returns a list of violations (empty = valid).
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { PII_ENTITIES } from './doc.mjs';
import { luhnValid, cardNetwork, ibanValid, ssnValid, itinValid, nhsValid, deaValid, btcValid, githubTokenValid, bech32Decode } from './checksums.mjs';
import { parseOpenssh, parsePgp } from './keys.mjs';
import { VENDOR_TEST_CARDS, AWS_EXAMPLES } from './lookalikes.mjs';

// names of package registries and code-hosting sites that must appear nowhere; stored encoded so
// that this file does not contain them either
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0aHViLmlv', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn',
  'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'cnVieWdlbXMub3Jn', 'Y3JhdGVzLmlv', 'bnVnZXQub3Jn', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'cXVheS5pbw==', 'Z2hjci5pbw==',
  'Z2NyLmlv', 'cGtnLmRldg==', 'cGFja2FnaXN0Lm9yZw==', 'bWF2ZW4ub3Jn', 'bXZucmVwb3NpdG9yeS5jb20=', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t',
  'Z29sYW5nLm9yZw==', 'cGtnLmdvLmRldg==', 'aGV4LnBt', 'cHViLmRldg==', 'Y29jb2Fwb2RzLm9yZw==', 'ci1wcm9qZWN0Lm9yZw==', 'Y3Bhbi5vcmc=', 'bWV0YWNwYW4ub3Jn',
  'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'dGVycmFmb3JtLmlv', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'eWFybnBrZy5jb20=', 'YW5hY29uZGEub3Jn', 'bGF1bmNocGFkLm5ldA==',
  'Z3JhZGxlLm9yZw==', 'aml0cGFjay5pbw==', 'c3IuaHQ=', 'Z2l0ZWEuY29t', 'aHVnZ2luZ2ZhY2UuY28=', 'YXp1cmVjci5pbw==', 'YXdzLmRldg==', 'Y29uZGEuaW8=', 'Z2l0bGFiLmlv'];
export const FORBIDDEN = FORBIDDEN_B64.map((s) => Buffer.from(s, 'base64').toString());

const PEM_LABEL = {
  RSA_PRIVATE_KEY: 'RSA PRIVATE KEY', PKCS8_PRIVATE_KEY: 'PRIVATE KEY', EC_PRIVATE_KEY: 'EC PRIVATE KEY', EC_PKCS8_PRIVATE_KEY: 'PRIVATE KEY',
  ED25519_PRIVATE_KEY: 'PRIVATE KEY', OPENSSH_PRIVATE_KEY: 'OPENSSH PRIVATE KEY', PGP_PRIVATE_KEY: 'PGP PRIVATE KEY BLOCK', GCP_SERVICE_ACCOUNT_KEY: 'PRIVATE KEY',
};
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const hostOk = (h) => { h = h.replace(/^\[|\]$/g, ''); return isIP(h) !== 0 || !h.includes('.') || ALLOWED_TLD.test(h); };

function b64ok(s, url = false) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return false;
  const b = Buffer.from(s, url ? 'base64url' : 'base64');
  const re = b.toString(url ? 'base64url' : 'base64');
  return re.replace(/=+$/, '') === s.replace(/=+$/, '');
}
function jwtCheck(v) {
  const parts = v.split('.');
  if (parts.length !== 3) return 'jwt parts';
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
    const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
    if (!h.alg) return 'jwt without alg';
    if (typeof p !== 'object') return 'jwt payload';
    if (!b64ok(parts[0], true) || !b64ok(parts[1], true) || !b64ok(parts[2], true)) return 'jwt base64url';
  } catch (e) { return 'jwt json ' + e.message; }
  return null;
}
export function normPem(v) { return v.replace(/\\n/g, '\n').split('\n').map((l) => l.replace(/^\s+/, '')).join('\n').trim(); }
function pemCheck(entity, v) {
  const pem = normPem(v);
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem);
  if (!m) return 'pem header';
  if (PEM_LABEL[entity] && PEM_LABEL[entity] !== m[1]) return `pem label ${m[1]} for ${entity}`;
  if (!pem.endsWith(`-----END ${m[1]}-----`)) return 'pem footer';
  try {
    if (m[1] === 'OPENSSH PRIVATE KEY') { parseOpenssh(pem); return null; }
    if (m[1] === 'PGP PRIVATE KEY BLOCK') { parsePgp(pem); return null; }
    const k = createPrivateKey({ key: pem, format: 'pem' });
    const det = k.asymmetricKeyDetails || {};
    if (k.asymmetricKeyType === 'rsa' && ![1024, 2048, 3072, 4096].includes(det.modulusLength)) return 'rsa size';
    if (k.asymmetricKeyType === 'ec' && det.namedCurve !== 'prime256v1') return 'ec curve';
    if (entity === 'RSA_PRIVATE_KEY' && k.asymmetricKeyType !== 'rsa') return 'not rsa';
    if (entity === 'ED25519_PRIVATE_KEY' && k.asymmetricKeyType !== 'ed25519') return 'not ed25519';
  } catch (e) { return 'pem parse: ' + e.message; }
  return null;
}

function secretCheck(entity, v) {
  if (/example/i.test(v)) return 'secret contains EXAMPLE';
  if (/-----BEGIN/.test(v)) return pemCheck(entity, v);
  if (/^gh[pousr]_/.test(v)) return githubTokenValid(v) ? null : 'github checksum';
  if (entity.startsWith('GITHUB_') && entity !== 'GITHUB_FINE_GRAINED_TOKEN') return 'github token shape';
  if (entity === 'AWS_ACCESS_KEY') return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'AKIA shape';
  if (entity === 'AWS_TEMPORARY_ACCESS_KEY') return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'ASIA shape';
  if (entity === 'AWS_SECRET_KEY') return /^[A-Za-z0-9+/]{40}$/.test(v) ? null : 'aws secret shape';
  if (/^eyJ/.test(v) && v.split('.').length === 3) return jwtCheck(v);
  if (['JSON_WEB_TOKEN', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY'].includes(entity)) return 'jwt expected';
  if (entity === 'KUBECONFIG_CLIENT_KEY_DATA') { if (!b64ok(v)) return 'b64'; return pemCheck('EC_PRIVATE_KEY', Buffer.from(v, 'base64').toString()); }
  if (entity === 'BASIC_AUTH_CREDENTIALS' || entity === 'DOCKER_REGISTRY_AUTH') {
    if (!b64ok(v)) return 'auth base64';
    return /^[^:\s]+:\S+$/.test(Buffer.from(v, 'base64').toString()) ? null : 'auth not user:password';
  }
  if (entity === 'KUBERNETES_SECRET_DATA') return b64ok(v) ? null : 'k8s data base64';
  if (entity === 'AGE_SECRET_KEY') { const d = bech32Decode(v); return d && d.hrp === 'age-secret-key-' ? null : 'age bech32'; }
  if (entity.startsWith('OPENAI_')) return v.includes('T3BlbkFJ') ? null : 'openai marker';
  if (entity === 'ANTHROPIC_API_KEY') return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'anthropic shape';
  if (entity === 'SLACK_BOT_TOKEN') return /^xoxb-\d+-\d+-[A-Za-z0-9]+$/.test(v) ? null : 'slack shape';
  if (entity === 'STRIPE_SECRET_KEY') return /^sk_live_[A-Za-z0-9]{99}$/.test(v) ? null : 'stripe shape';
  if (entity === 'GOOGLE_API_KEY') return /^AIza[A-Za-z0-9_-]{35}$/.test(v) ? null : 'google key shape';
  return null;
}

function piiCheck(entity, v) {
  switch (entity) {
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(d)) return 'card chars'; if (!luhnValid(d)) return 'luhn'; if (!cardNetwork(d)) return 'card IIN/length'; if (VENDOR_TEST_CARDS.includes(d)) return 'vendor test card labelled as PII'; return null; }
    case 'IBAN_CODE': return ibanValid(v) ? null : 'iban';
    case 'US_SSN': return ssnValid(v) ? null : 'ssn range';
    case 'US_ITIN': return itinValid(v) ? null : 'itin';
    case 'UK_NHS': return nhsValid(v) ? null : 'nhs mod 11';
    case 'MEDICAL_LICENSE': return deaValid(v) ? null : 'dea checksum';
    case 'CRYPTO': return btcValid(v) ? null : 'btc';
    case 'EMAIL_ADDRESS': { const m = /^[^@\s]+@([A-Za-z0-9.-]+)$/.exec(v); if (!m) return 'email shape'; return ALLOWED_TLD.test(m[1]) ? null : 'email domain'; }
    case 'IP_ADDRESS': return isIP(v) ? null : 'ip';
    case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; return n >= 7 && n <= 15 && /^[+(0-9]/.test(v) ? null : 'phone digits'; }
    case 'US_PASSPORT': return /^[A-Z]?\d{8,9}$/.test(v) && v.length === 9 ? null : 'passport';
    case 'US_BANK_NUMBER': { const n = v.replace(/-/g, ''); return /^\d{8,17}$/.test(n) ? null : 'bank number'; }
    case 'US_DRIVER_LICENSE': return /\d/.test(v) ? null : 'dl';
    case 'PERSON': return /\d/.test(v) ? 'digit in person' : null;
    case 'LOCATION': return v.length ? null : 'location';
    default: return 'unknown pii entity ' + entity;
  }
}

function lookCheck(what, v) {
  switch (what) {
    case 'invalid_card': { const d = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && !luhnValid(d) ? null : 'invalid_card passes luhn'; }
    case 'invalid_iban': return /^[A-Z]{2}\d{2}/.test(v.replace(/\s/g, '')) && !ibanValid(v) ? null : 'invalid_iban passes mod 97';
    case 'invalid_ssn': return /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnValid(v) ? null : 'invalid_ssn is valid';
    case 'invalid_nhs': return /^\d{3} ?\d{3} ?\d{4}$/.test(v) && !nhsValid(v) ? null : 'invalid_nhs passes';
    case 'invalid_dea': return /^[A-Z]{2}\d{7}$/.test(v) && !deaValid(v) ? null : 'invalid_dea passes';
    case 'vendor_test_card': { const d = v.replace(/ /g, ''); return luhnValid(d) && VENDOR_TEST_CARDS.includes(d) ? null : 'vendor card'; }
    case 'aws_example_key': return AWS_EXAMPLES.includes(v) ? null : 'aws example';
    case 'uuid': return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? null : 'uuid';
    case 'git_sha': return /^[0-9a-f]{7,40}$/.test(v) ? null : 'sha';
    case 'certificate': {
      try { const pem = v.startsWith('-----') ? v : Buffer.from(v, 'base64').toString(); new X509Certificate(pem); return null; } catch (e) { return 'certificate parse'; }
    }
    case 'public_key': {
      if (v.startsWith('-----BEGIN PUBLIC KEY')) { try { createPublicKey(v); return null; } catch { return 'public key parse'; } }
      return null;
    }
    default: return null;
  }
}

export function validateRecords(records, docs, minimums) {
  const errs = [];
  const err = (id, m) => { if (errs.length < 200) errs.push(`${id}: ${m}`); };
  const ids = new Set();
  records.forEach((rec, i) => {
    const doc = docs[i];
    const id = rec.id;
    if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    if (!/^train25-[a-z0-9-]+-\d{4}$/.test(id)) err(id, 'id pattern');
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) err(id, 'base64url roundtrip');
    const text = buf.toString('utf8');
    if (Buffer.from(text, 'utf8').compare(buf) !== 0) err(id, 'not utf-8');
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    const spans = [...rec.labels.map((l) => ({ ...l, k: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, k: 'look' }))].sort((a, b) => a.start - b.start);
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) { err(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (j && spans[j - 1].end > s.start) err(id, `overlap at ${s.start}`);
      const bytes = buf.subarray(s.start, s.end);
      const str = bytes.toString('utf8');
      if (Buffer.from(str, 'utf8').compare(bytes) !== 0) err(id, `span ${s.start} splits a character`);
      if (/^\s|\s$/.test(str)) err(id, `whitespace at span end ${JSON.stringify(str.slice(0, 30))}`);
      if (doc) {
        const v = doc.values.find((x) => x.start === s.start && x.end === s.end);
        if (!v || v.v !== str) err(id, `span bytes differ from inserted value at ${s.start}`);
      }
      if (s.k === 'label') {
        if (s.family === 'pii') { if (!PII_ENTITIES.includes(s.entity)) err(id, `non-Presidio pii entity ${s.entity}`); const m = piiCheck(s.entity, str); if (m) err(id, `${s.entity} ${JSON.stringify(str)}: ${m}`); }
        else if (s.family === 'secrets') { if (!/^[A-Z][A-Z0-9_]+$/.test(s.entity) || PII_ENTITIES.includes(s.entity)) err(id, `bad secret entity ${s.entity}`); const m = secretCheck(s.entity, str); if (m) err(id, `${s.entity} ${JSON.stringify(str.slice(0, 60))}: ${m}`); }
        else err(id, `family ${s.family}`);
      } else {
        if (!/^[a-z0-9_]+$/.test(s.what || '')) err(id, `lookalike what ${s.what}`);
        const m = lookCheck(s.what, str); if (m) err(id, `${s.what} ${JSON.stringify(str.slice(0, 60))}: ${m}`);
      }
    }
    // hosts of URLs and e-mail domains anywhere in the text
    for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>?#\\]+)/gi)) {
      const host = m[1].replace(/^.*@/, '').replace(/:\d*$/, '');
      if (!hostOk(host)) err(id, `url host ${host}`);
    }
    const secretRanges = rec.labels.filter((l) => l.family === 'secrets');
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (/^\d+(\.\d+)*$/.test(m[1])) continue;
      const at = Buffer.byteLength(text.slice(0, m.index));
      if (secretRanges.some((l) => l.start <= at && at < l.end)) continue; // an '@' inside a password
      if (!ALLOWED_TLD.test(m[1])) err(id, `e-mail domain ${m[1]}`);
    }
    const low = text.toLowerCase();
    for (const f of FORBIDDEN) if (low.includes(f)) err(id, `forbidden host name in text`);
    for (const l of rec.labels) {
      const str = buf.subarray(l.start, l.end).toString();
      if (/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(str) || str.startsWith('eyJ')) {
        for (const part of str.split('.')) { const dec = Buffer.from(part, /[-_]/.test(part) ? 'base64url' : 'base64').toString('latin1').toLowerCase(); for (const f of FORBIDDEN) if (dec.includes(f)) err(id, 'forbidden host name in decoded value'); }
      }
    }
  });
  return errs;
}

export function checkComposition(comp, min) {
  const errs = [];
  const need = (ok, m) => { if (!ok) errs.push('composition: ' + m); };
  need(comp.docs >= min.docs, `documents ${comp.docs} < ${min.docs}`);
  need(Object.keys(comp.kinds).length >= min.kinds, `document kinds ${Object.keys(comp.kinds).length}`);
  need(comp.secretLabels >= min.secretLabels, `secret labels ${comp.secretLabels}`);
  need(Object.keys(comp.secretKinds).length >= min.secretKinds, `secret kinds ${Object.keys(comp.secretKinds).length}`);
  need(comp.piiLabels >= min.piiLabels, `pii labels ${comp.piiLabels}`);
  for (const e of PII_ENTITIES) need((comp.pii[e] || 0) >= min.perEntity, `${e} ${comp.pii[e] || 0}`);
  need(comp.lookalikes >= min.lookalikes, `lookalikes ${comp.lookalikes}`);
  need(Object.keys(comp.lookKinds).length >= min.lookKinds, `lookalike kinds ${Object.keys(comp.lookKinds).length}`);
  need(comp.cultures.size >= min.cultures, `cultures ${comp.cultures.size}`);
  need(comp.scripts.size >= min.scripts, `scripts ${comp.scripts.size}`);
  need(comp.plans.size >= min.plans, `phone plans ${comp.plans.size}`);
  need(comp.codeLangs.size >= min.codeLangs, `code languages ${comp.codeLangs.size}`);
  need(comp.langs.size >= min.langs, `text languages ${comp.langs.size}`);
  return errs;
}

// run directly: re-check the committed JSONL without the generator's in-memory values
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { readFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const { dirname, join } = await import('node:path');
  const file = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), '..', 'train25.jsonl');
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const errs = validateRecords(records, records.map(() => null));
  if (errs.length) { console.error(`INVALID: ${errs.length} violation(s)`); for (const e of errs.slice(0, 60)) console.error('  ' + e); process.exit(1); }
  console.log(`${file.replace(/.*\/test\/eval\//, 'test/eval/')}: ${records.length} records valid`);
}
