// Validator for blind20.jsonl. Exits 1 (and the generator writes nothing) on any violation.
// Usage: node test/eval/blind20/validate.mjs [path/to/blind20.jsonl]
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { luhnValid, ibanMod97Ok, IBAN_LENGTHS, ssnIssued, itinValid, nhsValid, deaValid, btcAddressOk, ssnParts } from './checksums.mjs';
import { cardBrandOf, TEST_CARDS } from './pii.mjs';
import { SECRET_BY_ENTITY, pemKeyOk, jwtOk } from './secrets.mjs';
import { LOOK, AWS_EXAMPLES } from './lookalikes.mjs';
import { pemParse } from './keys.mjs';

export const SETNAME = 'blind20';
export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 340, docKinds: 28, secrets: 1500, secretKinds: 140, pii: 5000, piiEach: 15, look: 3000, lookKinds: 35 };
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
// Registry and code-hosting host names, stored reversed so that the names themselves do not
// appear in this repository's files.
const BLOCKED_HOSTS = ['moc.buhtig', 'oi.buhtig', 'tnetnocresubuhtig', 'moc.baltig', 'gro.tekcubtib', '.sjmpn', 'moc.gkpnray', 'gro.ipyp', 'detsohnohtyp', 'gro.smegybur', 'oi.setarc', 'oi.rekcod', 'moc.rekcod', 'oi.rchg', 'oi.yauq', 'oi.rcg', 'gro.tegun', 'gro.tsigakcap', 'gro.nevam', 'yrotisopernvm', 'ten.egrofecruos', 'gro.grebedoc', 'moc.eetig', 'oc.ecafgnigguh', 'gro.gnalog', 'ved.og.gkp', 'oi.rceruza', 'oi.gorfj', 'rviledsj', 'moc.gkpnu', 'sjndc', 'ved.bup', 'gro.sdopaococ', 'mp.xeh', 'gro.adnocana', 'egrof-adnoc'].map((x) => [...x].reverse().join(''));

function hostOk(h) {
  h = h.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!h) return true;
  if (isIP(h)) return true;
  if (!h.includes('.')) return true;
  return ALLOWED_TLD.test(h);
}
// URL hosts, e-mail domains and blocked names in a piece of text
export function scanText(text, where, errs) {
  const lower = text.toLowerCase();
  for (const b of BLOCKED_HOSTS) if (lower.includes(b)) errs.push(`${where}: blocked host name "${b}"`);
  for (const m of text.matchAll(/\b([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^\s/?#"'<>\\`]*)/g)) {
    let auth = m[2];
    const at = auth.lastIndexOf('@');
    if (at >= 0) auth = auth.slice(at + 1);
    let host = auth.startsWith('[') ? auth.slice(0, auth.indexOf(']') + 1) : auth.split(':')[0];
    host = host.replace(/[),;]+$/, '');
    if (!hostOk(host)) errs.push(`${where}: URL host not allowed "${host}" in ${m[0].slice(0, 80)}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) {
    if (!ALLOWED_TLD.test(m[1]) && !isIP(m[1])) errs.push(`${where}: e-mail/host domain not allowed "${m[1]}"`);
  }
}

// Normalise a span as written (JSON/XML escaping, YAML indentation) to the raw value.
function normalise(v) {
  let x = v;
  if (/\\n/.test(x) && !x.includes('\n')) x = x.replace(/\\n/g, '\n');
  x = x.replace(/\\"/g, '"').replace(/\\\//g, '/');
  x = x.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return x;
}
function normPem(v) {
  let lines = normalise(v).split('\n');
  // PEM added in a diff: every line after the first carries the '+' prefix
  if (lines.length > 2 && lines.slice(1).every((l) => l.startsWith('+'))) lines = [lines[0], ...lines.slice(1).map((l) => l.slice(1))];
  return lines.map((l) => l.trim()).join('\n');
}

function checkPii(e, v) {
  const s = normalise(v);
  switch (e) {
    case 'CREDIT_CARD': { const d = s.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && luhnValid(d) && !!cardBrandOf(d) && !TEST_CARDS.includes(d) ? null : 'card invalid'; }
    case 'IBAN_CODE': { const d = s.replace(/ /g, ''); return ibanMod97Ok(d) && IBAN_LENGTHS[d.slice(0, 2)] === d.length ? null : 'iban invalid'; }
    case 'US_SSN': return ssnIssued(s) ? null : 'ssn not in issued ranges';
    case 'US_ITIN': return itinValid(s) ? null : 'itin invalid';
    case 'UK_NHS': return nhsValid(s) ? null : 'nhs invalid';
    case 'MEDICAL_LICENSE': return deaValid(s) ? null : 'dea invalid';
    case 'CRYPTO': return btcAddressOk(s) ? null : 'btc invalid';
    case 'EMAIL_ADDRESS': { const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/.exec(s); return m && ALLOWED_TLD.test(m[1]) ? null : 'email invalid'; }
    case 'PHONE_NUMBER': { const dg = s.replace(/\D/g, ''); return /^[+0-9 ()./-]+$/.test(s) && dg.length >= 7 && dg.length <= 15 ? null : 'phone invalid'; }
    case 'IP_ADDRESS': return isIP(s) ? null : 'ip invalid';
    case 'US_PASSPORT': return /^[A-Z]?\d{8,9}$/.test(s) ? null : 'passport invalid';
    case 'US_DRIVER_LICENSE': return /^[A-Z0-9][A-Z0-9 -]{5,20}$/.test(s) && s.replace(/\D/g, '').length >= 2 ? null : 'dl invalid';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(s) ? null : 'bank number invalid';
    case 'PERSON': return [...s].length >= 1 && !/\d/.test(s) ? null : 'person invalid';
    case 'LOCATION': return s.length >= 2 ? null : 'location invalid';
    default: return 'unknown pii entity';
  }
}
function checkSecret(e, v, errs, where) {
  const k = SECRET_BY_ENTITY[e];
  if (!k) return 'unknown secret entity';
  if (/example/i.test(v)) return 'secret contains EXAMPLE';
  if (k.pem) return pemKeyOk(normPem(v), e) ? null : 'pem structure invalid';
  const s = normalise(v);
  if (k.re && !k.re.test(s)) return `format mismatch ${k.re}`;
  if (k.check && !k.check(s)) return 'structural check failed';
  if (k.cat === 'jwt' || k.cat === 'encoded') {
    const parts = k.cat === 'jwt' ? s.split('.').slice(0, 2) : [s];
    for (const p of parts) scanText(Buffer.from(p, k.cat === 'jwt' ? 'base64url' : 'base64').toString('utf8'), `${where} decoded ${e}`, errs);
  }
  return null;
}
const LOOK_CHECK = {
  invalid_card: (s) => { const d = s.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && !luhnValid(d); },
  invalid_iban: (s) => { const d = s.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(d) && IBAN_LENGTHS[d.slice(0, 2)] === d.length && !ibanMod97Ok(d); },
  invalid_ssn: (s) => { const p = ssnParts(s); return !!p && (p[0] === 0 || p[0] === 666 || p[0] >= 900 || p[1] === 0 || p[2] === 0); },
  invalid_nhs: (s) => /^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(s) && !nhsValid(s),
  vendor_test_card: (s) => { const d = s.replace(/[ -]/g, ''); return TEST_CARDS.includes(d) && luhnValid(d); },
  aws_example_key: (s) => AWS_EXAMPLES.includes(s) && s.includes('EXAMPLE'),
  uuid: (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s),
  git_sha: (s) => /^[0-9a-f]{7,40}$/.test(s),
  digest: (s) => /^sha256:[0-9a-f]{64}$/.test(s),
  integrity: (s) => /^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(s),
  certificate: (s) => { const t = /^[A-Za-z0-9+/]+=*$/.test(s) ? Buffer.from(s, 'base64').toString('utf8') : normPem(s); const p = pemParse(t); return !!p && p.label === 'CERTIFICATE'; },
  public_key: (s) => /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256) AAAA|^-----BEGIN PUBLIC KEY-----|^pk_live_|^pk\.eyJ|^age1|^[A-Za-z0-9+/]{43}=$/.test(normalise(s).trim()),
  k8s_resource_version: (s) => /^\d+$/.test(s),
};

// records: parsed JSONL objects; inserted: optional array (per record) of span lists {start,end,v}
export function validate(records, inserted) {
  const errs = [];
  const ids = new Set();
  const comp = { docs: 0, kinds: {}, secrets: {}, pii: {}, look: {} };
  records.forEach((rec, ri) => {
    const where = rec.id || `record#${ri}`;
    const keys = Object.keys(rec).join(',');
    if (keys !== 'id,kind,text_b64url,labels,lookalikes') errs.push(`${where}: unexpected fields ${keys}`);
    if (!new RegExp(`^${SETNAME}-${rec.kind}-\\d{4}$`).test(rec.id || '')) errs.push(`${where}: bad id`);
    if (ids.has(rec.id)) errs.push(`${where}: duplicate id`);
    ids.add(rec.id);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) errs.push(`${where}: text_b64url not canonical`);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) errs.push(`${where}: text is not valid UTF-8`);
    if (buf.length < 200 || buf.length > 4000) errs.push(`${where}: size ${buf.length} outside 200-4000`);
    scanText(text, where, errs);
    // every e-mail address must be labelled (or lie inside another span, e.g. a message id)
    {
      const covered = [...rec.labels, ...rec.lookalikes];
      for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g)) {
        const tokStart = Math.max(text.lastIndexOf(' ', m.index), text.lastIndexOf('\n', m.index), text.lastIndexOf('"', m.index), text.lastIndexOf("'", m.index));
        if (text.slice(tokStart + 1, m.index).includes('://')) continue; // user-info inside a URL
        if (text[m.index + m[0].length] === ':' && /^git@/.test(m[0])) continue; // scp-style git remote
        const bs = Buffer.byteLength(text.slice(0, m.index), 'utf8');
        const be = bs + Buffer.byteLength(m[0], 'utf8');
        if (!covered.some((sp) => sp.start <= bs && sp.end >= be)) errs.push(`${where}: unlabelled e-mail address "${m[0]}"`);
      }
    }
    comp.docs++;
    comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const spans = [
      ...rec.labels.map((l) => ({ ...l, _t: 'label' })),
      ...rec.lookalikes.map((l) => ({ ...l, _t: 'look' })),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    let prevEnd = -1;
    const ins = inserted ? new Map(inserted[ri].map((s) => [`${s.start}:${s.end}`, s.v])) : null;
    for (const sp of spans) {
      const w = `${where} [${sp.start},${sp.end}) ${sp.entity || sp.what}`;
      if (!Number.isInteger(sp.start) || !Number.isInteger(sp.end) || sp.start < 0 || sp.end > buf.length || sp.start >= sp.end) { errs.push(`${w}: out of range`); continue; }
      if (sp.start < prevEnd) errs.push(`${w}: overlaps previous span`);
      prevEnd = Math.max(prevEnd, sp.end);
      const sliceBuf = buf.subarray(sp.start, sp.end);
      const v = sliceBuf.toString('utf8');
      if (!Buffer.from(v, 'utf8').equals(sliceBuf)) errs.push(`${w}: span cuts a UTF-8 sequence`);
      if (/^\s|\s$/u.test(v)) errs.push(`${w}: whitespace at span end`);
      if (ins) { const iv = ins.get(`${sp.start}:${sp.end}`); if (iv !== v) errs.push(`${w}: bytes differ from inserted value`); }
      if (sp._t === 'label') {
        if (Object.keys(sp).join(',') !== 'start,end,entity,family,_t') errs.push(`${w}: label fields`);
        if (sp.family === 'pii') {
          if (!PII_ENTITIES.includes(sp.entity)) errs.push(`${w}: not a Presidio entity`);
          const e = checkPii(sp.entity, v);
          if (e) errs.push(`${w}: ${e}: ${JSON.stringify(v).slice(0, 80)}`);
          comp.pii[sp.entity] = (comp.pii[sp.entity] || 0) + 1;
        } else if (sp.family === 'secrets') {
          const e = checkSecret(sp.entity, v, errs, w);
          if (e) errs.push(`${w}: ${e}: ${JSON.stringify(v).slice(0, 80)}`);
          comp.secrets[sp.entity] = (comp.secrets[sp.entity] || 0) + 1;
        } else errs.push(`${w}: bad family ${sp.family}`);
      } else {
        if (Object.keys(sp).join(',') !== 'start,end,what,_t') errs.push(`${w}: look-alike fields`);
        if (!LOOK[sp.what]) errs.push(`${w}: unknown look-alike kind`);
        const chk = LOOK_CHECK[sp.what];
        if (chk && !chk(v)) errs.push(`${w}: look-alike check failed: ${JSON.stringify(v).slice(0, 80)}`);
        comp.look[sp.what] = (comp.look[sp.what] || 0) + 1;
      }
    }
  });
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const tot = { secrets: sum(comp.secrets), pii: sum(comp.pii), look: sum(comp.look) };
  if (comp.docs < MIN.docs) errs.push(`composition: ${comp.docs} documents < ${MIN.docs}`);
  if (Object.keys(comp.kinds).length < MIN.docKinds) errs.push(`composition: ${Object.keys(comp.kinds).length} document kinds < ${MIN.docKinds}`);
  if (tot.secrets < MIN.secrets) errs.push(`composition: ${tot.secrets} secret labels < ${MIN.secrets}`);
  if (Object.keys(comp.secrets).length < MIN.secretKinds) errs.push(`composition: ${Object.keys(comp.secrets).length} secret kinds < ${MIN.secretKinds}`);
  if (tot.pii < MIN.pii) errs.push(`composition: ${tot.pii} PII labels < ${MIN.pii}`);
  for (const e of PII_ENTITIES) if ((comp.pii[e] || 0) < MIN.piiEach) errs.push(`composition: ${e} has ${comp.pii[e] || 0} < ${MIN.piiEach}`);
  if (tot.look < MIN.look) errs.push(`composition: ${tot.look} look-alikes < ${MIN.look}`);
  if (Object.keys(comp.look).length < MIN.lookKinds) errs.push(`composition: ${Object.keys(comp.look).length} look-alike kinds < ${MIN.lookKinds}`);
  return { errs, comp, tot };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] || fileURLToPath(new URL(`../${SETNAME}.jsonl`, import.meta.url));
  const recs = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { errs, tot, comp } = validate(recs);
  if (errs.length) { for (const e of errs.slice(0, 50)) console.error(e); console.error(`${errs.length} violation(s)`); process.exit(1); }
  console.log(`OK: ${comp.docs} documents, ${tot.secrets} secret labels, ${tot.pii} PII labels, ${tot.look} look-alikes`);
}
