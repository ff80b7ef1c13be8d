// blind5 generator: node test/eval/blind5/generate.mjs  (deterministic; Node built-ins only)
// Writes test/eval/blind5.jsonl, validates every record, prints the composition, exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as X from './lib.mjs';
import { CONFIG, CODE } from './docs1.mjs';
import { OPS } from './docs2.mjs';
import { HUMAN } from './docs3.mjs';

X.seed(0xB15E5005);
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'blind5.jsonl');
const T = { ...CONFIG, ...CODE, ...OPS, ...HUMAN };
const COUNTS = { env: 14, yaml: 12, k8s: 12, json_config: 12, ini_toml: 12, docker_compose: 10, iac: 12, source: 22, notebook: 8,
  log: 16, ci_output: 12, http: 12, api_json: 16, shell_history: 10, cloud_cli: 10, git_output: 10, markdown_doc: 10, stack_trace: 10,
  crm_csv: 12, support_ticket: 16, email: 14, chat_export: 15, hr_document: 15, medical_record: 20, banking_document: 16, kyc_document: 18 };

const errors = []; const err = (id, m) => errors.push(`${id}: ${m}`);
const records = [];
for (const [kind, n] of Object.entries(COUNTS)) {
  const tpls = T[kind]; if (!tpls) { err(kind, 'no templates'); continue; }
  for (let i = 0; i < n; i++) {
    const id = `blind5-${kind}-${String(i + 1).padStart(4, '0')}`;
    const { text, labels, lookalikes } = X.build(tpls[i % tpls.length]());
    records.push({ id, kind, text, labels, lookalikes });
  }
}

// ---------- validation ----------
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function b58ok(a) { let n = 0n; for (const c of a) { const i = B58.indexOf(c); if (i < 0) return false; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let buf = Buffer.from(h, 'hex'); const lead = a.match(/^1*/)[0].length; buf = Buffer.concat([Buffer.alloc(lead), buf]); if (buf.length !== 25) return false; const d = crypto.createHash('sha256').update(crypto.createHash('sha256').update(buf.subarray(0, 21)).digest()).digest(); return d.subarray(0, 4).equals(buf.subarray(21)); }
function bech32ok(a) { const C = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'; const [hrp, data] = [a.slice(0, a.lastIndexOf('1')), a.slice(a.lastIndexOf('1') + 1)]; const v = [...hrp].map(c => c.charCodeAt(0) >> 5).concat([0], [...hrp].map(c => c.charCodeAt(0) & 31), [...data].map(c => C.indexOf(c))); const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { if (x < 0) return false; const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk === 1; }
const ssnOk = (s) => { const m = s.match(/^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/); return m && m[1] !== '000' && m[1] !== '666' && m[1][0] !== '9' && m[2] !== '00' && m[3] !== '0000'; };
const itinOk = (s) => { const m = s.match(/^9\d{2}[- ]?(\d{2})[- ]?\d{4}$/); return m && ((+m[1] >= 70 && +m[1] <= 88) || [90, 91, 92, 94, 95, 96, 97, 98, 99].includes(+m[1])); };
const nhsOk = (s) => { const d = s.replace(/ /g, ''); if (!/^\d{10}$/.test(d)) return false; let t = 0; for (let i = 0; i < 9; i++) t += +d[i] * (10 - i); let c = 11 - (t % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; };
const deaOk = (s) => { if (!/^[A-Z][A-Z9]\d{7}$/.test(s)) return false; const d = s.slice(2); return (+d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5])) % 10 === +d[6]; };
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const crc = (s) => { let c, r = 0xffffffff; for (const b of Buffer.from(s)) { c = (r ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; r = (r >>> 8) ^ c; } return (r ^ 0xffffffff) >>> 0; };
const ghOk = (t) => { const r = t.slice(4, 34); let n = crc(r), s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return t.length === 40 && s.padStart(6, '0') === t.slice(34); };
const ALLOWED_TLD = /\.(example|test|invalid)$/i;

const ids = new Set(); const lines = [];
const cnt = { pii: {}, sec: {}, look: {}, kinds: {} }; let nLab = 0, nLook = 0, nSecLab = 0;
for (const r of records) {
  if (ids.has(r.id)) err(r.id, 'duplicate id'); ids.add(r.id);
  const buf = Buffer.from(r.text, 'utf8'); const len = buf.length;
  if (len < 200 || len > 4000) err(r.id, `length ${len}`);
  const spans = [...r.labels.map(x => ({ ...x, t: 'l' })), ...r.lookalikes.map(x => ({ ...x, t: 'k' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    if (!(sp.start >= 0 && sp.end <= len && sp.start < sp.end)) err(r.id, `span out of range ${sp.start}-${sp.end}`);
    if (i && spans[i - 1].end > sp.start) err(r.id, `overlap at ${sp.start}`);
    if (buf.subarray(sp.start, sp.end).toString('utf8') !== sp._v) err(r.id, `span bytes differ at ${sp.start}`);
    const v = sp._v;
    if (sp.t === 'l') {
      if (sp.family === 'pii' && !PII.has(sp.entity)) err(r.id, `bad pii entity ${sp.entity}`);
      if (sp.family !== 'pii' && sp.family !== 'secrets') err(r.id, 'bad family');
      if (sp.entity === 'CREDIT_CARD' && !X.luhnOk(v)) err(r.id, `card fails luhn ${v}`);
      if (sp.entity === 'IBAN_CODE' && !X.ibanValid(v)) err(r.id, `iban fails ${v}`);
      if (sp.entity === 'US_SSN' && !ssnOk(v)) err(r.id, `ssn ${v}`);
      if (sp.entity === 'US_ITIN' && !itinOk(v)) err(r.id, `itin ${v}`);
      if (sp.entity === 'UK_NHS' && !nhsOk(v)) err(r.id, `nhs ${v}`);
      if (sp.entity === 'MEDICAL_LICENSE' && !deaOk(v)) err(r.id, `dea ${v}`);
      if (sp.entity === 'CRYPTO' && !(v.startsWith('bc1') ? bech32ok(v) : b58ok(v))) err(r.id, `btc ${v}`);
      if (/^GITHUB_(PAT|OAUTH|USER|APP|REFRESH)/.test(sp.entity) && !ghOk(v)) err(r.id, `github checksum ${v}`);
      if (sp.entity === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err(r.id, 'aws key');
      if (sp.entity === 'JWT') { const [h, p] = v.split('.'); try { JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); } catch { err(r.id, 'jwt json'); } }
      if (/EXAMPLE|changeme|xxxx/i.test(v) && sp.family === 'secrets') err(r.id, `secret looks like placeholder ${v.slice(0, 20)}`);
      nLab++; if (sp.family === 'pii') cnt.pii[sp.entity] = (cnt.pii[sp.entity] || 0) + 1; else { nSecLab++; cnt.sec[sp.entity] = (cnt.sec[sp.entity] || 0) + 1; }
    } else {
      if (sp.what === 'invalid_card' && X.luhnOk(v)) err(r.id, `invalid_card passes luhn ${v}`);
      if (sp.what === 'invalid_iban' && X.ibanValid(v)) err(r.id, `invalid_iban passes ${v}`);
      if (sp.what === 'invalid_ssn' && ssnOk(v)) err(r.id, `invalid_ssn valid ${v}`);
      nLook++; cnt.look[sp.what] = (cnt.look[sp.what] || 0) + 1;
    }
  }
  // host names: every URL host and e-mail domain must be under .example/.test/.invalid (or localhost / an IP)
  for (const m of r.text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"']*@)?([A-Za-z0-9.-]+)/g)) { const h = m[1].replace(/\.$/, ''); if (!ALLOWED_TLD.test(h) && !/^(localhost|[\d.]+)$/.test(h)) err(r.id, `host ${h}`); }
  for (const m of r.text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) { const h = m[1]; if (!ALLOWED_TLD.test(h) && !/^[\d.]+$/.test(h) && !/^(sha256|v\d|\d)/.test(h)) err(r.id, `mail/host ${h}`); }
  for (const m of r.text.matchAll(/\b(?:Host|host|HOST):\s*([A-Za-z0-9.-]+\.[A-Za-z]+)\b/g)) { if (!ALLOWED_TLD.test(m[1])) err(r.id, `Host ${m[1]}`); }
  cnt.kinds[r.kind] = (cnt.kinds[r.kind] || 0) + 1;
  const strip = (a) => a.map(({ _v, t, ...x }) => x);
  lines.push(JSON.stringify({ id: r.id, kind: r.kind, text_b64url: buf.toString('base64url'), labels: strip(r.labels), lookalikes: strip(r.lookalikes) }));
}
// composition minimums
const MIN = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 25, LOCATION: 25 };
for (const [e, m] of Object.entries(MIN)) if ((cnt.pii[e] || 0) < m) err('set', `${e} has ${cnt.pii[e] || 0} < ${m}`);
if (Object.keys(cnt.sec).length < 80) err('set', `only ${Object.keys(cnt.sec).length} secret kinds`);
if (nSecLab < 300) err('set', `only ${nSecLab} secret labels`);
if (Object.keys(cnt.kinds).length < 14) err('set', 'too few kinds');

fs.writeFileSync(OUT, lines.join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`documents: ${records.length}  kinds: ${Object.keys(cnt.kinds).length}  labels: ${nLab} (secrets ${nSecLab}, pii ${nLab - nSecLab})  lookalikes: ${nLook}  distinct secret kinds: ${Object.keys(cnt.sec).length}`);
console.log(`kinds: ${sortObj(cnt.kinds)}`);
console.log(`pii: ${sortObj(cnt.pii)}`);
console.log(`secrets: ${sortObj(cnt.sec)}`);
console.log(`lookalikes: ${sortObj(cnt.look)}`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 50).join('\n')); process.exit(1); }
console.log(`wrote ${OUT}; all records valid`);
