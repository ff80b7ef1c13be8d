// Validator: every record must satisfy these checks or generate.mjs exits 1 and writes nothing.
import * as C from './checksums.mjs';
export const PRESIDIO = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const GH = new Set(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN', 'GITHUB_USER_TO_SERVER_TOKEN', 'GITHUB_REFRESH_TOKEN']);
const JWTS = new Set(['JWT', 'SUPABASE_SERVICE_ROLE_KEY', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN']);
const PEMS = new Set(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY']);
const ALLOWED = /\.(example|test|invalid)$/i;
function jwtOk(t) { const p = t.split('.'); if (p.length !== 3) return false; try { JSON.parse(Buffer.from(p[0], 'base64url').toString()); JSON.parse(Buffer.from(p[1], 'base64url').toString()); return true; } catch { return false; } }
export function checkValue(fam, ent, v) {
  const dig = v.replace(/[ -]/g, '');
  if (fam === 'pii') {
    if (!PRESIDIO.has(ent)) return 'not a Presidio entity';
    if (ent === 'CREDIT_CARD') return /^\d+$/.test(dig) && C.luhnValid(dig) && C.cardBrand(dig) ? null : 'card Luhn/IIN';
    if (ent === 'IBAN_CODE') return C.ibanValid(v) ? null : 'IBAN mod97/length';
    if (ent === 'US_SSN') return C.ssnValid(v) ? null : 'SSN range';
    if (ent === 'US_ITIN') return C.itinValid(v) ? null : 'ITIN range';
    if (ent === 'UK_NHS') return C.nhsValid(v) ? null : 'NHS mod 11';
    if (ent === 'MEDICAL_LICENSE') return C.deaValid(v) ? null : 'DEA checksum';
    if (ent === 'CRYPTO') return C.btcValid(v) ? null : 'BTC checksum';
    if (ent === 'EMAIL_ADDRESS') return /^[^@\s]+@[^@\s]+$/.test(v) && ALLOWED.test(v.split('@')[1]) ? null : 'email domain';
    if (ent === 'US_BANK_NUMBER') return /^\d{8,17}$/.test(v) ? null : 'bank number';
    if (ent === 'US_PASSPORT') return /^[A-Z]?\d{8,9}$/.test(v) ? null : 'passport';
    return null;
  }
  if (fam !== 'secrets') return 'family';
  if (!/^[A-Z0-9_]+$/.test(ent)) return 'secret entity name';
  if (GH.has(ent)) return C.githubValid(v) ? null : 'GitHub CRC32';
  if (JWTS.has(ent)) return jwtOk(v) ? null : 'JWT JSON';
  if (PEMS.has(ent)) { const u = v.replace(/\\n/g, '\n'); return /^-----BEGIN [A-Z ]+-----\n/.test(u) && /\n\s*-----END [A-Z ]+-----$/.test(u) ? null : 'PEM block'; }
  if (ent === 'AWS_ACCESS_KEY') return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'AWS key';
  if (ent === 'AWS_TEMPORARY_ACCESS_KEY') return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'AWS key';
  if (ent === 'ANTHROPIC_API_KEY') return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'Anthropic';
  if (ent.startsWith('OPENAI')) return v.includes('T3BlbkFJ') ? null : 'OpenAI marker';
  return null;
}
export function validate(records, min) {
  const errs = [];
  const E = (id, m) => { if (errs.length < 50) errs.push(`${id}: ${m}`); };
  const ids = new Set();
  for (const r of records) {
    if (ids.has(r.id)) E(r.id, 'duplicate id'); ids.add(r.id);
    if (!/^train15-[a-z0-9_]+-\d{4}$/.test(r.id)) E(r.id, 'id format');
    const buf = Buffer.from(r.text_b64url, 'base64url'); const text = buf.toString('utf8');
    if (buf.length < 200 || buf.length > 4000) E(r.id, `size ${buf.length}`);
    const spans = [...r.labels.map((x) => ({ ...x, t: 'l' })), ...r.lookalikes.map((x) => ({ ...x, t: 'k' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= buf.length)) { E(r.id, 'span out of range'); continue; }
      if (i && spans[i - 1].end > s.start) E(r.id, `overlap at ${s.start}`);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (v !== s._v) E(r.id, `span text differs at ${s.start}`);
      if (/^\s|\s$/.test(v)) E(r.id, `whitespace at span ends ${s.start}`);
      if (s.t === 'l') { const m = checkValue(s.family, s.entity, v); if (m) E(r.id, `${s.entity} "${v.slice(0, 40)}": ${m}`); }
      else {
        const dig = v.replace(/[ -]/g, '');
        if (s.what === 'invalid_card' && C.luhnValid(dig)) E(r.id, 'invalid_card passes Luhn');
        if (s.what === 'invalid_iban' && C.ibanMod97Ok(v)) E(r.id, 'invalid_iban passes mod 97');
        if (s.what === 'invalid_ssn' && C.ssnValid(v)) E(r.id, 'invalid_ssn is valid');
        if (s.what === 'vendor_test_card' && !C.luhnValid(dig)) E(r.id, 'vendor test card not Luhn');
        if (!s.what || !/^[a-z0-9_]+$/.test(s.what)) E(r.id, 'what');
      }
    }
    // every URL host and e-mail domain must be reserved or a bare internal name / IP
    for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>]*@)?([A-Za-z0-9.-]+)/g)) { const h = m[1]; if (h.includes('.') && !ALLOWED.test(h) && !/^[\d.]+$/.test(h)) E(r.id, `URL host ${h}`); }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) if (!ALLOWED.test(m[1])) E(r.id, `mail/host ${m[1]}`);
  }
  const c = composition(records);
  for (const [k, v] of Object.entries(min)) { const have = typeof c[k] === 'number' ? c[k] : Object.keys(c[k] || {}).length; if (have < v) errs.push(`composition: ${k} = ${have} < ${v}`); }
  for (const p of PRESIDIO) if (!c.pii_by_entity[p]) errs.push(`composition: no ${p}`);
  return { errs, c };
}
export function composition(records) {
  const c = { documents: records.length, kinds: {}, secret_labels: 0, pii_labels: 0, lookalikes: 0, secret_kinds: {}, pii_by_entity: {}, lookalike_kinds: {}, cultures: {}, phone_plans: {}, prose_langs: {}, code_langs: {}, dl_states: {}, bytes: 0 };
  const inc = (o, k) => (o[k] = (o[k] || 0) + 1);
  for (const r of records) {
    inc(c.kinds, r.kind); c.bytes += Buffer.from(r.text_b64url, 'base64url').length;
    for (const l of r.labels) { if (l.family === 'secrets') { c.secret_labels++; inc(c.secret_kinds, l.entity); } else { c.pii_labels++; inc(c.pii_by_entity, l.entity); } }
    for (const l of r.lookalikes) { c.lookalikes++; inc(c.lookalike_kinds, l.what); }
    for (const m of r._meta || []) { if (m.culture) inc(c.cultures, m.culture); if (m.plan) inc(c.phone_plans, m.plan); if (m.lang && m.family === 'secrets') inc(m.code ? c.code_langs : c.prose_langs, m.lang); if (m.state) inc(c.dl_states, m.state); }
  }
  return c;
}
