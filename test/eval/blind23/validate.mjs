// Validator for blind23. Used by generate.mjs before anything is written (any
// violation: exit 1, no output), and usable on its own:
//   node test/eval/blind23/validate.mjs test/eval/blind23.jsonl
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { luhnValid, ibanValid, IBAN_LENGTHS, ghTokenValid, ssnValid, itinValid, nhsValid, deaValid, btcValid, crc24 } from './checksums.mjs';
import { CATALOG_BY_ID } from './secrets.mjs';
import { TEST_CARDS } from './pii.mjs';
import { normalizePem } from './keys.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN',
  'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, perPii: 15, looks: 3000, lookKinds: 35, langs: 16, scripts: 9 };
const PEM_IDS = { RSA_PRIVATE_KEY: 'RSA PRIVATE KEY', EC_PRIVATE_KEY: 'EC PRIVATE KEY', PKCS8_PRIVATE_KEY: 'PRIVATE KEY', OPENSSH_PRIVATE_KEY: 'OPENSSH PRIVATE KEY', PGP_PRIVATE_KEY: 'PGP PRIVATE KEY BLOCK' };
const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
// package-registry and code-hosting host names, stored encoded so that this
// repository never contains them literally
const FORBIDDEN = ['Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'cnVieWdlbXMub3Jn', 'Y3JhdGVzLmlv', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'Z2hjci5pbw==', 'cXVheS5pbw==', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'bWF2ZW4ub3Jn', 'bWF2ZW4uYXBhY2hlLm9yZw==', 'Z29sYW5nLm9yZw==', 'cGtnLmdvLmRldg==', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'aGV4LnBt', 'cHViLmRldg==', 'Y29jb2Fwb2RzLm9yZw==', 'Y3Bhbi5vcmc=', 'eWFybnBrZy5jb20=', 'dW5wa2cuY29t', 'anNkZWxpdnIubmV0', 'Z2NyLmlv', 'cGtnLmRldg==', 'bWNyLm1pY3Jvc29mdC5jb20=', 'aHVnZ2luZ2ZhY2UuY28=', 'Z2l0ZWEuY29t', 'c3IuaHQ=', 'bGF1bmNocGFkLm5ldA==', 'YW5hY29uZGEub3Jn', 'amZyb2cuaW8=', 'YmludHJheS5jb20=', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'Y2xvamFycy5vcmc=', 'ZGVuby5sYW5k', 'anNyLmlv', 'ci1wcm9qZWN0Lm9yZw==', 'Y3Rhbi5vcmc='].map((s) => Buffer.from(s, 'base64').toString());
export const forbiddenHosts = () => FORBIDDEN.slice();

const WS = /^[\s\u00a0\u3000\u200b]|[\s\u00a0\u3000\u200b]$/u;
const digits = (s) => s.replace(/\D/g, '');
function cardIinOk(n) {
  const L = n.length, p2 = Number(n.slice(0, 2)), p3 = Number(n.slice(0, 3)), p4 = Number(n.slice(0, 4));
  if (n[0] === '4') return L === 16 || L === 13 || L === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return L === 16;
  if (p2 === 34 || p2 === 37) return L === 15;
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return L === 16;
  if (p4 >= 3528 && p4 <= 3589) return L === 16;
  if (p2 === 36 || (p3 >= 300 && p3 <= 305)) return L === 14;
  return false;
}
function hostOk(h) {
  h = h.toLowerCase().replace(/\.$/, '');
  if (isIP(h.replace(/^\[|\]$/g, ''))) return true;
  if (!h.includes('.')) return true;
  return /\.(example|test|invalid)$/.test(h);
}
function b64json(s) { try { return JSON.parse(Buffer.from(s, 'base64url').toString('utf8')); } catch { return null; } }
function decodeB64Text(s) {
  const b = Buffer.from(s, 'base64');
  const t = b.toString('utf8');
  return Buffer.from(t, 'utf8').equals(b) ? t : null;
}

// ---- structure checks for key material
function checkOpenssh(text) {
  const body = text.replace(/-----(BEGIN|END) OPENSSH PRIVATE KEY-----/g, '').replace(/\s+/g, '');
  const b = Buffer.from(body, 'base64');
  let o = 0;
  const magic = 'openssh-key-v1\0';
  if (b.subarray(0, magic.length).toString('binary') !== magic) return 'bad magic';
  o = magic.length;
  const rd = () => { const n = b.readUInt32BE(o); o += 4; const v = b.subarray(o, o + n); o += n; return v; };
  if (rd().toString() !== 'none' || rd().toString() !== 'none') return 'encrypted or bad cipher';
  rd();
  if (b.readUInt32BE(o) !== 1) return 'key count'; o += 4;
  const pub = rd(); const priv = rd();
  if (o !== b.length) return 'trailing bytes';
  let q = 0; const rdp = () => { const n = priv.readUInt32BE(q); q += 4; const v = priv.subarray(q, q + n); q += n; return v; };
  if (priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return 'checkint'; q = 8;
  const type = rdp().toString();
  if (type === 'ssh-ed25519') {
    const pk = rdp(); const sk = rdp();
    if (pk.length !== 32 || sk.length !== 64 || !sk.subarray(32).equals(pk)) return 'ed25519 sizes';
    const k = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), sk.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    if (!createPublicKey(k).export({ format: 'der', type: 'spki' }).subarray(12).equals(pk)) return 'ed25519 public key does not match seed';
    if (!pub.subarray(pub.length - 32).equals(pk)) return 'public blob mismatch';
  } else if (type === 'ssh-rsa') {
    const big = (v) => BigInt('0x' + (v.toString('hex') || '0'));
    const n = big(rdp()); big(rdp()); big(rdp()); big(rdp()); const p = big(rdp()); const qq = big(rdp());
    if (p * qq !== n || n.toString(2).length < 2048) return 'rsa n != p*q or too small';
  } else return 'key type ' + type;
  rdp();
  for (let i = 1; q < priv.length; i++, q++) if (priv[q] !== i) return 'padding';
  if (priv.length % 8) return 'block size';
  return null;
}
function checkPgp(text) {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.startsWith('-----END'));
  const blank = lines.indexOf('');
  if (blank < 0 || end < 0) return 'armor layout';
  const bodyLines = lines.slice(blank + 1, end);
  const crcLine = bodyLines.pop();
  if (!/^=[A-Za-z0-9+/]{4}$/.test(crcLine)) return 'crc line';
  const data = Buffer.from(bodyLines.join(''), 'base64');
  const crc = Buffer.from(crcLine.slice(1), 'base64');
  if (((crc[0] << 16) | (crc[1] << 8) | crc[2]) !== crc24(data)) return 'crc24';
  if ((data[0] & 0xc0) !== 0xc0 || (data[0] & 0x3f) !== 5) return 'first packet not a secret key';
  const len = data[1] < 192 ? data[1] : ((data[1] - 192) << 8) + data[2] + 192;
  const hdr = data[1] < 192 ? 2 : 3;
  const body = data.subarray(hdr, hdr + len);
  if (body[0] !== 4 || body[5] !== 22) return 'not v4 EdDSA';
  if (hdr + len >= data.length) return 'no user id packet';
  return null;
}
function checkPem(entity, value) {
  const text = normalizePem(value);
  const label = PEM_IDS[entity];
  if (!text.startsWith(`-----BEGIN ${label}-----`) || !text.endsWith(`-----END ${label}-----`)) return 'armor label';
  try {
    if (entity === 'OPENSSH_PRIVATE_KEY') return checkOpenssh(text);
    if (entity === 'PGP_PRIVATE_KEY') return checkPgp(text);
    const k = createPrivateKey({ key: text, format: 'pem' });
    const det = k.asymmetricKeyDetails || {};
    if (entity === 'RSA_PRIVATE_KEY' && (k.asymmetricKeyType !== 'rsa' || det.modulusLength < 2048)) return 'rsa size';
    if (entity === 'EC_PRIVATE_KEY' && k.asymmetricKeyType !== 'ec') return 'ec type';
    if (entity === 'PKCS8_PRIVATE_KEY') {
      const t = k.asymmetricKeyType;
      if (!(t === 'ed25519' || t === 'ec' || (t === 'rsa' && det.modulusLength >= 2048))) return 'pkcs8 type/size';
      const der = k.export({ type: 'pkcs8', format: 'der' }).toString('base64');
      if (der !== text.split('\n').slice(1, -1).join('')) return 'pkcs8 re-encode differs';
    }
    return null;
  } catch (e) { return 'parse: ' + e.message; }
}

function checkSecret(entity, v, decoded) {
  if (/example/i.test(v)) return 'contains EXAMPLE';
  if (PEM_IDS[entity]) return checkPem(entity, v);
  if (/^GITHUB_(PERSONAL_ACCESS|OAUTH|USER_TO_SERVER|APP_INSTALLATION|REFRESH)_TOKEN$/.test(entity) && !ghTokenValid(v)) return 'github checksum';
  const e = CATALOG_BY_ID[entity];
  if (e) {
    if (!e.re.test(v)) return 'format ' + e.re;
    if (/^(SENTRY_ORG_TOKEN)$/.test(entity)) { const j = b64json(v.split('_')[1]); if (!j) return 'sentry json'; decoded.push(JSON.stringify(j)); }
    if (entity === 'GRAFANA_CLOUD_TOKEN' || entity === 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN') { const j = b64json(v.slice(4)); if (!j) return 'json payload'; decoded.push(JSON.stringify(j)); }
    if (entity === 'MAPBOX_SECRET_TOKEN') { const j = b64json(v.split('.')[1]); if (!j) return 'mapbox json'; decoded.push(JSON.stringify(j)); }
    if (entity === 'INTERCOM_ACCESS_TOKEN') { const t = decodeB64Text(v); if (!t || !t.startsWith('tok:')) return 'intercom payload'; decoded.push(t); }
    return null;
  }
  switch (entity) {
    case 'JWT': case 'SUPABASE_SERVICE_ROLE_KEY': {
      const parts = v.split('.');
      if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return 'jwt shape';
      const h = b64json(parts[0]), p = b64json(parts[1]);
      if (!h || typeof h.alg !== 'string' || !p) return 'jwt json';
      decoded.push(JSON.stringify(h), JSON.stringify(p));
      return null;
    }
    case 'BASIC_AUTH_CREDENTIALS': case 'DOCKER_REGISTRY_AUTH': {
      const t = decodeB64Text(v);
      if (!t || !/^[^:\s]+:[^\s]+$/.test(t) || Buffer.from(t).toString('base64') !== v) return 'does not decode to user:password';
      decoded.push(t); return null;
    }
    case 'KUBERNETES_SECRET_VALUE': {
      const t = decodeB64Text(v);
      if (!t || !t.trim() || /[\x00-\x08]/.test(t) || Buffer.from(t).toString('base64') !== v) return 'k8s value does not decode';
      decoded.push(t); return null;
    }
    case 'KUBECONFIG_CLIENT_KEY_DATA': {
      const t = decodeB64Text(v);
      if (!t) return 'client key data';
      const err = checkPem('EC_PRIVATE_KEY', t.trim());
      return err ? 'client key: ' + err : null;
    }
    case 'USER_PASSWORD': case 'TEMPORARY_PASSWORD': case 'WIFI_PASSWORD': case 'ROUTER_ADMIN_PASSWORD':
      return v.length >= 6 && v.length <= 64 && !/\n/.test(v) ? null : 'password length';
    case 'PASSPHRASE': return /\S+[ ._-]\S+[ ._-]\S+/.test(v) ? null : 'passphrase needs 3+ words';
    case 'PIN_CODE': case 'ONE_TIME_CODE': return /^\d{4,8}$/.test(v) ? null : 'pin';
    case 'DOOR_CODE': return /^[*]?\d{4,6}#?$/.test(v) ? null : 'door code';
    case 'MEETING_PASSCODE': return /^[A-Za-z0-9]{6,10}$/.test(v) ? null : 'passcode';
    case 'RECOVERY_CODE': return /^([a-z0-9]{4}-[a-z0-9]{4}|\d{4} \d{4}|[A-Z2-9]{5}-[A-Z2-9]{5}|[a-z0-9]{10})$/.test(v) ? null : 'recovery code';
    case 'SECURITY_ANSWER': return v.length >= 3 ? null : 'answer';
    case 'CARD_SECURITY_CODE': return /^\d{3,4}$/.test(v) ? null : 'cvc';
    case 'CRYPTO_SEED_PHRASE': { const w = v.split(' '); return (w.length === 12 || w.length === 24) && w.every((x) => /^[a-z]{3,8}$/.test(x)) ? null : 'seed phrase'; }
    case 'SESSION_COOKIE': return /^[A-Za-z0-9%._-]{40,140}$/.test(v) ? null : 'cookie';
    case 'TOTP_SECRET': return /^[A-Z2-7]{16,32}$/.test(v) ? null : 'totp';
    default: return 'unknown secret entity';
  }
}

function checkPii(entity, v) {
  switch (entity) {
    case 'CREDIT_CARD': { const n = digits(v); if (!/^[\d -]+$/.test(v)) return 'card chars'; if (!luhnValid(n)) return 'luhn'; if (!cardIinOk(n)) return 'iin/length'; if (TEST_CARDS.includes(n)) return 'is a vendor test card'; return null; }
    case 'IBAN_CODE': { const s = v.replace(/ /g, ''); return ibanValid(s) && IBAN_LENGTHS[s.slice(0, 2)] === s.length ? null : 'iban'; }
    case 'US_SSN': return ssnValid(v) ? null : 'ssn';
    case 'US_ITIN': return itinValid(v) ? null : 'itin';
    case 'UK_NHS': return nhsValid(v) ? null : 'nhs';
    case 'MEDICAL_LICENSE': return deaValid(v) ? null : 'dea';
    case 'CRYPTO': return btcValid(v) ? null : 'btc';
    case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/.exec(v); return m && hostOk(m[1]) ? null : 'email'; }
    case 'IP_ADDRESS': return isIP(v) ? null : 'ip';
    case 'PHONE_NUMBER': { const n = digits(v); return /^[0-9 +()./-]+$/.test(v) && n.length >= 7 && n.length <= 15 ? null : 'phone'; }
    case 'US_PASSPORT': return /^([0-9]{9}|[A-Z][0-9]{8})$/.test(v) ? null : 'passport';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9 -]{7,20}$/.test(v) && (digits(v).length >= 6 || /^WDL[A-Z0-9]{9}$/.test(v)) ? null : 'dl';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank';
    case 'PERSON': return /\d/.test(v) || (v.length < 2 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(v)) ? 'person' : null;
    case 'LOCATION': return v.length >= 2 ? null : 'location';
    default: return 'not a Presidio entity';
  }
}
function checkLook(what, v) {
  switch (what) {
    case 'invalid_card': { const n = digits(v); return /^[\d -]+$/.test(v) && cardIinOk(n) && !luhnValid(n) ? null : 'invalid_card must have a card IIN/length and fail Luhn'; }
    case 'vendor_test_card': { const n = digits(v); return TEST_CARDS.includes(n) && luhnValid(n) ? null : 'vendor_test_card'; }
    case 'invalid_iban': { const s = v.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LENGTHS[s.slice(0, 2)] === s.length && !ibanValid(s) ? null : 'invalid_iban'; }
    case 'invalid_ssn': return /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnValid(v) && !itinValid(v) ? null : 'invalid_ssn';
    case 'invalid_nhs': return /^\d{3} ?\d{3} ?\d{4}$/.test(v) && !nhsValid(v) ? null : 'invalid_nhs';
    case 'aws_example_key': return AWS_EXAMPLES.includes(v) ? null : 'aws_example_key';
    default: return null;
  }
}
function detectScripts(t) {
  const out = new Set();
  const tests = { Latin: /[A-Za-z]/, Cyrillic: /\p{Script=Cyrillic}/u, Greek: /\p{Script=Greek}/u, Arabic: /\p{Script=Arabic}/u, Hebrew: /\p{Script=Hebrew}/u, Devanagari: /\p{Script=Devanagari}/u, Han: /\p{Script=Han}/u, Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, Hangul: /\p{Script=Hangul}/u, Thai: /\p{Script=Thai}/u };
  for (const [k, re] of Object.entries(tests)) if (re.test(t)) out.add(k);
  return out;
}
function textChecks(where, t, errs) {
  const low = t.toLowerCase();
  for (const h of FORBIDDEN) if (low.includes(h)) errs.push(`${where}: forbidden host name #${FORBIDDEN.indexOf(h)}`);
  for (const m of t.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?(\[[0-9a-fA-F:]+\]|[^\s/:"'<>)\]\\,;?#]+)/g)) if (!hostOk(m[1])) errs.push(`${where}: URL host ${m[1]}`);
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (/\.[A-Za-z]{2,}$/.test(m[1]) && !hostOk(m[1])) errs.push(`${where}: e-mail domain ${m[1]}`);
}

// docs: [{ id, kind, text, labels:[{start,end,entity,family,value?}], lookalikes:[{start,end,what,value?}], meta? }]
export function validate(docs) {
  const errs = [];
  const comp = { docs: docs.length, kinds: {}, secrets: {}, pii: {}, looks: {}, langs: {}, scripts: {}, bytes: 0 };
  const ids = new Set();
  for (const d of docs) {
    const E = (m) => errs.push(`${d.id}: ${m}`);
    if (ids.has(d.id)) E('duplicate id'); ids.add(d.id);
    if (!/^blind23-[a-z0-9_]+-\d{4}$/.test(d.id)) E('id format');
    const buf = Buffer.from(d.text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) E(`size ${buf.length}`);
    comp.bytes += buf.length;
    comp.kinds[d.kind] = (comp.kinds[d.kind] || 0) + 1;
    if (d.meta && d.meta.lang) comp.langs[d.meta.lang] = (comp.langs[d.meta.lang] || 0) + 1;
    for (const s of detectScripts(d.text)) comp.scripts[s] = (comp.scripts[s] || 0) + 1;
    const spans = [...d.labels.map((l) => ({ ...l, kind: 'label' })), ...d.lookalikes.map((l) => ({ ...l, kind: 'look' }))].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    const decoded = [];
    for (const s of spans) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= buf.length)) { E(`span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) E(`overlap at ${s.start}`);
      prevEnd = Math.max(prevEnd, s.end);
      const slice = buf.subarray(s.start, s.end);
      const v = slice.toString('utf8');
      if (!Buffer.from(v, 'utf8').equals(slice)) { E(`span ${s.start}-${s.end} cuts a UTF-8 sequence`); continue; }
      if (s.value !== undefined && v !== s.value) E(`span bytes differ from inserted value at ${s.start}`);
      if (WS.test(v)) E(`whitespace at span end ${s.start} ${JSON.stringify(v.slice(0, 20))}`);
      if (s.kind === 'look') {
        comp.looks[s.what] = (comp.looks[s.what] || 0) + 1;
        const err = checkLook(s.what, v); if (err) E(`lookalike ${s.what} ${JSON.stringify(v)}: ${err}`);
        continue;
      }
      if (s.family === 'pii') {
        if (!PII_ENTITIES.includes(s.entity)) E(`PII entity ${s.entity} is not one of Presidio's 15`);
        comp.pii[s.entity] = (comp.pii[s.entity] || 0) + 1;
        const err = checkPii(s.entity, v); if (err) E(`${s.entity} ${JSON.stringify(v)}: ${err}`);
      } else if (s.family === 'secrets') {
        comp.secrets[s.entity] = (comp.secrets[s.entity] || 0) + 1;
        const err = checkSecret(s.entity, v, decoded); if (err) E(`${s.entity} ${JSON.stringify(v.slice(0, 60))}: ${err}`);
      } else E(`family ${s.family}`);
    }
    textChecks(d.id, d.text, errs);
    for (const t of decoded) textChecks(d.id + ' (decoded)', t, errs);
    // labelling completeness: every e-mail address, Luhn-valid card-length digit run and
    // IBAN-shaped run in the text must lie inside some span
    const covered = (a, b) => spans.some((s) => s.start <= a && s.end >= b);
    const byteAt = (ci) => Buffer.byteLength(d.text.slice(0, ci), 'utf8');
    for (const m of d.text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (!/\.[A-Za-z]{2,}$/.test(m[1]) || isIP(m[1])) continue; // package@version, user@ip
      const a = byteAt(m.index), b = a + Buffer.byteLength(m[0]);
      const at = a + Buffer.byteLength(m[0].split('@')[0]);
      if (spans.some((s) => s.start < at && s.end > a && s.end <= at)) continue; // credential in URL user-info
      if (spans.some((s) => s.start === at + 1 && s.kind === 'look' && s.what === 'hostname')) continue; // ssh user@host
      if (!covered(a, b)) E(`unlabelled e-mail-like text ${m[0]}`);
    }
    for (const m of d.text.matchAll(/(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])/g)) {
      const n = digits(m[0]);
      if (luhnValid(n) && cardIinOk(n)) { const a = byteAt(m.index), b = a + Buffer.byteLength(m[0]); if (!covered(a, b)) E(`unlabelled card-like number ${m[0]}`); }
    }
    for (const m of d.text.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g)) {
      if (ibanValid(m[0])) { const a = byteAt(m.index), b = a + Buffer.byteLength(m[0]); if (!covered(a, b)) E(`unlabelled IBAN ${m[0]}`); }
    }
  }
  // composition
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const C = comp;
  const need = (ok, m) => { if (!ok) errs.push('composition: ' + m); };
  need(C.docs >= MIN.docs, `${C.docs} documents < ${MIN.docs}`);
  need(Object.keys(C.kinds).length >= MIN.kinds, `${Object.keys(C.kinds).length} kinds < ${MIN.kinds}`);
  need(sum(C.secrets) >= MIN.secrets, `${sum(C.secrets)} secret labels < ${MIN.secrets}`);
  need(Object.keys(C.secrets).length >= MIN.secretKinds, `${Object.keys(C.secrets).length} secret kinds < ${MIN.secretKinds}`);
  need(sum(C.pii) >= MIN.pii, `${sum(C.pii)} PII labels < ${MIN.pii}`);
  for (const e of PII_ENTITIES) need((C.pii[e] || 0) >= MIN.perPii, `${e}: ${C.pii[e] || 0} < ${MIN.perPii}`);
  need(sum(C.looks) >= MIN.looks, `${sum(C.looks)} look-alikes < ${MIN.looks}`);
  need(Object.keys(C.looks).length >= MIN.lookKinds, `${Object.keys(C.looks).length} look-alike kinds < ${MIN.lookKinds}`);
  for (const p of Object.keys(PEM_IDS)) need((C.secrets[p] || 0) > 0, `no ${p}`);
  need(Object.keys(C.scripts).length >= MIN.scripts, `${Object.keys(C.scripts).length} scripts < ${MIN.scripts}`);
  if (Object.keys(C.langs).length) need(Object.keys(C.langs).length >= MIN.langs, `${Object.keys(C.langs).length} languages < ${MIN.langs}`);
  return { errors: errs, composition: comp };
}

export function formatComposition(C) {
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const tbl = (o, width = 3) => {
    const e = Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const rows = [];
    for (let i = 0; i < e.length; i += width) rows.push('  ' + e.slice(i, i + width).map(([k, v]) => `${k} ${v}`.padEnd(44)).join('').trimEnd());
    return rows.join('\n');
  };
  return [
    `documents: ${C.docs} in ${Object.keys(C.kinds).length} kinds, ${C.bytes} bytes`,
    tbl(C.kinds),
    `secret labels: ${sum(C.secrets)} in ${Object.keys(C.secrets).length} kinds`,
    tbl(C.secrets, 2),
    `PII labels: ${sum(C.pii)} (15 Presidio entities)`,
    tbl(C.pii),
    `look-alikes: ${sum(C.looks)} in ${Object.keys(C.looks).length} kinds`,
    tbl(C.looks),
    ...(Object.keys(C.langs).length ? [`languages (document language): ${Object.keys(C.langs).length}`, tbl(C.langs, 6)] : []),
    `scripts (documents containing each): ${Object.keys(C.scripts).length}`,
    tbl(C.scripts, 5),
  ].join('\n');
}

// standalone use on a written file
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) { console.error('usage: node validate.mjs <file.jsonl>'); process.exit(2); }
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const o = JSON.parse(l);
    return { id: o.id, kind: o.kind, text: Buffer.from(o.text_b64url, 'base64url').toString('utf8'), labels: o.labels, lookalikes: o.lookalikes };
  });
  const { errors, composition } = validate(docs);
  console.log(formatComposition(composition));
  if (errors.length) { console.error(errors.slice(0, 50).join('\n')); console.error(`${errors.length} violation(s)`); process.exit(1); }
  console.log('OK');
}
