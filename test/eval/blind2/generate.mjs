// blind2 generator: `node test/eval/blind2/generate.mjs` rewrites test/eval/blind2.jsonl,
// validates every record and exits 1 on any violation. Deterministic (fixed seed), Node built-ins only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, makeValues, build, luhnOk, ibanMod97, IBAN_LEN, ssnOk, itinOk, nhsOk, deaOk, base58checkOk, bech32Ok, crc32, base62 } from './lib.mjs';
import { makePools, makeSecrets } from './pools.mjs';
import { kindsA } from './docs_a.mjs';
import { kindsB } from './docs_b.mjs';

const SEED = 0x5eed_b2;
const PER_KIND = 21;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '..', 'blind2.jsonl');

const r = makeRng(SEED);
const V = makeValues(r);
const P = makePools(r, V);
const catalog = makeSecrets(r, V);
let queue = [];
const sec = () => { if (!queue.length) queue = r.shuffle(catalog); return queue.pop(); };
const ctx = { r, V, P, sec };
const kinds = { ...kindsA(ctx), ...kindsB(ctx) };

const records = [];
for (const [kind, templates] of Object.entries(kinds)) {
  for (let i = 0; i < PER_KIND; i++) {
    const tpl = templates[i % templates.length];
    const doc = build(tpl());
    records.push({ id: `blind2-${kind}-${String(i + 1).padStart(4, '0')}`, kind, doc });
  }
}

// ---------------- validation ----------------
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const cardIinOk = (n) => (/^4\d{15}$/.test(n)) || (/^5[1-5]\d{14}$/.test(n)) || (/^2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}$/.test(n)) || (/^3[47]\d{13}$/.test(n)) || (/^(6011|64[4-9]\d|65\d\d)\d{12}$/.test(n)) || (/^35(2[89]|[3-8]\d)\d{12}$/.test(n)) || (/^3(0[0-5]|6\d|8\d)\d{11}$/.test(n));
const ghOk = (t) => { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t); return !!m && base62(crc32(Buffer.from(m[1])), 6) === m[2]; };
const HOST_RE = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|co|app|cloud|gov|edu|de|uk|fr|jp|br|in)\b/gi;
const HOST_OK = /^(sun\.net|java\.[a-z.]+)$/i;
const seen = new Set();
const lines = [];
for (const rec of records) {
  const { id, kind, doc } = rec;
  if (seen.has(id)) err(id, 'duplicate id'); seen.add(id);
  const buf = Buffer.from(doc.text, 'utf8');
  if (buf.length < 200 || buf.length > 4000) err(id, `length ${buf.length} outside 200..4000`);
  const b64 = buf.toString('base64url');
  if (Buffer.from(b64, 'base64url').toString('utf8') !== doc.text) err(id, 'base64url round trip');
  for (const m of doc.text.matchAll(HOST_RE)) if (!HOST_OK.test(m[0])) err(id, `non-reserved host name ${m[0]}`);
  const all = [...doc.labels.map(x => ({ ...x, t: 'label' })), ...doc.lookalikes.map(x => ({ ...x, t: 'look' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) err(id, `span out of range ${s.start}-${s.end}`);
    if (i > 0 && all[i - 1].end > s.start) err(id, `overlap at ${s.start}`);
    const got = buf.subarray(s.start, s.end).toString('utf8');
    if (got !== s._v) err(id, `span ${s.start}-${s.end} holds ${JSON.stringify(got)} not ${JSON.stringify(s._v)}`);
    if (s.t === 'label') {
      if (s.family === 'pii' && !PII.has(s.entity)) err(id, `unknown PII entity ${s.entity}`);
      if (s.family === 'secrets' && PII.has(s.entity)) err(id, `secret uses PII name ${s.entity}`);
      if (!['pii', 'secrets'].includes(s.family)) err(id, `bad family ${s.family}`);
      const v = s._v, digits = v.replace(/[ -]/g, '');
      const chk = {
        CREDIT_CARD: () => luhnOk(digits) && cardIinOk(digits),
        IBAN_CODE: () => { const c = v.replace(/ /g, ''); return IBAN_LEN[c.slice(0, 2)] === c.length && ibanMod97(c) === 1; },
        US_SSN: () => ssnOk(v), US_ITIN: () => itinOk(v), UK_NHS: () => nhsOk(v), MEDICAL_LICENSE: () => deaOk(v),
        CRYPTO: () => (v.startsWith('bc1') ? bech32Ok(v) : base58checkOk(v)),
        AWS_ACCESS_KEY: () => /^AKIA[A-Z2-7]{16}$/.test(v), AWS_TEMP_ACCESS_KEY: () => /^ASIA[A-Z2-7]{16}$/.test(v), AWS_SECRET_KEY: () => /^[A-Za-z0-9/+]{40}$/.test(v),
        HUGGINGFACE_TOKEN: () => /^hf_[A-Za-z]{34}$/.test(v), NPM_TOKEN: () => /^npm_[A-Za-z0-9]{36}$/.test(v),
        JWT: () => { const [h, p] = v.split('.'); try { return JSON.parse(Buffer.from(h, 'base64url')).typ === 'JWT' && typeof JSON.parse(Buffer.from(p, 'base64url')) === 'object'; } catch { return false; } },
      }[s.entity] || (s.entity.startsWith('GITHUB_') && s.entity !== 'GITHUB_FINE_GRAINED_PAT' ? () => ghOk(v) : null);
      if (chk && !chk()) err(id, `${s.entity} value fails its format check: ${v}`);
    } else {
      const v = s._v;
      if (s.what === 'invalid_card' && luhnOk(v)) err(id, `invalid_card passes Luhn: ${v}`);
      if (s.what === 'invalid_iban' && ibanMod97(v.replace(/ /g, '')) === 1) err(id, `invalid_iban passes mod 97: ${v}`);
      if (s.what === 'invalid_ssn' && (ssnOk(v) || itinOk(v))) err(id, `invalid_ssn is valid: ${v}`);
      if (s.what === 'vendor_test_card' && !luhnOk(v.replace(/ /g, ''))) err(id, `test card fails Luhn: ${v}`);
    }
  }
  const strip = (x) => { const { _v, ...rest } = x; return rest; };
  lines.push(JSON.stringify({ id, kind, text_b64url: b64, labels: doc.labels.map(strip), lookalikes: doc.lookalikes.map(strip) }));
}

// ---------------- composition ----------------
const count = (arr, key) => arr.reduce((m, x) => (m[x[key]] = (m[x[key]] || 0) + 1, m), {});
const allLabels = records.flatMap(x => x.doc.labels), allLook = records.flatMap(x => x.doc.lookalikes);
const pii = count(allLabels.filter(x => x.family === 'pii'), 'entity');
const secr = count(allLabels.filter(x => x.family === 'secrets'), 'entity');
const look = count(allLook, 'what');
const kindsCount = count(records, 'kind');
const MIN = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 25, LOCATION: 25 };
for (const [e, n] of Object.entries(MIN)) if ((pii[e] || 0) < n) errors.push(`composition: ${e} has ${pii[e] || 0} labels, need ${n}`);
const nSecret = Object.values(secr).reduce((a, b) => a + b, 0);
if (Object.keys(secr).length < 60) errors.push(`composition: only ${Object.keys(secr).length} secret kinds`);
if (nSecret < 300) errors.push(`composition: only ${nSecret} secret labels`);
if (Object.keys(kindsCount).length < 14) errors.push('composition: fewer than 14 kinds');

const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `  ${k.padEnd(34)} ${v}`).join('\n');
console.log(`documents: ${records.length} in ${Object.keys(kindsCount).length} kinds`);
console.log(fmt(kindsCount));
console.log(`labels: ${allLabels.length} (secrets ${nSecret} in ${Object.keys(secr).length} kinds, pii ${allLabels.length - nSecret})`);
console.log('pii entities:\n' + fmt(pii));
console.log('secret entities:\n' + fmt(secr));
console.log(`look-alikes: ${allLook.length} in ${Object.keys(look).length} kinds`);
console.log(fmt(look));
const sizes = records.map(x => Buffer.byteLength(x.doc.text)); console.log(`bytes per document: min ${Math.min(...sizes)}, max ${Math.max(...sizes)}, mean ${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length)}`);

if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`wrote ${OUT}`);
