// Validator for train21: every rule from the brief. validateAll(docs) returns the violations;
// generate.mjs writes nothing unless the list is empty. verify.mjs re-checks the written file.
import * as C from './checks.mjs';
import { parseOpenssh } from './crypto_blobs.mjs';
import { SECRETS } from './secrets.mjs';
import { LOOKALIKE_KINDS } from './values.mjs';
import { CULTURES } from './names.mjs';

export const PRESIDIO = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, perPii: 15, looks: 2500, lookKinds: 35, cultures: 40, plans: 40, codeLangs: 15, proseLangs: 20 };

// Package-registry and code-hosting host names, kept as [name, suffix] pairs so that this file
// itself does not spell any of them out; joined into one regex at load time.
const BLOCKED_PARTS = [['github', 'com'], ['githubusercontent', 'com'], ['github', 'io'], ['gitlab', 'com'], ['bitbucket', 'org'], ['npmjs', 'com'], ['npmjs', 'org'],
  ['yarnpkg', 'com'], ['pypi', 'org'], ['pythonhosted', 'org'], ['rubygems', 'org'], ['crates', 'io'], ['nuget', 'org'], ['packagist', 'org'], ['maven', 'org'],
  ['apache', 'org'], ['docker', 'io'], ['docker', 'com'], ['quay', 'io'], ['gcr', 'io'], ['ghcr', 'io'], ['pkg.go', 'dev'], ['golang', 'org'], ['proxy.golang', 'org'],
  ['go', 'dev'], ['sourceforge', 'net'], ['codeberg', 'org'], ['gitee', 'com'], ['hex', 'pm'], ['cocoapods', 'org'], ['pub', 'dev'], ['cpan', 'org'],
  ['r-project', 'org'], ['launchpad', 'net'], ['savannah.gnu', 'org'], ['huggingface', 'co'], ['jsdelivr', 'net'], ['unpkg', 'com'], ['cdnjs', 'com'],
  ['anaconda', 'org'], ['sr', 'ht'], ['gitea', 'com'], ['azurecr', 'io']];
const BLOCKED_HOSTS = new RegExp(`(^|[^a-z0-9-])(${BLOCKED_PARTS.map(([a, b]) => `${a.replace(/\./g, '\\.')}\\.${b}`).join('|')})(?![a-z0-9-])`, 'i');
const OK_TLD = /\.(example|test|invalid)\.?$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const isIPv6 = (s) => /^[0-9a-f:]+$/i.test(s) && s.includes(':') && s.split(':').length <= 8;

function hostOk(h) {
  if (!h) return true;
  if (/[$%{}<>]/.test(h)) return true; // templated host: ${HOST}
  if (h.startsWith('[') && h.endsWith(']')) return isIPv6(h.slice(1, -1));
  if (IPV4.test(h)) return true;
  if (!h.includes('.')) return true; // bare name
  return OK_TLD.test(h);
}
export function textHostProblems(text) {
  const out = [];
  if (BLOCKED_HOSTS.test(text)) out.push('blocked host name: ' + text.match(BLOCKED_HOSTS)[2]);
  for (const m of text.matchAll(/\b([a-z][a-z0-9+.\-]*):\/\/([^\s\/"'<>()\[\]{}\\,;|`?#]*)/gi)) {
    const scheme = m[1].toLowerCase(); if (['urn', 'data', 'file'].includes(scheme)) continue;
    let h = m[2]; const at = h.lastIndexOf('@'); if (at >= 0) h = h.slice(at + 1);
    if (!h.startsWith('[')) h = h.replace(/:\d*$/, ''); else h = h.replace(/\]:\d+$/, ']');
    if (!hostOk(h)) out.push(`URL host not allowed: ${m[0]}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+\-]+@([\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)/gu)) {
    const dom = m[1];
    if (OK_TLD.test(dom) || IPV4.test(dom) || /^v?\d+(\.\d+)+(-[\w.]+)?$/.test(dom)) continue;
    out.push(`e-mail/at domain not allowed: ${m[0]}`);
  }
  return out;
}

// ---- PEM / DER structure ----------------------------------------------------------------
function unwrapPemValue(v) {
  let s = v;
  if (/^LS0tLS1CRUdJT/.test(s)) s = Buffer.from(s, 'base64').toString('utf8');
  s = s.replace(/\\n/g, '\n');
  s = s.split('\n').map((l) => l.trim()).join('\n');
  return s.trim();
}
function derSeq(buf) { const t = C.derRead(buf, 0); if (!t || t.tag !== 0x30 || t.end !== buf.length) return null; return C.derChildren(t.body); }
const intLen = (t) => (t.body[0] === 0 ? t.len - 1 : t.len);
function pkcs1Ok(buf) { const c = derSeq(buf); return !!c && c.length === 9 && c.every((x) => x.tag === 2) && c[0].len === 1 && [128, 256, 384, 512].includes(intLen(c[1])) && intLen(c[3]) <= intLen(c[1]) && intLen(c[4]) * 2 === intLen(c[1]); }
function sec1Ok(buf) { const c = derSeq(buf); return !!c && c.length >= 3 && c[0].tag === 2 && c[0].body[0] === 1 && c[1].tag === 4 && c[1].len === 32 && c.some((x) => x.tag === 0xa1); }
function pkcs8Ok(buf) {
  const c = derSeq(buf); if (!c || c.length !== 3 || c[0].tag !== 2 || c[1].tag !== 0x30 || c[2].tag !== 4) return false;
  const alg = C.derChildren(c[1].body); if (!alg || alg[0].tag !== 6) return false;
  const oid = alg[0].body.toString('hex');
  if (oid === '2a864886f70d010101') return pkcs1Ok(c[2].body);
  if (oid === '2a8648ce3d0201') return sec1Ok(c[2].body);
  if (oid === '2b6570') { const t = C.derRead(c[2].body, 0); return !!t && t.tag === 4 && t.len === 32 && t.end === c[2].body.length; }
  return false;
}
function pgpOk(s) {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[A-Za-z-]+: .*\n)*\n([A-Za-z0-9+/=\n]+)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(s);
  if (!m) return false;
  const data = Buffer.from(m[1].replace(/\n/g, ''), 'base64');
  const crc = Buffer.from(m[2], 'base64'); const c = C.crc24(data);
  if (crc.length !== 3 || ((crc[0] << 16) | (crc[1] << 8) | crc[2]) !== c) return false;
  return (data[0] & 0x3f) === 5 && (data[0] & 0xc0) === 0xc0;
}
export function pemProblems(value) {
  const s = unwrapPemValue(value);
  const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(s);
  if (!m) return ['not a PEM block'];
  const label = m[1];
  if (label === 'PGP PRIVATE KEY BLOCK') return pgpOk(s) ? [] : ['bad PGP armor/packet'];
  const body = m[2].replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return ['PEM body not base64'];
  const buf = Buffer.from(body, 'base64');
  let ok = false;
  if (label === 'OPENSSH PRIVATE KEY') ok = !!parseOpenssh(body);
  else if (label === 'RSA PRIVATE KEY') ok = pkcs1Ok(buf);
  else if (label === 'EC PRIVATE KEY') ok = sec1Ok(buf);
  else if (label === 'PRIVATE KEY') ok = pkcs8Ok(buf);
  else if (label === 'CERTIFICATE') { const c = derSeq(buf); ok = !!c && c.length === 3 && c[0].tag === 0x30; }
  else if (label === 'PUBLIC KEY') { const c = derSeq(buf); ok = !!c && c.length === 2; }
  return ok ? [] : [`bad ${label} structure`];
}
function jwtProblems(t) {
  const parts = t.split('.');
  if (parts.length !== 3) return ['JWT needs 3 parts'];
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!h.alg) return ['JWT header without alg'];
    if (typeof p !== 'object') return ['JWT payload not an object'];
    if (!/^[A-Za-z0-9_-]+$/.test(parts[2])) return ['JWT signature not base64url'];
  } catch { return ['JWT header/payload not base64url JSON']; }
  return [];
}
function userPassOk(b64) {
  const s = Buffer.from(b64, 'base64').toString('utf8');
  const i = s.indexOf(':'); return i > 0 && i < s.length - 1 && !/[\x00-\x1f]/.test(s);
}

// decoded forms of a span value, to be checked for host names too
function decodedViews(v) {
  const out = [];
  for (const m of v.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    for (const enc of ['base64', 'base64url']) {
      const b = Buffer.from(m[0], enc).toString('utf8');
      if (/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]{8,}$/.test(b) && !b.includes('\ufffd')) out.push(b);
    }
  }
  return out;
}

export function checkSecret(entity, v) {
  const errs = [];
  if (!SECRETS[entity]) errs.push(`unknown secret entity ${entity}`);
  if (/example/i.test(v)) errs.push('secret contains EXAMPLE');
  if (/^gh[pousr]_/.test(v) && !C.ghTokenOk(v)) errs.push('GitHub token checksum');
  if (entity.startsWith('GITHUB_') && entity !== 'GITHUB_FINE_GRAINED_TOKEN' && !C.ghTokenOk(v)) errs.push('GitHub token checksum');
  if (entity === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) errs.push('AWS AKIA format');
  if (entity === 'AWS_TEMP_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) errs.push('AWS ASIA format');
  if (/^eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/.test(v) || ['JSON_WEB_TOKEN', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'ARGOCD_AUTH_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'TURSO_AUTH_TOKEN'].includes(entity)) errs.push(...jwtProblems(v));
  if (SECRETS[entity]?.pem || /-----BEGIN|^LS0tLS1CRUdJT/.test(v)) errs.push(...pemProblems(v));
  if (entity === 'BASIC_AUTH_CREDENTIALS' && !userPassOk(v)) errs.push('basic auth does not decode to user:password');
  if (entity === 'DOCKER_REGISTRY_AUTH') {
    const dec = Buffer.from(v, 'base64').toString('utf8');
    if (dec.startsWith('{')) { try { const j = JSON.parse(dec); for (const a of Object.values(j.auths)) if (!userPassOk(a.auth)) errs.push('dockerconfigjson auth'); } catch { errs.push('dockerconfigjson not JSON'); } }
    else if (!userPassOk(v)) errs.push('docker auth does not decode to user:password');
  }
  if (entity === 'ELASTIC_API_KEY' && !userPassOk(v)) errs.push('elastic api key does not decode to id:key');
  if (entity === 'KUBERNETES_SECRET_DATA' && Buffer.from(Buffer.from(v, 'base64').toString('utf8')).toString('base64') !== v) errs.push('k8s data not base64 of text');
  return errs;
}
export function checkPii(entity, v) {
  const errs = [];
  if (!PRESIDIO.includes(entity)) return [`not a Presidio entity: ${entity}`];
  const dig = v.replace(/[ -]/g, '');
  switch (entity) {
    case 'CREDIT_CARD': if (!C.luhnOk(dig) || !C.cardNetwork(dig)) errs.push('card Luhn/IIN/length'); if (C.VENDOR_TEST_CARDS.includes(dig)) errs.push('vendor test card labelled as PII'); break;
    case 'IBAN_CODE': if (!C.ibanOk(v)) errs.push('IBAN mod97/length'); break;
    case 'US_SSN': if (!/^\d{3}([- ]?)\d{2}\1\d{4}$/.test(v) || !C.ssnOk(v)) errs.push('SSN range/format'); break;
    case 'US_ITIN': if (!C.itinOk(v)) errs.push('ITIN range'); break;
    case 'UK_NHS': if (!C.nhsOk(v)) errs.push('NHS mod 11'); break;
    case 'MEDICAL_LICENSE': if (!C.deaOk(v)) errs.push('DEA checksum'); break;
    case 'CRYPTO': if (!C.btcOk(v)) errs.push('BTC checksum'); break;
    case 'EMAIL_ADDRESS': { const dom = v.split('@')[1] || ''; if (!OK_TLD.test(dom)) errs.push('email domain'); break; }
    case 'IP_ADDRESS': if (!IPV4.test(v) && !isIPv6(v)) errs.push('IP syntax'); break;
    case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; if (n < 7 || n > 15) errs.push('phone digit count'); break; }
    case 'US_PASSPORT': if (!/^([1-9]\d{8}|[A-Z]\d{8})$/.test(v)) errs.push('passport format'); break;
    case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) errs.push('bank number format'); break;
    default: break;
  }
  return errs;
}
export function checkLook(what, v) {
  const errs = [];
  if (!LOOKALIKE_KINDS.includes(what)) errs.push(`unknown look-alike ${what}`);
  const dig = v.replace(/[ -]/g, '');
  switch (what) {
    case 'invalid_card': if (C.luhnOk(dig)) errs.push('invalid_card passes Luhn'); break;
    case 'invalid_iban': if (C.ibanOk(v)) errs.push('invalid_iban passes mod 97'); break;
    case 'invalid_ssn': if (C.ssnOk(v) || C.itinOk(v)) errs.push('invalid_ssn is valid SSN/ITIN'); break;
    case 'invalid_nhs': if (C.nhsOk(v)) errs.push('invalid_nhs passes mod 11'); break;
    case 'invalid_github_token': if (C.ghTokenOk(v)) errs.push('invalid_github_token passes CRC'); break;
    case 'vendor_test_card': if (!C.luhnOk(dig) || !C.VENDOR_TEST_CARDS.includes(dig)) errs.push('vendor_test_card not a Luhn-valid test number'); break;
    case 'aws_example_key': if (!/EXAMPLE|^AIDA/.test(v)) errs.push('aws_example_key not a documented example'); break;
    case 'certificate': errs.push(...pemProblems(v)); break;
    default: break;
  }
  return errs;
}

export function validateDoc(doc) {
  const errs = [];
  const buf = Buffer.from(doc.text, 'utf8');
  if (!/^train21-[a-z0-9_]+-\d{4}$/.test(doc.id)) errs.push('bad id');
  if (buf.length < 200 || buf.length > 4000) errs.push(`size ${buf.length}`);
  const spans = [...doc.labels.map((x) => ({ ...x, t: 'label' })), ...doc.lookalikes.map((x) => ({ ...x, t: 'look' }))].sort((a, b) => a.start - b.start);
  let prevEnd = 0;
  for (const s of spans) {
    const tag = `${s.t} ${s.entity || s.what} @${s.start}`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { errs.push(`${tag}: out of range`); continue; }
    if (s.start < prevEnd) errs.push(`${tag}: overlaps previous span`);
    prevEnd = Math.max(prevEnd, s.end);
    const got = buf.subarray(s.start, s.end).toString('utf8');
    if (got !== s.value) errs.push(`${tag}: bytes differ from inserted value`);
    if (/^\s|\s$/u.test(s.value)) errs.push(`${tag}: whitespace at span edge`);
    if (s.t === 'label') {
      if (s.family === 'pii') errs.push(...checkPii(s.entity, s.value).map((e) => `${tag}: ${e}`));
      else if (s.family === 'secrets') errs.push(...checkSecret(s.entity, s.value).map((e) => `${tag}: ${e}`));
      else errs.push(`${tag}: bad family`);
    } else errs.push(...checkLook(s.what, s.value).map((e) => `${tag}: ${e}`));
    for (const dv of decodedViews(s.value)) errs.push(...textHostProblems(dv).map((e) => `${tag} (decoded): ${e}`));
  }
  errs.push(...textHostProblems(doc.text));
  return errs.map((e) => `${doc.id}: ${e}`);
}

export function composition(docs) {
  const cnt = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  const kinds = new Map(), sec = new Map(), pii = new Map(), looks = new Map(), cultures = new Map(), plans = new Map(), code = new Map(), prose = new Map(), scripts = new Map(), planCountries = new Map();
  let nSec = 0, nPii = 0, nLook = 0;
  for (const d of docs) {
    cnt(kinds, d.kind);
    if (d.meta.codeLang) cnt(code, d.meta.codeLang);
    if (d.meta.lang) cnt(prose, d.meta.lang);
    for (const l of d.labels) {
      if (l.family === 'secrets') { nSec++; cnt(sec, l.entity); } else { nPii++; cnt(pii, l.entity); }
      if (l.entity === 'PERSON' && l.tag) { cnt(cultures, l.tag); cnt(scripts, CULTURES[l.tag].script); }
      if (l.entity === 'PHONE_NUMBER' && l.tag) { cnt(plans, l.tag); cnt(planCountries, l.tag.replace(/_LAND$/, '')); }
    }
    for (const l of d.lookalikes) { nLook++; cnt(looks, l.what); }
  }
  return { docs: docs.length, kinds, sec, pii, looks, cultures, scripts, plans, planCountries, code, prose, nSec, nPii, nLook };
}
export function compositionProblems(c) {
  const errs = [];
  if (c.docs < MIN.docs) errs.push(`only ${c.docs} documents`);
  if (c.kinds.size < MIN.kinds) errs.push(`only ${c.kinds.size} document kinds`);
  if (c.nSec < MIN.secrets) errs.push(`only ${c.nSec} secret labels`);
  if (c.sec.size < MIN.secretKinds) errs.push(`only ${c.sec.size} secret kinds`);
  if (c.nPii < MIN.pii) errs.push(`only ${c.nPii} PII labels`);
  for (const e of PRESIDIO) if ((c.pii.get(e) || 0) < MIN.perPii) errs.push(`only ${c.pii.get(e) || 0} ${e}`);
  for (const e of c.pii.keys()) if (!PRESIDIO.includes(e)) errs.push(`non-Presidio PII entity ${e}`);
  if (c.nLook < MIN.looks) errs.push(`only ${c.nLook} look-alikes`);
  if (c.looks.size < MIN.lookKinds) errs.push(`only ${c.looks.size} look-alike kinds`);
  if (c.cultures.size < MIN.cultures) errs.push(`only ${c.cultures.size} name cultures`);
  if (c.planCountries.size < MIN.plans) errs.push(`only ${c.planCountries.size} countries' phone numbering plans`);
  if (c.code.size < MIN.codeLangs) errs.push(`only ${c.code.size} programming languages`);
  if (c.prose.size < MIN.proseLangs) errs.push(`only ${c.prose.size} prose languages`);
  return errs;
}

export function validateAll(docs) {
  const errs = [];
  const ids = new Set();
  for (const d of docs) { if (ids.has(d.id)) errs.push(`duplicate id ${d.id}`); ids.add(d.id); errs.push(...validateDoc(d)); }
  const c = composition(docs);
  errs.push(...compositionProblems(c));
  return { errs, comp: c };
}
