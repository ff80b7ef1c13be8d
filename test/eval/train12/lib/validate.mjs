// Validator: every record and the whole set must pass, or generate.mjs writes nothing.
import { luhnOk, cardBrand, ibanOk, ssnOk, itinOk, nhsOk, deaOk, btcOk, githubChecksumOk, isbn13Ok } from './core.mjs';
export const PRESIDIO = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const TEST_CARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5200828282828210', '3566002020360505']);
const hostOk = (h) => { h = h.toLowerCase().replace(/\.+$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h) || /^\d+\.\d+\.\d+\.\d+$/.test(h); };

function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { JSON.parse(Buffer.from(p[0], 'base64url').toString()); JSON.parse(Buffer.from(p[1], 'base64url').toString()); return true; } catch { return false; } }

export function validateRecord(rec, text, errs) {
  const E = (m) => errs.push(`${rec.id}: ${m}`);
  const buf = Buffer.from(text, 'utf8'); const n = buf.length;
  if (!/^train12-[a-z0-9_]+-\d{4}$/.test(rec.id)) E('bad id');
  if (n < 200 || n > 4000) E(`size ${n}`);
  const spans = [...rec._labels.map((l) => ({ ...l, t: 'L' })), ...rec._looks.map((l) => ({ ...l, t: 'K' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!(s.start >= 0 && s.end <= n && s.start < s.end)) { E(`span out of range ${s.start}-${s.end}`); continue; }
    if (i && spans[i - 1].end > s.start) E(`overlap at ${s.start}`);
    const got = buf.subarray(s.start, s.end).toString('utf8');
    if (got !== s.value) E(`span text mismatch at ${s.start}: ${JSON.stringify(got)} vs ${JSON.stringify(s.value)}`);
    if (/^\s|\s$/.test(got)) E(`whitespace at span ends ${JSON.stringify(got)}`);
    if (s.t === 'K') checkLook(s, E);
    else checkLabel(s, E);
  }
  // hosts in URLs and e-mail domains
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([A-Za-z0-9.-]+)/g)) if (!hostOk(m[1])) E(`url host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1])) E(`mail domain ${m[1]}`);
}
function checkLabel(s, E) {
  const v = s.value;
  if (s.family === 'pii') {
    if (!PRESIDIO.includes(s.entity)) E(`non-Presidio entity ${s.entity}`);
    const d = v.replace(/[\s-]/g, '');
    if (s.entity === 'CREDIT_CARD' && (!luhnOk(d) || !cardBrand(d) || TEST_CARDS.has(d))) E(`bad card ${v}`);
    if (s.entity === 'IBAN_CODE' && !ibanOk(v)) E(`bad iban ${v}`);
    if (s.entity === 'US_SSN' && !ssnOk(v)) E(`bad ssn ${v}`);
    if (s.entity === 'US_ITIN' && !itinOk(v)) E(`bad itin ${v}`);
    if (s.entity === 'UK_NHS' && !nhsOk(v)) E(`bad nhs ${v}`);
    if (s.entity === 'MEDICAL_LICENSE' && !deaOk(v)) E(`bad dea ${v}`);
    if (s.entity === 'CRYPTO' && !btcOk(v)) E(`bad btc ${v}`);
    if (s.entity === 'US_PASSPORT' && !/^([1-9]\d{8}|[A-Z]\d{8})$/.test(v)) E(`bad passport ${v}`);
    if (s.entity === 'US_BANK_NUMBER' && !/^\d{8,17}$/.test(v)) E(`bad bank number ${v}`);
  } else if (s.family === 'secrets') {
    if (!/^[A-Z0-9_]+$/.test(s.entity)) E(`bad secret entity ${s.entity}`);
    if (/^GITHUB_(PERSONAL_ACCESS|OAUTH|APP_USER|APP_INSTALLATION|REFRESH)/.test(s.entity) && !githubChecksumOk(v)) E(`bad github checksum ${v}`);
    if (/^(JWT|JWT_REFRESH_TOKEN|SUPABASE_SERVICE_ROLE_KEY)$/.test(s.entity) && !jwtOk(v)) E(`bad jwt ${v}`);
    if (/^AWS_ACCESS_KEY$/.test(s.entity) && !/^AKIA[A-Z2-7]{16}$/.test(v)) E(`bad aws key ${v}`);
    if (/^AWS_TEMP_ACCESS_KEY$/.test(s.entity) && !/^ASIA[A-Z2-7]{16}$/.test(v)) E(`bad aws temp key ${v}`);
    if (/PRIVATE_KEY$/.test(s.entity) && /BEGIN/.test(v) && !/-----END [A-Z ]+-----$/.test(v)) E('pem not whole');
    if (/^OPENAI/.test(s.entity) && !v.includes('T3BlbkFJ')) E('openai marker');
    if (/^ANTHROPIC/.test(s.entity) && !v.endsWith('AA')) E('anthropic suffix');
    if (/EXAMPLE/.test(v)) E(`secret looks like an example ${v}`);
  } else E(`bad family ${s.family}`);
}
function checkLook(s, E) {
  const v = s.value, d = v.replace(/[\s-]/g, '');
  if (s.what === 'invalid_card' && (luhnOk(d) || !/^\d{13,19}$/.test(d))) E(`invalid_card passes Luhn ${v}`);
  if (s.what === 'invalid_iban' && ibanOk(v)) E(`invalid_iban passes ${v}`);
  if (s.what === 'invalid_ssn' && ssnOk(v)) E(`invalid_ssn is valid ${v}`);
  if (s.what === 'vendor_test_card' && (!TEST_CARDS.has(d) || !luhnOk(d))) E(`vendor card ${v}`);
  if (s.what === 'isbn' && !isbn13Ok(v)) E(`isbn ${v}`);
  if (!/^[a-z0-9_]+$/.test(s.what)) E(`bad what ${s.what}`);
}
export const MIN = { docs: 370, kinds: 18, secrets: 650, secretKinds: 150, pii: 2200, looks: 1800, lookKinds: 30, codeLangs: 15, proseLangs: 8 };
export function validateSet(stats, errs) {
  const c = (ok, m) => { if (!ok) errs.push('composition: ' + m); };
  c(stats.docs >= MIN.docs, `docs ${stats.docs}`);
  c(Object.keys(stats.byKind).length >= MIN.kinds, 'doc kinds');
  c(stats.secrets >= MIN.secrets, `secrets ${stats.secrets}`);
  c(Object.keys(stats.bySecret).length >= MIN.secretKinds, `secret kinds ${Object.keys(stats.bySecret).length}`);
  c(stats.pii >= MIN.pii, `pii ${stats.pii}`);
  for (const e of PRESIDIO) c(stats.byPii[e] > 0, `missing ${e}`);
  c(stats.looks >= MIN.looks, `lookalikes ${stats.looks}`);
  c(Object.keys(stats.byLook).length >= MIN.lookKinds, 'lookalike kinds');
  c(stats.codeLangs >= MIN.codeLangs, 'code languages');
  c(stats.proseLangs >= MIN.proseLangs, 'prose languages');
}
