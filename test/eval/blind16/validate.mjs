// blind16 validator: every record must pass, or generate.mjs writes nothing and exits 1.
import { luhnOk, ibanMod, nhsOk, deaOk, b58checkOk, bech32Ok, ghChecksum } from './lib.mjs';
import { IBAN_LEN } from './pii.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const ITIN_OK = (g) => (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);

export function cardOk(v) {
  const d = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(d) || !luhnOk(d)) return false;
  const n = d.length, p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4);
  if (d[0] === '4') return n === 16 || n === 13 || n === 19;
  if (p2 >= 51 && p2 <= 55) return n === 16;
  if (p4 >= 2221 && p4 <= 2720) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || p2 === 65) return n === 16;
  if (p4 >= 3528 && p4 <= 3589) return n === 16;
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n === 14;
  return false;
}
export function ibanOk(v) { const s = v.replace(/ /g, ''); const cc = s.slice(0, 2); return IBAN_LEN[cc] === s.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && ibanMod(s) === 1; }
export function ssnOk(v) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && +m[2] !== 0 && +m[3] !== 0; }
export function itinOk(v) { const m = /^9\d{2}-(\d{2})-\d{4}$/.exec(v); return !!m && ITIN_OK(+m[1]); }
function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return typeof h.alg === 'string'; } catch { return false; } }
function pemOk(v) {
  const flat = v.replace(/\\n/g, '\n'); const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]*?)\n?-----END \1-----(\n)?$/.exec(flat.replace(/\n\s+/g, '\n'));
  return !!m;
}
const ALLOWED = /(\.example|\.test|\.invalid)$/i;
function hostOk(h) { h = h.toLowerCase().replace(/\.$/, ''); if (!h) return true; if (/^[0-9.]+$/.test(h) || h.includes(':') || h.startsWith('[')) return true; if (!h.includes('.')) return true; return ALLOWED.test(h); }

export function validate(records, minimum) {
  const errs = [];
  const E = (id, m) => { if (errs.length < 50) errs.push(id + ': ' + m); };
  const ids = new Set();
  for (const r of records) {
    if (ids.has(r.id)) E(r.id, 'duplicate id'); ids.add(r.id);
    if (!/^blind16-[a-z0-9_]+-\d{4}$/.test(r.id)) E(r.id, 'bad id');
    const buf = Buffer.from(r.text_b64url, 'base64url'); const text = buf.toString('utf8');
    if (buf.length < 200 || buf.length > 4000) E(r.id, 'size ' + buf.length);
    const spans = [...r.labels.map((l) => ({ ...l, t: 'label' })), ...r.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    let prev = 0;
    for (const s of spans) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) { E(r.id, 'span out of range'); continue; }
      if (s.start < prev) E(r.id, 'overlap at ' + s.start); prev = s.end;
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (s.v !== undefined && v !== s.v) E(r.id, 'span bytes differ at ' + s.start);
      if (/^\s|\s$/.test(v)) E(r.id, 'whitespace at span end: ' + JSON.stringify(v.slice(0, 30)));
      if (s.t === 'label') {
        if (s.family === 'pii') {
          if (!PRESIDIO.includes(s.entity)) E(r.id, 'unknown PII entity ' + s.entity);
          const ok = { CREDIT_CARD: cardOk, IBAN_CODE: ibanOk, US_SSN: ssnOk, US_ITIN: itinOk, UK_NHS: nhsOk, MEDICAL_LICENSE: deaOk, CRYPTO: (x) => (x.startsWith('bc1') ? bech32Ok(x) : b58checkOk(x)) }[s.entity];
          if (ok && !ok(v)) E(r.id, s.entity + ' checksum fails: ' + v);
        } else if (s.family === 'secrets') {
          if (!/^[A-Z0-9_]+$/.test(s.entity)) E(r.id, 'bad secret entity ' + s.entity);
          if (/^gh[pousr]_/.test(v) && (v.length !== 40 || ghChecksum(v.slice(4, 34)) !== v.slice(34))) E(r.id, 'github checksum ' + v);
          if (s.entity === 'JWT' && !jwtOk(v)) E(r.id, 'JWT not JSON');
          if (/PRIVATE_KEY$/.test(s.entity) && s.entity !== 'WIREGUARD_PRIVATE_KEY' && !pemOk(v)) E(r.id, 'PEM malformed');
          if (s.entity === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) E(r.id, 'AWS key format');
          if (s.entity === 'OPENAI_API_KEY' && !v.includes('T3BlbkFJ')) E(r.id, 'OpenAI marker');
          if (s.entity === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[\w-]{93}AA$/.test(v)) E(r.id, 'Anthropic format');
        } else E(r.id, 'bad family ' + s.family);
      } else {
        if (typeof s.what !== 'string' || !/^[a-z0-9_]+$/.test(s.what)) E(r.id, 'bad what');
        if (s.what === 'invalid_card' && luhnOk(v.replace(/\D/g, ''))) E(r.id, 'invalid_card passes Luhn ' + v);
        if (s.what === 'invalid_iban' && ibanMod(v.replace(/ /g, '')) === 1) E(r.id, 'invalid_iban passes mod97');
        if (s.what === 'invalid_ssn' && ssnOk(v)) E(r.id, 'invalid_ssn is valid');
        if (s.what === 'invalid_nhs' && nhsOk(v)) E(r.id, 'invalid_nhs is valid');
      }
    }
    // hosts and e-mail domains
    for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>`?#)]*)/gi)) { let a = m[1]; const at = a.lastIndexOf('@'); if (at >= 0) a = a.slice(at + 1); a = a.replace(/:\d*$/, ''); if (!hostOk(a)) E(r.id, 'URL host not reserved: ' + a); }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g)) if (!hostOk(m[1])) E(r.id, 'mail domain not reserved: ' + m[1]);
    for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(com|org|net|io|dev|co|ai)(?![\w-])/gi)) E(r.id, 'real-TLD host name: ' + m[0]);
  }
  // composition minimums
  const c = composition(records);
  if (records.length < minimum.docs) E('set', 'only ' + records.length + ' documents');
  if (Object.keys(c.kinds).length < minimum.docKinds) E('set', 'document kinds ' + Object.keys(c.kinds).length);
  if (c.secretLabels < minimum.secrets) E('set', 'secret labels ' + c.secretLabels);
  if (Object.keys(c.secretKinds).length < minimum.secretKinds) E('set', 'secret kinds ' + Object.keys(c.secretKinds).length);
  if (c.piiLabels < minimum.pii) E('set', 'PII labels ' + c.piiLabels);
  for (const p of PRESIDIO) if (!c.pii[p]) E('set', 'no ' + p);
  if (c.lookTotal < minimum.look) E('set', 'look-alikes ' + c.lookTotal);
  return errs;
}

export function composition(records) {
  const c = { kinds: {}, secretKinds: {}, pii: {}, look: {}, secretLabels: 0, piiLabels: 0, lookTotal: 0, bytes: 0 };
  for (const r of records) {
    c.kinds[r.kind] = (c.kinds[r.kind] || 0) + 1; c.bytes += Buffer.from(r.text_b64url, 'base64url').length;
    for (const l of r.labels) { if (l.family === 'secrets') { c.secretLabels++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.piiLabels++; c.pii[l.entity] = (c.pii[l.entity] || 0) + 1; } }
    for (const l of r.lookalikes) { c.lookTotal++; c.look[l.what] = (c.look[l.what] || 0) + 1; }
  }
  return c;
}
