#!/usr/bin/env node
// train8 generator: node test/eval/train8/generate.mjs
// Writes test/eval/train8.jsonl (deterministic: own PRNG, fixed seed), validates every record, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { seed, build, luhnOk, mod97, unbase58, sha256, bech32Ok, crc32, base62 } from './lib.mjs';
import { PHONE_USED } from './pii.mjs';
import * as C from './docs_config.mjs';
import * as K from './docs_code.mjs';
import * as O from './docs_ops.mjs';
import * as H from './docs_people.mjs';

seed('train8/independent-round/2026-12');
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'train8.jsonl');

const PLAN = [
  ['env', 18, C.env], ['yaml_k8s', 18, C.yaml_k8s], ['config', 24, C.config], ['key_material', 12, C.key_material], ['iac_cloud_cli', 14, C.iac_cloud_cli],
  ['source_code', 44, () => K.source_code().part], ['shell_history', 16, O.shell_history], ['ci_output', 12, O.ci_output], ['log', 20, O.log],
  ['stack_trace', 12, O.stack_trace], ['git_output', 12, O.git_output], ['markdown_doc', 12, O.markdown_doc], ['crash_dump', 8, O.crash_dump],
  ['json_api', 18, O.json_api], ['crm_export', 16, H.crm_export], ['support_ticket', 20, H.support_ticket], ['email', 24, H.email],
  ['chat', 26, H.chat], ['hr_doc', 14, H.hr_doc], ['medical_doc', 16, H.medical_doc], ['banking_doc', 16, H.banking_doc], ['rental_agreement', 12, H.rental_agreement], ['tax_form', 14, H.tax_form],
];
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, SA: 24, AE: 23, TR: 26, BR: 29, GR: 27, RO: 24, CZ: 24, HU: 28 };
const ALLOWED_HOST = /(\.example|\.test|\.invalid|\.local|\.internal|\.svc)$/i;
const errors = []; const err = (id, m) => errors.push(`${id}: ${m}`);

function ssnValid(v) { const d = v.replace(/[- ]/g, ''); if (!/^\d{9}$/.test(d)) return false; const a = +d.slice(0, 3), g = +d.slice(3, 5), s = +d.slice(5); return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0; }
function cardValid(v) { const d = v.replace(/[- ]/g, ''); if (!/^\d+$/.test(d) || !luhnOk(d)) return false; const L = d.length;
  return (/^4/.test(d) && L === 16) || (/^5[1-5]/.test(d) && L === 16) || (/^2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)/.test(d) && L === 16) || (/^3[47]/.test(d) && L === 15) || (/^(6011|65)/.test(d) && L === 16) || (/^35(2[89]|[3-8]\d)/.test(d) && L === 16) || (/^36/.test(d) && L === 14); }
function ibanValid(v) { const s = v.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length && mod97(s) === 1; }
function nhsValid(v) { const d = v.replace(/[- ]/g, ''); if (!/^\d{10}$/.test(d)) return false; let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; }
function deaValid(v) { if (!/^[ABFGMPRX][A-Z9]\d{7}$/.test(v)) return false; const d = v.slice(2); return ((+d[0] + +d[2] + +d[4]) + 2 * (+d[1] + +d[3] + +d[5])) % 10 === +d[6]; }
function btcValid(v) { if (/^bc1/.test(v)) return bech32Ok(v); const b = unbase58(v); if (!b || b.length !== 25 || ![0, 5].includes(b[0])) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)); }
function ghValid(v) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v); return !!m && base62(crc32(m[1]), 6) === m[2]; }
function jwtValid(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return !!h.alg; } catch { return false; } }
const CHECK = {
  CREDIT_CARD: cardValid, IBAN_CODE: ibanValid, US_SSN: ssnValid, UK_NHS: nhsValid, MEDICAL_LICENSE: deaValid, CRYPTO: btcValid,
  US_ITIN: (v) => { const d = v.replace(/[- ]/g, ''); const g = +d.slice(3, 5); return /^9\d{8}$/.test(d) && ((g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99)); },
  US_PASSPORT: (v) => /^([0-9]\d{8}|[A-Z]\d{8})$/.test(v), US_BANK_NUMBER: (v) => /^\d{8,17}$/.test(v),
  EMAIL_ADDRESS: (v) => /^[^@\s]+@[a-z0-9.-]+$/i.test(v) && ALLOWED_HOST.test(v),
  IP_ADDRESS: (v) => /^(\d{1,3}\.){3}\d{1,3}$/.test(v) ? v.split('.').every((x) => +x <= 255) : /^[0-9a-f:]+$/i.test(v) && v.includes(':'),
  PHONE_NUMBER: (v) => /^[+0-9(][0-9 ()./-]+$/.test(v) && v.replace(/\D/g, '').length >= 7,
  GITHUB_PAT: ghValid, GITHUB_OAUTH_TOKEN: ghValid, GITHUB_USER_TO_SERVER_TOKEN: ghValid, GITHUB_SERVER_TO_SERVER_TOKEN: ghValid, GITHUB_REFRESH_TOKEN: ghValid,
  AWS_ACCESS_KEY: (v) => /^AKIA[A-Z2-7]{16}$/.test(v), AWS_TEMP_ACCESS_KEY: (v) => /^ASIA[A-Z2-7]{16}$/.test(v), AWS_SECRET_KEY: (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  STRIPE_SECRET_KEY: (v) => /^sk_live_[A-Za-z0-9]{99}$/.test(v), OPENAI_API_KEY: (v) => /^sk-proj-[\w-]+T3BlbkFJ[\w-]+$/.test(v), ANTHROPIC_API_KEY: (v) => /^sk-ant-api03-[\w-]{93}AA$/.test(v),
  HUGGINGFACE_TOKEN: (v) => /^hf_[A-Za-z]{34}$/.test(v), NPM_TOKEN: (v) => /^npm_[A-Za-z0-9]{36}$/.test(v), GITLAB_PAT: (v) => /^glpat-[\w-]{20}$/.test(v),
  OAUTH_ACCESS_TOKEN_JWT: jwtValid, KUBERNETES_SA_TOKEN: jwtValid, SUPABASE_SERVICE_ROLE_KEY: jwtValid, JWT: jwtValid, OIDC_ID_TOKEN: jwtValid,
};
const LA_CHECK = { invalid_card: (v) => !luhnOk(v.replace(/[- ]/g, '')), invalid_iban: (v) => mod97(v.replace(/ /g, '')) !== 1, invalid_ssn: (v) => !ssnValid(v), vendor_test_card: (v) => luhnOk(v.replace(/[- ]/g, '')) };
const NOT_HOSTS = new Set(['system.net', 'java.net']);
function checkHosts(id, text) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s]*@)?([^\/\s:;,'"?)\]}>\\`|]+)/gi)) { const h = m[1]; if (!h.includes('.') || /^[\d.]+$/.test(h) || ALLOWED_HOST.test(h) || /^[\d.:%\[\]a-f]+$/i.test(h)) continue; err(id, 'host not allowed in URL: ' + h); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9-])/g)) { const d = m[1]; if (/^\d+(\.\d+){3}$/.test(d) || ALLOWED_HOST.test(d)) continue; err(id, 'email-like domain not allowed: ' + d); }
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|app|cloud|gg)\b/g)) { if (NOT_HOSTS.has(m[0])) continue; err(id, 'real-looking host: ' + m[0]); }
}

const records = []; const counts = { kinds: {}, entities: {}, secretKinds: {}, lookalikes: {} };
let nSecret = 0, nPii = 0, nLA = 0;
for (const [kind, n, fn] of PLAN) {
  for (let i = 1; i <= n; i++) {
    const id = `train8-${kind}-${String(i).padStart(4, '0')}`;
    const doc = build(fn());
    const text = doc.text; const s = text.toString('utf8');
    if (!Buffer.from(s, 'utf8').equals(text)) err(id, 'not valid UTF-8');
    if (text.length < 200 || text.length > 4000) err(id, `length ${text.length} outside 200..4000`);
    const spans = [...doc.labels.map((l) => ({ ...l, _k: 'label' })), ...doc.lookalikes.map((l) => ({ ...l, _k: 'la' }))].sort((a, b) => a.start - b.start);
    for (let j = 0; j < spans.length; j++) {
      const sp = spans[j];
      if (!(sp.start >= 0 && sp.end <= text.length && sp.start < sp.end)) err(id, `span out of range ${sp.start}-${sp.end}`);
      if (j && spans[j - 1].end > sp.start) err(id, `overlap at ${sp.start}`);
      if (text.subarray(sp.start, sp.end).toString('utf8') !== sp._v) err(id, `span bytes differ at ${sp.start}`);
      if (sp._k === 'label') {
        if (sp.family === 'pii' && !PII.has(sp.entity)) err(id, 'non-Presidio PII entity ' + sp.entity);
        if (sp.family === 'secrets' && PII.has(sp.entity)) err(id, 'PII name used as secret ' + sp.entity);
        if (!['pii', 'secrets'].includes(sp.family)) err(id, 'bad family');
        const c = CHECK[sp.entity]; if (c && !c(sp._v)) err(id, `${sp.entity} fails format check: ${sp._v.slice(0, 60)}`);
        if (/^\s|\s$/.test(sp._v)) err(id, `label with surrounding whitespace: ${sp.entity}`);
      } else {
        const c = LA_CHECK[sp.what]; if (c && !c(sp._v)) err(id, `lookalike ${sp.what} check failed: ${sp._v}`);
      }
    }
    checkHosts(id, s);
    const labels = doc.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family }));
    const lookalikes = doc.lookalikes.map(({ start, end, what }) => ({ start, end, what }));
    records.push({ id, kind, text_b64url: text.toString('base64url'), labels, lookalikes });
    counts.kinds[kind] = (counts.kinds[kind] || 0) + 1;
    for (const l of labels) { counts.entities[`${l.family}:${l.entity}`] = (counts.entities[`${l.family}:${l.entity}`] || 0) + 1; if (l.family === 'secrets') { nSecret++; counts.secretKinds[l.entity] = (counts.secretKinds[l.entity] || 0) + 1; } else nPii++; }
    for (const l of lookalikes) { counts.lookalikes[l.what] = (counts.lookalikes[l.what] || 0) + 1; nLA++; }
  }
}
// round-trip check of the record encoding
for (const r of records) { const t = Buffer.from(r.text_b64url, 'base64url'); if (t.toString('base64url') !== r.text_b64url) err(r.id, 'base64url round trip'); }
if (new Set(records.map((r) => r.id)).size !== records.length) err('set', 'duplicate ids');
// composition targets of this round
const E = (e) => counts.entities['pii:' + e] || 0;
const need = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 40, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 60, LOCATION: 60, US_DRIVER_LICENSE: 30, US_BANK_NUMBER: 30, UK_NHS: 12 };
for (const [e, n] of Object.entries(need)) if (E(e) < n) err('set', `${e}: ${E(e)} < ${n}`);
if (Object.keys(counts.secretKinds).length < 100) err('set', `distinct secret kinds ${Object.keys(counts.secretKinds).length} < 100`);
if (nSecret < 450) err('set', `secret labels ${nSecret} < 450`);
if (PHONE_USED.size < 40) err('set', `phone countries ${PHONE_USED.size} < 40`);
if (Object.keys(counts.kinds).length < 14) err('set', 'fewer than 14 kinds');
if (K.LANG_NAMES.length < 12) err('set', 'fewer than 12 languages');

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const sortd = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`train8: ${records.length} documents, ${nSecret + nPii} labels (${nSecret} secrets in ${Object.keys(counts.secretKinds).length} kinds, ${nPii} PII), ${nLA} look-alikes; phone countries ${PHONE_USED.size}; code languages ${K.LANG_NAMES.length}`);
console.log('kinds: ' + sortd(counts.kinds).map(([k, v]) => `${k} ${v}`).join(', '));
console.log('PII: ' + sortd(counts.entities).filter(([k]) => k.startsWith('pii:')).map(([k, v]) => `${k.slice(4)} ${v}`).join(', '));
console.log('secrets: ' + sortd(counts.secretKinds).map(([k, v]) => `${k} ${v}`).join(', '));
console.log('look-alikes: ' + sortd(counts.lookalikes).map(([k, v]) => `${k} ${v}`).join(', '));
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log(`wrote ${path.relative(process.cwd(), OUT)} — all records valid`);
