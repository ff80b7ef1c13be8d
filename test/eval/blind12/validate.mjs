// blind12 validator: structural, checksum and composition checks over generated records.
import { cardOk, luhnOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, cryptoOk, githubTokenOk } from './lib.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 330, docKinds: 20, secretLabels: 600, secretKinds: 140, piiLabels: 2000, lookalikes: 1500 };
const HOST_OK = /(\.example|\.test|\.invalid)$/i;

function hostOk(h) {
  h = h.replace(/\.$/, '');
  if (/^\[?[0-9a-f:.]+\]?$/i.test(h)) return true; // IP literal
  if (!h.includes('.')) return true; // bare internal host
  return HOST_OK.test(h);
}
function checkValue(sp, err) {
  const v = sp.value, e = sp.entity;
  if (sp.fam === 'pii') {
    if (!PRESIDIO.includes(e)) err(`PII entity ${e} not a Presidio name`);
    if (e === 'CREDIT_CARD' && !cardOk(v)) err(`card fails Luhn/IIN/length: ${v}`);
    if (e === 'IBAN_CODE' && !ibanOk(v)) err(`IBAN fails mod97/length: ${v}`);
    if (e === 'US_SSN' && !ssnOk(v)) err(`SSN out of issued ranges: ${v}`);
    if (e === 'US_ITIN' && !itinOk(v)) err(`ITIN group invalid: ${v}`);
    if (e === 'UK_NHS' && !nhsOk(v)) err(`NHS mod 11 fails: ${v}`);
    if (e === 'MEDICAL_LICENSE' && !deaOk(v)) err(`DEA checksum fails: ${v}`);
    if (e === 'CRYPTO' && !cryptoOk(v)) err(`BTC address checksum fails: ${v}`);
    if (e === 'EMAIL_ADDRESS' && !/^[^@\s]+@[^@\s]+$/.test(v)) err(`bad email ${v}`);
    if (e === 'IP_ADDRESS' && !/^[0-9a-f:.]+$/i.test(v)) err(`bad ip ${v}`);
  } else if (sp.fam === 'secrets') {
    if (!/^[A-Z][A-Z0-9_]+$/.test(e)) err(`bad secret entity ${e}`);
    if (/^GITHUB_(PERSONAL_ACCESS|OAUTH|APP_INSTALLATION|USER_TO_SERVER|REFRESH)_TOKEN$/.test(e) && !githubTokenOk(v)) err(`GitHub CRC32 fails: ${v}`);
    if (e === 'GITHUB_FINE_GRAINED_PAT' && !/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(v)) err(`bad fine-grained PAT ${v}`);
    if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err(`bad AWS key ${v}`);
    if (e === 'AWS_TEMP_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) err(`bad AWS temp key ${v}`);
    if (e === 'AWS_SECRET_KEY' && !/^[A-Za-z0-9+/]{40}$/.test(v)) err(`bad AWS secret ${v}`);
    if (e === 'OPENAI_API_KEY' && !/^sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}$/.test(v)) err(`bad OpenAI key ${v}`);
    if (e === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[\w-]{93}AA$/.test(v)) err(`bad Anthropic key ${v}`);
    if (e === 'SLACK_BOT_TOKEN' && !/^xoxb-\d+-\d+-[A-Za-z0-9]{24}$/.test(v)) err(`bad Slack token ${v}`);
    if (e === 'STRIPE_SECRET_KEY' && !/^sk_live_[A-Za-z0-9]{24,}$/.test(v)) err(`bad Stripe key ${v}`);
    if (e === 'JWT') {
      const parts = v.split('.');
      if (parts.length !== 3) err(`JWT not 3 parts`);
      else try { const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString()); JSON.parse(Buffer.from(parts[1], 'base64url').toString()); if (!h.alg) err('JWT header lacks alg'); } catch { err(`JWT header/payload not JSON: ${v.slice(0, 40)}`); }
    }
    if (e === 'PRIVATE_KEY') {
      const plain = v.replace(/\\n/g, '\n').split('\n').map((l) => l.trim()).join('\n');
      const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]+)\n-----END \1-----$/.exec(plain);
      if (!m) err(`PEM block malformed: ${v.slice(0, 50)}`);
      else {
        const body = m[2].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('=')).join('');
        if (!/^[A-Za-z0-9+/]+=*$/.test(body)) err('PEM body not base64');
        const der = Buffer.from(body, 'base64');
        if (m[1] === 'RSA PRIVATE KEY' && !(der.length > 600 && der[0] === 0x30)) err(`RSA key too small ${der.length}`);
        if (m[1] === 'OPENSSH PRIVATE KEY' && !der.subarray(0, 15).equals(Buffer.from('openssh-key-v1\0'))) err('OpenSSH magic missing');
      }
    }
    if (['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH'].includes(e)) {
      const dec = Buffer.from(v, 'base64').toString();
      if (e === 'BASIC_AUTH_CREDENTIALS' && !/^[^:]+:.+$/.test(dec)) err(`basic auth not user:pass ${dec}`);
      if (e === 'DOCKER_REGISTRY_AUTH' && !(dec.includes(':') || dec.startsWith('{'))) err('docker auth undecodable');
    }
  } else if (sp.fam === 'look') {
    const w = sp.what;
    if (w === 'invalid_card' && luhnOk(v)) err(`invalid_card passes Luhn: ${v}`);
    if (w === 'invalid_iban' && ibanOk(v)) err(`invalid_iban passes mod 97: ${v}`);
    if (w === 'invalid_ssn' && (ssnOk(v) || itinOk(v))) err(`invalid_ssn is valid: ${v}`);
    if (w === 'invalid_nhs' && nhsOk(v)) err(`invalid_nhs passes mod 11: ${v}`);
    if (w === 'vendor_test_card' && !luhnOk(v)) err(`vendor test card fails Luhn: ${v}`);
  } else err(`unknown family ${sp.fam}`);
}

// docs: [{id, kind, text, spans}] with spans carrying value; returns list of errors
export function validate(docs) {
  const errors = []; const ids = new Set();
  for (const d of docs) {
    const err = (m) => errors.push(`${d.id}: ${m}`);
    if (ids.has(d.id)) err('duplicate id'); ids.add(d.id);
    const buf = Buffer.from(d.text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) err(`size ${buf.length} outside 200-4000`);
    const sorted = d.spans.slice().sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const sp of sorted) {
      if (sp.start < 0 || sp.end > buf.length || sp.start >= sp.end) { err(`span out of range ${sp.start}-${sp.end}`); continue; }
      if (sp.start < prevEnd) err(`overlap at ${sp.start}`);
      prevEnd = Math.max(prevEnd, sp.end);
      const got = buf.subarray(sp.start, sp.end).toString('utf8');
      if (got !== sp.value) err(`span bytes differ at ${sp.start}: ${JSON.stringify(got).slice(0, 60)}`);
      if (/^\s|\s$/.test(sp.value)) err(`whitespace at span end: ${JSON.stringify(sp.value).slice(0, 60)}`);
      checkValue(sp, err);
    }
    for (const m of d.text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>]*@)?([A-Za-z0-9.-]+|\[[0-9a-f:]+\])/gi)) if (!hostOk(m[1])) err(`URL host not reserved: ${m[1]}`);
    for (const m of d.text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) if (!hostOk(m[1])) err(`mail/host domain not reserved: ${m[1]}`);
    for (const m of d.text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|io)\b/gi)) if (!/^(java|javax|kotlin|scala)\.|^kubernetes\.io$|^k8s\.io$/.test(m[0])) err(`public domain: ${m[0]}`);
  }
  return errors;
}
export function composition(docs) {
  const c = { docs: docs.length, bytes: 0, kinds: {}, secrets: {}, pii: {}, look: {}, secretLabels: 0, piiLabels: 0, lookalikes: 0 };
  for (const d of docs) {
    c.bytes += Buffer.byteLength(d.text); c.kinds[d.kind] = (c.kinds[d.kind] || 0) + 1;
    for (const s of d.spans) {
      if (s.fam === 'secrets') { c.secrets[s.entity] = (c.secrets[s.entity] || 0) + 1; c.secretLabels++; }
      else if (s.fam === 'pii') { c.pii[s.entity] = (c.pii[s.entity] || 0) + 1; c.piiLabels++; }
      else { c.look[s.what] = (c.look[s.what] || 0) + 1; c.lookalikes++; }
    }
  }
  return c;
}
export function checkMinimums(c) {
  const e = [];
  if (c.docs < MIN.docs) e.push(`only ${c.docs} documents (< ${MIN.docs})`);
  if (Object.keys(c.kinds).length < MIN.docKinds) e.push(`only ${Object.keys(c.kinds).length} document kinds`);
  if (c.secretLabels < MIN.secretLabels) e.push(`only ${c.secretLabels} secret labels`);
  if (Object.keys(c.secrets).length < MIN.secretKinds) e.push(`only ${Object.keys(c.secrets).length} secret kinds`);
  if (c.piiLabels < MIN.piiLabels) e.push(`only ${c.piiLabels} PII labels`);
  for (const p of PRESIDIO) if (!c.pii[p]) e.push(`PII entity ${p} missing`);
  if (c.lookalikes < MIN.lookalikes) e.push(`only ${c.lookalikes} look-alikes`);
  return e;
}
