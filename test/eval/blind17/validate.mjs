// blind17 validator: every check must pass or generate.mjs writes nothing and exits 1.
import { luhnOk, ibanMod97, nhsCheck, deaCheck, crc32, base62, b58decode, sha256, bech32Verify } from './lib.mjs';
import { IBAN_LEN, ITIN_GROUPS } from './pii.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 330, docKinds: 20, secretLabels: 600, secretKinds: 140, piiLabels: 2000, perPiiEntity: 15, lookalikes: 1500 };

function cardIinOk(d) {
  const L = d.length;
  if (/^4/.test(d)) return L === 16 || L === 13 || L === 19;
  if (/^5[1-5]/.test(d)) return L === 16;
  if (/^2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)/.test(d)) return L === 16;
  if (/^3[47]/.test(d)) return L === 15;
  if (/^(6011|65)/.test(d)) return L === 16;
  if (/^35(2[89]|[3-8]\d)/.test(d)) return L === 16;
  if (/^(36|30[0-5])/.test(d)) return L === 14;
  return false;
}
const ssnValid = (v) => { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && +m[2] !== 0 && +m[3] !== 0; };
function pemCheck(v) {
  const m = /^-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----$/.exec(v); if (!m) return 'bad PEM armour';
  const body = Buffer.from(m[2].replace(/\\n/g, '').replace(/\s+/g, ''), 'base64');
  const want = { 'RSA PRIVATE KEY': [1180, 1220], 'EC PRIVATE KEY': [121, 121], 'OPENSSH PRIVATE KEY': [200, 500], 'PRIVATE KEY': [48, 1250] }[m[1]];
  if (!want || body.length < want[0] || body.length > want[1]) return `PEM ${m[1]} body ${body.length} bytes`;
  if (m[1] === 'OPENSSH PRIVATE KEY' && !body.subarray(0, 15).equals(Buffer.from('openssh-key-v1\0'))) return 'openssh magic';
  if (body[0] !== 0x30 && m[1] !== 'OPENSSH PRIVATE KEY') return 'DER not a SEQUENCE';
  return null;
}
function hostOk(h) { h = h.toLowerCase(); return !h.includes('.') || /\.(example|test|invalid)$/.test(h) || /^[\d.]+$/.test(h) || h.startsWith('['); }

export function checkLabel(l) {
  const v = l.value;
  if (l.family === 'pii') {
    if (!PRESIDIO.includes(l.entity)) return `unknown PII entity ${l.entity}`;
    if (l.entity === 'CREDIT_CARD') { const d = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(d) || !luhnOk(d) || !cardIinOk(d)) return `bad card ${v}`; }
    if (l.entity === 'IBAN_CODE') { const s = v.replace(/ /g, ''); if (IBAN_LEN[s.slice(0, 2)] !== s.length || ibanMod97(s) !== 1) return `bad IBAN ${v}`; }
    if (l.entity === 'US_SSN' && !ssnValid(v)) return `bad SSN ${v}`;
    if (l.entity === 'US_ITIN') { const m = /^9\d\d-(\d\d)-\d{4}$/.exec(v); if (!m || !ITIN_GROUPS.some(([a, b]) => +m[1] >= a && +m[1] <= b)) return `bad ITIN ${v}`; }
    if (l.entity === 'UK_NHS') { const d = v.replace(/ /g, ''); if (!/^\d{10}$/.test(d) || nhsCheck(d.slice(0, 9)) !== +d[9]) return `bad NHS ${v}`; }
    if (l.entity === 'MEDICAL_LICENSE') { const m = /^[A-Z]{2}(\d{6})(\d)$/.exec(v); if (!m || deaCheck(m[1]) !== +m[2]) return `bad DEA ${v}`; }
    if (l.entity === 'CRYPTO') {
      if (v.startsWith('bc1')) { if (!bech32Verify(v)) return `bad bech32 ${v}`; }
      else { const b = b58decode(v); if (!b || b.length !== 25 || !sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21))) return `bad base58check ${v}`; }
    }
    if (l.entity === 'EMAIL_ADDRESS' && !/@[\w.-]+\.(example|test|invalid)$/.test(v)) return `email domain ${v}`;
  } else {
    if (l.family !== 'secrets') return `bad family ${l.family}`;
    const gh = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
    if (/^GITHUB_(PERSONAL|OAUTH|USER|SERVER|REFRESH)/.test(l.entity) && (!gh || base62(crc32(gh[1]), 6) !== gh[2])) return `bad GitHub checksum ${v}`;
    if (l.entity === 'AWS_ACCESS_KEY' && !/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v)) return `bad AWS key ${v}`;
    if (l.entity === 'OPENAI_API_KEY' && !/^sk-proj-.*T3BlbkFJ/.test(v)) return `bad OpenAI ${v}`;
    if (l.entity === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[\w-]{93}AA$/.test(v)) return `bad Anthropic ${v}`;
    if (l.entity === 'JWT') {
      const p = v.split('.'); if (p.length !== 3) return 'JWT parts';
      try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); if (!h.alg) return 'JWT alg'; } catch { return `JWT JSON ${v}`; }
    }
    if (/PRIVATE_KEY$/.test(l.entity) && v.startsWith('-----')) { const e = pemCheck(v); if (e) return e; }
    if (/BASIC_AUTH|DOCKER_CONFIG/.test(l.entity) && !/^[^:]+:.+$/.test(Buffer.from(v, 'base64').toString())) return `basic auth not user:pass ${v}`;
  }
  return null;
}

export function checkLookalike(l) {
  const v = l.value;
  if (l.what === 'invalid_card' && luhnOk(v.replace(/[ -]/g, ''))) return `invalid_card passes Luhn ${v}`;
  if (l.what === 'invalid_iban' && ibanMod97(v.replace(/ /g, '')) === 1) return `invalid_iban passes mod97 ${v}`;
  if (l.what === 'invalid_ssn' && ssnValid(v)) return `invalid_ssn is valid ${v}`;
  if (l.what === 'invalid_nhs' && nhsCheck(v.slice(0, 9)) === +v[9]) return `invalid_nhs is valid ${v}`;
  if (l.what === 'vendor_test_card' && !luhnOk(v.replace(/[ -]/g, ''))) return `vendor test card fails Luhn ${v}`;
  return null;
}

export function validate(records) {
  const errs = [];
  for (const rec of records) {
    const buf = Buffer.from(rec.text, 'utf8');
    const E = (m) => errs.push(`${rec.id}: ${m}`);
    if (buf.length < 200 || buf.length > 4000) E(`size ${buf.length}`);
    const spans = [...rec.labels, ...rec.lookalikes].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const s of spans) {
      if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { E(`span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) E(`overlap at ${s.start}`);
      prevEnd = Math.max(prevEnd, s.end);
      const got = buf.subarray(s.start, s.end).toString('utf8');
      if (got !== s.value) E(`span bytes differ at ${s.start}: ${JSON.stringify(got)} vs ${JSON.stringify(s.value)}`);
      if (/^\s|\s$/.test(got)) E(`whitespace at span end ${JSON.stringify(got)}`);
    }
    for (const l of rec.labels) { const e = checkLabel(l); if (e) E(e); }
    for (const l of rec.lookalikes) { const e = checkLookalike(l); if (e) E(e); }
    for (const m of rec.text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'`<>]+)/gi)) {
      let h = m[1]; h = h.slice(h.lastIndexOf('@') + 1).replace(/:\d*$/, '');
      if (!hostOk(h)) E(`URL host ${h}`);
    }
    for (const m of rec.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (!hostOk(m[1])) E(`email domain ${m[1]}`);
  }
  // composition minimums
  const sec = records.flatMap((r) => r.labels.filter((l) => l.family === 'secrets'));
  const pii = records.flatMap((r) => r.labels.filter((l) => l.family === 'pii'));
  const la = records.flatMap((r) => r.lookalikes);
  const kinds = new Set(records.map((r) => r.kind));
  const secKinds = new Set(sec.map((l) => l.entity));
  if (records.length < MIN.docs) errs.push(`only ${records.length} documents`);
  if (kinds.size < MIN.docKinds) errs.push(`only ${kinds.size} document kinds`);
  if (sec.length < MIN.secretLabels) errs.push(`only ${sec.length} secret labels`);
  if (secKinds.size < MIN.secretKinds) errs.push(`only ${secKinds.size} secret kinds`);
  if (pii.length < MIN.piiLabels) errs.push(`only ${pii.length} PII labels`);
  for (const e of PRESIDIO) { const n = pii.filter((l) => l.entity === e).length; if (n < MIN.perPiiEntity) errs.push(`only ${n} ${e}`); }
  if (la.length < MIN.lookalikes) errs.push(`only ${la.length} look-alikes`);
  return errs;
}
