#!/usr/bin/env node
// blind4 held-out set generator: `node test/eval/blind4/generate.mjs`
// Deterministic (own sfc32 PRNG, fixed seed), Node built-ins only. Rewrites test/eval/blind4.jsonl,
// validates every record and exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, build, luhnOk, ibanMod97, ssnOk, itinOk, nhsOk, deaOk, btcOk, ghOk } from './lib.mjs';
import { PHONE_USED } from './values.mjs';
import { DEV_KINDS } from './docs_dev.mjs';
import { SRC_KINDS } from './docs_src.mjs';
import { PII_KINDS } from './docs_pii.mjs';

const SEED = 0x5ec4b14d;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..', 'blind4.jsonl');

// documents per kind
const PLAN = [
  ...Object.keys(DEV_KINDS).map((k) => [k, DEV_KINDS[k], 10]),
  ...Object.keys(SRC_KINDS).map((k) => [k, SRC_KINDS[k], 9]),
  ...Object.keys(PII_KINDS).map((k) => [k, PII_KINDS[k], 10]),
];

const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT',
  'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, PT: 25, LU: 20, CZ: 24, HU: 28,
  RO: 24, SA: 24, TR: 26, AE: 23, BR: 29, HR: 21 };

function cardOk(v) {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d+$/.test(d) || !luhnOk(d)) return false;
  if (/^4/.test(d)) return d.length === 16;
  if (/^5[1-5]/.test(d) || (+d.slice(0, 4) >= 2221 && +d.slice(0, 4) <= 2720)) return d.length === 16;
  if (/^3[47]/.test(d)) return d.length === 15;
  if (/^(6011|65)/.test(d)) return d.length === 16;
  if (+d.slice(0, 4) >= 3528 && +d.slice(0, 4) <= 3589) return d.length === 16;
  if (/^36/.test(d)) return d.length === 14;
  return false;
}
function ibanOk(v) { const s = v.replace(/ /g, ''); return IBAN_LEN[s.slice(0, 2)] === s.length && ibanMod97(s) === 1; }
function jwtOk(v) {
  const p = v.split('.'); if (p.length !== 3) return false;
  try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return !!h.alg; } catch { return false; }
}
const CHECKS = {
  CREDIT_CARD: cardOk, IBAN_CODE: ibanOk, US_SSN: ssnOk, US_ITIN: itinOk, UK_NHS: nhsOk, MEDICAL_LICENSE: deaOk, CRYPTO: btcOk,
  EMAIL_ADDRESS: (v) => /^[^@\s]+@[a-z0-9.-]+\.(example|test|invalid)$/.test(v),
  US_PASSPORT: (v) => /^([A-Z]\d{8}|\d{9})$/.test(v),
  GITHUB_PAT: ghOk, GITHUB_OAUTH_TOKEN: ghOk, GITHUB_USER_TO_SERVER_TOKEN: ghOk, GITHUB_APP_INSTALLATION_TOKEN: ghOk, GITHUB_REFRESH_TOKEN: ghOk,
  AWS_ACCESS_KEY_ID: (v) => /^AKIA[A-Z2-7]{16}$/.test(v), AWS_TEMP_ACCESS_KEY_ID: (v) => /^ASIA[A-Z2-7]{16}$/.test(v),
  AWS_SECRET_ACCESS_KEY: (v) => /^[A-Za-z0-9/+]{40}$/.test(v),
  STRIPE_SECRET_KEY: (v) => /^sk_live_[A-Za-z0-9]{24,}$/.test(v), OPENAI_API_KEY: (v) => /^sk-proj-.*T3BlbkFJ/.test(v),
  ANTHROPIC_API_KEY: (v) => /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v), HUGGINGFACE_TOKEN: (v) => /^hf_[A-Za-z]{34}$/.test(v),
  NPM_TOKEN: (v) => /^npm_[A-Za-z0-9]{36}$/.test(v), GITLAB_PAT: (v) => /^glpat-[A-Za-z0-9_-]{20}$/.test(v),
  JWT: jwtOk, SUPABASE_SERVICE_ROLE_KEY: jwtOk,
  PRIVATE_KEY: (v) => /^-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/.test(v.replace(/^\+/, '')) && /-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----$/.test(v),
};
const LOOK_CHECKS = {
  invalid_card: (v) => !luhnOk(v.replace(/[ -]/g, '')),
  invalid_iban: (v) => ibanMod97(v.replace(/ /g, '')) !== 1,
  invalid_ssn: (v) => !ssnOk(v) && !itinOk(v),
  invalid_dea: (v) => !deaOk(v),
  vendor_test_card: (v) => luhnOk(v.replace(/[ -]/g, '')),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v) || /^[0-9a-f]{32}$/.test(v),
  git_sha: (v) => /^[0-9a-f]{7,40}$/.test(v),
};
// host names: every domain after :// or @ (and a list of real-world TLDs anywhere) must be under .example/.test/.invalid
function hostViolations(text) {
  const bad = [];
  for (const m of text.matchAll(/(?:\/\/|(?<=[A-Za-z0-9._%+-])@)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    const h = m[1].toLowerCase();
    if (/^\d+(\.\d+){3}$/.test(h)) continue;
    if (/\.(example|test|invalid)$/.test(h)) continue;
    if (/^v?\d+(\.\d+)+(-[a-z0-9.]+)?$/.test(h)) continue; // package@version
    bad.push(h);
  }
  for (const m of text.matchAll(/\b[a-z0-9-]+\.(com|org|net|io|ai|dev|app|cloud|co|us|uk|de)\b(?![.-]?[A-Za-z0-9])/gi)) bad.push(m[0]);
  return bad;
}

function main() {
  seed(SEED);
  const records = []; const errors = [];
  const values = new Map();
  for (const [kind, fn, n] of PLAN) {
    for (let i = 1; i <= n; i++) {
      let doc = null;
      for (let attempt = 0; attempt < 30; attempt++) {
        const d = build(fn());
        const len = Buffer.byteLength(d.text);
        if (len >= 200 && len <= 4000 && d.labels.length + d.lookalikes.length > 0) { doc = d; break; }
      }
      const id = `blind4-${kind}-${String(i).padStart(4, '0')}`;
      if (!doc) { errors.push(`${id}: no document within 200..4000 bytes`); continue; }
      records.push({ id, kind, text_b64url: Buffer.from(doc.text, 'utf8').toString('base64url'), labels: doc.labels, lookalikes: doc.lookalikes });
      values.set(id, doc.values);
    }
  }

  // ---------------------------------------------------------------- validation
  const ids = new Set();
  for (const r of records) {
    const E = (m) => errors.push(`${r.id}: ${m}`);
    if (ids.has(r.id)) E('duplicate id'); ids.add(r.id);
    if (!/^blind4-[a-z0-9_]+-\d{4}$/.test(r.id)) E('bad id');
    if (Object.keys(r).join(',') !== 'id,kind,text_b64url,labels,lookalikes') E('bad keys');
    if (/[+/=]/.test(r.text_b64url)) E('not base64url without padding');
    const buf = Buffer.from(r.text_b64url, 'base64url');
    if (buf.toString('base64url') !== r.text_b64url) E('base64url does not round-trip');
    const text = buf.toString('utf8');
    if (Buffer.byteLength(text) !== buf.length) E('not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) E(`length ${buf.length}`);
    const spans = [...r.labels.map((x) => ({ ...x, k: 'label' })), ...r.lookalikes.map((x) => ({ ...x, k: 'look' }))].sort((a, b) => a.start - b.start);
    const vals = values.get(r.id);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > buf.length) { E(`span out of range ${s.start}-${s.end}`); continue; }
      if (i && spans[i - 1].end > s.start) E(`overlap at ${s.start}`);
      const got = buf.subarray(s.start, s.end).toString('utf8');
      const inserted = vals.find((v) => v.start === s.start && v.end === s.end);
      if (!inserted || inserted.value !== got) E(`span ${s.start}-${s.end} bytes differ from inserted value`);
      if (got !== got.trim() || got.length === 0) E(`span ${s.start}-${s.end} has surrounding whitespace`);
      if (s.k === 'label') {
        if (!['secrets', 'pii'].includes(s.family)) E('bad family');
        if ((s.family === 'pii') !== PII.has(s.entity)) E(`entity ${s.entity} / family ${s.family} mismatch`);
        if (!/^[A-Z][A-Z0-9_]+$/.test(s.entity)) E(`bad entity name ${s.entity}`);
        const chk = CHECKS[s.entity];
        if (chk && !chk(got)) E(`${s.entity} value fails its format check: ${got.slice(0, 60)}`);
      } else {
        if (!/^[a-z][a-z0-9_]*$/.test(s.what)) E(`bad lookalike name ${s.what}`);
        const chk = LOOK_CHECKS[s.what];
        if (chk && !chk(got)) E(`lookalike ${s.what} fails its check: ${got.slice(0, 60)}`);
      }
    }
    // values inside spans are random; mask them (same length) so only the surrounding text is checked
    const masked = Buffer.from(buf); for (const s of spans) if (s.end <= masked.length) masked.fill(0x78, s.start, s.end);
    const hv = hostViolations(masked.toString('utf8'));
    if (hv.length) E(`host names outside .example/.test/.invalid: ${[...new Set(hv)].join(', ')}`);
  }

  // ---------------------------------------------------------------- composition
  const byKind = {}, byEntity = {}, byLook = {}, secretKinds = new Set();
  let nSecret = 0, nPii = 0, nLook = 0;
  for (const r of records) {
    byKind[r.kind] = (byKind[r.kind] || 0) + 1;
    for (const l of r.labels) {
      byEntity[l.entity] = (byEntity[l.entity] || 0) + 1;
      if (l.family === 'secrets') { nSecret++; secretKinds.add(l.entity); } else nPii++;
    }
    for (const l of r.lookalikes) { byLook[l.what] = (byLook[l.what] || 0) + 1; nLook++; }
  }
  const mins = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30,
    IBAN_CODE: 25, PERSON: 25, LOCATION: 25 };
  for (const [e, m] of Object.entries(mins)) if ((byEntity[e] || 0) < m) errors.push(`composition: ${e} has ${byEntity[e] || 0} labels, needs ${m}`);
  if (secretKinds.size < 60) errors.push(`composition: ${secretKinds.size} distinct secret kinds, needs 60`);
  if (nSecret < 300) errors.push(`composition: ${nSecret} secret labels, needs 300`);
  if (Object.keys(byKind).length < 14) errors.push('composition: fewer than 14 kinds');
  const phoneCountries = Object.keys(PHONE_USED).length;
  if (phoneCountries < 25) errors.push(`composition: phones from ${phoneCountries} countries, needs 25`);

  const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`blind4: ${records.length} documents, ${Object.keys(byKind).length} kinds, ${nSecret + nPii} labels (${nSecret} secrets in ${secretKinds.size} kinds, ${nPii} pii), ${nLook} look-alikes, phones from ${phoneCountries} countries`);
  console.log('\nkinds:'); for (const [k, v] of sortObj(byKind)) console.log(`  ${k.padEnd(22)} ${v}`);
  console.log('\npii entities:'); for (const [k, v] of sortObj(byEntity)) if (PII.has(k)) console.log(`  ${k.padEnd(22)} ${v}`);
  console.log('\nsecret entities:'); console.log('  ' + sortObj(byEntity).filter(([k]) => !PII.has(k)).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('\nlook-alikes:'); for (const [k, v] of sortObj(byLook)) console.log(`  ${k.padEnd(22)} ${v}`);

  fs.writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), OUT) || OUT}`);
  if (errors.length) {
    console.error(`\n${errors.length} violation(s):`);
    for (const e of errors.slice(0, 60)) console.error('  ' + e);
    process.exit(1);
  }
  console.log('validation: OK');
}
main();
