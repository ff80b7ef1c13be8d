// Validator for train23, used in-process by generate.mjs (which writes nothing
// unless every check passes) and by check.mjs (standalone re-check of the file).
import crypto from 'node:crypto';
import net from 'node:net';
import { PII_ENTITIES } from './doc.mjs';
import { luhnValid, cardBrandOf, ibanValid, ssnValid, itinValid, nhsValid, deaValid, btcValid, ghTokenValid, crc24 } from './checksums.mjs';
import { LOOK_KINDS } from './lookalikes.mjs';

export const MIN = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, piiEach: 15, looks: 2500, lookKinds: 35, cultures: 40, plans: 40, codeLangs: 15 };
// Code-hosting and package-registry hosts, base64-encoded so that this file does not spell them
// out.
const FORBIDDEN_HOSTS = ['Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMub3Jn', 'bnBtanMuY29t', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'bnVnZXQub3Jn', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'Z2hjci5pbw==', 'cXVheS5pbw==', 'Z2NyLmlv', 'bWF2ZW4ub3Jn', 'bXZucmVwb3NpdG9yeS5jb20=', 'cGFja2FnaXN0Lm9yZw==', 'Z29sYW5nLm9yZw==', 'Z28uZGV2', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWEuY29t', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'Y29jb2Fwb2RzLm9yZw==', 'cHViLmRldg==', 'aGV4LnBt', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'Y3Jhbi5yLXByb2plY3Qub3Jn', 'bWV0YWNwYW4ub3Jn', 'YW5hY29uZGEub3Jn', 'bGF1bmNocGFkLm5ldA==', 'c3IuaHQ=', 'Z2l0ZWUuY29t', 'aHVnZ2luZ2ZhY2UuY28=', 'YmludHJheS5jb20=', 'amZyb2cuaW8='].map((b) => Buffer.from(b, 'base64').toString('utf8'));
const OK_TLD = /\.(example|test|invalid)$/i;
const JWT_ENTITIES = new Set(['JSON_WEB_TOKEN', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'ARGOCD_AUTH_TOKEN']);
const BASIC_ENTITIES = new Set(['HTTP_BASIC_AUTH', 'DOCKER_REGISTRY_AUTH', 'NPM_LEGACY_AUTH']);

function hostOk(h) {
  h = h.replace(/^\[|\]$/g, '').replace(/:\d+$/, '').toLowerCase();
  if (net.isIP(h)) return true;
  if (!h.includes('.')) return true; // bare name (localhost, db, ...)
  return OK_TLD.test(h);
}
function b64decode(s) {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(t)) return null;
  return Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
// DER walker: returns [{tag, len, content, next}] at top level of buf, or throws
function der(buf, off = 0) {
  const tag = buf[off]; let len = buf[off + 1]; let p = off + 2;
  if (len === undefined) throw new Error('DER truncated');
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 4) throw new Error('DER len'); len = 0; for (let i = 0; i < n; i++) len = (len << 8) | buf[p + i]; p += n; }
  if (p + len > buf.length) throw new Error('DER overflow');
  return { tag, len, content: buf.subarray(p, p + len), end: p + len };
}
function derChildren(buf) { const out = []; let o = 0; while (o < buf.length) { const x = der(buf, o); out.push(x); o = x.end; } return out; }

function checkOpenSSH(body) {
  let o = 0; const rd = () => { const n = body.readUInt32BE(o); o += 4; const v = body.subarray(o, o + n); o += n; if (o > body.length) throw new Error('ssh overflow'); return v; };
  if (body.subarray(0, 15).toString('latin1') !== 'openssh-key-v1\0') throw new Error('openssh magic');
  o = 15;
  const cipher = rd().toString(), kdf = rd().toString(); rd();
  if (cipher !== 'none' || kdf !== 'none') throw new Error('openssh cipher');
  const nkeys = body.readUInt32BE(o); o += 4; if (nkeys !== 1) throw new Error('nkeys');
  const pub = rd(); const sect = rd(); if (o !== body.length) throw new Error('trailing');
  if (sect.length % 8) throw new Error('padding');
  const c1 = sect.readUInt32BE(0), c2 = sect.readUInt32BE(4); if (c1 !== c2) throw new Error('checkint');
  let q = 8; const rs = () => { const n = sect.readUInt32BE(q); q += 4; const v = sect.subarray(q, q + n); q += n; return v; };
  const type = rs().toString();
  if (type === 'ssh-ed25519') { const pk = rs(), sk = rs(); if (pk.length !== 32 || sk.length !== 64 || !sk.subarray(32).equals(pk)) throw new Error('ed25519 sizes'); }
  else if (type === 'ssh-rsa') { const n = rs(); rs(); rs(); rs(); rs(); rs(); const bits = (n[0] === 0 ? n.length - 1 : n.length) * 8; if (![1024, 2048, 3072, 4096].includes(bits)) throw new Error('rsa size ' + bits); }
  else if (type.startsWith('ecdsa-sha2-')) { rs(); const Q = rs(); rs(); if (Q.length !== 65 && Q.length !== 97) throw new Error('ecdsa Q'); }
  else throw new Error('ssh type ' + type);
  rs(); // comment
  for (let i = 1; q < sect.length; i++, q++) if (sect[q] !== i) throw new Error('pad bytes');
  if (!pub.length) throw new Error('pub');
}
function checkPgp(text) {
  const lines = text.split('\n');
  const i0 = lines.findIndex((l) => l === ''); const crcLine = lines.findIndex((l) => l.startsWith('='));
  const data = Buffer.from(lines.slice(i0 + 1, crcLine).join(''), 'base64');
  const c = crc24(data); const crc = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  if ('=' + crc !== lines[crcLine]) throw new Error('pgp crc');
  let o = 0; const tags = [];
  while (o < data.length) {
    const h = data[o]; if (!(h & 0x80) || !(h & 0x40)) throw new Error('pgp header'); const tag = h & 0x3f;
    let len = data[o + 1]; let p = o + 2;
    if (len >= 192 && len < 224) { len = ((len - 192) << 8) + data[o + 2] + 192; p = o + 3; } else if (len === 255) { len = data.readUInt32BE(o + 2); p = o + 6; }
    tags.push(tag); o = p + len;
  }
  if (o !== data.length) throw new Error('pgp length');
  if (![5, 6].includes(tags[0]) || !tags.includes(13)) throw new Error('pgp packets ' + tags);
  return tags[0];
}
function normPem(v) {
  let t = v.replace(/\\n/g, '\n');
  t = t.split('\n').map((l) => l.trim()).join('\n');
  return t;
}
export function checkPem(v, expectSecret) {
  const t = normPem(v);
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(t);
  if (!m) throw new Error('PEM framing');
  const label = m[1];
  if (label.startsWith('PGP')) { const first = checkPgp(t); if (expectSecret !== (first === 5)) throw new Error('pgp secret/public mismatch'); return label; }
  const body = Buffer.from(m[2].replace(/\n/g, ''), 'base64');
  if (body.toString('base64').replace(/=+$/, '') !== m[2].replace(/\n/g, '').replace(/=+$/, '')) throw new Error('PEM base64');
  if (label === 'OPENSSH PRIVATE KEY') { checkOpenSSH(body); return label; }
  const top = der(body); if (top.end !== body.length || top.tag !== 0x30) throw new Error('DER top');
  if (label === 'RSA PRIVATE KEY') { const k = crypto.createPrivateKey({ key: body, format: 'der', type: 'pkcs1' }); if (![1024, 2048, 3072, 4096].includes(k.asymmetricKeyDetails.modulusLength)) throw new Error('rsa bits'); }
  else if (label === 'PRIVATE KEY') { const k = crypto.createPrivateKey({ key: body, format: 'der', type: 'pkcs8' }); const d = k.asymmetricKeyDetails || {}; if (k.asymmetricKeyType === 'rsa' && ![1024, 2048, 3072, 4096].includes(d.modulusLength)) throw new Error('rsa bits'); }
  else if (label === 'EC PRIVATE KEY') { const k = crypto.createPrivateKey({ key: body, format: 'der', type: 'sec1' }); if (!['prime256v1', 'secp384r1'].includes(k.asymmetricKeyDetails.namedCurve)) throw new Error('curve'); }
  else if (label === 'ENCRYPTED PRIVATE KEY') {
    const [alg, enc] = derChildren(top.content); const [oid] = derChildren(alg.content);
    if (oid.content.toString('hex') !== '2a864886f70d01050d') throw new Error('not PBES2');
    if (enc.tag !== 0x04 || enc.content.length % 16 || enc.content.length < 48) throw new Error('enc size');
  } else if (label === 'PUBLIC KEY') crypto.createPublicKey({ key: body, format: 'der', type: 'spki' });
  else if (label === 'CERTIFICATE') new crypto.X509Certificate(t);
  else throw new Error('PEM label ' + label);
  return label;
}
function jwtOk(v) {
  const parts = v.split('.'); if (parts.length !== 3) return false;
  try { const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString()); JSON.parse(Buffer.from(parts[1], 'base64url').toString()); return typeof h.alg === 'string' && /^[A-Za-z0-9_-]+$/.test(parts[2]); } catch { return false; }
}
function userPassOk(buf) { const s = buf.toString('utf8'); return /^[^:\s]+:[^\s]+$/.test(s); }

export function validateRecords(records, extra = {}) {
  const errors = []; const E = (id, msg) => { if (errors.length < 60) errors.push(`${id}: ${msg}`); };
  const ids = new Set();
  const comp = { kinds: {}, secrets: {}, pii: {}, looks: {}, nSecrets: 0, nPii: 0, nLooks: 0 };
  const lookSet = new Set(LOOK_KINDS);
  for (const rec of records) {
    const id = rec.id;
    if (!/^train23-[a-z0-9_]+-\d{4}$/.test(id)) E(id, 'bad id');
    if (ids.has(id)) E(id, 'duplicate id'); ids.add(id);
    if (id.split('-')[1] !== rec.kind) E(id, 'kind/id mismatch');
    comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) E(id, 'text_b64url not canonical');
    const text = buf.toString('utf8');
    if (Buffer.from(text, 'utf8').compare(buf) !== 0) E(id, 'text not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) E(id, `size ${buf.length}`);
    const spans = [...rec.labels.map((l) => ({ ...l, kindOf: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, kindOf: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { E(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (i > 0 && s.start < spans[i - 1].end) E(id, `overlap at ${s.start}`);
      const slice = buf.subarray(s.start, s.end); const v = slice.toString('utf8');
      if (Buffer.from(v, 'utf8').compare(slice) !== 0) E(id, `span not on UTF-8 boundary ${s.start}`);
      if (/^\s|\s$/u.test(v)) E(id, `whitespace at span edge ${JSON.stringify(v.slice(0, 20))}`);
      if (s.kindOf === 'label') {
        if (s.family === 'pii') {
          if (!PII_ENTITIES.includes(s.entity)) E(id, 'pii entity ' + s.entity);
          comp.pii[s.entity] = (comp.pii[s.entity] || 0) + 1; comp.nPii++;
          const digits = v.replace(/[\s-]/g, '');
          switch (s.entity) {
            case 'CREDIT_CARD': if (!/^\d+$/.test(digits) || !luhnValid(digits) || !cardBrandOf(digits)) E(id, 'card ' + v); break;
            case 'IBAN_CODE': if (!ibanValid(v)) E(id, 'iban ' + v); break;
            case 'US_SSN': if (!ssnValid(v)) E(id, 'ssn ' + v); break;
            case 'US_ITIN': if (!itinValid(v)) E(id, 'itin ' + v); break;
            case 'UK_NHS': if (!nhsValid(v)) E(id, 'nhs ' + v); break;
            case 'MEDICAL_LICENSE': if (!deaValid(v)) E(id, 'dea ' + v); break;
            case 'CRYPTO': if (!btcValid(v)) E(id, 'btc ' + v); break;
            case 'EMAIL_ADDRESS': { const m = /^[^@\s]+@([A-Za-z0-9.-]+)$/.exec(v); if (!m || !(OK_TLD.test(m[1]) || net.isIP(m[1]) || !m[1].includes('.'))) E(id, 'email ' + v); break; }
            case 'IP_ADDRESS': if (!net.isIP(v)) E(id, 'ip ' + v); break;
            case 'PHONE_NUMBER': if ((v.match(/\d/g) || []).length < 7) E(id, 'phone ' + v); break;
            case 'US_PASSPORT': if (!/^([A-Z]\d{8}|\d{9})$/.test(v)) E(id, 'passport ' + v); break;
            case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) E(id, 'bank ' + v); break;
            default: break;
          }
        } else if (s.family === 'secrets') {
          if (PII_ENTITIES.includes(s.entity) || !/^[A-Z0-9_]+$/.test(s.entity)) E(id, 'secret entity ' + s.entity);
          comp.secrets[s.entity] = (comp.secrets[s.entity] || 0) + 1; comp.nSecrets++;
          if (/example/i.test(v)) E(id, 'secret contains EXAMPLE');
          if (/^gh[pousr]_/.test(v) && !ghTokenValid(v)) E(id, 'github token checksum ' + v);
          if (s.entity.startsWith('GITHUB_') && s.entity !== 'GITHUB_FINE_GRAINED_PAT' && !ghTokenValid(v)) E(id, 'github token ' + v);
          if (s.entity === 'GITHUB_FINE_GRAINED_PAT' && !/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(v)) E(id, 'fine-grained pat');
          if ((s.entity === 'AWS_ACCESS_KEY' || s.entity === 'AWS_TEMPORARY_ACCESS_KEY') && !/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v)) E(id, 'aws key ' + v);
          if (JWT_ENTITIES.has(s.entity) && !jwtOk(v)) E(id, 'jwt ' + v.slice(0, 30));
          if (/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(v) && !jwtOk(v)) E(id, 'jwt-shaped value invalid');
          if (v.includes('-----BEGIN')) { try { checkPem(v, true); } catch (e) { E(id, `PEM ${s.entity}: ${e.message}`); } }
          if (s.entity === 'KUBECONFIG_CLIENT_KEY_DATA') { try { checkPem(b64decode(v).toString('utf8').trim(), true); } catch (e) { E(id, 'client-key-data: ' + e.message); } }
          if (BASIC_ENTITIES.has(s.entity)) { const b = b64decode(v); if (!b || !userPassOk(b)) E(id, 'basic auth does not decode to user:password'); }
          if (s.entity === 'DOCKER_CONFIG_JSON') { try { const j = JSON.parse(b64decode(v).toString()); for (const [h, a] of Object.entries(j.auths)) { if (!hostOk(h) || !userPassOk(b64decode(a.auth))) throw new Error('auth'); } } catch (e) { E(id, 'dockerconfigjson ' + e.message); } }
          if (s.entity === 'KUBERNETES_SECRET_DATA') { const b = b64decode(v); if (!b || /[^\x20-\x7e]/.test(b.toString('latin1'))) E(id, 'k8s data not base64 text'); }
        } else E(id, 'family ' + s.family);
      } else {
        if (!lookSet.has(s.what)) E(id, 'unknown look-alike ' + s.what);
        comp.looks[s.what] = (comp.looks[s.what] || 0) + 1; comp.nLooks++;
        const digits = v.replace(/[\s-]/g, '');
        switch (s.what) {
          case 'invalid_card': if (!/^\d+$/.test(digits) || luhnValid(digits)) E(id, 'invalid_card passes Luhn ' + v); break;
          case 'vendor_test_card': if (!luhnValid(digits)) E(id, 'vendor card fails Luhn'); break;
          case 'invalid_iban': if (ibanValid(v)) E(id, 'invalid_iban valid'); break;
          case 'invalid_ssn': if (ssnValid(v) || itinValid(v)) E(id, 'invalid_ssn valid ' + v); break;
          case 'invalid_nhs': if (nhsValid(v)) E(id, 'invalid_nhs valid'); break;
          case 'invalid_dea': if (deaValid(v)) E(id, 'invalid_dea valid'); break;
          case 'aws_example_key': if (!/EXAMPLE/.test(v)) E(id, 'aws example key'); break;
          case 'certificate': case 'public_key': {
            if (v.includes('-----BEGIN')) { try { checkPem(v, false); } catch (e) { E(id, `PEM look-alike: ${e.message}`); } }
            else if (s.what === 'certificate') { try { checkPem(b64decode(v).toString('utf8').trim(), false); } catch (e) { E(id, 'b64 certificate: ' + e.message); } }
            break;
          }
          default: break;
        }
      }
      // decoded base64 payloads must not carry forbidden hosts either
      const dec = /^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(v) ? b64decode(v) : null;
      if (dec) { const dt = dec.toString('latin1').toLowerCase(); for (const f of FORBIDDEN_HOSTS) if (dt.includes(f)) E(id, 'forbidden host in decoded span ' + f); }
      if (v.split('.').length === 3 && /^eyJ/.test(v)) { const dt = Buffer.from(v.split('.')[1], 'base64url').toString(); for (const m of dt.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/\s"?#]+)/gi)) if (!hostOk(m[1].replace(/^[^@]*@/, ''))) E(id, 'JWT url host ' + m[1]); }
    }
    // hosts in the text
    const low = text.toLowerCase();
    for (const f of FORBIDDEN_HOSTS) if (low.includes(f)) E(id, 'forbidden host name ' + f);
    for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s"'<>?#`)\]]*)/gi)) {
      let h = m[1]; h = h.includes('@') ? h.slice(h.lastIndexOf('@') + 1) : h;
      if (h && !hostOk(h)) E(id, 'URL host ' + h);
    }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!OK_TLD.test(m[1]) && !net.isIP(m[1])) E(id, 'e-mail domain ' + m[1]);
    if (extra.values) { // in-process: bytes equal to the inserted values
      const vals = extra.values.get(id);
      for (const s of [...rec.labels, ...rec.lookalikes]) { const key = `${s.start}:${s.end}`; if (vals.get(key) !== buf.subarray(s.start, s.end).toString('utf8')) E(id, `span bytes differ from inserted value at ${key}`); }
    }
  }
  // composition minimums
  const kindsN = Object.keys(comp.kinds).length;
  const need = (ok, msg) => { if (!ok) errors.push('composition: ' + msg); };
  need(records.length >= MIN.docs, `docs ${records.length} < ${MIN.docs}`);
  need(kindsN >= MIN.kinds, `kinds ${kindsN}`);
  need(comp.nSecrets >= MIN.secrets, `secret labels ${comp.nSecrets}`);
  need(Object.keys(comp.secrets).length >= MIN.secretKinds, `secret kinds ${Object.keys(comp.secrets).length}`);
  need(comp.nPii >= MIN.pii, `pii labels ${comp.nPii}`);
  for (const e of PII_ENTITIES) need((comp.pii[e] || 0) >= MIN.piiEach, `${e} ${comp.pii[e] || 0}`);
  need(comp.nLooks >= MIN.looks, `look-alikes ${comp.nLooks}`);
  need(Object.keys(comp.looks).length >= MIN.lookKinds, `look-alike kinds ${Object.keys(comp.looks).length}`);
  if (extra.meta) {
    need(extra.meta.cultures.size >= MIN.cultures, `cultures ${extra.meta.cultures.size}`);
    need(extra.meta.plans.size >= MIN.plans, `phone plans ${extra.meta.plans.size}`);
    need(extra.meta.codeLangs.size >= MIN.codeLangs, `code languages ${extra.meta.codeLangs.size}`);
  }
  return { errors, comp };
}

