#!/usr/bin/env node
// Writes test/eval/blind3.jsonl (held-out set, written blind to the detectors).
// Deterministic: fixed seed, own PRNG, Node built-ins only.
//   node test/eval/blind3/generate.mjs
// Validates every record and exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, Doc, luhnValid, ibanValid, ssnValid, nhsValid, deaValid, base58checkValid, bech32Valid, githubTokenValid } from './lib.mjs';
import { makeSecrets, makePii, makeLooks } from './values.mjs';
import { configTemplates } from './configs.mjs';
import { fileTemplates } from './files.mjs';
import { textTemplates } from './text.mjs';
import { opsTemplates } from './ops.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..', 'blind3.jsonl');
const SEED = 'blind3/tamarind-lighthouse-7731';

const PLAN = [
  // application config in every syntax
  ['env', configTemplates.env, 12], ['yaml_config', configTemplates.yaml_config, 9], ['toml_config', configTemplates.toml_config, 7],
  ['ini_config', configTemplates.ini_config, 7], ['java_properties', configTemplates.java_properties, 8], ['xml_config', configTemplates.xml_config, 8],
  ['json_config', configTemplates.json_config, 8], ['terraform', configTemplates.terraform, 8], ['python_settings', configTemplates.python_settings, 7],
  ['php_config', configTemplates.php_config, 7], ['ruby_config', configTemplates.ruby_config, 6], ['docker_compose', configTemplates.docker_compose, 9],
  ['helm_values', configTemplates.helm_values, 8], ['k8s_manifest', configTemplates.k8s_manifest, 10], ['ci_config', configTemplates.ci_config, 9],
  // credential files
  ['docker_config', fileTemplates.docker_config, 6], ['netrc', fileTemplates.netrc, 6], ['pgpass', fileTemplates.pgpass, 6],
  ['npmrc', fileTemplates.npmrc, 6], ['pip_conf', fileTemplates.pip_conf, 5], ['git_credentials', fileTemplates.git_credentials, 7],
  ['cloud_credentials', fileTemplates.cloud_credentials, 8], ['kubeconfig', fileTemplates.kubeconfig, 6], ['ssh_keys', fileTemplates.ssh_keys, 5],
  // human documents
  ['crm_export', textTemplates.crm_export, 14], ['support_ticket', textTemplates.support_ticket, 16], ['email', textTemplates.email, 16],
  ['chat_export', textTemplates.chat_export, 12], ['hr_document', textTemplates.hr_document, 12], ['medical_record', textTemplates.medical_record, 14],
  ['banking_statement', textTemplates.banking_statement, 12],
  // operational output
  ['app_log', opsTemplates.app_log, 14], ['stack_trace', opsTemplates.stack_trace, 9], ['ci_output', opsTemplates.ci_output, 9],
  ['shell_history', opsTemplates.shell_history, 10], ['source_code', opsTemplates.source_code, 10], ['json_api', opsTemplates.json_api, 14],
  ['git_output', opsTemplates.git_output, 8], ['markdown_doc', opsTemplates.markdown_doc, 8],
];

const MIN_PII = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 25, LOCATION: 25 };
const PII_NAMES = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const REAL_HOSTS = /\b(npmjs\.(org|com)|pypi\.org|pythonhosted\.org|docker\.io|docker\.com|ghcr\.io|github\.com|githubusercontent\.com|gitlab\.com|quay\.io|rubygems\.org|crates\.io|maven\.org|nuget\.org|amazonaws\.com|slack\.com|stripe\.com|openai\.com|anthropic\.com|huggingface\.co|googleapis\.com|azure\.com|windows\.net|sentry\.io|twilio\.com|sendgrid\.net|discord(app)?\.com)\b/i;
const HOST_OK = (h) => /\.(example|test|invalid)\.?$/i.test(h) || /^(localhost|\*|[\d.]+|\[[0-9a-f:]+\])$/i.test(h);

// ---------------------------------------------------------------- build
function build() {
  const r = makeRng(SEED);
  const ctx = { r, K: makeSecrets(r), Pi: makePii(r), Lk: makeLooks(r) };
  const records = [];
  for (const [kind, tpl, n] of PLAN) {
    for (let i = 1; i <= n; i++) {
      let d;
      for (let attempt = 0; ; attempt++) {
        d = new Doc(kind);
        tpl(ctx, d);
        if (d.len >= 200 && d.len <= 4000) break;
        if (attempt > 30) throw new Error(`${kind}: cannot fit 200..4000 bytes (last ${d.len})`);
      }
      records.push({ doc: d, rec: {
        id: `blind3-${kind}-${String(i).padStart(4, '0')}`,
        kind,
        text_b64url: Buffer.from(d.text(), 'utf8').toString('base64url'),
        labels: d.labels,
        lookalikes: d.lookalikes,
      } });
    }
  }
  return records;
}

// ---------------------------------------------------------------- validate
function validate(records) {
  const errs = [];
  const err = (id, m) => errs.push(`${id}: ${m}`);
  const ids = new Set();
  for (const { doc, rec } of records) {
    const id = rec.id;
    if (!/^blind3-[a-z0-9_]+-\d{4}$/.test(id)) err(id, 'bad id');
    if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    const keys = Object.keys(rec).join(',');
    if (keys !== 'id,kind,text_b64url,labels,lookalikes') err(id, 'bad keys ' + keys);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) err(id, 'base64url not canonical');
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) err(id, 'not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) err(id, `length ${buf.length}`);
    const spans = [...rec.labels.map((s) => ({ ...s, t: 'label' })), ...rec.lookalikes.map((s) => ({ ...s, t: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) err(id, `span out of range ${JSON.stringify(s)}`);
      if (i > 0 && spans[i - 1].end > s.start) err(id, `overlap ${JSON.stringify(spans[i - 1])} / ${JSON.stringify(s)}`);
    }
    for (const l of rec.labels) {
      if (Object.keys(l).join(',') !== 'start,end,entity,family') err(id, 'label keys');
      if (l.family === 'pii' && !PII_NAMES.has(l.entity)) err(id, 'unknown PII entity ' + l.entity);
      if (l.family === 'secrets' && (PII_NAMES.has(l.entity) || !/^[A-Z0-9_]+$/.test(l.entity))) err(id, 'bad secret entity ' + l.entity);
      if (l.family !== 'pii' && l.family !== 'secrets') err(id, 'bad family');
    }
    for (const l of rec.lookalikes) if (Object.keys(l).join(',') !== 'start,end,what' || !/^[a-z0-9_]+$/.test(l.what)) err(id, 'lookalike keys');
    // bytes at every span equal the inserted value
    if (doc.inserted.length !== spans.length) err(id, 'span count mismatch');
    for (const ins of doc.inserted) {
      const got = buf.subarray(ins.start, ins.end).toString('utf8');
      if (got !== ins.v) err(id, `span bytes differ at ${ins.start}: ${JSON.stringify(got)} vs ${JSON.stringify(ins.v)}`);
    }
    // format checks
    const at = (s) => buf.subarray(s.start, s.end).toString('utf8');
    for (const l of rec.labels) {
      const v = at(l);
      const e = l.entity;
      if (e === 'CREDIT_CARD' && (!luhnValid(v) || !/^[\d -]+$/.test(v))) err(id, 'card not Luhn-valid ' + v);
      if (e === 'IBAN_CODE' && !ibanValid(v)) err(id, 'IBAN not mod-97 valid ' + v);
      if (e === 'US_SSN' && !ssnValid(v)) err(id, 'SSN not in issued range ' + v);
      if (e === 'US_ITIN' && !/^9\d{2}-(7\d|8[0-8]|9[0-2]|9[4-9])-\d{4}$/.test(v)) err(id, 'ITIN ' + v);
      if (e === 'UK_NHS' && !nhsValid(v)) err(id, 'NHS ' + v);
      if (e === 'MEDICAL_LICENSE' && !deaValid(v)) err(id, 'DEA ' + v);
      if (e === 'CRYPTO' && !(v.startsWith('bc1') ? bech32Valid(v) : base58checkValid(v))) err(id, 'BTC ' + v);
      if (/^GITHUB_(PAT|OAUTH_TOKEN|USER_TO_SERVER_TOKEN|APP_INSTALLATION_TOKEN|REFRESH_TOKEN)$/.test(e) && !githubTokenValid(v)) err(id, 'GitHub checksum ' + v);
      if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err(id, 'AWS key id ' + v);
      if (e === 'AWS_TEMP_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) err(id, 'AWS temp key id ' + v);
      if (e === 'AWS_SECRET_KEY' && !/^[A-Za-z0-9+/]{40}$/.test(v)) err(id, 'AWS secret ' + v);
      if (e === 'HUGGINGFACE_TOKEN' && !/^hf_[A-Za-z]{34}$/.test(v)) err(id, 'HF ' + v);
      if (e === 'NPM_TOKEN' && !/^npm_[A-Za-z0-9]{36}$/.test(v)) err(id, 'npm ' + v);
      if (e === 'JWT') { const [h, p] = v.split('.'); try { JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); } catch { err(id, 'JWT json'); } }
      if (/PRIVATE_KEY$/.test(e) && e !== 'PRIVATE_KEY_PASSPHRASE' && !/-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----[\s\S]+-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----(\\n)?$/.test(v)) err(id, 'PEM ' + e);
      if (/\.(example|test|invalid)\b|:\/\//.test(v) && l.family === 'secrets') err(id, 'secret span contains a host/URL: ' + v);
    }
    for (const l of rec.lookalikes) {
      const v = at(l);
      if (l.what === 'invalid_card' && luhnValid(v)) err(id, 'invalid_card passes Luhn ' + v);
      if (l.what === 'invalid_iban' && ibanValid(v)) err(id, 'invalid_iban passes mod-97 ' + v);
      if (l.what === 'invalid_ssn' && ssnValid(v)) err(id, 'invalid_ssn is valid ' + v);
    }
    // host names
    if (REAL_HOSTS.test(text)) err(id, 'real host name: ' + text.match(REAL_HOSTS)[0]);
    for (const m of text.matchAll(/([a-z][a-z0-9+.-]*):\/\/(?:[^/@\n]*@)?([A-Za-z0-9.*-]+|\[[0-9a-fA-F:]+\])/g)) if (m[1] !== 'op' && !HOST_OK(m[2])) err(id, 'URL host not reserved: ' + m[0]);
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]+)\b/g)) if (!HOST_OK(m[1])) err(id, 'e-mail/user@host not reserved: ' + m[0]);
  }
  return errs;
}

// ---------------------------------------------------------------- composition
function composition(records) {
  const c = { kinds: {}, pii: {}, secrets: {}, looks: {} };
  let nl = 0, nk = 0, bytes = 0;
  for (const { rec } of records) {
    c.kinds[rec.kind] = (c.kinds[rec.kind] || 0) + 1;
    bytes += Buffer.from(rec.text_b64url, 'base64url').length;
    for (const l of rec.labels) { nl++; const m = l.family === 'pii' ? c.pii : c.secrets; m[l.entity] = (m[l.entity] || 0) + 1; }
    for (const l of rec.lookalikes) { nk++; c.looks[l.what] = (c.looks[l.what] || 0) + 1; }
  }
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  return { c, nl, nk, bytes, nSecret: sum(c.secrets), nPii: sum(c.pii) };
}

const records = build();
const errs = validate(records);
const { c, nl, nk, bytes, nSecret, nPii } = composition(records);
for (const [e, min] of Object.entries(MIN_PII)) if ((c.pii[e] || 0) < min) errs.push(`quota: ${e} has ${c.pii[e] || 0} < ${min}`);
if (Object.keys(c.secrets).length < 60) errs.push(`quota: only ${Object.keys(c.secrets).length} secret kinds`);
if (nSecret < 300) errs.push(`quota: only ${nSecret} secret labels`);
if (Object.keys(c.kinds).length < 14) errs.push('quota: fewer than 14 kinds');

const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `  ${k.padEnd(32)} ${v}`).join('\n');
console.log(`blind3: ${records.length} documents, ${Object.keys(c.kinds).length} kinds, ${bytes} bytes`);
console.log(`labels: ${nl} (secrets ${nSecret} over ${Object.keys(c.secrets).length} kinds, pii ${nPii}); look-alikes: ${nk}`);
console.log(`\ndocuments per kind:\n${fmt(c.kinds)}`);
console.log(`\nPII labels per entity:\n${fmt(c.pii)}`);
console.log(`\nsecret labels per entity:\n${fmt(c.secrets)}`);
console.log(`\nlook-alikes per kind:\n${fmt(c.looks)}`);
if (errs.length) {
  console.error(`\n${errs.length} violation(s):\n` + errs.slice(0, 60).join('\n'));
  process.exit(1);
}
fs.writeFileSync(OUT, records.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n');
console.log(`\nwrote ${path.relative(process.cwd(), OUT)} — all records valid`);
