// Validator: every rule of the set. Returns a list of violations (empty = valid).
import { isIP } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { luhnOk, cardBrand, VENDOR_TEST_CARDS, ibanCheck, IBAN_LEN, ssnOk, itinOk, nhsOk, deaOk, btcOk, githubTokenOk, githubChecksum, checkPrivateKeyBlock, jwtCheck, jwtDecoded, basicCheck, bech32Ok, bech32PlainOk, DENY_HOSTS, hostOk } from './checks.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, perPii: 15, looks: 3000, lookKinds: 35, proseLangs: 8, pemKinds: 5, cultures: 25, phonePlans: 20, streetFormats: 10 };

const PEM_ENT = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'DSA_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY_BLOCK'];
const digitsOf = (s) => s.replace(/[ -]/g, '');

function checkPii(name, v) {
  switch (name) {
    case 'CREDIT_CARD': { if (!/^\d[\d -]+\d$/.test(v)) return 'card format'; const d = digitsOf(v); if (!luhnOk(d)) return 'luhn'; if (!cardBrand(d)) return 'IIN/length'; if (VENDOR_TEST_CARDS.includes(d)) return 'vendor test card labelled as PII'; return null; }
    case 'IBAN_CODE': return ibanCheck(v) ? null : 'iban';
    case 'US_SSN': return ssnOk(v) ? null : 'ssn range';
    case 'US_ITIN': return itinOk(v) ? null : 'itin group';
    case 'UK_NHS': return nhsOk(v) ? null : 'nhs mod 11';
    case 'MEDICAL_LICENSE': return deaOk(v) ? null : 'dea checksum';
    case 'CRYPTO': return btcOk(v) ? null : 'btc checksum';
    case 'IP_ADDRESS': return isIP(v) ? null : 'ip';
    case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)$/.exec(v); if (!m) return 'email shape'; return hostOk(m[1]) ? null : 'email domain ' + m[1]; }
    case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; return n >= 7 && n <= 15 && /^[+(\d]/.test(v) ? null : 'phone'; }
    case 'US_PASSPORT': return /^[A-Z]?\d{8,9}$/.test(v) ? null : 'passport';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9][A-Z0-9 -]{5,20}$/.test(v) ? null : 'dl';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank';
    case 'PERSON': return /\d/.test(v) ? 'digit in name' : null;
    case 'LOCATION': return null;
    default: return 'unknown PII entity ' + name;
  }
}
function checkSecret(name, v, meta) {
  if (/example/i.test(v)) return 'secret contains EXAMPLE';
  if (/^(GITHUB_(PERSONAL_ACCESS|OAUTH|USER_TO_SERVER|SERVER_TO_SERVER|REFRESH)_TOKEN)$/.test(name)) return githubTokenOk(v) ? null : 'github checksum';
  if (name === 'NPM_ACCESS_TOKEN') { const m = /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v); return m && githubChecksum(m[1]) === m[2] ? null : 'npm checksum'; }
  if (name === 'GITHUB_FINE_GRAINED_PAT') return /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(v) ? null : 'fine-grained pat';
  if (name === 'AWS_ACCESS_KEY') return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'akia';
  if (name === 'AWS_TEMPORARY_ACCESS_KEY') return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'asia';
  if (name === 'AWS_SECRET_KEY') return /^[A-Za-z0-9+/]{40}$/.test(v) ? null : 'aws secret';
  if (['JWT_TOKEN', 'OIDC_ID_TOKEN', 'SERVICE_ROLE_JWT'].includes(name)) return jwtCheck(v);
  if (PEM_ENT.includes(name)) return checkPrivateKeyBlock(v);
  if (['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'NPM_BASIC_AUTH'].includes(name)) return basicCheck(v);
  if (name === 'KUBERNETES_SECRET_DATA') { if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || v.length % 4) return 'k8s b64'; const t = Buffer.from(v, 'base64').toString('utf8'); if (Buffer.from(t, 'utf8').toString('base64') !== v || t.includes('\ufffd')) return 'k8s roundtrip'; return null; }
  if (/^OPENAI_/.test(name)) return /T3BlbkFJ/.test(v) && /^sk-/.test(v) ? null : 'openai marker';
  if (/^ANTHROPIC_/.test(name)) return /^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'anthropic';
  if (/^SLACK_(BOT|USER|APP)/.test(name)) return /^(xoxb-|xoxp-|xapp-1-)/.test(v) ? null : 'slack prefix';
  if (/^STRIPE_/.test(name)) return /^(sk_live_|rk_live_|sk_test_|whsec_)/.test(v) ? null : 'stripe prefix';
  if (name === 'AGE_SECRET_KEY') return /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/.test(v) && bech32PlainOk(v.toLowerCase()) ? null : 'age bech32';
  if (name === 'LARAVEL_APP_KEY') return Buffer.from(v.slice(7), 'base64').length === 32 ? null : 'laravel key';
  if (['WIREGUARD_PRIVATE_KEY', 'WIREGUARD_PRESHARED_KEY', 'ENCRYPTION_KEY', 'NEXTAUTH_SECRET'].includes(name)) return Buffer.from(v, 'base64').length === 32 && /=$/.test(v) ? null : '32-byte base64';
  if (name === 'AZURE_STORAGE_ACCOUNT_KEY' || name === 'AZURE_COSMOS_KEY') return Buffer.from(v, 'base64').length === 64 ? null : '64-byte base64';
  return null;
}
function checkLook(what, v) {
  switch (what) {
    case 'invalid_card': { const d = digitsOf(v); return /^\d{13,19}$/.test(d) && !luhnOk(d) ? null : 'invalid_card passes luhn'; }
    case 'vendor_test_card': { const d = digitsOf(v); return VENDOR_TEST_CARDS.includes(d) && luhnOk(d) ? null : 'vendor card'; }
    case 'invalid_iban': { const s = v.replace(/ /g, ''); return IBAN_LEN[s.slice(0, 2)] === s.length && !ibanCheck(s) ? null : 'invalid_iban passes'; }
    case 'invalid_ssn': return !ssnOk(v) && !itinOk(v) && /^\d{3}-\d{2}-\d{4}$/.test(v) ? null : 'invalid_ssn passes';
    case 'invalid_nhs': return !nhsOk(v) ? null : 'invalid_nhs passes';
    case 'invalid_dea': return !deaOk(v) ? null : 'invalid_dea passes';
    case 'invalid_btc': return !btcOk(v) ? null : 'invalid_btc passes';
    case 'aws_example_key': return /EXAMPLE/.test(v) ? null : 'aws example';
    default: return null;
  }
}
// decoded forms of encoded span values, to search for hosts
function decodedViews(v) {
  const out = [];
  const chunks = v.split(/[.$:_]/).filter((c) => c.length >= 16);
  for (const c of [v, ...chunks]) {
    if (/^[A-Za-z0-9+/=_-]+$/.test(c)) { try { const t = Buffer.from(c, /[-_]/.test(c) ? 'base64url' : 'base64').toString('utf8'); if (/^[\x20-\x7e\n\r\t]+$/.test(t)) out.push(t); } catch { /* not base64 */ } }
  }
  return out;
}
const URL_RE = /\b([a-z][a-z0-9+.-]*):\/\/([^\s\/?#"'<>\\)\]`|,;]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
export function hostProblems(text) {
  const bad = [];
  const low = text.toLowerCase();
  for (const h of DENY_HOSTS) if (low.includes(h)) bad.push('registry/code host ' + h);
  for (const m of text.matchAll(URL_RE)) {
    let auth = m[2]; const at = auth.lastIndexOf('@'); if (at >= 0) auth = auth.slice(at + 1);
    let host = auth.startsWith('[') ? auth.slice(1, auth.indexOf(']')) : auth.replace(/:\d*$/, '');
    if (/^\$|^%|^\{|^\*/.test(host) || host === '') continue; // templated
    if (!hostOk(host)) bad.push('url host ' + host);
  }
  for (const m of text.matchAll(MAIL_RE)) { const dom = m[1]; if (/^v?\d+(\.\d+)*(-[a-z]+(\.\d+)?)?$/.test(dom)) continue; if (!hostOk(dom)) bad.push('mail domain ' + dom); }
  return bad;
}

export function validateRecords(recs) {
  const errs = [];
  const E = (id, msg) => { if (errs.length < 200) errs.push(`${id}: ${msg}`); };
  const ids = new Set();
  for (const rec of recs) {
    const { id, text } = rec;
    if (ids.has(id)) E(id, 'duplicate id'); ids.add(id);
    const buf = Buffer.from(text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) E(id, `size ${buf.length}`);
    if (Buffer.from(rec.text_b64url, 'base64url').toString('utf8') !== text) E(id, 'b64 roundtrip');
    const spans = [...rec.spans].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const s of spans) {
      if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { E(id, `range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) E(id, `overlap at ${s.start} (${s.name})`);
      prevEnd = Math.max(prevEnd, s.end);
      const got = buf.subarray(s.start, s.end).toString('utf8');
      if (got !== s.value) E(id, `bytes differ for ${s.name} at ${s.start}`);
      if (/^\s|\s$/.test(got)) E(id, `whitespace edge ${s.name}`);
      let p = null;
      if (s.family === 'pii') p = PII_ENTITIES.includes(s.name) ? checkPii(s.name, got) : 'not a Presidio entity: ' + s.name;
      else if (s.family === 'secrets') p = checkSecret(s.name, got, s.meta);
      else if (s.family === 'look') p = checkLook(s.name, got);
      else p = 'family ' + s.family;
      if (p) E(id, `${s.name} ${JSON.stringify(got.slice(0, 60))}: ${p}`);
      if (s.family === 'secrets' || s.family === 'look') for (const t of decodedViews(got)) for (const b of hostProblems(t)) E(id, `decoded ${s.name}: ${b}`);
      if (s.family === 'secrets' && /^(JWT_TOKEN|OIDC_ID_TOKEN|SERVICE_ROLE_JWT)$/.test(s.name)) for (const b of hostProblems(jwtDecoded(got))) E(id, 'jwt payload ' + b);
    }
    for (const b of hostProblems(text)) E(id, b);
  }
  return errs;
}

export function composition(recs) {
  const c = { docs: recs.length, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiEntities: {}, looks: 0, lookKinds: {}, proseLangs: new Set(), pemForms: {}, cultures: new Set(), phonePlans: new Set(), streetFormats: new Set(), bytes: 0 };
  for (const r of recs) {
    c.kinds[r.kind] = (c.kinds[r.kind] || 0) + 1; c.bytes += Buffer.byteLength(r.text);
    for (const s of r.spans) {
      if (s.family === 'secrets') { c.secrets++; c.secretKinds[s.name] = (c.secretKinds[s.name] || 0) + 1; if (s.meta.lang) c.proseLangs.add(s.meta.lang); if (PEM_ENT.includes(s.name)) { const f = s.value.includes('\\n') ? 'escaped' : /\n[ \t]+\S/.test(s.value) ? 'indented' : 'plain'; c.pemForms[f] = (c.pemForms[f] || 0) + 1; } }
      else if (s.family === 'pii') { c.pii++; c.piiEntities[s.name] = (c.piiEntities[s.name] || 0) + 1; if (s.meta.culture) c.cultures.add(s.meta.culture); if (s.meta.plan) c.phonePlans.add(s.meta.plan); if (s.meta.street) c.streetFormats.add(s.meta.cc); }
      else { c.looks++; c.lookKinds[s.name] = (c.lookKinds[s.name] || 0) + 1; }
    }
  }
  return c;
}
export function checkComposition(c) {
  const e = [];
  if (c.docs < MIN.docs) e.push(`docs ${c.docs} < ${MIN.docs}`);
  if (Object.keys(c.kinds).length < MIN.kinds) e.push(`kinds ${Object.keys(c.kinds).length}`);
  if (c.secrets < MIN.secrets) e.push(`secret labels ${c.secrets} < ${MIN.secrets}`);
  if (Object.keys(c.secretKinds).length < MIN.secretKinds) e.push(`secret kinds ${Object.keys(c.secretKinds).length} < ${MIN.secretKinds}`);
  if (c.pii < MIN.pii) e.push(`pii labels ${c.pii} < ${MIN.pii}`);
  for (const p of PII_ENTITIES) if ((c.piiEntities[p] || 0) < MIN.perPii) e.push(`${p} ${(c.piiEntities[p] || 0)} < ${MIN.perPii}`);
  if (c.looks < MIN.looks) e.push(`look-alikes ${c.looks} < ${MIN.looks}`);
  if (Object.keys(c.lookKinds).length < MIN.lookKinds) e.push(`look-alike kinds ${Object.keys(c.lookKinds).length}`);
  if (c.proseLangs.size < MIN.proseLangs) e.push(`secret prose languages ${c.proseLangs.size}`);
  if (PEM_ENT.filter((p) => c.secretKinds[p]).length < MIN.pemKinds) e.push('pem kinds');
  if (!c.pemForms.escaped || !c.pemForms.indented) e.push('pem escaped/indented forms missing');
  if (c.cultures.size < MIN.cultures) e.push(`name cultures ${c.cultures.size}`);
  if (c.phonePlans.size < MIN.phonePlans) e.push(`phone plans ${c.phonePlans.size}`);
  if (c.streetFormats.size < MIN.streetFormats) e.push(`street formats ${c.streetFormats.size}`);
  return e;
}
// the generator's own files must not name registry / code hosts either
export function sourceProblems() {
  const dir = dirname(fileURLToPath(import.meta.url)); const e = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mjs'))) { const t = readFileSync(join(dir, f), 'utf8').toLowerCase(); for (const h of DENY_HOSTS) if (t.includes(h)) e.push(`${f} names ${h}`); }
  return e;
}
