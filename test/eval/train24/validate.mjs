// Validator for train24: every check here must pass before generate.mjs writes anything.
// validate(items) takes [{rec, doc}] (doc keeps the raw value and encoding chain of every span).
import { encode } from './codec.mjs';
import { luhnValid, cardBrand, ibanValid, ibanStructOk, ssnValid, itinValid, nhsValid, deaValid, btcValid, ghTokenValid } from './checksums.mjs';
import { derRead, derChildren, pemParse, sshReadString } from './der.mjs';
import { crc24 } from './checksums.mjs';
import { SECRET_KINDS, PEM_ENTITIES } from './secrets.mjs';
import { PII_ENTITIES, isTestCard } from './pii.mjs';

// Host names of package registries and code-hosting sites, stored base64-encoded so that the
// names themselves never appear in the repository; decoded only at run time.
const FORBIDDEN_B64 = [
  
'Z2l0aHViLmNvbQ==',
  'Z2l0bGFiLmNvbQ==',
  'Yml0YnVja2V0Lm9yZw==',
  'bnBtanMuY29t',
  'bnBtanMub3Jn',
  'cmVnaXN0cnkubnBtanMub3Jn',
  'eWFybnBrZy5jb20=',
  'cHlwaS5vcmc=',
  'cHl0aG9uaG9zdGVkLm9yZw==',
  'Y3JhdGVzLmlv',
  'cnVieWdlbXMub3Jn',
  'bnVnZXQub3Jn',
  'cGFja2FnaXN0Lm9yZw==',
  'bWF2ZW4ub3Jn',
  'cmVwbzEubWF2ZW4ub3Jn',
  'bXZucmVwb3NpdG9yeS5jb20=',
  'cGtnLmdvLmRldg==',
  'cHJveHkuZ29sYW5nLm9yZw==',
  'ZG9ja2VyLmlv',
  'aHViLmRvY2tlci5jb20=',
  'Z2hjci5pbw==',
  'cXVheS5pbw==',
  'Z2NyLmlv',
  'cmVnaXN0cnkuazhzLmlv',
  'c291cmNlZm9yZ2UubmV0',
  'Y29kZWJlcmcub3Jn',
  'Z2l0ZWUuY29t',
  'aHVnZ2luZ2ZhY2UuY28=',
  'anNkZWxpdnIubmV0',
  'dW5wa2cuY29t',
  'Y29jb2Fwb2RzLm9yZw==',
  'cHViLmRldg==',
  'aGFja2FnZS5oYXNrZWxsLm9yZw==',
  'Y3Bhbi5vcmc=',
  'bWV0YWNwYW4ub3Jn',
  'YW5hY29uZGEub3Jn',
  'Y29uZGEuaW8=',
  'aGV4LnBt',
  'b3BhbS5vY2FtbC5vcmc=',
  'Y2xvamFycy5vcmc=',
  'bGF1bmNocGFkLm5ldA==',
  'c3IuaHQ=',
  'Z2l0aHVidXNlcmNvbnRlbnQuY29t',
  'Z2l0bGFiLmlv',
  'Z2l0aHViLmlv',
  'Yml0YnVja2V0Lmlv',
  'amZyb2cuaW8=',
  'YXJ0aWZhY3RodWIuaW8=',
  'Y2hvY29sYXRleS5vcmc=',
  'c25hcGNyYWZ0Lmlv',
  'ZmxhdGh1Yi5vcmc=',
  'dmNwa2cuaW8=',
  'Y29uYW4uaW8=',
  'c3dpZnRwYWNrYWdlaW5kZXguY29t',
  'ZGVuby5sYW5k',
  'anNyLmlv',
  'Y3Jhbi5yLXByb2plY3Qub3Jn',
  'Y3Rhbi5vcmc=',
  'ZWxtLWxhbmcub3Jn',
  'bWNyLm1pY3Jvc29mdC5jb20=',
  'cHVibGljLmVjci5hd3M=',
  'Z2FsbGVyeS5lY3IuYXdz',
  'ZGV2LmF6dXJlLmNvbQ==',
  'dmlzdWFsc3R1ZGlvLmNvbQ==',
  'Z2l0ZWEuY29t',
  'cGFndXJlLmlv',
  'c2F2YW5uYWguZ251Lm9yZw==',
  'cGtncy5kZXYuYXp1cmUuY29t'
];
export const FORBIDDEN = FORBIDDEN_B64.map((s) => Buffer.from(s, 'base64').toString('utf8').toLowerCase());

export const MIN = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, perPii: 15, looks: 2500, lookKinds: 35, cultures: 40, phonePlans: 40,
  codeLangs: 15, configSyntaxes: 20, schemes: 25, pwLangs: 20, piiLangs: 30, cliTools: 30 };

const okDomain = (h) => {
  h = h.toLowerCase().replace(/\.$/, '');
  if (/^\[[0-9a-f:.]+\]$/.test(h)) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return true;
  if (!h.includes('.')) return true;
  return /\.(example|test|invalid)$/.test(h) || /^(example|test|invalid)$/.test(h);
};

function checkPem(ent, raw) {
  if (ent === 'PUTTY_PRIVATE_KEY') {
    const m = /^PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: [^\n]*\nPublic-Lines: (\d+)\n([\s\S]*?)\nPrivate-Lines: (\d+)\n([\s\S]*?)\nPrivate-MAC: [0-9a-f]{64}$/.exec(raw);
    if (!m) return 'ppk layout';
    const pub = Buffer.from(m[2].replace(/\n/g, ''), 'base64'), priv = Buffer.from(m[4].replace(/\n/g, ''), 'base64');
    if (m[2].split('\n').length !== +m[1] || m[4].split('\n').length !== +m[3]) return 'ppk line counts';
    if (pub.length !== 51 || priv.length !== 36) return 'ppk sizes';
    return null;
  }
  const p = pemParse(raw); if (!p) return 'not a PEM block';
  if (p.label === 'PGP PRIVATE KEY BLOCK') {
    const lines = p.body.split('\n'); if (lines[0] !== '') return 'pgp armor blank line';
    const ck = lines[lines.length - 1]; if (!/^=[A-Za-z0-9+/]{4}$/.test(ck)) return 'pgp crc line';
    const data = Buffer.from(lines.slice(1, -1).join(''), 'base64');
    const c = crc24(data); const want = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
    if (ck.slice(1) !== want) return 'pgp crc24 mismatch';
    if ((data[0] & 0x3f) !== 5 || data[0] >> 6 !== 3) return 'pgp first packet not a secret key';
    return null;
  }
  const body = p.body.split('\n');
  if (body.some((l) => l.length > 76) || !body.every((l) => /^[A-Za-z0-9+/=]+$/.test(l))) return 'pem body lines';
  const der = Buffer.from(body.join(''), 'base64');
  if (p.label === 'OPENSSH PRIVATE KEY') {
    if (!der.subarray(0, 15).equals(Buffer.from('openssh-key-v1\0'))) return 'openssh magic';
    let o = 15; const cipher = sshReadString(der, o); o = cipher.next; const kdf = sshReadString(der, o); o = kdf.next; const kopt = sshReadString(der, o); o = kopt.next;
    const n = der.readUInt32BE(o); o += 4; if (n !== 1) return 'openssh key count';
    const pub = sshReadString(der, o); if (!pub) return 'openssh pub'; o = pub.next;
    const priv = sshReadString(der, o); if (!priv || priv.next !== der.length) return 'openssh priv length';
    if (priv.v.length % 8 !== 0 || priv.v.readUInt32BE(0) !== priv.v.readUInt32BE(4)) return 'openssh check ints';
    const t = sshReadString(priv.v, 8); if (!t || !['ssh-ed25519', 'ssh-rsa'].includes(t.v.toString())) return 'openssh key type';
    return null;
  }
  const top = derRead(der, 0); if (!top || top.tag !== 0x30 || top.end !== der.length) return 'DER outer SEQUENCE length';
  const kids = derChildren(der, top); if (!kids) return 'DER children';
  switch (p.label) {
    case 'RSA PRIVATE KEY': { if (kids.length !== 9 || kids.some((k) => k.tag !== 2)) return 'PKCS#1 needs 9 INTEGERs'; const nb = (kids[1].len - (der[kids[1].start] === 0 ? 1 : 0)) * 8; if (![2048, 3072, 4096].includes(nb)) return 'RSA modulus size ' + nb; return null; }
    case 'PRIVATE KEY': { if (kids.length !== 3 || kids[0].tag !== 2 || kids[1].tag !== 0x30 || kids[2].tag !== 4) return 'PKCS#8 layout'; const inner = derRead(der, kids[2].start); if (!inner || inner.end !== kids[2].end) return 'PKCS#8 inner'; return null; }
    case 'EC PRIVATE KEY': { if (kids.length !== 4 || kids[0].tag !== 2 || kids[1].tag !== 4 || ![32, 48].includes(kids[1].len) || kids[2].tag !== 0xa0 || kids[3].tag !== 0xa1) return 'SEC1 layout'; return null; }
    case 'ENCRYPTED PRIVATE KEY': { if (kids.length !== 2 || kids[0].tag !== 0x30 || kids[1].tag !== 4 || kids[1].len % 16 !== 0) return 'EncryptedPrivateKeyInfo layout'; return null; }
    case 'CERTIFICATE': { if (kids.length !== 3 || kids[0].tag !== 0x30 || kids[1].tag !== 0x30 || kids[2].tag !== 3) return 'X.509 layout'; return null; }
    case 'PUBLIC KEY': { if (kids.length !== 2 || kids[0].tag !== 0x30 || kids[1].tag !== 3) return 'SPKI layout'; return null; }
    default: return 'unexpected PEM label ' + p.label;
  }
}
function checkJwt(raw) {
  const parts = raw.split('.'); if (parts.length !== 3 || !parts.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return 'jwt shape';
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString()); const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
    if (!h.alg || typeof p !== 'object') return 'jwt header alg';
    if (Buffer.from(parts[0], 'base64url').toString('base64url') !== parts[0]) return 'jwt header not canonical base64url';
  } catch { return 'jwt json'; }
  return null;
}
const ipv4Ok = (s) => { const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s); return !!m && m.slice(1).every((x) => +x <= 255); };

export function checkSpan(val) {
  const { fam, ent, raw } = val;
  if (fam === 'pii') {
    if (!PII_ENTITIES.includes(ent)) return 'PII entity not one of the 15 Presidio names: ' + ent;
    switch (ent) {
      case 'CREDIT_CARD': { const d = raw.replace(/[ -]/g, ''); if (!luhnValid(d) || !cardBrand(d)) return 'card Luhn/IIN/length'; if (isTestCard(d)) return 'real card label is a vendor test card'; return null; }
      case 'IBAN_CODE': return ibanValid(raw) ? null : 'IBAN mod-97/length';
      case 'US_SSN': return ssnValid(raw) ? null : 'SSN not in issued ranges';
      case 'US_ITIN': return itinValid(raw) ? null : 'ITIN group range';
      case 'UK_NHS': return nhsValid(raw) ? null : 'NHS mod 11';
      case 'MEDICAL_LICENSE': return deaValid(raw) ? null : 'DEA checksum';
      case 'CRYPTO': return btcValid(raw) ? null : 'BTC base58check/bech32';
      case 'US_PASSPORT': return /^([A-Z]\d{8}|\d{9})$/.test(raw) ? null : 'passport format';
      case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(raw) ? null : 'bank number format';
      case 'US_DRIVER_LICENSE': return /\d{5}/.test(raw.replace(/[ -]/g, '')) || /^WDL[A-Z0-9]{9}$/.test(raw) ? null : 'DL format';
      case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)$/.exec(raw); return m && okDomain(m[1]) && m[1].includes('.') ? null : 'email domain'; }
      case 'IP_ADDRESS': return ipv4Ok(raw) || /^[0-9a-f:]+$/.test(raw) && raw.includes(':') ? null : 'ip format';
      case 'PHONE_NUMBER': { const n = raw.replace(/\D/g, '').length; return n >= 7 && n <= 15 ? null : 'phone digits'; }
      default: return raw.length ? null : 'empty';
    }
  }
  if (fam === 'secrets') {
    if (/example/i.test(raw) || /example/i.test(val.v)) return 'secret contains EXAMPLE';
    const k = SECRET_KINDS[ent]; if (!k) return 'unknown secret entity ' + ent;
    const ck = k.check;
    if (PEM_ENTITIES.has(ent)) return checkPem(ent, raw);
    if (ck === 'gh') return ghTokenValid(raw) ? null : 'GitHub token CRC32/base62 checksum';
    if (ck === 'jwt') return checkJwt(raw);
    if (ck instanceof RegExp) return ck.test(raw) ? null : `format ${ck}`;
    if (typeof ck === 'function') return ck(raw) ? null : 'in-house checksum';
    if (ck === 'userpass') { const i = raw.indexOf(':'); return i > 0 && i < raw.length - 1 && /(^|\|)b64/.test(val.enc) ? null : 'basic/docker auth must be base64 of user:password'; }
    if (ck === 'pem') return /(^|\|)b64/.test(val.enc) ? checkPem('X', raw) : 'kubeconfig key must be base64';
    if (ent === 'KUBERNETES_SECRET_VALUE') return /(^|\|)b64/.test(val.enc) ? null : 'k8s data must be base64';
    if (k.password) return raw.length >= 6 ? null : 'password too short';
    return raw.length >= 8 ? null : 'secret too short';
  }
  if (fam === 'look') {
    switch (ent) {
      case 'invalid_card': { const d = raw.replace(/[ -]/g, ''); return cardBrand(d) && !luhnValid(d) ? null : 'invalid_card must have a real IIN/length and fail Luhn'; }
      case 'vendor_test_card': return luhnValid(raw.replace(/[ -]/g, '')) ? null : 'vendor test card must pass Luhn';
      case 'invalid_iban': return ibanStructOk(raw) && !ibanValid(raw) ? null : 'invalid_iban must fail mod 97';
      case 'invalid_ssn': return /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(raw) && !ssnValid(raw) && !itinValid(raw) ? null : 'invalid_ssn must fail the issued ranges';
      case 'invalid_nhs': return /^\d{3} ?\d{3} ?\d{4}$/.test(raw) && !nhsValid(raw) ? null : 'invalid_nhs must fail mod 11';
      case 'invalid_dea': return /^[A-Z]{2}\d{7}$/.test(raw) && !deaValid(raw) ? null : 'invalid_dea must fail';
      case 'aws_example_key': return /EXAMPLE/.test(raw) ? null : 'aws example key';
      case 'certificate': return checkPem('CERT', raw);
      default: return raw.length ? null : 'empty look-alike';
    }
  }
  return 'unknown family ' + fam;
}

export function validate(items) {
  const errs = []; const ids = new Set();
  const E = (id, m) => { if (errs.length < 50) errs.push(`${id}: ${m}`); };
  for (const { rec, doc } of items) {
    const id = rec.id;
    if (Object.keys(rec).join(',') !== 'id,kind,text_b64url,labels,lookalikes') E(id, 'record keys/order');
    if (!/^train24-[a-z0-9_]+-\d{4}$/.test(id) || !id.startsWith(`train24-${rec.kind}-`)) E(id, 'id format');
    if (ids.has(id)) E(id, 'duplicate id'); ids.add(id);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url || /[=+/]/.test(rec.text_b64url)) E(id, 'text_b64url not canonical base64url without padding');
    const text = buf.toString('utf8');
    if (Buffer.from(text, 'utf8').compare(buf) !== 0) E(id, 'text is not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) E(id, `size ${buf.length} outside 200-4000`);
    // spans
    const all = [...rec.labels.map((l) => ({ ...l, t: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) E(id, `span out of range ${s.start}-${s.end}`);
      if (i && all[i - 1].end > s.start) E(id, `overlap ${all[i - 1].start}-${all[i - 1].end} / ${s.start}-${s.end}`);
      const sl = buf.subarray(s.start, s.end).toString('utf8');
      if (/^\s|\s$/.test(sl)) E(id, `whitespace at span end: ${JSON.stringify(sl.slice(0, 30))}`);
      if (s.t === 'label' && !['secrets', 'pii'].includes(s.family)) E(id, 'family');
    }
    if (doc) {
      if (doc.spans.length !== all.length) E(id, 'span bookkeeping');
      const byStart = new Map(doc.spans.map((sp) => [sp.start, sp]));
      for (const s of all) {
        const sp = byStart.get(s.start);
        const ent = s.t === 'label' ? s.entity : s.what;
        if (!sp || sp.end !== s.end || sp.val.ent !== ent || (s.t === 'label' ? sp.val.fam !== s.family : sp.val.fam !== 'look')) E(id, `record span ${s.start}-${s.end} ${ent} does not match an inserted value`);
      }
      for (const sp of doc.spans) {
        const v = sp.val;
        if (Buffer.compare(buf.subarray(sp.start, sp.end), Buffer.from(v.v, 'utf8')) !== 0) E(id, `bytes differ from inserted value at ${sp.start}`);
        let encd; try { encd = encode(v.raw, v.enc); } catch (e) { encd = null; }
        if (encd !== v.v) E(id, `encoding chain ${v.enc} does not reproduce the value at ${sp.start}`);
        const m = checkSpan(v); if (m) E(id, `${v.ent} @${sp.start}: ${m} :: ${JSON.stringify(v.raw.slice(0, 60))}`);
        for (const f of FORBIDDEN) if (v.raw.toLowerCase().includes(f)) E(id, 'forbidden host name inside a value');
      }
    }
    // URL hosts, e-mail domains, forbidden host names in the whole decoded text
    const low = text.toLowerCase();
    for (const f of FORBIDDEN) if (low.includes(f)) E(id, 'forbidden host name in text');
    for (const m of text.matchAll(/\b([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:[^\s\/?#@"'<>]*@)?(\[[0-9a-fA-F:.]+\]|[^\s\/?#:"'<>;,)\]}|\\]+)/g)) {
      if (!okDomain(m[2])) E(id, `URL host not allowed: ${m[0].slice(0, 80)}`);
    }
    // byte ranges of all spans, to check that every e-mail address and public IPv4 in the text is labelled
    const cover = all.map((x) => [x.start, x.end, x]);
    const byteAt = (ci) => Buffer.byteLength(text.slice(0, ci), 'utf8');
    const labelled = (bs, be, entity) => cover.some(([s0, e0, x]) => (entity ? x.entity === entity && s0 === bs && e0 === be : s0 < be && bs < e0));
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) {
      if (!okDomain(m[1])) E(id, `e-mail/userinfo domain not allowed: ${m[0].slice(0, 80)}`);
      const bs = byteAt(m.index), be = bs + Buffer.byteLength(m[0]);
      if (!labelled(bs, be, 'EMAIL_ADDRESS') && !labelled(bs, be)) E(id, `unlabelled e-mail address: ${m[0]}`);
    }
    for (const m of text.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/g)) {
      const [a, b] = [+m[1], +m[2]];
      if ([m[1], m[2], m[3], m[4]].some((x) => +x > 255)) continue;
      const priv = a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
      const bs = byteAt(m.index), be = bs + Buffer.byteLength(m[0]);
      if (!priv && !labelled(bs, be)) E(id, `unlabelled public IPv4 address: ${m[0]}`);
    }
  }
  return errs;
}

export function composition(items) {
  const C = { docs: items.length, kinds: {}, sec: {}, pii: {}, look: {}, tags: {}, enc: {} };
  let nSec = 0, nPii = 0, nLook = 0;
  for (const { rec, doc } of items) {
    C.kinds[rec.kind] = (C.kinds[rec.kind] || 0) + 1;
    for (const l of rec.labels) { if (l.family === 'secrets') { nSec++; C.sec[l.entity] = (C.sec[l.entity] || 0) + 1; } else { nPii++; C.pii[l.entity] = (C.pii[l.entity] || 0) + 1; } }
    for (const l of rec.lookalikes) { nLook++; C.look[l.what] = (C.look[l.what] || 0) + 1; }
    for (const [k, set] of Object.entries(doc.tags)) { C.tags[k] ??= {}; for (const v of set) C.tags[k][v] = (C.tags[k][v] || 0) + 1; }
    for (const sp of doc.spans) if (sp.val.fam === 'secrets') { const e = sp.val.enc || 'plain'; C.enc[e] = (C.enc[e] || 0) + 1; }
  }
  Object.assign(C, { nSec, nPii, nLook });
  return C;
}
const nk = (o) => Object.keys(o || {}).length;
export function checkMinimum(C) {
  const e = [];
  const need = (ok, m) => { if (!ok) e.push('composition: ' + m); };
  need(C.docs >= MIN.docs, `docs ${C.docs} < ${MIN.docs}`); need(nk(C.kinds) >= MIN.kinds, `kinds ${nk(C.kinds)}`);
  need(C.nSec >= MIN.secrets, `secret labels ${C.nSec}`); need(nk(C.sec) >= MIN.secretKinds, `secret kinds ${nk(C.sec)}`);
  need(C.nPii >= MIN.pii, `PII labels ${C.nPii}`);
  for (const p of PII_ENTITIES) need((C.pii[p] || 0) >= MIN.perPii, `PII ${p} ${C.pii[p] || 0}`);
  need(nk(C.pii) === 15, 'PII entity set');
  need(C.nLook >= MIN.looks, `look-alikes ${C.nLook}`); need(nk(C.look) >= MIN.lookKinds, `look-alike kinds ${nk(C.look)}`);
  need(nk(C.tags.culture) >= MIN.cultures, `name cultures ${nk(C.tags.culture)}`); need(nk(C.tags.phone_plan) >= MIN.phonePlans, `phone plans ${nk(C.tags.phone_plan)}`);
  need(nk(C.tags.code_lang) >= MIN.codeLangs, `code languages ${nk(C.tags.code_lang)}`); need(nk(C.tags.config_syntax) >= MIN.configSyntaxes, `config syntaxes ${nk(C.tags.config_syntax)}`);
  need(nk(C.tags.scheme) >= MIN.schemes, `URL/connection schemes ${nk(C.tags.scheme)}`); need(nk(C.tags.pw_lang) >= MIN.pwLangs, `password languages ${nk(C.tags.pw_lang)}`);
  need(nk(C.tags.pii_lang) >= MIN.piiLangs, `PII languages ${nk(C.tags.pii_lang)}`); need(nk(C.tags.cli_tool) >= MIN.cliTools, `CLI tools ${nk(C.tags.cli_tool)}`);
  return e;
}

