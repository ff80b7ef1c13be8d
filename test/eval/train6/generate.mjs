// train6 generator: node test/eval/train6/generate.mjs
// Writes test/eval/train6.jsonl (deterministic: own PRNG with a fixed seed), validates every record,
// prints the composition, exits 1 on any violation. Node built-ins only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, luhnOk, ibanMod, ssnOk, nhsCheck, deaOk, b58checkOk, bech32Ok, ghOk } from './lib.mjs';
import { ENV, YAML, IAC } from './docs_config.mjs';
import { SHELL, CI, SOURCE, GIT, STACK, LOG, SRC_LANGS } from './docs_dev.mjs';
import { JSONAPI, CSV, TICKET, EMAIL, CHAT, HR, MED, BANKING, MD } from './docs_people.mjs';
import { KINDS } from './secrets.mjs';
import { PHONE_USED } from './pii.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'train6.jsonl');
seed('train6/mcp-gateway/blind-training-round/seed-6f31');

// kind -> [templates, number of documents]
const PLAN = [
  ['env', ENV, 22], ['yaml', YAML, 22], ['iac', IAC, 20], ['shell_history', SHELL, 20], ['ci_output', CI, 16], ['source', SOURCE, 38],
  ['git_output', GIT, 18], ['stack_trace', STACK, 16], ['log', LOG, 20], ['json_api', JSONAPI, 22], ['csv_export', CSV, 22], ['ticket', TICKET, 20],
  ['email', EMAIL, 22], ['chat', CHAT, 22], ['hr_doc', HR, 18], ['medical_doc', MED, 22], ['banking_doc', BANKING, 20], ['markdown', MD, 16],
];
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const OK_TLD = /\.(example|test|invalid)$/i;
const FORBIDDEN = /(github\.com|gitlab\.com|npmjs\.(com|org)|pypi\.org|rubygems\.org|nuget\.org|docker\.io|hub\.docker|amazonaws\.com|slack\.com|stripe\.com|openai\.com|anthropic\.com|googleapis\.com|google\.com|azure\.com|windows\.net|heroku\.com|huggingface\.co|sentry\.io|datadoghq|cloudflare\.com|gmail\.com|outlook\.com|hotmail\.com|yahoo\.com)/i;

const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
function checkValue(id, l, v) {
  const dg = v.replace(/[ -]/g, '');
  switch (l.entity) {
    case 'CREDIT_CARD': if (!/^\d{13,19}$/.test(dg) || !luhnOk(dg)) err(id, `card fails Luhn: ${v}`); break;
    case 'IBAN_CODE': { const s = v.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || ibanMod(s) !== 1) err(id, `IBAN fails mod 97: ${v}`); break; }
    case 'US_SSN': if (!ssnOk(v)) err(id, `SSN not in issued ranges: ${v}`); break;
    case 'US_ITIN': { const m = /^9\d{2}[- ]?(\d{2})[- ]?\d{4}$/.exec(v); const g = m && +m[1]; if (!m || !((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99))) err(id, `bad ITIN ${v}`); break; }
    case 'UK_NHS': { const s = v.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(s) || nhsCheck(s.slice(0, 9)) !== +s[9]) err(id, `NHS check fails ${v}`); break; }
    case 'MEDICAL_LICENSE': if (!/^[A-Z]{2}\d{7}$/.test(v) || !deaOk(v)) err(id, `DEA check fails ${v}`); break;
    case 'CRYPTO': if (!(v.startsWith('bc1') ? bech32Ok(v) : b58checkOk(v))) err(id, `BTC checksum fails ${v}`); break;
    case 'US_PASSPORT': if (!/^([A-Z]\d{8}|\d{9})$/.test(v)) err(id, `passport format ${v}`); break;
    case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) err(id, `bank number ${v}`); break;
    case 'IP_ADDRESS': if (!/^(\d{1,3}\.){3}\d{1,3}$/.test(v) && !/^[0-9a-f:]+$/.test(v)) err(id, `ip ${v}`); break;
    case 'EMAIL_ADDRESS': if (!/^[^@\s]+@[a-z0-9.-]+$/.test(v) || !OK_TLD.test(v)) err(id, `email ${v}`); break;
  }
  if (/^GITHUB_(PAT|OAUTH_TOKEN|USER_TO_SERVER_TOKEN|APP_INSTALLATION_TOKEN|REFRESH_TOKEN)$/.test(l.entity) && !ghOk(v)) err(id, `GitHub checksum fails ${v}`);
  if (l.entity === 'AWS_ACCESS_KEY_ID' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err(id, `AWS key id ${v}`);
  if (l.entity === 'AWS_TEMP_ACCESS_KEY_ID' && !/^ASIA[A-Z2-7]{16}$/.test(v)) err(id, `AWS temp key id ${v}`);
  if (l.entity === 'AWS_SECRET_ACCESS_KEY' && !/^[A-Za-z0-9+/]{40}$/.test(v)) err(id, `AWS secret ${v}`);
  if (l.entity === 'HUGGINGFACE_TOKEN' && !/^hf_[A-Za-z]{34}$/.test(v)) err(id, `hf ${v}`);
  if (l.entity === 'NPM_TOKEN' && !/^npm_[A-Za-z0-9]{36}$/.test(v)) err(id, `npm ${v}`);
  if (/^(JWT|K8S_SERVICE_ACCOUNT_TOKEN|SUPABASE_SERVICE_ROLE_KEY)$/.test(l.entity)) { try { const h = JSON.parse(Buffer.from(v.split('.')[0], 'base64url')); JSON.parse(Buffer.from(v.split('.')[1], 'base64url')); if (!h.alg) throw 0; } catch { err(id, `JWT header/payload not JSON`); } }
}
function checkLook(id, k, v) {
  if (k.what === 'invalid_card' && luhnOk(v.replace(/[ -]/g, ''))) err(id, `invalid_card passes Luhn ${v}`);
  if (k.what === 'invalid_iban' && ibanMod(v.replace(/ /g, '')) === 1) err(id, `invalid_iban passes ${v}`);
  if (k.what === 'invalid_ssn' && ssnOk(v)) err(id, `invalid_ssn is valid ${v}`);
  if (k.what === 'invalid_dea' && deaOk(v)) err(id, `invalid_dea passes ${v}`);
  if (k.what === 'invalid_btc_address' && b58checkOk(v)) err(id, `invalid btc passes ${v}`);
  if (k.what === 'vendor_test_card' && !luhnOk(v.replace(/ /g, ''))) err(id, `test card ${v}`);
}
function checkHosts(id, text) {
  if (FORBIDDEN.test(text)) err(id, `real host name: ${text.match(FORBIDDEN)[0]}`);
  const url = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@'"<>]*@)?([A-Za-z0-9.-]+)/g; let m;
  while ((m = url.exec(text))) { const h = m[1]; if (/\./.test(h) && !/^[\d.]+$/.test(h) && !OK_TLD.test(h)) err(id, `host outside .example/.test/.invalid: ${h}`); }
  const em = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g;
  while ((m = em.exec(text))) { if (/^(\d+\.)+\d+$/.test(m[1])) continue; if (!OK_TLD.test(m[1])) err(id, `mail domain outside .example/.test/.invalid: ${m[1]}`); }
}
const J = JSON.stringify;
const lines = []; const stats = { docs: {}, ent: {}, look: {}, fam: { secrets: 0, pii: 0 }, bytes: [] };
for (const [kind, templates, n] of PLAN) {
  for (let i = 0; i < n; i++) {
    const d = templates[i % templates.length]();
    const id = `train6-${kind}-${String(i + 1).padStart(4, '0')}`;
    if (d.kind !== kind) err(id, `template kind ${d.kind}`);
    const text = d.text(); const buf = Buffer.from(text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) err(id, `length ${buf.length}`);
    const spans = [...d.labels.map((l) => ({ ...l, t: 'l' })), ...d.look.map((l) => ({ ...l, t: 'k' }))].sort((a, b) => a.start - b.start);
    let prev = 0;
    for (const s of spans) {
      if (s.start < prev) err(id, `overlap at ${s.start}`);
      if (s.start < 0 || s.end > buf.length || s.end <= s.start) err(id, `span out of range ${s.start}-${s.end}`);
      const got = buf.subarray(s.start, s.end).toString('utf8');
      if (got !== s._v) err(id, `span bytes differ at ${s.start}: ${J(got)} vs ${J(s._v)}`);
      if (got !== got.trim()) err(id, `span has outer whitespace ${J(got)}`);
      if (s.t === 'l') { if (s.family === 'pii' && !PII.has(s.entity)) err(id, `bad PII entity ${s.entity}`); if (s.family === 'secrets' && !/^[A-Z0-9_]+$/.test(s.entity)) err(id, `bad secret entity ${s.entity}`); checkValue(id, s, got); }
      else checkLook(id, s, got);
      prev = s.end;
    }
    checkHosts(id, text);
    { // every e-mail address in the text must be labelled (or sit inside another span)
      const inSpan = (a, b) => spans.some((s) => a >= s.start && b <= s.end);
      const re = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g; let m;
      while ((m = re.exec(text))) {
        const a = Buffer.byteLength(text.slice(0, m.index)), b = a + Buffer.byteLength(m[0]);
        if (inSpan(a, b) || /ssh $/.test(text.slice(Math.max(0, m.index - 4), m.index)) || /:[^\s:@\/]*$/.test(text.slice(Math.max(0, m.index - 120), m.index).split(/[\s"'(]/).pop()) || /(Message-ID|^\s*<)/i.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
        const pre = text.slice(Math.max(0, m.index - 3), m.index);
        if (spans.some((s) => s.end === a - 0 && text[m.index - 1] !== undefined)) continue;
        err(id, `unlabelled e-mail address ${m[0]}`);
      }
    }
    const rec = `{"id": ${J(id)}, "kind": ${J(kind)}, "text_b64url": ${J(buf.toString('base64url'))}, "labels": [${d.labels.map((l) => `{"start": ${l.start}, "end": ${l.end}, "entity": ${J(l.entity)}, "family": ${J(l.family)}}`).join(', ')}], "lookalikes": [${d.look.map((l) => `{"start": ${l.start}, "end": ${l.end}, "what": ${J(l.what)}}`).join(', ')}]}`;
    // round-trip check of the serialised record
    const back = JSON.parse(rec); if (Buffer.from(back.text_b64url, 'base64url').toString('utf8') !== text) err(id, 'b64url round trip');
    lines.push(rec);
    stats.docs[kind] = (stats.docs[kind] || 0) + 1; stats.bytes.push(buf.length);
    for (const l of d.labels) { stats.ent[l.entity] = (stats.ent[l.entity] || 0) + 1; stats.fam[l.family]++; }
    for (const l of d.look) stats.look[l.what] = (stats.look[l.what] || 0) + 1;
    if (d.lang) stats.langs = (stats.langs || new Set()).add(d.lang);
  }
}
// composition requirements of the brief
const secretKinds = Object.keys(stats.ent).filter((e) => !PII.has(e));
const need = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 60, LOCATION: 60, US_DRIVER_LICENSE: 15, US_BANK_NUMBER: 15, UK_NHS: 15 };
for (const [e, n] of Object.entries(need)) if ((stats.ent[e] || 0) < n) err('composition', `${e} has ${stats.ent[e] || 0} < ${n}`);
if (secretKinds.length < 100) err('composition', `only ${secretKinds.length} distinct secret kinds`);
if (stats.fam.secrets < 450) err('composition', `only ${stats.fam.secrets} secret labels`);
if (Object.keys(stats.docs).length < 14) err('composition', 'fewer than 14 kinds');
const unused = KINDS.map((k) => k[0]).filter((e) => !stats.ent[e]);

writeFileSync(OUT, lines.join('\n') + '\n');
const total = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`wrote ${OUT}`);
console.log(`documents: ${lines.length} in ${Object.keys(stats.docs).length} kinds; bytes min ${Math.min(...stats.bytes)} max ${Math.max(...stats.bytes)} mean ${Math.round(total(Object.fromEntries(stats.bytes.map((b, i) => [i, b]))) / stats.bytes.length)}`);
console.log(`per kind: ${fmt(stats.docs)}`);
console.log(`labels: ${total(stats.ent)} (secrets ${stats.fam.secrets} over ${secretKinds.length} kinds, pii ${stats.fam.pii}); look-alikes: ${total(stats.look)} over ${Object.keys(stats.look).length} kinds`);
console.log(`pii: ${fmt(Object.fromEntries(Object.entries(stats.ent).filter(([e]) => PII.has(e))))}`);
console.log(`secrets: ${fmt(Object.fromEntries(Object.entries(stats.ent).filter(([e]) => !PII.has(e))))}`);
console.log(`look-alikes: ${fmt(stats.look)}`);
console.log(`phone numbering plans used: ${PHONE_USED.size} (${[...PHONE_USED.keys()].sort().join(' ')})`);
console.log(`source languages: ${[...(stats.langs || [])].sort().join(', ')}`);
if (unused.length) console.log(`catalogue kinds not drawn this run: ${unused.join(', ')}`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('validation: OK');
