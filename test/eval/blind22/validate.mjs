// Validator for the blind22 set. Every check here is a hard failure: generate.mjs exits 1 and
// writes nothing if any record violates a rule.
import { isIP } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { luhnValid, cardBrand, ibanValid, ibanMod97, IBAN_LEN, ssnIssued, itinValid, nhsValid, deaValid, btcValid, ghTokenValid,
  bech32Decode, crc24, derParseAll, oidString, intBits, OIDS, isbn13Valid } from './checks.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN',
  'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, kinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, perPii: 15, look: 3000, lookKinds: 35 };

// Registry and code-hosting host names, stored reversed so that no file of this generator spells them.
const FORBIDDEN = ['moc.buhtig', 'moc.tnetnocresubuhtig', 'oi.buhtig', 'moc.baltig', 'gro.tekcubtib', 'gro.sjmpn', 'moc.sjmpn', 'moc.gkpnray',
  'gro.ipyp', 'gro.detsohnohtyp', 'oi.setarc', 'gro.smegybur', 'gro.tsigakcap', 'gro.tegun', 'gro.nevam', 'oi.rekcod', 'moc.rekcod', 'oi.rchg',
  'oi.yauq', 'oi.rcg', 'ved.gkp', 'gro.gnalog', 'ved.og', 'ten.egrofecruos', 'gro.grebedoc', 'moc.aetig', 'th.rs', 'ten.dapnhcual', 'ten.rviledsj',
  'moc.gkpnu', 'moc.erafduolc.sjndc', 'gro.adnocana', 'gro.sdopaococ', 'ved.bup', 'mp.xeh', 'gro.lleksah.egakcah', 'gro.tcejorp-r.narc', 'gro.napcatem',
  'oi.rceruza', 'moc.eetig', 'oc.ecafgnigguh'].map((s) => [...s].reverse().join(''));
const forbiddenRe = new RegExp('(?<![a-z0-9-])(' + FORBIDDEN.map((h) => h.replace(/\./g, '\\.')).join('|') + ')(?![a-z0-9-])', 'i');
const hostOk = (h) => {
  h = h.toLowerCase().replace(/\.$/, '');
  if (h === '') return true;
  if (/^\[[0-9a-f:.]+\]$/.test(h)) return true;
  if (isIP(h)) return true;
  if (!h.includes('.')) return true;
  return /\.(example|test|invalid)$/.test(h);
};

function pemCheck(raw) {
  let s = raw.includes('\\n') ? raw.split('\\n').join('\n') : raw;
  s = s.split('\n').map((l) => l.trim()).join('\n');
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(s);
  if (!m) return 'PEM armor';
  const label = m[1];
  if (label === 'PGP PRIVATE KEY BLOCK') {
    const lines = m[2].split('\n');
    if (lines[0] !== '') return 'PGP: blank line after armor header missing';
    const ck = lines[lines.length - 1];
    if (!/^=[A-Za-z0-9+/]{4}$/.test(ck)) return 'PGP checksum line';
    const bin = Buffer.from(lines.slice(1, -1).join(''), 'base64');
    const c = crc24(bin);
    if (Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64') !== ck.slice(1)) return 'PGP CRC24';
    if (bin[0] !== 0xc5 || bin[2] !== 4) return 'PGP: first packet not a v4 secret key';
    if (bin.length < 200) return 'PGP too small';
    return null;
  }
  const b64 = m[2].replace(/\n/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) return 'PEM base64';
  const der = Buffer.from(b64, 'base64');
  if (label === 'OPENSSH PRIVATE KEY') return opensshCheck(der);
  let n;
  try { n = derParseAll(der); } catch (e) { return 'DER: ' + e.message; }
  const rsa = (node) => {
    if (!node.children || node.children.length !== 9 || node.children.some((c) => c.tag !== 2)) return 'RSA: 9 integers';
    if (node.children[0].body.length !== 1 || node.children[0].body[0] !== 0) return 'RSA version';
    const bits = intBits(node.children[1].body);
    if (![2048, 3072, 4096].includes(bits)) return 'RSA modulus size ' + bits;
    if (node.children[2].body.toString('hex') !== '010001') return 'RSA e';
    if (intBits(node.children[4].body) !== bits / 2 || intBits(node.children[5].body) !== bits / 2) return 'RSA primes';
    return null;
  };
  const sec1 = (node, needParams) => {
    const c = node.children;
    if (!c || c[0].tag !== 2 || c[0].body[0] !== 1 || c[1].tag !== 4) return 'SEC1 shape';
    const len = c[1].body.length;
    if (len !== 32 && len !== 48) return 'SEC1 key size';
    const pub = c.find((x) => x.tag === 0xa1);
    if (!pub || pub.children[0].tag !== 3 || pub.children[0].body.length !== 2 * len + 2 || pub.children[0].body[1] !== 4) return 'SEC1 public point';
    if (needParams) {
      const par = c.find((x) => x.tag === 0xa0);
      if (!par) return 'SEC1 params';
      const oid = oidString(par.children[0].body);
      if ((len === 32 && oid !== OIDS.p256) || (len === 48 && oid !== OIDS.p384)) return 'SEC1 curve';
    }
    return null;
  };
  if (label === 'RSA PRIVATE KEY') return rsa(n);
  if (label === 'EC PRIVATE KEY') return sec1(n, true);
  if (label === 'PRIVATE KEY') {
    const c = n.children;
    if (!c || c.length < 3 || c[0].tag !== 2 || c[1].tag !== 0x30 || c[2].tag !== 4) return 'PKCS8 shape';
    const alg = oidString(c[1].children[0].body);
    let inner;
    try { inner = derParseAll(c[2].body); } catch (e) { return 'PKCS8 inner: ' + e.message; }
    if (alg === OIDS.rsa) return rsa(inner);
    if (alg === OIDS.ecPublicKey) return sec1(inner, false);
    if (alg === OIDS.ed25519) return inner.tag === 4 && inner.body.length === 32 ? null : 'Ed25519 key';
    return 'PKCS8 algorithm ' + alg;
  }
  if (label === 'ENCRYPTED PRIVATE KEY') {
    const c = n.children;
    if (!c || c.length !== 2 || c[0].tag !== 0x30 || c[1].tag !== 4) return 'EncryptedPrivateKeyInfo shape';
    if (oidString(c[0].children[0].body) !== OIDS.pbes2) return 'PBES2 oid';
    if (c[1].body.length % 16 !== 0 || c[1].body.length < 64) return 'ciphertext size';
    return null;
  }
  return 'unexpected PEM label ' + label;
}
function opensshCheck(b) {
  let p = 0;
  const magic = 'openssh-key-v1\0';
  if (b.subarray(0, magic.length).toString('latin1') !== magic) return 'openssh magic';
  p = magic.length;
  const str = () => { if (p + 4 > b.length) throw new Error('trunc'); const l = b.readUInt32BE(p); p += 4; if (p + l > b.length) throw new Error('trunc'); const s = b.subarray(p, p + l); p += l; return s; };
  try {
    if (str().toString() !== 'none' || str().toString() !== 'none') return 'openssh cipher/kdf';
    str();
    const nkeys = b.readUInt32BE(p); p += 4;
    if (nkeys !== 1) return 'openssh nkeys';
    const pub = str();
    const priv = str();
    if (p !== b.length) return 'openssh trailing';
    if (priv.length % 8 !== 0) return 'openssh padding';
    if (priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return 'openssh checkint';
    const type = pub.subarray(4, 4 + pub.readUInt32BE(0)).toString();
    if (type === 'ssh-ed25519') { if (pub.length !== 4 + 11 + 4 + 32) return 'ed25519 pub size'; }
    else if (type === 'ecdsa-sha2-nistp256') { if (pub.length !== 4 + 19 + 4 + 8 + 4 + 65) return 'ecdsa pub size'; }
    else return 'openssh key type ' + type;
  } catch (e) { return 'openssh ' + e.message; }
  return null;
}
function jwtCheck(v) {
  const parts = v.split('.');
  if (parts.length !== 3 || parts.some((x) => !/^[A-Za-z0-9_-]+$/.test(x))) return 'JWT shape';
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
    const pl = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
    if (!h.alg) return 'JWT header without alg';
    if (typeof pl !== 'object' || Array.isArray(pl)) return 'JWT payload not an object';
  } catch (e) { return 'JWT json'; }
  return null;
}
const b64Strict = (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0 && Buffer.from(v, 'base64').toString('base64') === v;
const SECRET_SHAPES = {
  AWS_ACCESS_KEY_ID: /^AKIA[A-Z2-7]{16}$/, AWS_TEMPORARY_ACCESS_KEY_ID: /^ASIA[A-Z2-7]{16}$/, AWS_SECRET_ACCESS_KEY: /^[A-Za-z0-9+/]{40}$/,
  SLACK_BOT_TOKEN: /^xoxb-\d+-\d+-[A-Za-z0-9]{24}$/, SLACK_USER_TOKEN: /^xoxp-\d+-\d+-\d+-[0-9a-f]{32}$/, SLACK_APP_TOKEN: /^xapp-1-A[A-Z0-9]+-\d+-[0-9a-f]{64}$/,
  STRIPE_SECRET_KEY: /^sk_live_[A-Za-z0-9]{24,}$/, STRIPE_RESTRICTED_KEY: /^rk_live_[A-Za-z0-9]{24,}$/, STRIPE_WEBHOOK_SECRET: /^whsec_[A-Za-z0-9]{32}$/,
  OPENAI_PROJECT_API_KEY: /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/, OPENAI_LEGACY_API_KEY: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/,
  OPENAI_SERVICE_ACCOUNT_KEY: /^sk-svcacct-.*T3BlbkFJ/, OPENAI_ADMIN_KEY: /^sk-admin-.*T3BlbkFJ/, ANTHROPIC_API_KEY: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
  ANTHROPIC_ADMIN_KEY: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/, GOOGLE_API_KEY: /^AIza[A-Za-z0-9_-]{35}$/, GITLAB_PERSONAL_ACCESS_TOKEN: /^glpat-[A-Za-z0-9_-]{20}$/,
  SENDGRID_API_KEY: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/, HUGGINGFACE_TOKEN: /^hf_[A-Za-z]{34}$/, DOCKER_HUB_PAT: /^dckr_pat_[A-Za-z0-9_-]{27}$/,
  AZURE_STORAGE_ACCOUNT_KEY: /^[A-Za-z0-9+/]{86}==$/, DIGITALOCEAN_PAT: /^dop_v1_[0-9a-f]{64}$/, TELEGRAM_BOT_TOKEN: /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/,
  SENTRY_DSN_KEY: /^[0-9a-f]{32}$/, AWS_PRESIGNED_URL_SIGNATURE: /^[0-9a-f]{64}$/, WIREGUARD_PRIVATE_KEY: /^[A-Za-z0-9+/]{43}=$/,
};

export function validate(records, opts = {}) {
  const errs = [];
  const E = (id, msg) => { if (errs.length < 200) errs.push(`${id}: ${msg}`); };
  const ids = new Set();
  for (const rec of records) {
    const { id, kind, text } = rec;
    if (!/^blind22-[a-z0-9_]+-\d{4}$/.test(id) || !id.startsWith(`blind22-${kind}-`)) E(id, 'bad id');
    if (ids.has(id)) E(id, 'duplicate id');
    ids.add(id);
    const buf = Buffer.from(text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) E(id, `size ${buf.length}`);
    if (Buffer.from(rec.text_b64url, 'base64url').toString('utf8') !== text) E(id, 'base64url round trip');
    const spans = [...rec.labels.map((l) => ({ ...l, k: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, k: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= buf.length)) { E(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (i && spans[i - 1].end > s.start) E(id, `overlap ${spans[i - 1].start}-${spans[i - 1].end} / ${s.start}-${s.end}`);
      const got = buf.subarray(s.start, s.end).toString('utf8');
      if (got !== s.value) E(id, `span bytes differ at ${s.start}: ${JSON.stringify(got).slice(0, 60)} vs ${JSON.stringify(s.value).slice(0, 60)}`);
      if (/^\s|\s$/u.test(got)) E(id, `whitespace at span edge ${s.start}`);
      if (Buffer.from(got, 'utf8').length !== s.end - s.start) E(id, `span cuts a UTF-8 sequence at ${s.start}`);
    }
    for (const l of rec.labels) {
      const v = l.value;
      if (l.family === 'pii') {
        if (!PII_ENTITIES.includes(l.entity)) { E(id, `PII entity ${l.entity}`); continue; }
        const bad = piiCheck(l.entity, v);
        if (bad) E(id, `${l.entity} ${JSON.stringify(v)}: ${bad}`);
      } else if (l.family === 'secrets') {
        if (!/^[A-Z][A-Z0-9_]+$/.test(l.entity)) E(id, `secret entity name ${l.entity}`);
        if (/example/i.test(v)) E(id, `secret contains EXAMPLE: ${l.entity}`);
        const bad = secretCheck(l.entity, v);
        if (bad) E(id, `${l.entity} ${JSON.stringify(v.slice(0, 50))}: ${bad}`);
      } else E(id, `family ${l.family}`);
    }
    for (const l of rec.lookalikes) {
      if (!/^[a-z][a-z0-9_]+$/.test(l.what)) E(id, `what ${l.what}`);
      const bad = lookCheck(l.what, l.value);
      if (bad) E(id, `look-alike ${l.what} ${JSON.stringify(l.value.slice(0, 50))}: ${bad}`);
    }
    textChecks(text, (m) => E(id, m));
  }
  // composition
  const comp = composition(records);
  const need = (ok, msg) => { if (!ok) errs.push('composition: ' + msg); };
  need(comp.docs >= MIN.docs, `documents ${comp.docs} < ${MIN.docs}`);
  need(Object.keys(comp.kinds).length >= MIN.kinds, `kinds ${Object.keys(comp.kinds).length} < ${MIN.kinds}`);
  need(comp.secrets >= MIN.secrets, `secret labels ${comp.secrets} < ${MIN.secrets}`);
  need(Object.keys(comp.secretKinds).length >= MIN.secretKinds, `secret kinds ${Object.keys(comp.secretKinds).length} < ${MIN.secretKinds}`);
  need(comp.pii >= MIN.pii, `PII labels ${comp.pii} < ${MIN.pii}`);
  for (const e of PII_ENTITIES) need((comp.piiKinds[e] || 0) >= MIN.perPii, `${e} ${comp.piiKinds[e] || 0} < ${MIN.perPii}`);
  need(comp.look >= MIN.look, `look-alikes ${comp.look} < ${MIN.look}`);
  need(Object.keys(comp.lookKinds).length >= MIN.lookKinds, `look-alike kinds ${Object.keys(comp.lookKinds).length} < ${MIN.lookKinds}`);
  if (opts.dir) scanFiles(opts.dir, (m) => errs.push(m));
  return { errs, comp };
}

function piiCheck(e, v) {
  switch (e) {
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(d)) return 'not digits'; if (!luhnValid(d)) return 'Luhn'; if (!cardBrand(d)) return 'IIN/length'; return null; }
    case 'IBAN_CODE': return ibanValid(v) ? null : 'mod 97 / length';
    case 'US_SSN': return /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(v) && ssnIssued(v) ? null : 'not an issued-range SSN';
    case 'US_ITIN': return /^9\d{2}([- ]?)\d{2}\1\d{4}$/.test(v) && itinValid(v) ? null : 'ITIN group range';
    case 'UK_NHS': return /^\d{3}([ -]?)\d{3}\1\d{4}$/.test(v) && nhsValid(v) ? null : 'NHS mod 11';
    case 'MEDICAL_LICENSE': return deaValid(v) ? null : 'DEA checksum';
    case 'CRYPTO': return btcValid(v) ? null : 'BTC base58check/bech32';
    case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/.exec(v); if (!m) return 'shape'; return hostOk(m[1]) ? null : 'domain'; }
    case 'IP_ADDRESS': return isIP(v) ? null : 'not an IP';
    case 'PHONE_NUMBER': { const d = v.replace(/\D/g, ''); return /^[+0-9 ().\/-]+$/.test(v) && d.length >= 7 && d.length <= 15 ? null : 'phone shape'; }
    case 'US_PASSPORT': return /^(\d{9}|[A-Z]\d{8})$/.test(v) ? null : 'passport shape';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9][A-Z0-9 -]{5,20}$/.test(v) ? null : 'DL shape';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'account shape';
    case 'PERSON': return (v.length >= 2 || /^[\p{Script=Han}\p{Script=Hangul}]$/u.test(v)) && !/\d/.test(v) ? null : 'person shape';
    case 'LOCATION': return v.length >= 2 ? null : 'location shape';
  }
  return null;
}
function secretCheck(e, v) {
  if (/^gh[pousr]_/.test(v) || /^GITHUB_(PERSONAL_ACCESS|OAUTH|USER_TO_SERVER|INSTALLATION|REFRESH)/.test(e)) return ghTokenValid(v) ? null : 'GitHub CRC32/base62 checksum';
  if (e === 'NPM_ACCESS_TOKEN') return ghTokenValid('ghp_' + v.slice(4)) && v.startsWith('npm_') ? null : 'npm checksum';
  if (e.startsWith('PRIVATE_KEY_')) return pemCheck(v);
  if (e === 'JSON_WEB_TOKEN' || e === 'KUBERNETES_SA_TOKEN' || e === 'SUPABASE_SERVICE_ROLE_KEY') return jwtCheck(v);
  if (e === 'BASIC_AUTH_CREDENTIALS' || e === 'DOCKER_REGISTRY_AUTH') {
    if (!b64Strict(v)) return 'base64';
    const t = Buffer.from(v, 'base64').toString('utf8');
    return /^[^:\s]+:\S.*$/.test(t) ? null : 'does not decode to user:password';
  }
  if (e === 'KUBERNETES_SECRET_DATA') {
    if (!b64Strict(v)) return 'base64';
    const t = Buffer.from(v, 'base64').toString('utf8');
    return Buffer.from(t, 'utf8').toString('base64') === v && !/[\x00-\x08\x0e-\x1f]/.test(t) ? null : 'not printable UTF-8';
  }
  if (e === 'AGE_SECRET_KEY') { const d = bech32Decode(v); return d && d.hrp === 'age-secret-key-' ? null : 'age bech32'; }
  const shape = SECRET_SHAPES[e];
  if (shape && !shape.test(v)) return 'shape';
  if (/\s/.test(v) && !['PASSPHRASE', 'HUMAN_PASSWORD'].includes(e)) return 'whitespace inside';
  if (v.length < 6) return 'too short';
  return null;
}
function lookCheck(w, v) {
  switch (w) {
    case 'invalid_card': { const d = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && !luhnValid(d) ? null : 'passes Luhn'; }
    case 'vendor_test_card': { const d = v.replace(/[ -]/g, ''); return luhnValid(d) ? null : 'fails Luhn'; }
    case 'invalid_iban': { const s = v.replace(/ /g, ''); return IBAN_LEN[s.slice(0, 2)] === s.length && ibanMod97(s) !== 1 ? null : 'passes mod 97'; }
    case 'invalid_ssn': return /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnIssued(v) && !itinValid(v) ? null : 'looks issued';
    case 'invalid_nhs': return /^\d{3} ?\d{3} ?\d{4}$/.test(v) && !nhsValid(v) ? null : 'passes mod 11';
    case 'aws_example_key': return /EXAMPLE/.test(v) ? null : 'not a documented example';
    case 'uuid': return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v) ? null : 'uuid';
    case 'git_sha': return /^[0-9a-f]{7,40}$/.test(v) ? null : 'sha';
    case 'isbn': return isbn13Valid(v) ? null : 'isbn';
    case 'digest': return /^sha256:[0-9a-f]{64}$/.test(v) ? null : 'digest';
  }
  return null;
}
function textChecks(text, E) {
  const url = /\b([a-z][a-z0-9+.-]*):\/\/(?:[^\s\/@"'<>]*@)?(\[[0-9a-fA-F:.]+\]|[^\s\/:?#"'<>\\,;)\]}|`]*)/g;
  let m;
  while ((m = url.exec(text))) if (!hostOk(m[2])) E(`URL host not allowed: ${m[2]}`);
  const mail = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,}))(?![A-Za-z0-9-])/g;
  while ((m = mail.exec(text))) if (!hostOk(m[1])) E(`e-mail domain not allowed: ${m[1]}`);
  const f = forbiddenRe.exec(text);
  if (f) E(`registry/code-hosting host name in text: ${f[1]}`);
}
function scanFiles(dir, E) {
  for (const f of readdirSync(dir)) {
    if (!/\.(mjs|md|json)$/.test(f)) continue;
    const t = readFileSync(`${dir}/${f}`, 'utf8');
    const m = forbiddenRe.exec(t);
    if (m) E(`${f}: registry/code-hosting host name ${m[1]}`);
  }
}
export function composition(records) {
  const c = { docs: records.length, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiKinds: {}, look: 0, lookKinds: {}, bytes: 0 };
  for (const r of records) {
    c.kinds[r.kind] = (c.kinds[r.kind] || 0) + 1;
    c.bytes += Buffer.byteLength(r.text);
    for (const l of r.labels) {
      if (l.family === 'secrets') { c.secrets++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.pii++; c.piiKinds[l.entity] = (c.piiKinds[l.entity] || 0) + 1; }
    }
    for (const l of r.lookalikes) { c.look++; c.lookKinds[l.what] = (c.lookKinds[l.what] || 0) + 1; }
  }
  return c;
}

// Stand-alone mode: node test/eval/blind22/validate.mjs test/eval/blind22.jsonl
// (span values are taken from the decoded text; every other rule is checked the same way)
import { fileURLToPath } from 'node:url';
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const r = JSON.parse(line);
    const buf = Buffer.from(r.text_b64url, 'base64url');
    const val = (s) => buf.subarray(s.start, s.end).toString('utf8');
    return { ...r, text: buf.toString('utf8'), labels: r.labels.map((l) => ({ ...l, value: val(l) })), lookalikes: r.lookalikes.map((l) => ({ ...l, value: val(l) })) };
  });
  const { errs, comp } = validate(recs, { dir: fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '') });
  for (const e of errs.slice(0, 80)) console.error('INVALID ' + e);
  if (errs.length) process.exit(1);
  console.log(`ok: ${comp.docs} documents, ${comp.secrets} secret / ${comp.pii} PII labels, ${comp.look} look-alikes`);
}
