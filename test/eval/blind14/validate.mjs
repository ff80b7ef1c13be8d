// blind14 validator: every rule is checked from the bytes of the document, independently of the generators.
import net from 'node:net';
import { luhnValid, ibanMod97, IBAN_LEN, nhsCheck, deaCheck, base58checkValid, segwitValid, githubChecksum } from './lib.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 330, docKinds: 20, secrets: 600, secretKinds: 140, pii: 2000, lookalikes: 1500 };
const VENDOR_TEST = ['4242424242424242', '4000056655665556', '5555555555554444', '378282246310005', '6011111111111117', '4111111111111111', '3566002020360505', '2223003122003222'];
const ALLOWED_TLD = /\.(example|test|invalid)$/i;

export function cardOk(v) {
  const n = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(n) || !luhnValid(n)) return false;
  const L = n.length, p2 = +n.slice(0, 2), p3 = +n.slice(0, 3), p4 = +n.slice(0, 4);
  if (n[0] === '4') return L === 16;
  if (p2 >= 51 && p2 <= 55) return L === 16;
  if (p4 >= 2221 && p4 <= 2720) return L === 16;
  if (p2 === 34 || p2 === 37) return L === 15;
  if (n.startsWith('6011') || p2 === 65) return L === 16;
  if (p4 >= 3528 && p4 <= 3589) return L === 16;
  if (p2 === 36 || (p3 >= 300 && p3 <= 305)) return L === 14;
  return false;
}
export function ibanOk(v) { const s = v.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length && ibanMod97(s) === 1; }
export function ssnOk(v) { const m = v.match(/^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
export function itinOk(v) { const m = v.match(/^9\d{2}-(\d{2})-\d{4}$/); if (!m) return false; const g = +m[1]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function nhsOk(v) { const s = v.replace(/ /g, ''); return /^\d{10}$/.test(s) && nhsCheck(s.slice(0, 9)) === s[9]; }
export function deaOk(v) { const m = v.match(/^[ABFGMPRX][A-Z9](\d{6})(\d)$/); return !!m && deaCheck(m[1]) === m[2]; }
function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return typeof h.alg === 'string'; } catch { return false; } }
function pemOk(v) {
  const m = v.match(/^-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----$/); if (!m) return 'markers';
  const body = m[2].replace(/\\n/g, '\n').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('=')).join('');
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return 'base64';
  const n = Buffer.from(body, 'base64').length; const t = m[1];
  const ok = t === 'RSA PRIVATE KEY' ? n >= 600 && n <= 1300 : t === 'EC PRIVATE KEY' ? n === 121 : t === 'PRIVATE KEY' ? (n === 48 || (n >= 630 && n <= 1230)) : t === 'OPENSSH PRIVATE KEY' ? n >= 200 && n <= 450 : t === 'PGP PRIVATE KEY BLOCK' ? n > 500 : false;
  return ok ? null : 'size ' + t + ' ' + n;
}
function secretCheck(e, v) {
  if (/^gh[posur]_/.test(v) && e.startsWith('GITHUB')) { const body = v.slice(4, 34), ck = v.slice(34); return v.length === 40 && githubChecksum(body) === ck ? null : 'github crc32'; }
  if (e === 'AWS_ACCESS_KEY') return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'aws akia';
  if (e === 'AWS_TEMP_ACCESS_KEY') return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'aws asia';
  if (e === 'AWS_SECRET_KEY') return /^[A-Za-z0-9+/]{40}$/.test(v) ? null : 'aws secret';
  if (e === 'OPENAI_API_KEY') return /^sk-(proj-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/.test(v) ? null : 'openai';
  if (e === 'ANTHROPIC_API_KEY') return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'anthropic';
  if (e === 'SLACK_BOT_TOKEN') return /^xoxb-\d+-\d+-[A-Za-z0-9]+$/.test(v) ? null : 'slack';
  if (e === 'STRIPE_SECRET_KEY') return /^sk_live_[A-Za-z0-9]{99}$/.test(v) ? null : 'stripe';
  if (e === 'JWT' || e === 'SUPABASE_SERVICE_ROLE_KEY') return jwtOk(v) ? null : 'jwt json';
  if (e === 'PRIVATE_KEY') return pemOk(v);
  if (e === 'BASIC_AUTH_CREDENTIALS' || e === 'DOCKER_REGISTRY_AUTH') return Buffer.from(v, 'base64').toString().includes(':') ? null : 'basic auth';
  if (v.includes('\n')) return 'newline in one-line secret';
  return null;
}
function piiCheck(e, v) {
  switch (e) {
    case 'CREDIT_CARD': return cardOk(v) ? null : 'card';
    case 'IBAN_CODE': return ibanOk(v) ? null : 'iban';
    case 'US_SSN': return ssnOk(v) ? null : 'ssn';
    case 'US_ITIN': return itinOk(v) ? null : 'itin';
    case 'UK_NHS': return nhsOk(v) ? null : 'nhs';
    case 'MEDICAL_LICENSE': return deaOk(v) ? null : 'dea';
    case 'CRYPTO': return base58checkValid(v) || segwitValid(v) ? null : 'btc';
    case 'EMAIL_ADDRESS': { const m = v.match(/^[^@\s]+@([A-Za-z0-9.-]+)$/); return m && ALLOWED_TLD.test(m[1]) ? null : 'email'; }
    case 'IP_ADDRESS': return net.isIP(v) ? null : 'ip';
    case 'PHONE_NUMBER': return (v.match(/\d/g) || []).length >= 7 ? null : 'phone';
    case 'US_PASSPORT': return /^([0-9]{9}|[A-Z][0-9]{8})$/.test(v) ? null : 'passport';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank number';
    default: return null;
  }
}
function lookCheck(w, v) {
  if (w === 'invalid_card') { const n = v.replace(/[ -]/g, ''); return !luhnValid(n) ? null : 'invalid_card passes Luhn'; }
  if (w === 'invalid_iban') return !ibanOk(v) && ibanMod97(v.replace(/ /g, '')) !== 1 ? null : 'invalid_iban passes';
  if (w === 'invalid_ssn') return !ssnOk(v) ? null : 'invalid_ssn valid';
  if (w === 'invalid_nhs') return !nhsOk(v) ? null : 'invalid_nhs valid';
  if (w === 'vendor_test_card') return VENDOR_TEST.includes(v.replace(/ /g, '')) ? null : 'not a vendor test card';
  return null;
}
function hostCheck(text) {
  const bad = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^\s\/@"'<>]*@)?([^\s\/:"'?#,;)<>\]}\\]+)/g)) { const h = m[1]; if (h.includes('.') && !ALLOWED_TLD.test(h) && !net.isIP(h) && !h.startsWith('$') && !h.startsWith('{')) bad.push(h); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) { if (!ALLOWED_TLD.test(m[1])) bad.push(m[1]); }
  return bad;
}

export function validate(docs) {
  const errs = [];
  const E = (id, msg) => { if (errs.length < 60) errs.push(`${id}: ${msg}`); };
  for (const doc of docs) {
    const buf = Buffer.from(doc.text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) E(doc.id, `size ${buf.length}`);
    const spans = [...doc.labels.map(l => ({ ...l, t: 'label' })), ...doc.lookalikes.map(l => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const s of spans) {
      if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { E(doc.id, `range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) E(doc.id, `overlap at ${s.start}`);
      prevEnd = Math.max(prevEnd, s.end);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (v !== s._v) E(doc.id, `span bytes differ at ${s.start}`);
      if (/^\s|\s$/.test(v)) E(doc.id, `whitespace at span end ${JSON.stringify(v)}`);
      if (s.t === 'label') {
        if (s.family === 'pii') { if (!PRESIDIO.includes(s.entity)) E(doc.id, `bad PII entity ${s.entity}`); const c = piiCheck(s.entity, v); if (c) E(doc.id, `${c}: ${v}`); }
        else if (s.family === 'secrets') { if (!/^[A-Z0-9_]+$/.test(s.entity) || PRESIDIO.includes(s.entity)) E(doc.id, `bad secret entity ${s.entity}`); const c = secretCheck(s.entity, v); if (c) E(doc.id, `${s.entity} ${c}: ${v.slice(0, 60)}`); }
        else E(doc.id, `bad family ${s.family}`);
      } else { if (!/^[a-z0-9_]+$/.test(s.what)) E(doc.id, `bad what ${s.what}`); const c = lookCheck(s.what, v); if (c) E(doc.id, `${c}: ${v}`); }
    }
    for (const h of hostCheck(doc.text)) E(doc.id, `host not under .example/.test/.invalid: ${h}`);
  }
  // composition
  const c = composition(docs);
  if (docs.length < MIN.docs) errs.push(`only ${docs.length} documents`);
  if (Object.keys(c.kinds).length < MIN.docKinds) errs.push('too few document kinds');
  if (c.secrets < MIN.secrets) errs.push(`only ${c.secrets} secret labels`);
  if (Object.keys(c.secretKinds).length < MIN.secretKinds) errs.push(`only ${Object.keys(c.secretKinds).length} secret kinds`);
  if (c.pii < MIN.pii) errs.push(`only ${c.pii} PII labels`);
  for (const e of PRESIDIO) if (!c.piiEntities[e]) errs.push(`no ${e} label`);
  if (c.look < MIN.lookalikes) errs.push(`only ${c.look} look-alikes`);
  return errs;
}
export function composition(docs) {
  const c = { kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiEntities: {}, look: 0, whats: {}, bytes: 0, minBytes: Infinity, maxBytes: 0 };
  for (const d of docs) {
    const n = Buffer.byteLength(d.text); c.bytes += n; c.minBytes = Math.min(c.minBytes, n); c.maxBytes = Math.max(c.maxBytes, n);
    c.kinds[d.kind] = (c.kinds[d.kind] || 0) + 1;
    for (const l of d.labels) { if (l.family === 'secrets') { c.secrets++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.pii++; c.piiEntities[l.entity] = (c.piiEntities[l.entity] || 0) + 1; } }
    for (const l of d.lookalikes) { c.look++; c.whats[l.what] = (c.whats[l.what] || 0) + 1; }
  }
  return c;
}
