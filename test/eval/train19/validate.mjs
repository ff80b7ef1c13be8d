// Validator for train19 records. Used by generate.mjs before writing (exit 1, nothing written on any
// violation) and standalone: `node test/eval/train19/validate.mjs test/eval/train19.jsonl`.
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { luhnValid, cardNetwork, ibanValid, IBAN_LENGTHS, ssnIssued, itinValid, nhsValid, deaValid, ghTokenValid, b58checkValid, b58decode, bech32Valid, derParse } from './checksums.mjs';

export const SETNAME = 'train19';
export const PII = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 360, kinds: 25, secretLabels: 1200, secretKinds: 150, piiLabels: 4000, perPii: 15, lookalikes: 2500, lookKinds: 35, cultures: 40, plans: 40, codeLangs: 15, textLangs: 10 };
// package-registry and code-hosting host names, kept as label lists so that this file names none of them
const HOST_LABELS = [['github', 'com'], ['githubusercontent', 'com'], ['github', 'io'], ['ghcr', 'io'], ['gitlab', 'com'], ['bitbucket', 'org'], ['sourceforge', 'net'], ['codeberg', 'org'], ['gitee', 'com'], ['npmjs', 'com'], ['npmjs', 'org'], ['yarnpkg', 'com'], ['pypi', 'org'], ['pypi', 'python', 'org'], ['pythonhosted', 'org'], ['rubygems', 'org'], ['crates', 'io'], ['nuget', 'org'], ['packagist', 'org'], ['docker', 'io'], ['docker', 'com'], ['quay', 'io'], ['maven', 'org'], ['maven', 'apache', 'org'], ['gradle', 'org'], ['golang', 'org'], ['go', 'dev'], ['proxy', 'golang', 'org'], ['pkg', 'go', 'dev'], ['hackage', 'haskell', 'org'], ['cpan', 'org'], ['metacpan', 'org'], ['hex', 'pm'], ['pub', 'dev'], ['cocoapods', 'org'], ['jsdelivr', 'net'], ['unpkg', 'com'], ['cdnjs', 'cloudflare', 'com'], ['huggingface', 'co'], ['anaconda', 'org'], ['opam', 'ocaml', 'org'], ['clojars', 'org'], ['jitpack', 'io'], ['launchpad', 'net']];
const FORBIDDEN_HOSTS = new RegExp(`\\b(${HOST_LABELS.map((l) => l.join('\\.')).join('|')})\\b`, 'i');
const ALLOWED_TLD = /\.(example|test|invalid)\.?$/i;
const hostOk = (h) => { h = h.replace(/^\[|\]$/g, '').replace(/\.$/, ''); return isIP(h) > 0 || !h.includes('.') || ALLOWED_TLD.test(h); };
const utf8 = (b) => b.toString('utf8');

function pemCheck(raw) {
  // normalise JSON-escaped / indented / quoted PEM text
  let t = raw.replace(/\\n/g, '\n').replace(/\\r/g, '');
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(t);
  if (!m) return 'no BEGIN/END pair';
  const label = m[1];
  const body = m[2].split('\n').map((l) => l.trim()).join('');
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return 'body not base64';
  const buf = Buffer.from(body, 'base64');
  try {
    if (label === 'OPENSSH PRIVATE KEY') return opensshCheck(buf);
    const root = derParse(buf);
    if (root.end !== buf.length) return 'trailing bytes';
    const kids = root.children || [];
    const intLen = (n) => { let s = n.start; if (buf[s] === 0) s++; return n.end - s; };
    if (label === 'RSA PRIVATE KEY') {
      if (kids.length !== 9 || kids.some((k) => k.tag !== 2)) return 'PKCS#1 needs 9 INTEGERs';
      const bits = intLen(kids[1]) * 8; if (![1024, 2048, 3072, 4096].includes(bits)) return `RSA modulus ${bits} bits`;
      return null;
    }
    if (label === 'EC PRIVATE KEY') {
      if (kids.length < 3 || kids[0].tag !== 2 || kids[1].tag !== 4 || kids[1].len !== 32) return 'SEC1 layout';
      const pub = kids.find((k) => k.tag === 0xa1); if (!pub || pub.len !== 68) return 'SEC1 public key size';
      return null;
    }
    if (label === 'PRIVATE KEY') {
      if (kids.length < 3 || kids[0].tag !== 2 || kids[1].tag !== 0x30 || kids[2].tag !== 4) return 'PKCS#8 layout';
      const oid = buf.subarray(kids[1].children[0].start, kids[1].children[0].end).toString('hex');
      const inner = buf.subarray(kids[2].start, kids[2].end);
      if (oid === '2b6570') return inner.length === 34 ? null : 'Ed25519 key size';
      const ir = derParse(inner);
      if (oid === '2a864886f70d010101') { if (ir.children.length !== 9) return 'PKCS#8 RSA inner'; const b = intLen({ start: ir.children[1].start, end: ir.children[1].end }); void b; return null; }
      if (oid === '2a8648ce3d0201') return ir.children[1].len === 32 ? null : 'PKCS#8 EC inner';
      return 'PKCS#8 unknown oid ' + oid;
    }
    if (label === 'CERTIFICATE') return kids.length === 3 && kids[0].tag === 0x30 && kids[2].tag === 3 ? null : 'certificate layout';
    if (label === 'PUBLIC KEY') return kids.length === 2 && kids[1].tag === 3 ? null : 'SPKI layout';
    return 'unknown PEM label ' + label;
  } catch (e) { return 'DER: ' + e.message; }
}
function opensshCheck(buf) {
  const magic = 'openssh-key-v1\0';
  if (buf.subarray(0, magic.length).toString('latin1') !== magic) return 'openssh magic';
  let p = magic.length;
  const str = () => { const n = buf.readUInt32BE(p); p += 4; const s = buf.subarray(p, p + n); if (p + n > buf.length) throw new Error('overrun'); p += n; return s; };
  if (str().toString() !== 'none' || str().toString() !== 'none') return 'openssh cipher/kdf';
  str(); const nkeys = buf.readUInt32BE(p); p += 4; if (nkeys !== 1) return 'openssh nkeys';
  const pub = str(); const priv = str(); if (p !== buf.length) return 'openssh trailing';
  if (priv.length % 8) return 'openssh padding';
  if (priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return 'openssh checkint';
  const type = priv.subarray(12, 12 + priv.readUInt32BE(8)).toString();
  if (!pub.includes(Buffer.from(type))) return 'openssh key type mismatch';
  if (type === 'ssh-ed25519') { const i = 12 + type.length; const pk = priv.readUInt32BE(i); const sk = priv.readUInt32BE(i + 4 + pk); if (pk !== 32 || sk !== 64) return 'ed25519 sizes'; }
  else if (type !== 'ssh-rsa') return 'openssh type ' + type;
  return null;
}
function jwtCheck(v) {
  const parts = v.split('.'); if (parts.length !== 3) return 'JWT needs 3 parts';
  try { const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString()); const pl = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
    if (!h.alg) return 'JWT header without alg'; if (typeof pl !== 'object') return 'JWT payload'; if (!/^[A-Za-z0-9_-]+$/.test(parts[2])) return 'JWT signature'; return null; } catch { return 'JWT not base64url JSON'; }
}
function userPass(v) { const s = Buffer.from(v, 'base64').toString('utf8'); const i = s.indexOf(':'); return i > 0 && i < s.length - 1 && /^[^\x00-\x20\x7f]+$/u.test(s) ? null : 'base64 does not decode to user:password'; }
function btcOk(v) {
  if (/^bc1/.test(v)) return bech32Valid(v);
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(v) || !b58checkValid(v)) return false;
  const b = b58decode(v); return b.length === 25 && (b[0] === 0 || b[0] === 5);
}
const digitsOf = (v) => v.replace(/[ -]/g, '');

export function checkSecret(e, v) {
  if (/example/i.test(v)) return 'secret contains EXAMPLE';
  if (/^gh[pousr]_/.test(v) || /^GITHUB_(PERSONAL_ACCESS|OAUTH|USER_TO_SERVER|SERVER_TO_SERVER|REFRESH)/.test(e)) return ghTokenValid(v) ? null : 'GitHub token checksum';
  if (e === 'AWS_ACCESS_KEY' || e === 'AWS_TEMPORARY_ACCESS_KEY') return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v) ? null : 'AWS key id shape';
  if (/-----BEGIN/.test(v) || ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY'].includes(e)) return pemCheck(v);
  if (/^eyJ[\w-]*\.eyJ/.test(v) || ['JWT_TOKEN', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY'].includes(e)) return jwtCheck(v);
  if (['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'NPMRC_AUTH', 'ELASTIC_API_KEY'].includes(e)) return userPass(v);
  if (e === 'KUBERNETES_SECRET_DATA') return /^[A-Za-z0-9+/]+=*$/.test(v) && /^[\x21-\x7e]+$/.test(Buffer.from(v, 'base64').toString()) ? null : 'k8s data not base64 of printable';
  if (e === 'KUBECONFIG_CLIENT_KEY_DATA') return pemCheck(Buffer.from(v, 'base64').toString('utf8'));
  if (e === 'AGE_SECRET_KEY') return bech32Valid(v) ? null : 'age key bech32';
  if (e === 'OPENAI_API_KEY') return /^sk-(proj-)?[\w-]+T3BlbkFJ[\w-]+$/.test(v) ? null : 'OpenAI key shape';
  if (e === 'ANTHROPIC_API_KEY') return /^sk-ant-api03-[\w-]{93}AA$/.test(v) ? null : 'Anthropic key shape';
  if (e === 'BITLOCKER_RECOVERY_KEY') return /^(\d{6}-){7}\d{6}$/.test(v) && v.split('-').every((x) => +x % 11 === 0) ? null : 'BitLocker key blocks';
  if (e === 'TOTP_SEED') return /^[A-Z2-7 ]+$/i.test(v) ? null : 'TOTP seed not base32';
  return null;
}
export function checkPii(e, v) {
  switch (e) {
    case 'CREDIT_CARD': { const n = digitsOf(v); return luhnValid(n) && cardNetwork(n) ? null : 'card Luhn/IIN/length'; }
    case 'IBAN_CODE': return ibanValid(v) ? null : 'IBAN mod 97 / length';
    case 'US_SSN': { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v); return m && ssnIssued(+m[1], +m[2], +m[3]) ? null : 'SSN not in issued ranges'; }
    case 'US_ITIN': { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v); return m && itinValid(+m[1], +m[2], +m[3]) ? null : 'ITIN group range'; }
    case 'UK_NHS': return nhsValid(v) ? null : 'NHS mod 11';
    case 'MEDICAL_LICENSE': return deaValid(v) ? null : 'DEA checksum';
    case 'CRYPTO': return btcOk(v) ? null : 'BTC address check';
    case 'EMAIL_ADDRESS': { const m = /^[^\s@]+@([A-Za-z0-9.-]+)$/.exec(v); return m && hostOk(m[1]) ? null : 'email domain'; }
    case 'IP_ADDRESS': return isIP(v) ? null : 'not an IP';
    case 'PHONE_NUMBER': return /^[+(]?[\d][\d ().\/-]{5,}\d$/.test(v) && v.replace(/\D/g, '').length >= 7 ? null : 'phone shape';
    case 'US_PASSPORT': return /^[A-Z]?\d{8,9}$/.test(v) ? null : 'passport shape';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9-]{6,20}$/.test(v) ? null : 'DL shape';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank number shape';
    case 'PERSON': return /\d/.test(v) ? 'digit in name' : null;
    case 'LOCATION': return null;
    default: return 'unknown PII entity ' + e;
  }
}
export function checkLook(w, v) {
  switch (w) {
    case 'invalid_card': { const n = digitsOf(v); return /^\d{13,19}$/.test(n) && !luhnValid(n) ? null : 'invalid_card passes Luhn'; }
    case 'vendor_test_card': return luhnValid(digitsOf(v)) ? null : 'vendor test card fails Luhn';
    case 'invalid_iban': { const s = v.replace(/ /g, ''); return IBAN_LENGTHS[s.slice(0, 2)] === s.length && !ibanValid(s) ? null : 'invalid_iban passes'; }
    case 'invalid_ssn': { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v); return m && !ssnIssued(+m[1], +m[2], +m[3]) ? null : 'invalid_ssn is issued'; }
    case 'invalid_nhs': return /^\d{3} ?\d{3} ?\d{4}$/.test(v) && !nhsValid(v) ? null : 'invalid_nhs passes';
    case 'invalid_dea': return /^[A-Z]{2}\d{7}$/.test(v) && !deaValid(v) ? null : 'invalid_dea passes';
    case 'invalid_btc': return !btcOk(v) ? null : 'invalid_btc passes';
    case 'aws_example_key': return /EXAMPLE/.test(v) ? null : 'aws example without EXAMPLE';
    case 'uuid': return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? null : 'uuid shape';
    case 'git_sha': return /^[0-9a-f]{7,40}$/.test(v) ? null : 'git sha shape';
    case 'certificate': return pemCheck(/-----BEGIN/.test(v) ? v : Buffer.from(v, 'base64').toString('utf8'));
    case 'public_key': return /-----BEGIN/.test(v) ? pemCheck(v) : null;
    default: return null;
  }
}

// recs: [{rec, spans?, text?}] ; meta: merged sets (optional)
export function validate(items, meta) {
  const errs = [];
  const err = (id, m) => { if (errs.length < 200) errs.push(`${id}: ${m}`); };
  const ids = new Set();
  const comp = { docs: 0, kinds: {}, secrets: {}, pii: {}, looks: {}, bytes: 0 };
  for (const it of items) {
    const rec = it.rec; const id = rec.id;
    if (!new RegExp(`^${SETNAME}-[a-z0-9_]+-\\d{4}$`).test(id) || !id.startsWith(`${SETNAME}-${rec.kind}-`)) err(id, 'bad id');
    if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    const keys = Object.keys(rec).join(','); if (keys !== 'id,kind,text_b64url,labels,lookalikes') err(id, 'record keys ' + keys);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) err(id, 'text_b64url not canonical');
    const text = utf8(buf);
    if (Buffer.from(text, 'utf8').compare(buf) !== 0) err(id, 'text not valid UTF-8');
    if (it.text !== undefined && it.text !== text) err(id, 'decoded text differs from built text');
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    comp.docs++; comp.bytes += buf.length; comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const all = [...rec.labels.map((l) => ({ ...l, t: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const s of all) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { err(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) err(id, `overlap at ${s.start}`);
      prevEnd = Math.max(prevEnd, s.end);
      const slice = buf.subarray(s.start, s.end); const v = utf8(slice);
      if (Buffer.from(v, 'utf8').compare(slice) !== 0) err(id, `span ${s.start} splits a UTF-8 character`);
      if (/^\s|\s$/u.test(v)) err(id, `span ${s.start} has edge whitespace`);
      if (s.t === 'look') {
        comp.looks[s.what] = (comp.looks[s.what] || 0) + 1;
        if (!/^[a-z0-9_]+$/.test(s.what || '')) err(id, 'bad what');
        const e = checkLook(s.what, v); if (e) err(id, `${s.what} ${JSON.stringify(v.slice(0, 60))}: ${e}`);
      } else if (s.family === 'pii') {
        comp.pii[s.entity] = (comp.pii[s.entity] || 0) + 1;
        if (!PII.includes(s.entity)) err(id, 'PII entity not Presidio: ' + s.entity);
        const e = checkPii(s.entity, v); if (e) err(id, `${s.entity} ${JSON.stringify(v)}: ${e}`);
      } else if (s.family === 'secrets') {
        comp.secrets[s.entity] = (comp.secrets[s.entity] || 0) + 1;
        if (!/^[A-Z][A-Z0-9_]+$/.test(s.entity) || PII.includes(s.entity)) err(id, 'bad secret entity ' + s.entity);
        const e = checkSecret(s.entity, v); if (e) err(id, `${s.entity} ${JSON.stringify(v.slice(0, 60))}: ${e}`);
        for (const m of v.matchAll(/[A-Za-z0-9+/_-]{12,}={0,2}/g)) { const dec = Buffer.from(m[0], 'base64').toString('latin1'); if (FORBIDDEN_HOSTS.test(dec)) err(id, 'forbidden host inside decoded secret'); }
      } else err(id, 'bad family ' + s.family);
    }
    if (it.spans) { // builder values equal the bytes written
      for (const s of it.spans) { const v = utf8(buf.subarray(s.start, s.end)); if (v !== s.v) err(id, `span ${s.start} bytes differ from inserted value`); }
      if (it.spans.length !== all.length) err(id, 'span count mismatch');
    }
    // whole-text host checks
    if (FORBIDDEN_HOSTS.test(text)) err(id, 'package-registry/code-hosting host name: ' + FORBIDDEN_HOSTS.exec(text)[0]);
    for (const m of text.matchAll(/\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/(?:[^\/\s@"'<>]*@)?(\[[0-9a-fA-F:.]+\]|[^\/\s:"'<>?#)\]}`,;|\\]+)/g)) if (!hostOk(m[1])) err(id, 'URL host not allowed: ' + m[1]);
    const secretSpans = rec.labels.filter((l) => l.family === 'secrets');
    const inSecret = (i) => { const b = Buffer.byteLength(text.slice(0, i), 'utf8'); return secretSpans.some((l) => b >= l.start && b < l.end); };
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1]) && !inSecret(m.index + m[0].indexOf('@'))) err(id, 'e-mail/user@host domain not allowed: ' + m[1]);
  }
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  comp.totals = { docs: comp.docs, kinds: Object.keys(comp.kinds).length, secretLabels: sum(comp.secrets), secretKinds: Object.keys(comp.secrets).length, piiLabels: sum(comp.pii), lookalikes: sum(comp.looks), lookKinds: Object.keys(comp.looks).length };
  const T = comp.totals;
  const need = (ok, m) => { if (!ok) errs.push('composition: ' + m); };
  need(T.docs >= MIN.docs, `docs ${T.docs} < ${MIN.docs}`); need(T.kinds >= MIN.kinds, `kinds ${T.kinds}`); need(T.secretLabels >= MIN.secretLabels, `secret labels ${T.secretLabels}`);
  need(T.secretKinds >= MIN.secretKinds, `secret kinds ${T.secretKinds}`); need(T.piiLabels >= MIN.piiLabels, `pii labels ${T.piiLabels}`); need(T.lookalikes >= MIN.lookalikes, `lookalikes ${T.lookalikes}`);
  need(T.lookKinds >= MIN.lookKinds, `lookalike kinds ${T.lookKinds}`);
  for (const e of PII) need((comp.pii[e] || 0) >= MIN.perPii, `${e} ${comp.pii[e] || 0} < ${MIN.perPii}`);
  if (meta) {
    comp.meta = { cultures: meta.cultures.size, scripts: meta.scripts.size, plans: meta.plans.size, codeLangs: meta.code.size, textLangs: meta.langs.size };
    need(meta.cultures.size >= MIN.cultures, `cultures ${meta.cultures.size}`); need(meta.plans.size >= MIN.plans, `plans ${meta.plans.size}`);
    need(meta.code.size >= MIN.codeLangs, `code languages ${meta.code.size}`); need(meta.langs.size >= MIN.textLangs, `text languages ${meta.langs.size}`);
  }
  return { errs, comp };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] || new URL(`../${SETNAME}.jsonl`, import.meta.url).pathname;
  const items = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => ({ rec: JSON.parse(l) }));
  const { errs, comp } = validate(items);
  if (errs.length) { console.error(errs.slice(0, 50).join('\n')); process.exit(1); }
  console.log(`ok: ${comp.totals.docs} documents, ${comp.totals.secretLabels} secret labels, ${comp.totals.piiLabels} PII labels, ${comp.totals.lookalikes} look-alikes`);
}
