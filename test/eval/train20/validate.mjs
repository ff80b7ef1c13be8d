// Validator: every rule must hold or nothing is written.
import { luhnValid, cardBrand, ibanValid, ssnValid, itinValid, nhsValid, deaValid, btcValid } from './checksums.mjs';
import { checkPem } from './keys.mjs';
import { checkSecret, SPEC } from './secrets.mjs';
import { DL_CHECK } from './pii.mjs';

export const PRESIDIO = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, perPii: 15, look: 2500, lookKinds: 35, cultures: 40, plans: 40, codeLangs: 15 };
// package-registry and code-hosting hosts, assembled from parts so that this file does not name them
const DENY = [['git', 'hub', '.com'], ['git', 'hub', 'usercontent'], ['git', 'lab', '.com'], ['bit', 'bucket', '.org'], ['npm', 'js', '.org'], ['npm', 'js', '.com'], ['py', 'pi', '.org'], ['python', 'hosted', '.org'], ['ruby', 'gems', '.org'], ['crates', '', '.io'],
  ['nuget', '', '.org'], ['pack', 'agist', '.org'], ['pkg', '.go', '.dev'], ['proxy', '.golang', '.org'], ['maven', '', '.org'], ['docker', '', '.io'], ['docker', '', '.com'], ['quay', '', '.io'], ['gh', 'cr', '.io'], ['gcr', '', '.io'],
  ['source', 'forge', '.net'], ['code', 'berg', '.org'], ['git', 'ee', '.com'], ['hugging', 'face', '.co'], ['un', 'pkg', '.com'], ['js', 'delivr', '.net'], ['ana', 'conda', '.org'], ['cocoa', 'pods', '.org'], ['pub', '', '.dev'], ['hex', '', '.pm'],
  ['hackage', '.haskell', '.org'], ['cpan', '', '.org'], ['cran', '.r-project', '.org'], ['chocolatey', '', '.org'], ['launch', 'pad', '.net'], ['deb', '.debian', '.org'], ['archive', '.ubuntu', '.com'], ['yarn', 'pkg', '.com']].map((p) => p.join('').toLowerCase());
const OK_TLD = /\.(example|test|invalid)$/i;
const isIPv4 = (h) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(h) && h.split('.').every((x) => +x < 256);
const isIPv6 = (h) => /^[0-9a-f:]+$/i.test(h) && h.includes(':') && (h.match(/::/g) || []).length <= 1 && h.split(':').every((x) => x.length <= 4);
const hostOk = (h) => OK_TLD.test(h) || !h.includes('.') || isIPv4(h) || (h.startsWith('[') && isIPv6(h.slice(1, -1)));

function checkPii(e, v) {
  switch (e) {
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); return luhnValid(d) && cardBrand(d) ? null : 'card fails Luhn/IIN/length'; }
    case 'IBAN_CODE': return ibanValid(v) ? null : 'IBAN invalid';
    case 'US_SSN': return ssnValid(v) ? null : 'SSN outside issued ranges';
    case 'US_ITIN': return itinValid(v) ? null : 'ITIN invalid';
    case 'UK_NHS': return nhsValid(v) ? null : 'NHS mod 11 fails';
    case 'MEDICAL_LICENSE': return deaValid(v) ? null : 'DEA checksum fails';
    case 'CRYPTO': return btcValid(v) ? null : 'BTC address invalid';
    case 'EMAIL_ADDRESS': { const m = /^[^@\s]+@([A-Za-z0-9.-]+)$/.exec(v); return m && OK_TLD.test(m[1]) ? null : 'email domain not reserved'; }
    case 'PHONE_NUMBER': { const n = v.replace(/\D/g, '').length; return n >= 7 && n <= 15 && /^[+0-9(][0-9 ()./-]+$/.test(v) ? null : 'phone shape'; }
    case 'IP_ADDRESS': return isIPv4(v) || isIPv6(v) ? null : 'IP invalid';
    case 'US_PASSPORT': return /^(\d{9}|[A-Z]\d{8})$/.test(v) ? null : 'passport shape';
    case 'US_DRIVER_LICENSE': return DL_CHECK.test(v) ? null : 'driver license shape';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) ? null : 'bank number shape';
    case 'PERSON': case 'LOCATION': return (v.length >= 2 || /[^\x00-\x7f]/.test(v)) && !/[\n\t]/.test(v) ? null : 'name shape';
  }
  return 'unknown PII entity ' + e;
}
function checkLook(w, v) {
  const digits = v.replace(/[ -]/g, '');
  switch (w) {
    case 'invalid_card': return /^\d{12,19}$/.test(digits) && !luhnValid(digits) ? null : 'invalid_card passes Luhn';
    case 'vendor_test_card': return luhnValid(digits) ? null : 'vendor card fails Luhn';
    case 'invalid_iban': return !ibanValid(v) ? null : 'invalid_iban is valid';
    case 'invalid_ssn': return !ssnValid(v) && !itinValid(v) ? null : 'invalid_ssn is valid';
    case 'invalid_nhs': return !nhsValid(v) ? null : 'invalid_nhs is valid';
    case 'aws_example_key': return /EXAMPLE/.test(v) ? null : 'not an AWS documented example';
    case 'certificate': try { return checkPem(v) === 'x509' ? null : 'not x509'; } catch (e) { return 'certificate: ' + e.message; }
    case 'public_key': if (v.startsWith('-----')) { try { checkPem(v); return null; } catch (e) { return 'public key: ' + e.message; } }
      if (/^(ssh-|ecdsa-)/.test(v)) { const [t, b] = v.split(' '); const buf = Buffer.from(b, 'base64'); const n = buf.readUInt32BE(0); return buf.subarray(4, 4 + n).toString() === t ? null : 'ssh key type mismatch'; }
      return /^(pk_live_|pk\.eyJ)/.test(v) ? null : 'public key shape';
  }
  return null;
}
export function validate(records, docs) {
  const errors = []; const err = (id, m) => errors.push(`${id}: ${m}`);
  const ids = new Set();
  records.forEach((rec, i) => {
    const id = rec.id; if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    if (!/^train20-[a-z0-9_]+-\d{4}$/.test(id)) err(id, 'bad id');
    const buf = Buffer.from(rec.text_b64url, 'base64url'); const text = buf.toString('utf8');
    if (Buffer.from(text, 'utf8').toString('base64url') !== rec.text_b64url) err(id, 'text not round-trip UTF-8');
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    const spans = [...rec.labels.map((l, k) => ({ ...l, _v: docs[i].labels[k]._v, lab: true })), ...rec.lookalikes.map((l, k) => ({ ...l, _v: docs[i].lookalikes[k]._v }))].sort((a, b) => a.start - b.start);
    let prevEnd = 0;
    for (const s of spans) {
      if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { err(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (s.start < prevEnd) err(id, `overlap at ${s.start}`); prevEnd = Math.max(prevEnd, s.end);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (v !== s._v) err(id, `bytes differ from inserted value at ${s.start}`);
      if (/^\s|\s$/.test(v)) err(id, `whitespace at span end ${s.start}`);
      if (s.lab) {
        if (s.family === 'pii') { if (!PRESIDIO.includes(s.entity)) err(id, 'non-Presidio entity ' + s.entity); else { const e = checkPii(s.entity, v); if (e) err(id, `${s.entity} ${JSON.stringify(v)}: ${e}`); } }
        else if (s.family === 'secrets') { const e = checkSecret(s.entity, v); if (e) err(id, `${e}: ${JSON.stringify(v.slice(0, 60))}`); if (/example/i.test(v)) err(id, `secret contains EXAMPLE (${s.entity})`); }
        else err(id, 'bad family ' + s.family);
      } else { const e = checkLook(s.what, v); if (e) err(id, `${s.what} ${JSON.stringify(v.slice(0, 60))}: ${e}`); }
    }
    // hosts in URLs and e-mail domains, in the text and in base64 labels decoded
    const scan = [text];
    for (const l of rec.labels) { if (['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'NPMRC_BASIC_AUTH', 'K8S_SECRET_DATA', 'KUBECONFIG_CLIENT_KEY_DATA', 'ELASTIC_API_KEY', 'INTERCOM_ACCESS_TOKEN', 'JFROG_IDENTITY_TOKEN'].includes(l.entity)) scan.push(Buffer.from(buf.subarray(l.start, l.end).toString(), 'base64').toString('utf8')); if (/JWT|TOKEN|KEY/.test(l.entity)) { const v = buf.subarray(l.start, l.end).toString(); for (const part of v.split(/[._]/)) { if (part.length > 8) { try { scan.push(Buffer.from(part, 'base64url').toString('utf8')); } catch { /* not base64 */ } } } } }
    for (const t of scan) {
      const low = t.toLowerCase();
      for (const h of DENY) if (low.includes(h)) err(id, 'names a registry/code host: ' + h);
      for (const m of t.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#"'`<>)\]]*)/gi)) {
        let auth = m[2]; const at = auth.lastIndexOf('@'); if (at >= 0) auth = auth.slice(at + 1);
        let host = auth.startsWith('[') ? auth.slice(0, auth.indexOf(']') + 1) : auth.replace(/:\d*$/, '');
        host = host.replace(/[.,;:]+$/, '');
        if (host && !hostOk(host)) err(id, `URL host not reserved: ${host}`);
      }
      for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) if (!hostOk(m[1])) err(id, `e-mail domain not reserved: ${m[1]}`);
    }
  });
  return errors;
}
export function composition(records, docs) {
  const c = { docs: records.length, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiBy: {}, look: 0, lookBy: {}, cultures: {}, plans: {}, codeLangs: {}, langs: {} };
  records.forEach((rec, i) => {
    c.kinds[rec.kind] = (c.kinds[rec.kind] || 0) + 1;
    for (const l of rec.labels) { if (l.family === 'secrets') { c.secrets++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.pii++; c.piiBy[l.entity] = (c.piiBy[l.entity] || 0) + 1; } }
    for (const l of rec.lookalikes) { c.look++; c.lookBy[l.what] = (c.lookBy[l.what] || 0) + 1; }
    for (const x of docs[i].personMeta) c.cultures[x] = (c.cultures[x] || 0) + 1;
    for (const x of docs[i].phoneMeta) c.plans[x] = (c.plans[x] || 0) + 1;
    if (docs[i].meta.code) c.codeLangs[docs[i].meta.code] = (c.codeLangs[docs[i].meta.code] || 0) + 1;
    for (const x of docs[i].meta.langs) c.langs[x] = (c.langs[x] || 0) + 1;
  });
  return c;
}
export function checkComposition(c) {
  const e = []; const n = (o) => Object.keys(o).length;
  if (c.docs < MIN.docs) e.push(`documents ${c.docs} < ${MIN.docs}`);
  if (n(c.kinds) < MIN.kinds) e.push(`kinds ${n(c.kinds)} < ${MIN.kinds}`);
  if (c.secrets < MIN.secrets) e.push(`secret labels ${c.secrets} < ${MIN.secrets}`);
  if (n(c.secretKinds) < MIN.secretKinds) e.push(`secret kinds ${n(c.secretKinds)} < ${MIN.secretKinds}`);
  if (c.pii < MIN.pii) e.push(`PII labels ${c.pii} < ${MIN.pii}`);
  for (const p of PRESIDIO) if ((c.piiBy[p] || 0) < MIN.perPii) e.push(`${p} ${c.piiBy[p] || 0} < ${MIN.perPii}`);
  if (c.look < MIN.look) e.push(`look-alikes ${c.look} < ${MIN.look}`);
  if (n(c.lookBy) < MIN.lookKinds) e.push(`look-alike kinds ${n(c.lookBy)} < ${MIN.lookKinds}`);
  if (n(c.cultures) < MIN.cultures) e.push(`name cultures ${n(c.cultures)} < ${MIN.cultures}`);
  if (n(c.plans) < MIN.plans) e.push(`phone plans ${n(c.plans)} < ${MIN.plans}`);
  if (n(c.codeLangs) < MIN.codeLangs) e.push(`code languages ${n(c.codeLangs)} < ${MIN.codeLangs}`);
  if (n(c.langs) < 20) e.push(`prose languages ${n(c.langs)} < 20`);
  return e;
}
