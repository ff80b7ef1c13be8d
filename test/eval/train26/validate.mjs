// Validator: every rule a record must satisfy. Used by generate.mjs before anything is written;
// can also be run on its own: `node validate.mjs [file.jsonl]` (exit 1 on any violation).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as C from './checks.mjs';
import { AWS_EXAMPLE } from './lookalikes.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
// Hosts of package registries and code-hosting sites, base64-encoded so that the names never
// appear literally in the repository; decoded only at run time.
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'cnVieWdlbXMub3Jn', 'Y3JhdGVzLmlv', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'bWF2ZW4ub3Jn', 'cGtnLmdvLmRldg==', 'Z29sYW5nLm9yZw==', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'bGF1bmNocGFkLm5ldA==', 'aHVnZ2luZ2ZhY2UuY28=', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'Y29jb2Fwb2RzLm9yZw==', 'cHViLmRldg==', 'aGV4LnBt', 'Y3Bhbi5vcmc=', 'ci1wcm9qZWN0Lm9yZw==', 'YW5hY29uZGEub3Jn', 'cXVheS5pbw==', 'Z2hjci5pbw==', 'Z2NyLmlv', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmlv', 'Z2l0ZWEuY29t', 'c3IuaHQ=', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'Y2xvamFycy5vcmc=', 'cHViLmRhcnRsYW5nLm9yZw=='];
export const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const forbidRe = new RegExp('(^|[^A-Za-z0-9-])(' + FORBIDDEN.map((h) => h.replace(/\./g, '\\.')).join('|') + ')($|[^A-Za-z0-9-])', 'i');

const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const isIPv4 = (h) => /^\d{1,3}(\.\d{1,3}){3}$/.test(h);
const isIPv6 = (h) => /^\[?[0-9a-f:]+\]?$/i.test(h) && h.includes(':');
function hostOk(h) { h = h.replace(/\.$/, ''); if (!h) return true; if (isIPv4(h) || isIPv6(h)) return true; if (!h.includes('.')) return true; return ALLOWED_TLD.test(h); }
export function hostProblems(t) {
  const out = [];
  for (const m of t.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#'"<>()\];\\]*(?:\[[0-9a-fA-F:]+\])?[^\s/?#'"<>();\\]*)/gi)) {
    let auth = m[1]; const at = auth.lastIndexOf('@'); if (at >= 0) auth = auth.slice(at + 1);
    for (let h of auth.split(',')) { if (h.startsWith('[')) h = h.slice(0, h.indexOf(']') + 1); else h = h.replace(/:\d*$/, ''); if (!hostOk(h)) out.push('url host ' + h); }
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+?-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) { const d = m[1]; if (/^[\d.]+$/.test(d)) continue; if (!/[A-Za-z]/.test(d.split('.').pop())) continue; if (!ALLOWED_TLD.test(d)) out.push('email domain ' + d); }
  const f = forbidRe.exec(t); if (f) out.push('forbidden host name');
  return out;
}

const b64dec = (s) => { const x = s.replace(/\s+/g, ''); if (!/^[A-Za-z0-9+/]*={0,2}$/.test(x)) return null; const b = Buffer.from(x, 'base64'); return b.toString('base64').replace(/=+$/, '') === x.replace(/=+$/, '') ? b : null; };
function jwtOk(t) { const p = t.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url').toString()); JSON.parse(Buffer.from(p[1], 'base64url').toString()); return typeof h.alg === 'string' && Buffer.from(p[2], 'base64url').length >= 32; } catch { return false; } }
function pemBody(pem) { const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(pem); if (!m) return null; return { label: m[1], body: m[2] }; }
function opensshOk(pem) {
  const b = pemBody(pem); if (!b || b.label !== 'OPENSSH PRIVATE KEY') return false;
  const d = Buffer.from(b.body.replace(/\n/g, ''), 'base64'); let o = 0;
  const str = () => { const n = d.readUInt32BE(o); o += 4; const v = d.subarray(o, o + n); o += n; return v; };
  if (d.subarray(0, 15).toString('binary') !== 'openssh-key-v1\0') return false; o = 15;
  if (str().toString() !== 'none' || str().toString() !== 'none' || str().length !== 0) return false;
  if (d.readUInt32BE(o) !== 1) return false; o += 4;
  const pub = str(); const sec = str(); if (o !== d.length || sec.length % 8) return false;
  let q = 0; const s2 = () => { const n = sec.readUInt32BE(q); q += 4; const v = sec.subarray(q, q + n); q += n; return v; };
  if (sec.readUInt32BE(0) !== sec.readUInt32BE(4)) return false; q = 8;
  const type = s2().toString();
  if (type === 'ssh-ed25519') {
    const pk = s2(); const sk = s2(); if (pk.length !== 32 || sk.length !== 64 || !sk.subarray(32).equals(pk)) return false;
    const ko = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), sk.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    if (!Buffer.from(crypto.createPublicKey(ko).export({ format: 'jwk' }).x, 'base64url').equals(pk)) return false;
  } else if (type === 'ssh-rsa') { const n = s2(), e = s2(), dd = s2(), iq = s2(), p = s2(), qq = s2(); const N = BigInt('0x' + n.toString('hex')), P0 = BigInt('0x' + p.toString('hex')), Q0 = BigInt('0x' + qq.toString('hex')); if (P0 * Q0 !== N) return false; }
  else if (type.startsWith('ecdsa-sha2-')) { s2(); const Q = s2(); const dd = s2(); const ecdh = crypto.createECDH(type.endsWith('256') ? 'prime256v1' : 'secp384r1'); let k = dd; if (k[0] === 0) k = k.subarray(1); ecdh.setPrivateKey(k); if (!ecdh.getPublicKey().equals(Q)) return false; }
  else return false;
  s2(); const padn = sec.length - q; for (let i = 0; i < padn; i++) if (sec[q + i] !== i + 1) return false;
  return pub.length > 0;
}
function pgpOk(arm) {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n([\s\S]*?)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(arm); if (!m) return false;
  const d = Buffer.from(m[1].replace(/\n/g, ''), 'base64'); const c = C.crc24(d); if (Buffer.from([(c >> 16) & 255, (c >> 8) & 255, c & 255]).toString('base64') !== m[2]) return false;
  let o = 0; const tags = [];
  while (o < d.length) { const h = d[o++]; if (!(h & 0xc0)) return false; const tag = h & 0x3f; let n = d[o++]; if (n >= 192 && n < 224) n = ((n - 192) << 8) + d[o++] + 192; else if (n >= 224) return false; tags.push(tag); if (tag === 5) { const b = d.subarray(o, o + n); if (b[0] !== 4 || b[5] !== 22) return false; } o += n; }
  return o === d.length && tags[0] === 5 && tags.includes(13) && tags.includes(2);
}
function privKeyOk(pem, ent) {
  const b = pemBody(pem); if (!b) return false;
  const want = { RSA_PRIVATE_KEY: 'RSA PRIVATE KEY', PKCS8_PRIVATE_KEY: 'PRIVATE KEY', EC_PRIVATE_KEY: 'EC PRIVATE KEY', EC_PKCS8_PRIVATE_KEY: 'PRIVATE KEY', ED25519_PRIVATE_KEY: 'PRIVATE KEY' }[ent];
  if (want && b.label !== want) return false;
  if (b.body.split('\n').some((l) => l.length > 64)) return false;
  let k; try { k = crypto.createPrivateKey(pem); } catch { return false; }
  if (ent === 'RSA_PRIVATE_KEY' || ent === 'PKCS8_PRIVATE_KEY') return k.asymmetricKeyType === 'rsa' && k.asymmetricKeyDetails.modulusLength === 2048;
  if (ent === 'EC_PRIVATE_KEY' || ent === 'EC_PKCS8_PRIVATE_KEY') return k.asymmetricKeyType === 'ec';
  if (ent === 'ED25519_PRIVATE_KEY') return k.asymmetricKeyType === 'ed25519';
  return true;
}
const GH = new Set(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN', 'GITHUB_USER_TO_SERVER_TOKEN', 'GITHUB_SERVER_TO_SERVER_TOKEN', 'GITHUB_REFRESH_TOKEN']);
const JWTS = new Set(['JSON_WEB_TOKEN', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY']);
const PEMS = new Set(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY', 'ED25519_PRIVATE_KEY']);

/** Returns [problem, decodedTextToScan|null] for one span's unencoded value. */
export function checkValue(kind, raw) {
  const digits = raw.replace(/[ -]/g, '');
  switch (kind) {
    case 'CREDIT_CARD': return [C.luhnValid(digits) && !!C.cardBrand(digits) ? null : 'card'];
    case 'IBAN_CODE': return [C.ibanValid(raw) ? null : 'iban'];
    case 'US_SSN': return [C.ssnValid(raw) && /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(raw) ? null : 'ssn'];
    case 'US_ITIN': return [C.itinValid(raw) ? null : 'itin'];
    case 'UK_NHS': return [C.nhsValid(raw) ? null : 'nhs'];
    case 'MEDICAL_LICENSE': return [C.deaValid(raw) ? null : 'dea'];
    case 'CRYPTO': return [C.btcValid(raw) ? null : 'btc'];
    case 'US_PASSPORT': return [/^([1-9]\d{8}|[A-Z]\d{8})$/.test(raw) ? null : 'passport'];
    case 'US_BANK_NUMBER': return [/^\d{8,17}$/.test(raw) ? null : 'bank'];
    case 'IP_ADDRESS': return [C && (/^\d{1,3}(\.\d{1,3}){3}$/.test(raw) ? raw.split('.').every((x) => +x <= 255) : /^[0-9a-f:]+$/i.test(raw) && raw.includes(':')) ? null : 'ip'];
    case 'EMAIL_ADDRESS': return [/^[^@\s]+@[^@\s]+\.(example|test|invalid)$/.test(raw) ? null : 'email'];
    case 'AWS_ACCESS_KEY': return [/^AKIA[A-Z2-7]{16}$/.test(raw) ? null : 'aws id'];
    case 'AWS_TEMPORARY_ACCESS_KEY': return [/^ASIA[A-Z2-7]{16}$/.test(raw) ? null : 'aws sts id'];
    case 'AWS_SECRET_KEY': return [/^[A-Za-z0-9+/]{40}$/.test(raw) ? null : 'aws secret'];
    case 'NPM_ACCESS_TOKEN': { const m = /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(raw); return [m && C.tokenChecksum(m[1]) === m[2] ? null : 'npm checksum']; }
    case 'BASIC_AUTH_CREDENTIALS': case 'DOCKER_REGISTRY_AUTH': { const b = b64dec(raw); const s = b && b.toString('utf8'); return [s && /^[^:\s]+:\S+$/.test(s) && Buffer.from(s, 'utf8').equals(b) ? null : 'basic auth', s]; }
    case 'KUBERNETES_SECRET_DATA': { const b = b64dec(raw); return [b && b.length > 0 ? null : 'k8s data', b && b.toString('utf8')]; }
    case 'KUBECONFIG_CLIENT_KEY_DATA': { const b = b64dec(raw); const s = b && b.toString('utf8'); let ok = false; try { ok = !!s && privKeyOk(s, 'EC_PRIVATE_KEY') || privKeyOk(s, 'RSA_PRIVATE_KEY'); } catch { ok = false; } return [ok ? null : 'kubeconfig key', s]; }
    case 'OPENSSH_PRIVATE_KEY': return [opensshOk(raw) ? null : 'openssh structure'];
    case 'PGP_PRIVATE_KEY': return [pgpOk(raw) ? null : 'pgp structure'];
    case 'AGE_SECRET_KEY': { const d = C.bech32Decode(raw); return [d && d.hrp === 'age-secret-key-' && C.convertBits(d.data, 5, 8, false).length === 32 ? null : 'age']; }
    case 'BITCOIN_WIF_PRIVATE_KEY': { const p = C.b58checkDecode(raw); return [p && p[0] === 0x80 && p.length === 34 ? null : 'wif']; }
    case 'WIREGUARD_PRIVATE_KEY': { const b = b64dec(raw); return [b && b.length === 32 ? null : 'wg']; }
    case 'PASSWORD_HASH': { const b = /^[A-Za-z0-9+/]+=*$/.test(raw) && b64dec(raw); const s = b ? b.toString('utf8') : raw; return [/^(\$2b\$12\$|\$6\$|\$argon2id\$|\{SSHA\})/.test(s) ? null : 'hash', s]; }
    case 'SENTRY_AUTH_TOKEN': { const m = /^sntrys_([A-Za-z0-9_-]+)_[A-Za-z0-9_-]{43}$/.exec(raw); let j = null; try { j = JSON.parse(Buffer.from(m[1], 'base64url').toString()); } catch {} return [j ? null : 'sentry', j && JSON.stringify(j)]; }
    case 'GRAFANA_CLOUD_TOKEN': { let j = null; try { j = JSON.parse(Buffer.from(raw.slice(4), 'base64').toString()); } catch {} return [j ? null : 'grafana', j && JSON.stringify(j)]; }
    case 'MAPBOX_SECRET_TOKEN': { const s = Buffer.from(raw.split('.')[1] || '', 'base64url').toString(); return [s.startsWith('{') ? null : 'mapbox', s]; }
    case 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN': { const s = Buffer.from(raw.slice(4), 'base64url').toString(); return [s.startsWith('{') ? null : '1p', s]; }
    case 'PYPI_API_TOKEN': case 'INTERCOM_ACCESS_TOKEN': case 'ELASTIC_API_KEY': case 'AWS_BEDROCK_API_KEY': { const s = Buffer.from(raw.replace(/^(pypi-|ABSK)/, ''), raw.startsWith('pypi-') ? 'base64url' : 'base64').toString('latin1'); return [null, s]; }
  }
  if (GH.has(kind)) return [C.ghTokenValid(raw) ? null : 'gh checksum'];
  if (JWTS.has(kind)) { const ok = jwtOk(raw); return [ok ? null : 'jwt', ok ? Buffer.from(raw.split('.')[1], 'base64url').toString() : null]; }
  if (PEMS.has(kind)) return [privKeyOk(raw, kind) ? null : 'pem structure'];
  return [null];
}
export function checkLookalike(what, raw) {
  const d = raw.replace(/[ -]/g, '');
  switch (what) {
    case 'invalid_card': return /^\d{13,19}$/.test(d) && !C.luhnValid(d) && !!C.cardBrand(C.luhnComplete(d.slice(0, -1))) ? null : 'invalid_card passes';
    case 'invalid_iban': { const x = raw.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(x) && C.IBAN_LEN[x.slice(0, 2)] === x.length && !C.ibanValid(x) ? null : 'invalid_iban passes'; }
    case 'invalid_ssn': return /^\d{3}-\d{2}-\d{4}$/.test(raw) && !C.ssnValid(raw) && !C.itinValid(raw) ? null : 'invalid_ssn passes';
    case 'invalid_nhs': return /^\d{10}$/.test(d) && !C.nhsValid(d) ? null : 'invalid_nhs passes';
    case 'vendor_test_card': return C.luhnValid(d) ? null : 'test card not luhn';
    case 'aws_example_key': return AWS_EXAMPLE.includes(raw) ? null : 'not an AWS example';
    case 'certificate': try { new crypto.X509Certificate(raw.startsWith('-----') ? raw : Buffer.from(raw, 'base64').toString()); return null; } catch { return 'cert'; }
    case 'imei': case 'iccid': return C.luhnValid(d) ? null : 'luhn';
  }
  return null;
}

/** Best-effort undo of the encodings the generator applies, for validating a file on its own. */
export function guessRaw(t) {
  let x = t;
  if (/^-----BEGIN/.test(x) && /\n[ \t]+/.test(x)) x = x.replace(/\n[ \t]+/g, '\n');
  if (/\\[n"\\u\/]/.test(x)) { try { x = JSON.parse('"' + x + '"'); } catch {} }
  if (/%[0-9A-Fa-f]{2}/.test(x) && !/^s%3A/.test(x) && !/^A{20}/.test(x)) { try { x = decodeURIComponent(x); } catch {} }
  if (/^\?\+/.test(x) || /\?[+:']/.test(x)) x = x.replace(/\?([?+:'])/g, '$1');
  return x;
}
const MIN = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, piiEach: 15, lookalikes: 2500, lookalikeKinds: 35, cultures: 40, scripts: 10, plans: 40, codeLangs: 15 };

/** Validate in-memory records (with internal _v/_raw fields). Returns {errors, comp}. */
export function validate(records, opts = {}) {
  const errors = []; const err = (id, m) => { if (errors.length < 200) errors.push(`${id}: ${m}`); };
  const comp = { docs: 0, kinds: {}, secrets: {}, pii: {}, lookalikes: {}, cultures: {}, scripts: {}, plans: {}, codeLangs: {}, bytes: 0 };
  const ids = new Set();
  for (const rec of records) {
    const id = rec.id; if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    if (!/^train26-[a-z0-9_]+-\d{4}$/.test(id)) err(id, 'bad id');
    const buf = Buffer.from(rec.text_b64url, 'base64url'); const textS = buf.toString('utf8');
    if (!Buffer.from(textS, 'utf8').equals(buf)) err(id, 'not UTF-8');
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    comp.docs++; comp.bytes += buf.length; comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const spans = [...rec.labels, ...rec.lookalikes].sort((a, b) => a.start - b.start);
    let last = 0;
    for (const s of spans) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) { err(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < last) err(id, `overlap at ${s.start}`); last = s.end;
      const t = buf.subarray(s.start, s.end).toString('utf8');
      if (s._v !== undefined && t !== s._v) err(id, `bytes differ at ${s.start}: ${JSON.stringify(t)} vs ${JSON.stringify(s._v)}`);
      if (/^\s|\s$/.test(t)) err(id, `whitespace at span end ${s.start}`);
      const raw = s._raw ?? guessRaw(t);
      if (s.entity) {
        if (s.family === 'pii') { if (!PII_ENTITIES.includes(s.entity)) err(id, 'bad pii entity ' + s.entity); comp.pii[s.entity] = (comp.pii[s.entity] || 0) + 1; }
        else if (s.family === 'secrets') { if (!/^[A-Z0-9_]+$/.test(s.entity) || PII_ENTITIES.includes(s.entity)) err(id, 'bad secret entity'); comp.secrets[s.entity] = (comp.secrets[s.entity] || 0) + 1; if (/example/i.test(raw) || /example/i.test(t)) err(id, `secret contains EXAMPLE ${s.entity}`); }
        else err(id, 'bad family');
        const [p, dec] = checkValue(s.entity, raw); if (p) err(id, `${s.entity} invalid (${p}): ${raw.slice(0, 80)}`);
        if (dec) for (const h of hostProblems(dec)) err(id, `decoded ${s.entity}: ${h}`);
        const m = s._meta || {};
        if (s.entity === 'PERSON' && m.culture) { comp.cultures[m.culture] = (comp.cultures[m.culture] || 0) + 1; if (m.script) comp.scripts[m.script] = (comp.scripts[m.script] || 0) + 1; }
        if (s.entity === 'PHONE_NUMBER' && m.plan) comp.plans[m.plan] = (comp.plans[m.plan] || 0) + 1;
      } else {
        if (!/^[a-z0-9_]+$/.test(s.what || '')) err(id, 'bad what'); comp.lookalikes[s.what] = (comp.lookalikes[s.what] || 0) + 1;
        const p = checkLookalike(s.what, raw); if (p) err(id, `${s.what}: ${p}: ${raw.slice(0, 60)}`);
      }
    }
    for (const h of hostProblems(textS)) err(id, h);
    if (rec._lang) comp.codeLangs[rec._lang] = (comp.codeLangs[rec._lang] || 0) + 1;
  }
  const n = (o) => Object.keys(o).length; const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const need = (ok, m) => { if (!ok) errors.push('composition: ' + m); };
  need(comp.docs >= MIN.docs, `docs ${comp.docs} < ${MIN.docs}`); need(n(comp.kinds) >= MIN.kinds, `kinds ${n(comp.kinds)}`);
  need(sum(comp.secrets) >= MIN.secrets, `secret labels ${sum(comp.secrets)}`); need(n(comp.secrets) >= MIN.secretKinds, `secret kinds ${n(comp.secrets)}`);
  need(sum(comp.pii) >= MIN.pii, `pii labels ${sum(comp.pii)}`); for (const e of PII_ENTITIES) need((comp.pii[e] || 0) >= MIN.piiEach, `${e} ${comp.pii[e] || 0} < ${MIN.piiEach}`);
  need(sum(comp.lookalikes) >= MIN.lookalikes, `lookalikes ${sum(comp.lookalikes)}`); need(n(comp.lookalikes) >= MIN.lookalikeKinds, `lookalike kinds ${n(comp.lookalikes)}`);
  if (!opts.standalone) { need(n(comp.cultures) >= MIN.cultures, `cultures ${n(comp.cultures)}`); need(n(comp.scripts) >= MIN.scripts, `scripts ${n(comp.scripts)}`);
  need(n(comp.plans) >= MIN.plans, `phone plans ${n(comp.plans)}`); } if (!opts.standalone) need(n(comp.codeLangs) >= MIN.codeLangs, `code languages ${n(comp.codeLangs)}`);
  return { errors, comp };
}

/** Scan files (generator sources and outputs) for forbidden host names. */
export function scanText(name, t) { return forbidRe.test(t) ? [`${name}: forbidden host name`] : []; }
export function scanFiles(files) { return files.flatMap((f) => scanText(f, fs.readFileSync(f, 'utf8'))); }

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url)); const file = process.argv[2] || path.join(here, '..', 'train26.jsonl');
  const recs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { errors } = validate(recs, { standalone: true });
  errors.push(...scanFiles([file, ...fs.readdirSync(here).filter((f) => f.endsWith('.mjs')).map((f) => path.join(here, f))]));
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
  console.log(`ok: ${recs.length} records`);
}
