// Validator for blind25. Exported validate(records) returns a list of violations; run directly
// (node validate.mjs [file]) it re-checks a written JSONL file. The generator writes nothing unless
// this returns no violations.
import { readFileSync, readdirSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { luhnValid, ibanValid, ssnValid, itinValid, nhsValid, deaValid, base58checkValid, segwitValid, githubTokenValid, cardBrand, crc24 } from './checksums.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, perPii: 15, looks: 3000, lookKinds: 35, pemKinds: 5, langs: 18 };
// host names that must never appear (package registries, code hosting); stored base64-encoded
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0aHViLmlv', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'cnVieWdlbXMub3Jn', 'Y3JhdGVzLmlv', 'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5nLm9yZw==', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'Z2hjci5pbw==', 'cXVheS5pbw==', 'Z2NyLmlv', 'bWF2ZW4ub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'aGV4LnBt', 'cHViLmRldg==', 'Y29jb2Fwb2RzLm9yZw==', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'YW5hY29uZGEub3Jn', 'Y3Jhbi5yLXByb2plY3Qub3Jn', 'bWV0YWNwYW4ub3Jn', 'Y3Bhbi5vcmc=', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'b3BhbS5vY2FtbC5vcmc=', 'bGF1bmNocGFkLm5ldA==', 'c3IuaHQ=', 'aHVnZ2luZ2ZhY2UuY28=', 'amNlbnRlci5iaW50cmF5LmNvbQ==', 'cmVnaXN0cnkuYXp1cmVjci5pbw==', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t'];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const RESERVED = /\.(example|test|invalid)$/i;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORBIDDEN_RE = new RegExp(`(^|[^a-z0-9-])(${FORBIDDEN.map(esc).join('|')})(?![a-z0-9-])`, 'i');

function hostOk(h) {
  if (!h) return true;
  const host = h.replace(/^\[|\]$/g, '');
  if (isIP(host)) return true;
  if (!host.includes('.')) return true;
  return RESERVED.test(host.replace(/\.$/, ''));
}

// ---- DER / OpenSSH / OpenPGP structure ----
function der(buf, pos = 0) {
  const tag = buf[pos]; let len = buf[pos + 1]; let hdr = 2;
  if (len === undefined) throw new Error('truncated');
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 3) throw new Error('bad len'); len = 0; for (let i = 0; i < n; i++) len = len * 256 + buf[pos + 2 + i]; hdr = 2 + n; }
  const start = pos + hdr, end = start + len; if (end > buf.length) throw new Error('overrun');
  return { tag, start, end, body: buf.subarray(start, end), next: end };
}
function children(el, buf) { const out = []; let p = el.start; while (p < el.end) { const c = der(buf, p); out.push(c); p = c.next; } if (p !== el.end) throw new Error('child overrun'); return out; }
const intBits = (b) => { let x = b; while (x.length > 1 && x[0] === 0) x = x.subarray(1); return (x.length - 1) * 8 + (32 - Math.clz32(x[0])); };
function checkRsa(buf) {
  const top = der(buf); if (top.tag !== 0x30 || top.next !== buf.length) throw new Error('rsa: not one SEQUENCE');
  const ch = children(top, buf); if (ch.length !== 9 || ch.some((c) => c.tag !== 0x02)) throw new Error('rsa: want 9 INTEGERs');
  if (ch[0].body.length !== 1 || ch[0].body[0] !== 0) throw new Error('rsa: version');
  const bits = intBits(ch[1].body); if (bits !== 2048 && bits !== 3072 && bits !== 4096) throw new Error('rsa: modulus ' + bits);
  if (intBits(ch[4].body) !== bits / 2 || intBits(ch[5].body) !== bits / 2) throw new Error('rsa: prime sizes');
}
function checkEcSec1(buf, expectOid) {
  const top = der(buf); if (top.tag !== 0x30) throw new Error('ec: not SEQUENCE');
  const ch = children(top, buf);
  if (ch[0].tag !== 0x02 || ch[0].body[0] !== 1) throw new Error('ec: version');
  if (ch[1].tag !== 0x04 || ![32, 48].includes(ch[1].body.length)) throw new Error('ec: private length');
  const pub = ch.find((c) => c.tag === 0xa1); if (!pub) throw new Error('ec: no public key');
  const bs = der(buf, pub.start); if (bs.tag !== 0x03 || bs.body[1] !== 4 || bs.body.length !== 2 + 2 * ch[1].body.length) throw new Error('ec: public point');
  if (expectOid && !ch.find((c) => c.tag === 0xa0)) throw new Error('ec: no curve');
}
function checkPkcs8(buf) {
  const top = der(buf); if (top.tag !== 0x30 || top.next !== buf.length) throw new Error('p8: not SEQUENCE');
  const ch = children(top, buf);
  if (ch[0].tag !== 0x02 || ch[0].body[0] !== 0) throw new Error('p8: version');
  const alg = children(ch[1], buf); const oid = alg[0].body.toString('hex');
  if (ch[2].tag !== 0x04) throw new Error('p8: no OCTET STRING');
  if (oid === '2a864886f70d010101') checkRsa(ch[2].body);
  else if (oid === '2b6570') { const o = der(ch[2].body); if (o.tag !== 0x04 || o.body.length !== 32) throw new Error('p8: ed25519 length'); }
  else if (oid === '2a8648ce3d0201') checkEcSec1(ch[2].body, false);
  else throw new Error('p8: algorithm ' + oid);
}
function checkOpenssh(buf) {
  const magic = 'openssh-key-v1\0'; if (buf.subarray(0, magic.length).toString('latin1') !== magic) throw new Error('ssh: magic');
  let p = magic.length; const str = () => { const n = buf.readUInt32BE(p); const v = buf.subarray(p + 4, p + 4 + n); p += 4 + n; if (p > buf.length) throw new Error('ssh: overrun'); return v; };
  if (str().toString() !== 'none' || str().toString() !== 'none') throw new Error('ssh: cipher/kdf');
  str(); const nk = buf.readUInt32BE(p); p += 4; if (nk !== 1) throw new Error('ssh: nkeys');
  const pub = str(); const priv = str(); if (p !== buf.length) throw new Error('ssh: trailing');
  if (priv.length % 8) throw new Error('ssh: padding');
  if (!priv.subarray(0, 4).equals(priv.subarray(4, 8))) throw new Error('ssh: checkint');
  const type = pub.subarray(4, 4 + pub.readUInt32BE(0)).toString(); if (type !== 'ssh-ed25519') throw new Error('ssh: type ' + type);
  const pk = pub.subarray(4 + 11 + 4); if (pk.length !== 32) throw new Error('ssh: pub length');
}
function checkPgp(text) {
  const lines = text.split('\n'); const blank = lines.indexOf('');
  const body = []; let crcLine = null;
  for (const l of lines.slice(blank + 1)) { if (l.startsWith('=')) { crcLine = l.slice(1); break; } if (l.startsWith('-----')) break; body.push(l); }
  const data = Buffer.from(body.join(''), 'base64');
  const c = crc24(data); if (Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64') !== crcLine) throw new Error('pgp: crc24');
  if ((data[0] & 0x3f) !== 5 || !(data[0] & 0x40)) throw new Error('pgp: first packet not secret key');
}
export function checkPem(entity, raw) {
  let t = raw.replace(/\\n/g, '\n').split('\n').map((l) => l.replace(/^[ \t]+/, '')).join('\n');
  const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(t);
  if (!m) throw new Error('pem: armor');
  const want = { RSA_PRIVATE_KEY: 'RSA PRIVATE KEY', PKCS8_PRIVATE_KEY: 'PRIVATE KEY', EC_PRIVATE_KEY: 'EC PRIVATE KEY', OPENSSH_PRIVATE_KEY: 'OPENSSH PRIVATE KEY', PGP_PRIVATE_KEY: 'PGP PRIVATE KEY BLOCK' }[entity];
  if (m[1] !== want) throw new Error(`pem: ${m[1]} under ${entity}`);
  if (entity === 'PGP_PRIVATE_KEY') return checkPgp(t);
  const buf = Buffer.from(m[2].replace(/\n/g, ''), 'base64');
  if (entity === 'RSA_PRIVATE_KEY') checkRsa(buf);
  else if (entity === 'PKCS8_PRIVATE_KEY') checkPkcs8(buf);
  else if (entity === 'EC_PRIVATE_KEY') checkEcSec1(buf, true);
  else checkOpenssh(buf);
}
const JWT_ENTITIES = new Set(['JSON_WEB_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'MONDAY_API_TOKEN', 'CALENDLY_API_TOKEN']);
const PEM_ENTITIES = new Set(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY']);
function checkJwt(v) {
  const parts = v.split('.'); if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) throw new Error('jwt: shape');
  const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString()); const pl = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  if (!h.alg || typeof pl !== 'object') throw new Error('jwt: no alg / payload');
}
function checkUserPass(v) {
  if (!/^[A-Za-z0-9+/]+=*$/.test(v)) throw new Error('basic: not base64');
  const s = Buffer.from(v, 'base64').toString('utf8');
  if (!/^[^:\s]+:\S.*$/.test(s)) throw new Error('basic: not user:password');
}

function checkValue(fam, name, v) {
  if (fam === 'pii') {
    const digits = v.replace(/[\s-]/g, '');
    switch (name) {
      case 'CREDIT_CARD': if (!/^\d+$/.test(digits) || !luhnValid(digits) || !cardBrand(digits)) throw new Error('card invalid'); break;
      case 'IBAN_CODE': if (!ibanValid(v)) throw new Error('iban invalid'); break;
      case 'US_SSN': if (!ssnValid(v)) throw new Error('ssn invalid'); break;
      case 'US_ITIN': if (!itinValid(v)) throw new Error('itin invalid'); break;
      case 'UK_NHS': if (!nhsValid(v)) throw new Error('nhs invalid'); break;
      case 'MEDICAL_LICENSE': if (!deaValid(v)) throw new Error('dea invalid'); break;
      case 'CRYPTO': if (!base58checkValid(v) && !segwitValid(v)) throw new Error('btc invalid'); break;
      case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/.exec(v.replace(/%40/gi, '@')); if (!m || !hostOk(m[1])) throw new Error('email shape/domain'); break; }
      case 'IP_ADDRESS': if (!isIP(v)) throw new Error('ip invalid'); break;
      case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; if (!/^[+\d(][\d\s().\-\/]*\d$/.test(v) || n < 7 || n > 15) throw new Error('phone shape'); break; }
      case 'US_PASSPORT': if (!/^[A-Z]?\d{8,9}$/.test(v)) throw new Error('passport shape'); break;
      case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) throw new Error('bank shape'); break;
      case 'US_DRIVER_LICENSE': if (!/^[A-Z0-9][A-Z0-9 -]{5,20}$/.test(v)) throw new Error('dl shape'); break;
      case 'PERSON': case 'LOCATION': if (/[\n\t]/.test(v)) throw new Error('newline in name'); break;
      default: throw new Error('unknown pii entity ' + name);
    }
    return;
  }
  if (fam === 'secrets') {
    if (/example/i.test(v)) throw new Error('secret contains EXAMPLE');
    if (/^gh[pousr]_/.test(v) && !githubTokenValid(v)) throw new Error('github checksum');
    if (name.startsWith('GITHUB_') && name !== 'GITHUB_FINE_GRAINED_TOKEN' && !githubTokenValid(v)) throw new Error('github token');
    if (name === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) throw new Error('aws key id');
    if (name === 'AWS_SESSION_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) throw new Error('aws session key id');
    if (JWT_ENTITIES.has(name)) checkJwt(v);
    if (PEM_ENTITIES.has(name)) checkPem(name, v);
    if (name === 'BASIC_AUTH_CREDENTIALS' || name === 'DOCKER_REGISTRY_AUTH') checkUserPass(v);
    if (name === 'K8S_SECRET_DATA') { if (!/^[A-Za-z0-9+/]+=*$/.test(v)) throw new Error('k8s: not base64'); const s = Buffer.from(v, 'base64').toString('utf8'); if (!s.length || /[\x00-\x08\x0e-\x1f]/.test(s)) throw new Error('k8s: not text'); }
    if (!/^[A-Z0-9_]+$/.test(name)) throw new Error('secret entity name');
    return;
  }
  switch (name) {
    case 'invalid_card': if (luhnValid(v)) throw new Error('invalid_card passes Luhn'); break;
    case 'vendor_test_card': if (!luhnValid(v)) throw new Error('vendor_test_card fails Luhn'); break;
    case 'invalid_iban': if (ibanValid(v)) throw new Error('invalid_iban is valid'); break;
    case 'invalid_ssn': if (ssnValid(v) || itinValid(v)) throw new Error('invalid_ssn is valid'); break;
    case 'invalid_nhs': if (nhsValid(v)) throw new Error('invalid_nhs is valid'); break;
    case 'aws_example_key': if (!v.includes('EXAMPLE')) throw new Error('aws example'); break;
  }
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('lookalike kind name');
}

export function validate(records, opts = {}) {
  const errs = []; const E = (id, m) => { if (errs.length < 200) errs.push(`${id}: ${m}`); };
  const ids = new Set();
  const comp = { docs: 0, kinds: {}, secrets: {}, pii: {}, looks: {}, langs: {} };
  for (const rec of records) {
    const id = rec.id; comp.docs++;
    if (ids.has(id)) E(id, 'duplicate id'); ids.add(id);
    const m = /^blind25-([a-z0-9_]+)-(\d{4})$/.exec(id);
    if (!m || m[1] !== rec.kind) E(id, 'id/kind');
    comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    if (rec.lang) comp.langs[rec.lang] = (comp.langs[rec.lang] || 0) + 1;
    const buf = rec.buf; const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) E(id, 'not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) E(id, `size ${buf.length}`);
    const spans = [];
    for (const l of rec.labels) {
      if (l.family !== 'secrets' && l.family !== 'pii') E(id, 'family ' + l.family);
      if (l.family === 'pii' && !PII_ENTITIES.includes(l.entity)) E(id, 'pii entity ' + l.entity);
      spans.push({ ...l, fam: l.family, name: l.entity });
      if (l.family === 'secrets') comp.secrets[l.entity] = (comp.secrets[l.entity] || 0) + 1; else comp.pii[l.entity] = (comp.pii[l.entity] || 0) + 1;
    }
    for (const l of rec.lookalikes) { spans.push({ ...l, fam: 'look', name: l.what }); comp.looks[l.what] = (comp.looks[l.what] || 0) + 1; }
    spans.sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const s of spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { E(id, `span range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) E(id, `overlap at ${s.start} (${s.name})`);
      prevEnd = Math.max(prevEnd, s.end);
      const slice = buf.subarray(s.start, s.end); const v = slice.toString('utf8');
      if (!Buffer.from(v, 'utf8').equals(slice)) { E(id, `span ${s.start} splits a character`); continue; }
      if (s.value !== undefined && !slice.equals(Buffer.from(s.value, 'utf8'))) E(id, `span ${s.start} bytes differ from inserted value`);
      if (/^\s|\s$/u.test(v)) E(id, `whitespace at span end (${s.name}) ${JSON.stringify(v.slice(0, 30))}`);
      try { checkValue(s.fam, s.name, v); } catch (e) { E(id, `${s.name} ${JSON.stringify(v.slice(0, 60))}: ${e.message}`); }
    }
    // whole-text checks
    const secretRanges = spans.filter((s) => s.fam === 'secrets').map((s) => [Buffer.byteLength(buf.subarray(0, s.start).toString('utf8')), s.end]);
    const inSecret = (idx, len) => { const b0 = Buffer.byteLength(text.slice(0, idx)); const b1 = b0 + Buffer.byteLength(text.slice(idx, idx + len)); return secretRanges.some(([a, b]) => b0 >= a && b1 <= b); };
    const fm = FORBIDDEN_RE.exec(text); if (fm) E(id, 'forbidden host name in text');
    for (const um of text.matchAll(/\b([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^\s\/?#"'<>\\)\]|,;]*)/g)) {
      let h = um[2]; const at = h.lastIndexOf('@'); if (at >= 0) h = h.slice(at + 1);
      if (h.startsWith('[')) h = h.slice(0, h.indexOf(']') + 1); else h = h.replace(/:\d*$/, '');
      if (!hostOk(h) && !inSecret(um.index, um[0].length)) E(id, `URL host ${h}`);
    }
    for (const em of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (!hostOk(em[1]) && !inSecret(em.index, em[0].length)) E(id, `mail domain ${em[1]}`);
    }
  }
  // composition minima
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const C = (ok, m) => { if (!ok) errs.push('composition: ' + m); };
  C(comp.docs >= MIN.docs, `docs ${comp.docs} < ${MIN.docs}`);
  C(Object.keys(comp.kinds).length >= MIN.kinds, `kinds ${Object.keys(comp.kinds).length}`);
  C(sum(comp.secrets) >= MIN.secrets, `secret labels ${sum(comp.secrets)}`);
  C(Object.keys(comp.secrets).length >= MIN.secretKinds, `secret kinds ${Object.keys(comp.secrets).length}`);
  C(sum(comp.pii) >= MIN.pii, `pii labels ${sum(comp.pii)}`);
  for (const e of PII_ENTITIES) C((comp.pii[e] || 0) >= MIN.perPii, `${e} ${comp.pii[e] || 0}`);
  C(sum(comp.looks) >= MIN.looks, `look-alikes ${sum(comp.looks)}`);
  C(Object.keys(comp.looks).length >= MIN.lookKinds, `look-alike kinds ${Object.keys(comp.looks).length}`);
  C([...PEM_ENTITIES].every((e) => comp.secrets[e] > 0), 'not all 5 PEM kinds');
  if (records.some((r) => r.lang)) C(Object.keys(comp.langs).length >= MIN.langs, `languages ${Object.keys(comp.langs).length}`);
  // the generator's own sources must not name forbidden hosts either
  if (opts.srcDir) for (const f of readdirSync(opts.srcDir)) { if (/\.(mjs|md|json)$/.test(f) && FORBIDDEN_RE.test(readFileSync(join(opts.srcDir, f), 'utf8'))) errs.push(`source ${f}: forbidden host name`); }
  return { errs, comp };
}

export function loadJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => {
    const o = JSON.parse(line);
    return { id: o.id, kind: o.kind, buf: Buffer.from(o.text_b64url, 'base64url'), labels: o.labels, lookalikes: o.lookalikes };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] || join(here, '..', 'blind25.jsonl');
  const { errs } = validate(loadJsonl(file), { srcDir: here });
  if (errs.length) { for (const e of errs) console.error(e); process.exit(1); }
  console.log('ok', file);
}
