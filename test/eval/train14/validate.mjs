// Validator: every check must pass or generate.mjs writes nothing and exits 1.
import { githubChecksumOk, luhnOk, cardIinOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, btcOk } from './lib.mjs';
import { ENTITIES } from './secrets.mjs';

export const PRESIDIO = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const SECRET_SET = new Set(ENTITIES);
export const MIN = { docs: 360, kinds: 18, secrets: 650, secretKinds: 150, pii: 2200, lookalikes: 1800, cultures: 30, plans: 40 };
const okHost = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return /\.(example|test|invalid)$/.test(h) || /^[a-z0-9-]+$/.test(h); };

function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return typeof h.alg === 'string' && p[2].length > 20; } catch { return false; } }
function pemOk(v) { const s = v.replace(/\\n/g, '\n').replace(/\n\s+/g, '\n'); const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]+)\n-----END \1-----$/.exec(s); if (!m) return false; const body = m[2].split('\n').filter((l) => !/^=/.test(l) && l.length).join(''); return /^[A-Za-z0-9+/=]+$/.test(body) && Buffer.from(body, 'base64').length > 100; }

function checkValue(L, errs, where) {
  const v = L.value; const e = L.entity; const bad = (m) => errs.push(`${where}: ${e} ${m}: ${JSON.stringify(v).slice(0, 80)}`);
  if (L.family === 'pii') {
    if (!PRESIDIO.has(e)) return bad('not a Presidio entity');
    switch (e) {
      case 'CREDIT_CARD': if (!luhnOk(v) || !cardIinOk(v) || /[^\d -]/.test(v)) bad('card invalid'); break;
      case 'IBAN_CODE': if (!ibanOk(v)) bad('iban invalid'); break;
      case 'US_SSN': if (!ssnOk(v)) bad('ssn invalid'); break;
      case 'US_ITIN': if (!itinOk(v)) bad('itin invalid'); break;
      case 'UK_NHS': if (!nhsOk(v)) bad('nhs invalid'); break;
      case 'MEDICAL_LICENSE': if (!deaOk(v)) bad('dea invalid'); break;
      case 'CRYPTO': if (!btcOk(v)) bad('btc invalid'); break;
      case 'US_PASSPORT': if (!/^([1-9]\d{8}|[A-Z]\d{8})$/.test(v)) bad('passport shape'); break;
      case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) bad('bank number shape'); break;
      case 'US_DRIVER_LICENSE': if (!/^[A-Z0-9][A-Z0-9 -]{6,18}$/.test(v)) bad('dl shape'); break;
      case 'EMAIL_ADDRESS': { const m = /^[a-z0-9._%+-]+@([a-z0-9-]+(\.[a-z0-9-]+)+)$/i.exec(v); if (!m || !okHost(m[1])) bad('email'); break; }
      case 'PHONE_NUMBER': if ((v.match(/\d/g) || []).length < 8 || /555-01\d\d/.test(v)) bad('phone'); break;
      case 'IP_ADDRESS': if (!/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/i.test(v) || /^(127\.|10\.|192\.168\.)/.test(v)) bad('ip'); break;
    }
  } else if (L.family === 'secrets') {
    if (!SECRET_SET.has(e)) return bad('unknown secret entity');
    if (/^GITHUB_(PERSONAL_ACCESS|OAUTH|USER_TO_SERVER|SERVER_TO_SERVER|REFRESH)_TOKEN$/.test(e) && !githubChecksumOk(v)) bad('github crc32');
    if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) bad('aws key');
    if (e === 'AWS_TEMPORARY_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) bad('aws temp key');
    if (/^(OPENAI_API_KEY|OPENAI_LEGACY_KEY|OPENAI_SERVICE_ACCOUNT_KEY)$/.test(e) && !v.includes('T3BlbkFJ')) bad('openai marker');
    if (/^ANTHROPIC_/.test(e) && !/^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$/.test(v)) bad('anthropic');
    if (/^SLACK_/.test(e) && !/^xox[bp]-|^xapp-/.test(v)) bad('slack');
    if (/^(JWT|KUBERNETES_SERVICE_ACCOUNT_TOKEN|SUPABASE_SERVICE_ROLE_KEY)$/.test(e) && !jwtOk(v)) bad('jwt json');
    if (/PRIVATE_KEY$|SAML_SIGNING_KEY/.test(e) && !/^(ETHEREUM|WIREGUARD)/.test(e) && !pemOk(v)) bad('pem');
    if (/^(BASIC_AUTH_CREDENTIALS|DOCKER_REGISTRY_AUTH)$/.test(e) && !/^[^:]+:.+$/.test(Buffer.from(v, 'base64').toString())) bad('basic auth b64');
  }
}

function checkLookalike(L, errs, where) {
  const v = L.value, w = L.what; const bad = (m) => errs.push(`${where}: lookalike ${w} ${m}: ${v.slice(0, 60)}`);
  if (!w) bad('no what');
  if (w === 'invalid_card' && luhnOk(v)) bad('passes Luhn');
  if (w === 'invalid_iban' && ibanOk(v)) bad('passes mod 97');
  if (w === 'invalid_ssn' && ssnOk(v)) bad('is a valid ssn');
  if (w === 'invalid_nhs' && nhsOk(v)) bad('is a valid nhs');
  if (w === 'invalid_dea' && deaOk(v)) bad('is a valid dea');
  if (w === 'invalid_github_token' && githubChecksumOk(v)) bad('crc ok');
  if (w === 'vendor_test_card' && !luhnOk(v)) bad('vendor card must be Luhn-valid');
}

export function validateDoc(doc, errs) {
  const where = doc.id; const buf = Buffer.from(doc.text);
  if (buf.length < 200 || buf.length > 4000) errs.push(`${where}: size ${buf.length}`);
  const spans = [...doc.labels.map((l) => ({ ...l, _k: 'l' })), ...doc.lookalikes.map((l) => ({ ...l, _k: 'a' }))].sort((a, b) => a.start - b.start);
  let prev = -1;
  for (const s of spans) {
    if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { errs.push(`${where}: span out of range`); continue; }
    if (s.start < prev) errs.push(`${where}: overlap at ${s.start}`);
    prev = s.end;
    const got = buf.subarray(s.start, s.end).toString();
    if (got !== s.value) errs.push(`${where}: span text differs at ${s.start}`);
    if (/^\s|\s$/.test(got)) errs.push(`${where}: whitespace at span end ${JSON.stringify(got.slice(0, 20))}`);
    if (s._k === 'l') checkValue(s, errs, where); else checkLookalike(s, errs, where);
  }
  for (const m of doc.text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'`]*@)?([^\s/:?#"'`<>)\]\\,;]+)/gi)) if (!okHost(m[1])) errs.push(`${where}: url host ${m[1]}`);
  for (const m of doc.text.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g)) if (!okHost(m[1])) errs.push(`${where}: email domain ${m[1]}`);
}

export function composition(docs, used) {
  const c = { docs: docs.length, bytes: 0, kinds: {}, secrets: 0, secretKinds: new Map(), pii: 0, piiEnt: {}, lookalikes: 0, what: {} };
  for (const d of docs) {
    c.bytes += Buffer.byteLength(d.text); c.kinds[d.kind] = (c.kinds[d.kind] || 0) + 1;
    for (const l of d.labels) if (l.family === 'secrets') { c.secrets++; c.secretKinds.set(l.entity, (c.secretKinds.get(l.entity) || 0) + 1); } else { c.pii++; c.piiEnt[l.entity] = (c.piiEnt[l.entity] || 0) + 1; }
    for (const l of d.lookalikes) { c.lookalikes++; c.what[l.what] = (c.what[l.what] || 0) + 1; }
  }
  c.cultures = used.cultures.size; c.plans = used.plans.size;
  return c;
}
export function checkMinimums(c, errs) {
  if (c.docs < MIN.docs) errs.push(`only ${c.docs} docs`);
  if (Object.keys(c.kinds).length < MIN.kinds) errs.push('too few kinds');
  if (c.secrets < MIN.secrets) errs.push(`only ${c.secrets} secrets`);
  if (c.secretKinds.size < MIN.secretKinds) errs.push(`only ${c.secretKinds.size} secret kinds`);
  if (c.pii < MIN.pii) errs.push(`only ${c.pii} pii`);
  if (c.lookalikes < MIN.lookalikes) errs.push(`only ${c.lookalikes} lookalikes`);
  for (const e of PRESIDIO) if (!c.piiEnt[e]) errs.push(`no ${e}`);
  if (c.cultures < MIN.cultures) errs.push(`only ${c.cultures} cultures`);
  if (c.plans < MIN.plans) errs.push(`only ${c.plans} phone plans`);
}
