// Validator for train27.jsonl. Used by generate.mjs before anything is written, and
// runnable on its own: node test/eval/train27/validate.mjs [path/to/train27.jsonl]
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as C from './checksums.mjs';
import { checkPem, checkSshPublic } from './keys.mjs';
import { PEM_ENTITIES, JWT_ENTITIES } from './secrets.mjs';
import { TEST_CARDS } from './lookalikes.mjs';

export const SETNAME = 'train27';
export const PII = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, perPii: 15, look: 2500, lookKinds: 35, cultures: 40, plans: 40, codeLangs: 15 };
// Host names of package registries and code-hosting sites, stored base64-encoded so the
// repository never contains them literally.
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0aHViLmlv', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'cnVieWdlbXMub3Jn', 'Y3JhdGVzLmlv', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'bWF2ZW4ub3Jn', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'cXVheS5pbw==', 'Z2NyLmlv', 'Z29sYW5nLm9yZw==', 'cGtnLmdvLmRldg==', 'cHViLmRldg==', 'aGV4LnBt', 'Y3Bhbi5vcmc=', 'Y3Jhbi5yLXByb2plY3Qub3Jn', 'YW5hY29uZGEub3Jn', 'Y29jb2Fwb2RzLm9yZw==', 'dW5wa2cuY29t', 'anNkZWxpdnIubmV0', 'bGF1bmNocGFkLm5ldA==', 'Z2l0ZWUuY29t', 'c3IuaHQ=', 'aHVnZ2luZ2ZhY2UuY28=', 'aml0cGFjay5pbw==', 'Z3JhZGxlLm9yZw==', 'ZGV2LmF6dXJlLmNvbQ==', 'dmlzdWFsc3R1ZGlvLmNvbQ==', 'Y2xvanVycy5vcmc=', 'cGVybC5vcmc='];
export const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const OK_TLD = /\.(example|test|invalid)\.?$/i;

function hostOk(h) {
  h = h.replace(/\.$/, '').toLowerCase();
  if (h.startsWith('[')) return true;
  if (isIP(h)) return true;
  if (!h.includes('.')) return true;
  return OK_TLD.test(h);
}
function scanHosts(text, where, errs) {
  const low = text.toLowerCase();
  for (const f of FORBIDDEN) if (low.includes(f)) errs.push(`${where}: forbidden host name found`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s\/@"'<>]*@)?(\[[0-9a-f:]+\]|[^\s\/:?#"'<>\\,;)\]`|]+)/gi)) if (!hostOk(m[1])) errs.push(`${where}: URL host not allowed: ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+(?:@|%40)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1])) errs.push(`${where}: e-mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9.-]+)/g)) if (!hostOk('www.' + m[1].replace(/[.,;:]+$/, ''))) errs.push(`${where}: www host not allowed: ${m[1]}`);
}
const b64urlDecodeJson = (s) => { try { return JSON.parse(Buffer.from(s, 'base64url').toString('utf8')); } catch { return null; } };
const unescapeJson = (s) => s.replace(/\\n/g, '\n').replace(/\\\//g, '/').replace(/\\"/g, '"');
const dedent = (s) => s.split('\n').map((l) => l.replace(/^[ \t]+/, '')).join('\n');

function checkSecret(e, v, errs, where, decoded) {
  if (/example/i.test(v)) errs.push(`${where}: secret contains EXAMPLE`);
  const gh = { GITHUB_PERSONAL_ACCESS_TOKEN: 'ghp', GITHUB_OAUTH_TOKEN: 'gho', GITHUB_USER_TO_SERVER_TOKEN: 'ghu', GITHUB_SERVER_TO_SERVER_TOKEN: 'ghs', GITHUB_REFRESH_TOKEN: 'ghr' }[e];
  if (gh && !(v.startsWith(gh + '_') && C.githubTokenValid(v))) errs.push(`${where}: bad GitHub token checksum`);
  if (e === 'GITHUB_FINE_GRAINED_TOKEN' && !/^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(v)) errs.push(`${where}: bad fine-grained token`);
  if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) errs.push(`${where}: bad AKIA key`);
  if (e === 'AWS_TEMPORARY_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) errs.push(`${where}: bad ASIA key`);
  if (e === 'AWS_SECRET_KEY' && !/^[A-Za-z0-9+/]{40}$/.test(v)) errs.push(`${where}: bad AWS secret`);
  if (e === 'OPENAI_API_KEY' && !/^sk-(proj-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/.test(v)) errs.push(`${where}: bad OpenAI key`);
  if (e === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v)) errs.push(`${where}: bad Anthropic key`);
  if (e === 'SLACK_BOT_TOKEN' && !/^xoxb-\d+-\d+-[A-Za-z0-9]+$/.test(v)) errs.push(`${where}: bad Slack bot token`);
  if (e === 'STRIPE_SECRET_KEY' && !/^sk_live_[A-Za-z0-9]{24,}$/.test(v)) errs.push(`${where}: bad Stripe key`);
  if (JWT_ENTITIES.has(e)) {
    const parts = v.split('.');
    const h = parts.length === 3 && b64urlDecodeJson(parts[0]);
    const p = parts.length === 3 && b64urlDecodeJson(parts[1]);
    if (!h || !h.alg || !p || !/^[A-Za-z0-9_-]+$/.test(parts[2])) errs.push(`${where}: bad JWT`);
    else decoded.push(JSON.stringify(p));
  }
  if (PEM_ENTITIES.has(e)) {
    const raw = dedent(unescapeJson(v));
    const labels = { RSA_PRIVATE_KEY: ['RSA PRIVATE KEY'], EC_PRIVATE_KEY: ['EC PRIVATE KEY'], OPENSSH_PRIVATE_KEY: ['OPENSSH PRIVATE KEY'] }[e] || ['PRIVATE KEY'];
    const err = checkPem(raw, labels);
    if (err) errs.push(`${where}: PEM structure: ${err}`);
  }
  if (e === 'BASIC_AUTH_CREDENTIALS' || e === 'DOCKER_REGISTRY_AUTH') {
    const dec = Buffer.from(v, 'base64').toString('utf8');
    if (Buffer.from(dec, 'utf8').toString('base64') !== v || !/^[^:\s]+:\S.*$/.test(dec)) errs.push(`${where}: auth does not decode to user:password`);
    else decoded.push(dec);
  }
  if (e === 'KUBERNETES_SECRET_VALUE') { const dec = Buffer.from(v, 'base64'); if (dec.toString('base64') !== v) errs.push(`${where}: k8s data not base64`); else decoded.push(dec.toString('utf8')); }
  if (e === 'BITLOCKER_RECOVERY_KEY') { const g = v.split('-'); if (g.length !== 8 || !g.every((x) => /^\d{6}$/.test(x) && Number(x) % 11 === 0 && Number(x) < 720896)) errs.push(`${where}: bad BitLocker key`); }
  if (e === 'CRYPTO_WALLET_PRIVATE_KEY') { const p = C.base58checkDecode(v); if (!p || p[0] !== 0x80) errs.push(`${where}: bad WIF`); }
  if (e === 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN') { const j = b64urlDecodeJson(v.slice(4)); if (!j) errs.push(`${where}: bad ops token`); else decoded.push(JSON.stringify(j)); }
  if (e === 'MAPBOX_SECRET_TOKEN') { const j = b64urlDecodeJson(v.split('.')[1]); if (!j) errs.push(`${where}: bad mapbox token`); }
}
function checkPii(e, v, errs, where) {
  if (/\\u[0-9a-fA-F]{4}/.test(v)) { try { v = JSON.parse('"' + v + '"'); } catch { errs.push(`${where}: bad JSON escape`); } }
  const digits = v.replace(/[ -]/g, '');
  switch (e) {
    case 'CREDIT_CARD': if (!/^\d+$/.test(digits) || !C.cardBrand(digits) || !C.luhnValid(digits)) errs.push(`${where}: invalid card ${v}`); if (TEST_CARDS.includes(digits)) errs.push(`${where}: vendor test card labelled as PII`); break;
    case 'IBAN_CODE': if (!C.ibanValid(v)) errs.push(`${where}: invalid IBAN ${v}`); break;
    case 'US_SSN': if (!C.ssnValid(v)) errs.push(`${where}: SSN outside issued ranges ${v}`); break;
    case 'US_ITIN': if (!C.itinValid(v)) errs.push(`${where}: invalid ITIN ${v}`); break;
    case 'UK_NHS': if (!C.nhsValid(v)) errs.push(`${where}: invalid NHS ${v}`); break;
    case 'MEDICAL_LICENSE': if (!C.deaValid(v)) errs.push(`${where}: invalid DEA ${v}`); break;
    case 'CRYPTO': if (!C.btcValid(v)) errs.push(`${where}: invalid BTC ${v}`); break;
    case 'EMAIL_ADDRESS': { const m = /^[^@\s]+(?:@|%40)([A-Za-z0-9.-]+)$/.exec(v); if (!m || !OK_TLD.test(m[1])) errs.push(`${where}: bad e-mail ${v}`); break; }
    case 'IP_ADDRESS': if (!isIP(v)) errs.push(`${where}: bad IP ${v}`); break;
    case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; if (!/^[+(\d][\d\s().\/+-]*\d$/.test(v) || n < 7 || n > 15) errs.push(`${where}: bad phone ${v}`); break; }
    case 'US_PASSPORT': if (!/^([A-Z]\d{8}|\d{9})$/.test(v)) errs.push(`${where}: bad passport ${v}`); break;
    case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) errs.push(`${where}: bad bank number ${v}`); break;
    case 'US_DRIVER_LICENSE': if (!/^[A-Z0-9][A-Z0-9 -]{5,}[A-Z0-9]$/.test(v)) errs.push(`${where}: bad DL ${v}`); break;
    case 'PERSON': if (/\d/.test(v)) errs.push(`${where}: digits in PERSON ${v}`); break;
    default: break;
  }
}
function checkLook(w, v, errs, where) {
  const digits = v.replace(/[ -]/g, '');
  switch (w) {
    case 'invalid_card': if (!/^\d+$/.test(digits) || !C.cardBrand(digits) || C.luhnValid(digits)) errs.push(`${where}: invalid_card must have a real IIN/length and fail Luhn ${v}`); break;
    case 'vendor_test_card': if (!C.luhnValid(digits) || !TEST_CARDS.includes(digits)) errs.push(`${where}: vendor test card must pass Luhn ${v}`); break;
    case 'invalid_iban': { const s = v.replace(/ /g, ''); if (C.IBAN_LENGTHS[s.slice(0, 2)] !== s.length || C.ibanValid(s)) errs.push(`${where}: invalid_iban passes ${v}`); break; }
    case 'invalid_ssn': if (!C.ssnParts(v) || C.ssnValid(v) || C.itinValid(v)) errs.push(`${where}: invalid_ssn is valid ${v}`); break;
    case 'invalid_itin': if (!C.ssnParts(v) || C.itinValid(v) || C.ssnValid(v)) errs.push(`${where}: invalid_itin is valid ${v}`); break;
    case 'invalid_nhs': if (!/^\d{10}$/.test(digits) || C.nhsValid(digits)) errs.push(`${where}: invalid_nhs passes ${v}`); break;
    case 'invalid_dea': if (!/^[A-Z]{2}\d{7}$/.test(v) || C.deaValid(v)) errs.push(`${where}: invalid_dea passes ${v}`); break;
    case 'aws_example_key': if (!v.includes('EXAMPLE')) errs.push(`${where}: not an AWS documented example`); break;
    case 'uuid': if (!/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/.test(v) && !/^[0-9A-F]{8}$/.test(v)) errs.push(`${where}: bad uuid ${v}`); break;
    case 'git_sha': if (!/^[0-9a-f]{7,40}$/.test(v)) errs.push(`${where}: bad git sha`); break;
    case 'certificate': { const e = checkPem(dedent(unescapeJson(v)), ['CERTIFICATE']); if (e) errs.push(`${where}: certificate ${e}`); break; }
    case 'public_key': if (v.startsWith('-----')) { const e = checkPem(dedent(v), ['PUBLIC KEY']); if (e) errs.push(`${where}: public key ${e}`); } else if (v.startsWith('ssh-')) { const e = checkSshPublic(v); if (e) errs.push(`${where}: ssh key ${e}`); } break;
    case 'gtin': case 'isbn': { const d = v.replace(/-/g, ''); let s = 0; for (let i = 0; i < 12; i++) s += Number(d[i]) * (i % 2 ? 3 : 1); if (!/^\d{13}$/.test(d) || (10 - (s % 10)) % 10 !== Number(d[12])) errs.push(`${where}: bad ${w} check digit`); break; }
    default: break;
  }
}

// records: parsed JSONL objects. docs (optional): generator docs with spans (inserted values, meta).
export function validate(records, docs) {
  const errs = [];
  const ids = new Set();
  const stats = { docs: 0, kinds: {}, secrets: {}, pii: {}, look: {}, cultures: {}, scripts: {}, plans: {}, code: {}, langs: {} };
  records.forEach((rec, idx) => {
    const where = rec.id || `#${idx}`;
    const keys = Object.keys(rec).join(',');
    if (keys !== 'id,kind,text_b64url,labels,lookalikes') errs.push(`${where}: unexpected keys ${keys}`);
    const m = /^train27-([a-z0-9_]+)-(\d{4})$/.exec(rec.id || '');
    if (!m || m[1] !== rec.kind) errs.push(`${where}: bad id/kind`);
    if (ids.has(rec.id)) errs.push(`${where}: duplicate id`);
    ids.add(rec.id);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) errs.push(`${where}: text_b64url not canonical base64url`);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) errs.push(`${where}: text is not valid UTF-8`);
    if (buf.length < 200 || buf.length > 4000) errs.push(`${where}: size ${buf.length} outside 200-4000`);
    stats.docs++;
    stats.kinds[rec.kind] = (stats.kinds[rec.kind] || 0) + 1;
    const spans = [...rec.labels.map((l) => ({ ...l, t: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    const decoded = [];
    // mask secret spans before the host scan (random secret bytes are not prose)
    const masked = Buffer.from(buf);
    for (const s of spans) {
      const w = `${where}[${s.start},${s.end})`;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { errs.push(`${w}: span out of range`); continue; }
      if (s.start < prevEnd) errs.push(`${w}: overlapping spans`);
      prevEnd = Math.max(prevEnd, s.end);
      const slice = buf.subarray(s.start, s.end);
      const v = slice.toString('utf8');
      if (!Buffer.from(v, 'utf8').equals(slice)) errs.push(`${w}: span cuts a UTF-8 character`);
      if (/^\s|\s$/u.test(v)) errs.push(`${w}: whitespace at span edge`);
      if (s.t === 'label') {
        if (Object.keys(s).join(',') !== 'start,end,entity,family,t') errs.push(`${w}: label keys`);
        if (s.family === 'pii') {
          if (!PII.includes(s.entity)) errs.push(`${w}: PII entity not a Presidio name: ${s.entity}`);
          checkPii(s.entity, v, errs, w);
          stats.pii[s.entity] = (stats.pii[s.entity] || 0) + 1;
        } else if (s.family === 'secrets') {
          if (!/^[A-Z][A-Z0-9_]+$/.test(s.entity) || PII.includes(s.entity)) errs.push(`${w}: bad secret entity ${s.entity}`);
          checkSecret(s.entity, v, errs, w, decoded);
          stats.secrets[s.entity] = (stats.secrets[s.entity] || 0) + 1;
          masked.fill(0x20, s.start, s.end);
        } else errs.push(`${w}: bad family ${s.family}`);
      } else {
        if (Object.keys(s).join(',') !== 'start,end,what,t') errs.push(`${w}: look-alike keys`);
        if (!/^[a-z][a-z0-9_]*$/.test(s.what || '')) errs.push(`${w}: bad what`);
        checkLook(s.what, v, errs, w);
        stats.look[s.what] = (stats.look[s.what] || 0) + 1;
      }
    }
    scanHosts(masked.toString('utf8'), where, errs);
    const low = text.toLowerCase();
    for (const f of FORBIDDEN) if (low.includes(f)) errs.push(`${where}: forbidden host name in text`);
    for (const dtx of decoded) scanHosts(dtx, `${where} (decoded)`, errs);
    if (docs) {
      const d = docs[idx];
      const inserted = [...d.spans].sort((a, b) => a.start - b.start);
      if (inserted.length !== spans.length) errs.push(`${where}: span count differs from inserted values`);
      inserted.forEach((s, k) => {
        const t = spans[k];
        if (!t || t.start !== s.start || t.end !== s.end || (t.entity || t.what) !== s.name) errs.push(`${where}[${s.start},${s.end}): record span does not match the inserted value's position`);
      });
      for (const s of inserted) {
        if (!buf.subarray(s.start, s.end).equals(Buffer.from(s.value, 'utf8'))) errs.push(`${where}[${s.start},${s.end}): bytes differ from the inserted value`);
        if (s.name === 'PERSON' && s.meta) { stats.cultures[s.meta.culture] = (stats.cultures[s.meta.culture] || 0) + 1; stats.scripts[s.meta.script] = (stats.scripts[s.meta.script] || 0) + 1; }
        if (s.name === 'PHONE_NUMBER' && s.meta) stats.plans[s.meta.plan] = (stats.plans[s.meta.plan] || 0) + 1;
      }
      if (d.meta.code) stats.code[d.meta.code] = (stats.code[d.meta.code] || 0) + 1;
      for (const l of d.meta.langs) stats.langs[l] = (stats.langs[l] || 0) + 1;
    }
  });
  // composition minimums
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const n = (o) => Object.keys(o).length;
  const need = (cond, msg) => { if (!cond) errs.push('composition: ' + msg); };
  need(stats.docs >= MIN.docs, `documents ${stats.docs} < ${MIN.docs}`);
  need(n(stats.kinds) >= MIN.kinds, `document kinds ${n(stats.kinds)} < ${MIN.kinds}`);
  need(sum(stats.secrets) >= MIN.secrets, `secret labels ${sum(stats.secrets)} < ${MIN.secrets}`);
  need(n(stats.secrets) >= MIN.secretKinds, `secret kinds ${n(stats.secrets)} < ${MIN.secretKinds}`);
  need(sum(stats.pii) >= MIN.pii, `PII labels ${sum(stats.pii)} < ${MIN.pii}`);
  for (const e of PII) need((stats.pii[e] || 0) >= MIN.perPii, `${e} ${stats.pii[e] || 0} < ${MIN.perPii}`);
  need(sum(stats.look) >= MIN.look, `look-alikes ${sum(stats.look)} < ${MIN.look}`);
  need(n(stats.look) >= MIN.lookKinds, `look-alike kinds ${n(stats.look)} < ${MIN.lookKinds}`);
  if (docs) {
    need(n(stats.cultures) >= MIN.cultures, `name cultures ${n(stats.cultures)} < ${MIN.cultures}`);
    need(n(stats.plans) >= MIN.plans, `phone plans ${n(stats.plans)} < ${MIN.plans}`);
    need(n(stats.code) >= MIN.codeLangs, `programming languages ${n(stats.code)} < ${MIN.codeLangs}`);
  }
  return { errs, stats };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] || fileURLToPath(new URL('../train27.jsonl', import.meta.url));
  const recs = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { errs, stats } = validate(recs);
  if (errs.length) { for (const e of errs.slice(0, 60)) console.error(e); console.error(`${errs.length} violation(s)`); process.exit(1); }
  console.log(`ok: ${stats.docs} documents`);
}
