// Validator for blind24. Used by generate.mjs before anything is written, and runnable on
// its own:  node test/eval/blind24/validate.mjs [test/eval/blind24.jsonl]
// Exits 1 on any violation.
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { luhnValid, cardBrand, ibanValid, ssnValid, itinValid, nhsValid, deaValid, base58checkValid, base58decode, bech32Decode, convertBits, ghChecksum, base62, crc32 } from './checksums.mjs';
import { checkPemSpan } from './pem.mjs';

export const SET = 'blind24';
export const PRESIDIO = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN',
  'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, piiEach: 15, looks: 3000, lookKinds: 35, langs: 16, proseLangs: 8 };
const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
// Package-registry and code-hosting host names, base64-encoded so that they never appear
// literally in the repository.
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmNvbQ==', 'Z2l0bGFiLmlv', 'Yml0YnVja2V0Lm9yZw==', 'Yml0YnVja2V0Lmlv',
  'bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'cnVieWdlbXMub3Jn', 'Y3JhdGVzLmlv', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==',
  'Z2hjci5pbw==', 'cXVheS5pbw==', 'Z2NyLmlv', 'cGtnLmRldg==', 'bWF2ZW4ub3Jn', 'bWF2ZW4uYXBhY2hlLm9yZw==', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'cGtnLmdvLmRldg==',
  'Z29sYW5nLm9yZw==', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'Y29jb2Fwb2RzLm9yZw==', 'aGV4LnBt', 'cHViLmRldg==', 'Y3Bhbi5vcmc=', 'YW5hY29uZGEub3Jn',
  'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'Y2RuanMuY29t', 'bGF1bmNocGFkLm5ldA==', 'c2F2YW5uYWguZ251Lm9yZw==', 'Z3JhZGxlLm9yZw==', 'YmludHJheS5jb20=',
  'YXp1cmVjci5pbw==', 'dGVycmFmb3JtLmlv', 'c3IuaHQ=', 'Z2l0ZWEuY29t', 'b3BhbS5vY2FtbC5vcmc=', 'Y29uZGEuaW8=', 'Y2xvamFycy5vcmc=', 'c3dpZnRwYWNrYWdlaW5kZXguY29t', 'ZGVuby5sYW5k',
  'anNyLmlv', 'aHVnZ2luZ2ZhY2UuY28='];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const FORBIDDEN_RE = new RegExp(`(^|[^a-z0-9-])(${FORBIDDEN.map((h) => h.replace(/\./g, '\\.')).join('|')})(?![a-z0-9-])`, 'i');

const ALLOWED_TLD = /\.(example|test|invalid)\.?$/i;
function hostOk(h) {
  if (!h) return true;
  const host = h.replace(/^\[|\]$/g, '');
  if (isIP(host)) return true;
  if (!host.includes('.')) return true; // bare name
  return ALLOWED_TLD.test(host);
}
// every URL host and e-mail domain in a text
export function hostProblems(text) {
  const out = [];
  const urlRe = /\b([a-z][a-z0-9+.-]*):\/\/([^\s"'<>`\\|)]*)/gi;
  let m;
  while ((m = urlRe.exec(text))) {
    let auth = m[2].split(/[/?#]/)[0];
    const at = auth.lastIndexOf('@');
    if (at >= 0) auth = auth.slice(at + 1);
    let host = auth;
    if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
    else host = host.replace(/:\d*$/, '').replace(/[,;]+$/, '');
    if (!hostOk(host)) out.push(`url host ${host} in ${m[0].slice(0, 80)}`);
  }
  const mailRe = /[A-Za-z0-9._%+-]+(?:@|%40)((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])/g;
  while ((m = mailRe.exec(text))) if (!hostOk(m[1])) out.push(`mail domain ${m[1]} in ${m[0]}`);
  const f = FORBIDDEN_RE.exec(text);
  if (f) out.push(`forbidden host name ${f[2]}`);
  return out;
}

const b64dec = (s) => { const t = s.replace(/-/g, '+').replace(/_/g, '/'); return /^[A-Za-z0-9+/]+=*$/.test(t) ? Buffer.from(t, 'base64') : null; };
const printable = (buf) => { if (!buf) return null; const s = buf.toString('utf8'); return /^[\P{C}\n\t]+$/u.test(s) && !s.includes('\ufffd') ? s : null; };
const GH = /^gh[pousr]_[A-Za-z0-9]{36}$/;

// semantic check of one label; returns an error string or null; decoded: texts to scan for hosts
function checkLabel(fam, ent, v, decoded) {
  if (fam === 'pii') {
    switch (ent) {
      case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && luhnValid(d) && cardBrand(d) ? null : 'card not Luhn/IIN/length valid'; }
      case 'IBAN_CODE': return ibanValid(v) ? null : 'IBAN invalid';
      case 'US_SSN': return ssnValid(v) ? null : 'SSN not in issued ranges';
      case 'US_ITIN': return itinValid(v) ? null : 'ITIN invalid';
      case 'UK_NHS': return nhsValid(v) ? null : 'NHS mod 11 fails';
      case 'MEDICAL_LICENSE': return deaValid(v) ? null : 'DEA checksum fails';
      case 'CRYPTO': {
        if (/^[13]/.test(v)) { const b = base58decode(v); return base58checkValid(v) && b.length === 25 && (b[0] === 0 || b[0] === 5) ? null : 'BTC base58check invalid'; }
        const x = bech32Decode(v);
        if (!x || x.hrp !== 'bc') return 'BTC bech32 invalid';
        const prog = convertBits(x.data.slice(1), 5, 8, false);
        if (!prog) return 'BTC bech32 program';
        if (x.data[0] === 0) return x.variant === 'bech32' && (prog.length === 20 || prog.length === 32) ? null : 'BTC v0';
        return x.variant === 'bech32m' && prog.length === 32 ? null : 'BTC v1';
      }
      case 'EMAIL_ADDRESS': { const m = /^[^@\s]+(?:@|%40)([^@\s]+)$/.exec(v); return m && hostOk(m[1]) ? null : 'email shape/domain'; }
      case 'IP_ADDRESS': return isIP(v) ? null : 'not an IP';
      case 'PHONE_NUMBER': return /^[+\d(][\d\s().\-/]+\d$/.test(v) && v.replace(/\D/g, '').length >= 7 ? null : 'phone shape';
      case 'US_PASSPORT': return /^[A-Z]?\d{8,9}$/.test(v) ? null : 'passport shape';
      case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank account shape';
      case 'US_DRIVER_LICENSE': return /^[A-Z0-9][A-Z0-9 -]{5,22}$/.test(v) ? null : 'driver license shape';
      case 'PERSON': return /\d/.test(v) ? 'digits in person name' : null;
      default: return null;
    }
  }
  if (/example/i.test(v)) return 'secret contains EXAMPLE';
  if (ent.startsWith('GITHUB_') && ent !== 'GITHUB_FINE_GRAINED_PAT') return GH.test(v) && ghChecksum(v.slice(4, 34)) === v.slice(34) ? null : 'GitHub token checksum';
  if (ent === 'NPM_ACCESS_TOKEN') return /^npm_[A-Za-z0-9]{36}$/.test(v) && base62(crc32(Buffer.from(v.slice(4, 34))), 6) === v.slice(34) ? null : 'npm token checksum';
  if (ent === 'AWS_ACCESS_KEY_ID') return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'AKIA shape';
  if (ent === 'AWS_TEMPORARY_ACCESS_KEY_ID') return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'ASIA shape';
  if (ent === 'JWT' || ent === 'K8S_SERVICE_ACCOUNT_TOKEN') {
    const p = v.split('.');
    if (p.length !== 3) return 'JWT parts';
    try {
      const h = JSON.parse(Buffer.from(p[0], 'base64url').toString('utf8')), b = JSON.parse(Buffer.from(p[1], 'base64url').toString('utf8'));
      if (!h.alg || typeof b !== 'object') return 'JWT header without alg';
      if (Buffer.from(p[0], 'base64url').toString('base64url') !== p[0]) return 'JWT header not canonical base64url';
      decoded.push(JSON.stringify(b));
    } catch { return 'JWT not base64url JSON'; }
    return null;
  }
  if (['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY'].includes(ent)) {
    const want = { RSA_PRIVATE_KEY: 'RSA PRIVATE KEY', PKCS8_PRIVATE_KEY: 'PRIVATE KEY', EC_PRIVATE_KEY: 'EC PRIVATE KEY', OPENSSH_PRIVATE_KEY: 'OPENSSH PRIVATE KEY', PGP_PRIVATE_KEY: 'PGP PRIVATE KEY BLOCK' }[ent];
    if (!v.startsWith(`-----BEGIN ${want}-----`)) return `PEM label is not ${want}`;
    return checkPemSpan(v);
  }
  if (ent === 'KUBECONFIG_CLIENT_KEY_DATA') { const s = printable(b64dec(v)); return s ? checkPemSpan(s.trim()) : 'client-key-data not base64 PEM'; }
  if (ent === 'BASIC_AUTH_CREDENTIALS' || ent === 'DOCKER_REGISTRY_AUTH' || ent === 'ELASTIC_API_KEY') {
    const s = printable(b64dec(v));
    if (!s || !/^[^:\s]+:\S+$/.test(s)) return 'does not decode to user:password';
    decoded.push(s); return null;
  }
  if (ent === 'K8S_SECRET_DATA') { const s = printable(b64dec(v)); if (!s) return 'k8s data not base64 of text'; decoded.push(s); if (/example/i.test(s) && !/\.example\b/.test(s)) return 'decoded secret contains EXAMPLE'; return null; }
  if (ent.startsWith('OPENAI_')) return v.includes('T3BlbkFJ') ? null : 'OpenAI marker';
  if (ent.startsWith('ANTHROPIC_')) return /^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'Anthropic shape';
  if (ent === 'AGE_SECRET_KEY') { const x = bech32Decode(v); return x && x.hrp === 'age-secret-key-' ? null : 'age key bech32'; }
  if (ent.startsWith('STRIPE_')) return /^(sk|rk)_(live|test)_[A-Za-z0-9]{24,}$|^whsec_[A-Za-z0-9]{32}$/.test(v) ? null : 'Stripe shape';
  if (ent.startsWith('SLACK_') && ent !== 'SLACK_WEBHOOK_SECRET') return /^x(oxb|oxp|app)-/.test(v) ? null : 'Slack shape';
  if (/\s/.test(v) && !['PASSPHRASE', 'GPG_PASSPHRASE', 'ANSIBLE_VAULT_PASSWORD', 'WIFI_PSK'].includes(ent)) return 'whitespace inside secret';
  if (['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', 'SENTRY_ORG_AUTH_TOKEN', 'GRAFANA_CLOUD_TOKEN', 'MAPBOX_SECRET_TOKEN'].includes(ent)) {
    const m = /^(?:ops_|sntrys_|glc_|sk\.)([A-Za-z0-9_-]+)/.exec(v); const s = m && printable(b64dec(m[1])); if (s) decoded.push(s);
  }
  return null;
}

function checkLook(what, v) {
  switch (what) {
    case 'invalid_card': { const d = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && !luhnValid(d) ? null : 'invalid_card passes Luhn'; }
    case 'invalid_iban': return /^[A-Z]{2}\d{2}/.test(v) && !ibanValid(v) ? null : 'invalid_iban is valid';
    case 'invalid_ssn': return /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnValid(v) && !itinValid(v) ? null : 'invalid_ssn is valid';
    case 'invalid_nhs': return /^[\d ]{10,12}$/.test(v) && !nhsValid(v) ? null : 'invalid_nhs is valid';
    case 'vendor_test_card': return luhnValid(v) ? null : 'vendor test card fails Luhn';
    case 'aws_example_key': return AWS_EXAMPLES.includes(v) ? null : 'not an AWS documented example';
    default: return null;
  }
}

// items: [{rec, text?, spans?}] ; when spans are given, the recorded values are compared.
export function validate(items) {
  const errors = [];
  const err = (id, m) => { if (errors.length < 200) errors.push(`${id}: ${m}`); };
  const ids = new Set();
  const comp = { docs: 0, kinds: {}, secrets: {}, pii: {}, looks: {}, nSecrets: 0, nPii: 0, nLooks: 0 };
  for (const it of items) {
    const rec = it.rec;
    const id = rec.id;
    if (!/^blind24-[a-z0-9-]+-\d{4}$/.test(id)) err(id, 'bad id');
    if (ids.has(id)) err(id, 'duplicate id');
    ids.add(id);
    if (!id.startsWith(`${SET}-${rec.kind}-`)) err(id, 'kind does not match id');
    const keys = Object.keys(rec).join(',');
    if (keys !== 'id,kind,text_b64url,labels,lookalikes') err(id, `record keys ${keys}`);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) err(id, 'text_b64url not canonical base64url');
    const text = buf.toString('utf8');
    if (Buffer.from(text, 'utf8').compare(buf) !== 0) err(id, 'text not valid UTF-8');
    if (it.text !== undefined && it.text !== text) err(id, 'decoded text differs from built text');
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    comp.docs++;
    comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const all = [];
    for (const l of rec.labels) {
      if (Object.keys(l).join(',') !== 'start,end,entity,family') err(id, 'label keys');
      if (l.family !== 'secrets' && l.family !== 'pii') err(id, `family ${l.family}`);
      if (l.family === 'pii' && !PRESIDIO.includes(l.entity)) err(id, `PII entity ${l.entity}`);
      if (l.family === 'secrets' && !/^[A-Z][A-Z0-9_]+$/.test(l.entity)) err(id, `secret entity ${l.entity}`);
      all.push({ ...l, look: false });
    }
    for (const l of rec.lookalikes) {
      if (Object.keys(l).join(',') !== 'start,end,what') err(id, 'lookalike keys');
      if (!/^[a-z][a-z0-9_]+$/.test(l.what)) err(id, `what ${l.what}`);
      all.push({ ...l, look: true });
    }
    all.sort((a, b) => a.start - b.start || a.end - b.end);
    let prevEnd = 0;
    const decoded = [];
    for (const s of all) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { err(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) err(id, `overlap at ${s.start}`);
      prevEnd = Math.max(prevEnd, s.end);
      const slice = buf.subarray(s.start, s.end);
      const v = slice.toString('utf8');
      if (Buffer.from(v, 'utf8').compare(slice) !== 0) { err(id, `span ${s.start}-${s.end} cuts a UTF-8 character`); continue; }
      if (/^\s|\s$/u.test(v)) err(id, `whitespace at span end ${JSON.stringify(v.slice(0, 40))}`);
      const e = s.look ? checkLook(s.what, v) : checkLabel(s.family, s.entity, v, decoded);
      if (e) err(id, `${s.look ? s.what : s.entity} ${JSON.stringify(v.slice(0, 60))}: ${e}`);
      if (s.look) { comp.looks[s.what] = (comp.looks[s.what] || 0) + 1; comp.nLooks++; }
      else if (s.family === 'pii') { comp.pii[s.entity] = (comp.pii[s.entity] || 0) + 1; comp.nPii++; }
      else { comp.secrets[s.entity] = (comp.secrets[s.entity] || 0) + 1; comp.nSecrets++; }
    }
    if (it.spans) {
      if (it.spans.length !== all.length) err(id, 'span count differs from builder');
      for (const sp of it.spans) {
        const v = buf.subarray(sp.start, sp.end).toString('utf8');
        if (v !== sp.value) err(id, `bytes at ${sp.start}-${sp.end} differ from inserted value`);
      }
    }
    for (const p of hostProblems(text)) err(id, p);
    for (const t of decoded) for (const p of hostProblems(t)) err(id, `decoded: ${p}`);
  }
  // composition minimums
  const c = comp;
  const need = (ok, m) => { if (!ok) errors.push(`composition: ${m}`); };
  need(c.docs >= MIN.docs, `${c.docs} documents < ${MIN.docs}`);
  need(Object.keys(c.kinds).length >= MIN.kinds, `${Object.keys(c.kinds).length} kinds < ${MIN.kinds}`);
  need(c.nSecrets >= MIN.secrets, `${c.nSecrets} secret labels < ${MIN.secrets}`);
  need(Object.keys(c.secrets).length >= MIN.secretKinds, `${Object.keys(c.secrets).length} secret kinds < ${MIN.secretKinds}`);
  need(c.nPii >= MIN.pii, `${c.nPii} PII labels < ${MIN.pii}`);
  for (const e of PRESIDIO) need((c.pii[e] || 0) >= MIN.piiEach, `${e}: ${c.pii[e] || 0} < ${MIN.piiEach}`);
  need(c.nLooks >= MIN.looks, `${c.nLooks} look-alikes < ${MIN.looks}`);
  need(Object.keys(c.looks).length >= MIN.lookKinds, `${Object.keys(c.looks).length} look-alike kinds < ${MIN.lookKinds}`);
  for (const e of ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'JWT', 'K8S_SECRET_DATA', 'DOCKER_REGISTRY_AUTH', 'BASIC_AUTH_CREDENTIALS', 'HUMAN_PASSWORD', 'PASSPHRASE'])
    need((c.secrets[e] || 0) >= 3, `secret kind ${e} too rare (${c.secrets[e] || 0})`);
  return { errors, comp };
}

// standalone use: validate an existing jsonl file (no builder values available)
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] || new URL('../blind24.jsonl', import.meta.url);
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const { errors, comp } = validate(lines.map((l) => ({ rec: JSON.parse(l) })));
  if (errors.length) { for (const e of errors) console.error(e); process.exit(1); }
  console.log(`ok: ${comp.docs} documents, ${comp.nSecrets} secret labels, ${comp.nPii} PII labels, ${comp.nLooks} look-alikes`);
}
