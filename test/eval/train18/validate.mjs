// Validator: every record must satisfy these rules or generate.mjs writes nothing.
import { luhnOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, btcOk, githubChecksumOk } from './rng.mjs';

export const PRESIDIO = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const HOST_OK = (h) => !h.includes('.') || /\.(example|test|invalid)\.?$/i.test(h);
const REGISTRY = /(registry\.npmjs\.org|pypi\.org|rubygems\.org|crates\.io|nuget\.org|proxy\.golang\.org|repo1\.maven\.org|hub\.docker\.com|packagist\.org)/i;

function cardIinOk(d) {
  const L = d.length;
  if (d[0] === '4') return L === 16 || L === 13 || L === 19;
  const p2 = +d.slice(0, 2), p4 = +d.slice(0, 4), p3 = +d.slice(0, 3);
  if (p2 >= 51 && p2 <= 55) return L === 16;
  if (p4 >= 2221 && p4 <= 2720) return L === 16;
  if (p2 === 34 || p2 === 37) return L === 15;
  if (d.startsWith('6011') || d.startsWith('65')) return L === 16;
  if (p4 >= 3528 && p4 <= 3589) return L === 16;
  if (p2 === 36 || (p3 >= 300 && p3 <= 305)) return L === 14;
  return false;
}
function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return !!h.alg; } catch { return false; } }

export function validateDoc(doc, errs) {
  const text = doc.text(); const buf = Buffer.from(text); const id = doc.id;
  const e = (m) => errs.push(`${id}: ${m}`);
  if (buf.length < 200 || buf.length > 4000) e(`size ${buf.length}`);
  const spans = [...doc.meta].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.start < 0 || s.end > buf.length || s.start >= s.end) { e(`span out of range ${s.start}-${s.end}`); continue; }
    if (i && spans[i - 1].end > s.start) e(`overlap at ${s.start}`);
    const got = buf.subarray(s.start, s.end).toString();
    if (got !== s.v) e(`span text mismatch at ${s.start}`);
    if (/^\s|\s$/.test(got)) e(`whitespace at ends: ${JSON.stringify(got.slice(0, 30))}`);
    if (s.family === 'pii') {
      if (!PRESIDIO.has(s.entity)) e(`non-Presidio entity ${s.entity}`);
      const v = s.v, dg = v.replace(/\D/g, '');
      if (s.entity === 'CREDIT_CARD' && !(luhnOk(dg) && cardIinOk(dg) && /^[\d -]+$/.test(v))) e(`bad card ${v}`);
      if (s.entity === 'IBAN_CODE' && !ibanOk(v)) e(`bad iban ${v}`);
      if (s.entity === 'US_SSN' && !ssnOk(v)) e(`bad ssn ${v}`);
      if (s.entity === 'US_ITIN' && !itinOk(v)) e(`bad itin ${v}`);
      if (s.entity === 'UK_NHS' && !nhsOk(v)) e(`bad nhs ${v}`);
      if (s.entity === 'MEDICAL_LICENSE' && !deaOk(v)) e(`bad dea ${v}`);
      if (s.entity === 'CRYPTO' && !btcOk(v)) e(`bad btc ${v}`);
      if (s.entity === 'EMAIL_ADDRESS' && !HOST_OK(v.split('@')[1] || 'x.com')) e(`email domain ${v}`);
    } else if (s.family === 'secrets') {
      if (!/^[A-Z][A-Z0-9_]+$/.test(s.entity)) e(`bad secret entity ${s.entity}`);
      if (/^GITHUB_(PERSONAL_ACCESS|OAUTH|USER_TO_SERVER|SERVER_TO_SERVER|REFRESH)_TOKEN$/.test(s.entity) && !githubChecksumOk(s.v)) e(`bad github checksum ${s.v}`);
      if (s.entity === 'JWT' && !jwtOk(s.v)) e(`bad jwt`);
      if (s.entity === 'PRIVATE_KEY' && !/^-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----[\s\S]+-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----$/.test(s.v)) e('bad pem');
      if (/EXAMPLE/.test(s.v)) e('secret contains EXAMPLE');
    } else {
      if (s.what === 'invalid_card' && luhnOk(s.v.replace(/\D/g, ''))) e(`invalid_card passes Luhn ${s.v}`);
      if (s.what === 'invalid_iban' && ibanOk(s.v)) e(`invalid_iban valid ${s.v}`);
      if (s.what === 'invalid_ssn' && ssnOk(s.v)) e(`invalid_ssn valid ${s.v}`);
      if (s.what === 'vendor_test_card' && !luhnOk(s.v.replace(/\D/g, ''))) e(`vendor_test_card fails Luhn`);
    }
  }
  // host names outside secret spans
  let plain = ''; let pos = 0; for (const s of spans.filter((x) => x.family === 'secrets')) { plain += buf.subarray(pos, s.start).toString() + ' '; pos = s.end; } plain += buf.subarray(pos).toString();
  for (const m of plain.matchAll(/:\/\/(?:[^\/\s@"'`]*@)?([A-Za-z0-9.-]+)/g)) if (!HOST_OK(m[1])) e(`url host ${m[1]}`);
  for (const m of plain.matchAll(/[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!HOST_OK(m[1]) && /\.[a-z]{2,}$/i.test(m[1])) e(`mail/host ${m[1]}`);
  if (REGISTRY.test(text)) e('registry host name');
}

export function validateComposition(comp, errs) {
  const need = [['documents', comp.docs, 360], ['doc kinds', comp.kinds, 18], ['secret labels', comp.secrets, 650], ['secret kinds', comp.secretKinds, 150], ['pii labels', comp.pii, 2200], ['lookalikes', comp.look, 1800], ['PII cultures', comp.cultures, 30], ['phone plans', comp.phonePlans, 40], ['code languages', comp.langs, 15]];
  for (const [n, have, min] of need) if (have < min) errs.push(`composition: ${n} ${have} < ${min}`);
  for (const p of PRESIDIO) if (!comp.piiBy[p]) errs.push(`composition: no ${p}`);
}
