// Validator for train22. Used by generate.mjs before anything is written (exit 1 on any
// violation), and runnable on its own: `node test/eval/train22/validate.mjs [file.jsonl]`.
import { readFileSync, readdirSync } from 'node:fs';
import { isIP } from 'node:net';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  cardValid, luhnValid, ibanValid, ssnValid, itinValid, nhsValid, deaValid, btcValid, ghTokenValid, npmTokenValid, derParse, derIntBits,
} from './checks.mjs';
import { parseOpenssh, parsePgpArmor } from './keys.mjs';
import { VENDOR_TEST_CARDS } from './pii.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MINIMUM = { docs: 360, kinds: 25, secrets: 1200, secretKinds: 150, pii: 4000, perPii: 15, looks: 2500, lookKinds: 35, cultures: 40, phonePlans: 40, codeLangs: 15 };

// package-registry and code-hosting host names, assembled so that no file spells them out
const J = (...p) => p.join('');
const BANNED = [J('git', 'hub.com'), J('git', 'hub.io'), J('git', 'hubusercontent'), J('git', 'lab.com'), J('bit', 'bucket.org'), J('npm', 'js.com'), J('npm', 'js.org'),
  J('py', 'pi.org'), J('python', 'hosted.org'), J('ruby', 'gems.org'), J('crates', '.io'), J('nu', 'get.org'), J('pack', 'agist.org'), J('docker', '.io'), J('docker', '.com'),
  J('gh', 'cr.io'), J('qu', 'ay.io'), J('gc', 'r.io'), J('source', 'forge.net'), J('code', 'berg.org'), J('gi', 'tee.com'), J('maven', '.org'), J('golang', '.org'),
  J('pkg.go', '.dev'), J('yarn', 'pkg.com'), J('un', 'pkg.com'), J('jsdel', 'ivr.net'), J('cocoa', 'pods.org'), J('hex', '.pm'), J('pub', '.dev'), J('cp', 'an.org'),
  J('con', 'da.org'), J('anac', 'onda.org'), J('launch', 'pad.net'), J('hugging', 'face.co'), J('terraform', '.io'), J('azure', 'cr.io'), J('pkg', '.dev'), J('sentry', '.io'),
  J('slack', '.com'), J('google', 'apis.com'), J('accounts.', 'google.com'), J('gstatic', '.com'), J('amazon', 'aws.com')];
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const REAL_TLD = /(?<![\w.@/\\-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(com|org|net|io|dev|co|uk|de|fr|pl|ru|cz|jp|cn|in|br|info|biz|app|cloud|ai|me|us|eu|gov|edu|tv|ly|gg)(?![.\w-])/gi;

function hostOk(h) {
  if (!h) return true;
  if (/^[$%{<]/.test(h)) return true; // templated host
  const x = h.replace(/^\[|\]$/g, '');
  if (isIP(x)) return true;
  if (!x.includes('.')) return true; // bare name
  return ALLOWED_TLD.test(x.replace(/\.$/, ''));
}
function textChecks(text, where, err, skipRanges = [], full = true) {
  const inSkip = (pos) => skipRanges.some(([s, e]) => pos >= s && pos < e);
  const low = text.toLowerCase();
  for (const b of BANNED) if (low.includes(b)) err(`${where}: banned host name ${b}`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>)\]|?#`]+)/gi)) {
    if (inSkip(m.index)) continue;
    let auth = m[1];
    const at = auth.lastIndexOf('@'); if (at >= 0) auth = auth.slice(at + 1);
    let host = auth.startsWith('[') ? auth.slice(0, auth.indexOf(']') + 1) : auth.replace(/:\d*$/, '').replace(/[,;]+$/, '');
    if (!hostOk(host)) err(`${where}: URL host not allowed: ${host}`);
  }
  if (!full) return;
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    const atPos = m.index + m[0].indexOf('@');
    if (inSkip(atPos)) continue;
    const dom = m[1].replace(/\.$/, '');
    if (/\.\d+$/.test(dom) || /^\d+$/.test(dom)) continue; // versions like name@1.2.3
    if (!hostOk(dom)) err(`${where}: e-mail domain not allowed: ${dom}`);
  }
  for (const m of text.matchAll(REAL_TLD)) {
    if (inSkip(m.index)) continue;
    err(`${where}: real-looking domain: ${m[0]}`);
  }
}

function b64dec(s) { return Buffer.from(s.replace(/\s+/g, ''), /[-_]/.test(s) ? 'base64url' : 'base64'); }
function printable(s) { return /^[\x20-\x7e\u00a0-\uffff]+$/.test(s); }
function pemBlocks(v) {
  // normalise: JSON-escaped newlines, indented heredocs, base64-wrapped PEM
  let t = v;
  if (!t.includes('-----BEGIN') && /^[A-Za-z0-9+/=\s]+$/.test(t)) t = b64dec(t).toString('utf8');
  t = t.replace(/\\n/g, '\n').split('\n').map((l) => l.trim()).join('\n').trim();
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(t);
  return m ? { label: m[1], body: m[2], pem: t } : null;
}
function checkPem(v, where, err) {
  const b = pemBlocks(v);
  if (!b) return err(`${where}: not a single PEM block`);
  if (b.label === 'OPENSSH PRIVATE KEY') { if (!parseOpenssh(b.body.replace(/\n/g, ''))) err(`${where}: bad openssh structure`); return; }
  if (b.label === 'PGP PRIVATE KEY BLOCK') { if (!parsePgpArmor(b.pem)) err(`${where}: bad PGP armor/packets`); return; }
  const der = Buffer.from(b.body.replace(/\n/g, ''), 'base64');
  try {
    const tree = derParse(der);
    if (tree.length !== 1 || tree[0].tag !== 0x30) throw new Error('not one SEQUENCE');
    const type = b.label === 'RSA PRIVATE KEY' ? 'pkcs1' : b.label === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs8';
    const ko = createPrivateKey({ key: der, format: 'der', type });
    const d = ko.asymmetricKeyDetails || {};
    if (ko.asymmetricKeyType === 'rsa') {
      const seqs = type === 'pkcs1' ? tree[0].children : derParse(tree[0].children[2].content)[0].children;
      const bits = derIntBits(seqs[1]);
      if (![1024, 2048, 3072, 4096].includes(bits) || d.modulusLength !== bits) err(`${where}: RSA modulus ${bits} bits`);
    } else if (ko.asymmetricKeyType === 'ec') {
      if (!['prime256v1', 'secp384r1', 'secp256k1'].includes(d.namedCurve)) err(`${where}: EC curve ${d.namedCurve}`);
    } else if (ko.asymmetricKeyType !== 'ed25519') err(`${where}: key type ${ko.asymmetricKeyType}`);
  } catch (e) { err(`${where}: PEM/DER invalid (${e.message})`); }
}
function checkJwt(v, where, err) {
  const parts = v.split('.');
  if (parts.length !== 3) return err(`${where}: JWT needs 3 parts`);
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!h.alg) err(`${where}: JWT header without alg`);
    if (typeof p !== 'object') err(`${where}: JWT payload not an object`);
    if (!/^[A-Za-z0-9_-]+$/.test(parts[2])) err(`${where}: JWT signature not base64url`);
    return JSON.stringify(p);
  } catch (e) { err(`${where}: JWT not base64url JSON (${e.message})`); }
  return '';
}

const PII_CHECK = {
  CREDIT_CARD: (v) => cardValid(v),
  IBAN_CODE: (v) => ibanValid(v),
  US_SSN: (v) => ssnValid(v) && !itinValid(v),
  US_ITIN: (v) => itinValid(v),
  UK_NHS: (v) => nhsValid(v),
  MEDICAL_LICENSE: (v) => deaValid(v),
  CRYPTO: (v) => btcValid(v),
  IP_ADDRESS: (v) => isIP(v) !== 0,
  EMAIL_ADDRESS: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v) && hostOk(v.split('@')[1]),
  PHONE_NUMBER: (v) => /^[+(0-9][0-9 ().\/-]+[0-9]$/.test(v) && (v.match(/\d/g) || []).length >= 7 && (v.match(/\d/g) || []).length <= 15,
  US_PASSPORT: (v) => /^[A-Z]?\d{8,9}$/.test(v),
  US_DRIVER_LICENSE: (v) => /^[A-Z0-9][A-Z0-9 -]{4,20}$/.test(v),
  US_BANK_NUMBER: (v) => /^\d{8,17}$/.test(v),
  PERSON: (v) => v.length >= 1 && !/[<>@{}=]/.test(v),
  LOCATION: (v) => v.length >= 2 && !/[<>@{}=]/.test(v),
};
const LOOK_CHECK = {
  invalid_card: (v) => /^[\d -]+$/.test(v) && !cardValid(v),
  invalid_iban: (v) => /^[A-Z]{2}\d{2}/.test(v) && !ibanValid(v),
  invalid_ssn: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnValid(v) && !itinValid(v),
  invalid_nhs: (v) => /^\d{3}[ -]?\d{3}[ -]?\d{4}$/.test(v) && !nhsValid(v),
  invalid_dea: (v) => /^[A-Z][A-Z9]\d{7}$/.test(v) && !deaValid(v),
  vendor_test_card: (v) => luhnValid(v.replace(/[ -]/g, '')) && VENDOR_TEST_CARDS.includes(v.replace(/[ -]/g, '')),
  aws_example_key: (v) => /EXAMPLE/.test(v),
};

function checkSecret(ent, v, where, err, decodedOut) {
  if (/example/i.test(v)) err(`${where}: secret contains "example"`);
  if (/^gh[pousr]_/.test(v) && !ghTokenValid(v)) err(`${where}: GitHub token checksum`);
  if (ent.startsWith('GITHUB_') && ent !== 'GITHUB_FINE_GRAINED_PAT' && !ghTokenValid(v)) err(`${where}: GitHub token invalid`);
  if (ent === 'GITHUB_FINE_GRAINED_PAT' && !/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(v)) err(`${where}: fine-grained PAT shape`);
  if ((ent === 'AWS_ACCESS_KEY' || ent === 'AWS_TEMP_ACCESS_KEY') && !/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v)) err(`${where}: AWS key id shape`);
  if (ent === 'AWS_SECRET_KEY' && !/^[A-Za-z0-9+/]{40}$/.test(v)) err(`${where}: AWS secret shape`);
  if (ent === 'NPM_ACCESS_TOKEN' && !npmTokenValid(v)) err(`${where}: npm token checksum`);
  if (ent.startsWith('OPENAI_') && !v.includes('T3BlbkFJ')) err(`${where}: OpenAI marker`);
  if (ent.startsWith('ANTHROPIC_') && !/^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$/.test(v)) err(`${where}: Anthropic shape`);
  if (/^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(v) || ['JWT_ACCESS_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'KUBERNETES_SA_TOKEN'].includes(ent)) decodedOut.push({ text: checkJwt(v, where, err), full: true });
  if (/PRIVATE_KEY$|KEY_DATA$/.test(ent) && (v.includes('-----BEGIN') || ent === 'KUBECONFIG_CLIENT_KEY_DATA')) checkPem(v, where, err);
  if (['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH'].includes(ent)) {
    const s = b64dec(v).toString('utf8');
    if (!/^[^:\s]+:\S+$/.test(s) || !printable(s)) err(`${where}: auth blob does not decode to user:password`);
    decodedOut.push({ text: s, full: false });
  }
  if (ent === 'K8S_SECRET_DATA') { const s = b64dec(v).toString('utf8'); if (!printable(s)) err(`${where}: k8s data not printable`); decodedOut.push({ text: s, full: false }); }
  if (ent === 'PGP_PRIVATE_KEY') { const b = pemBlocks(v); if (b) decodedOut.push({ text: Buffer.from(b.body.split('\n').filter((l) => !l.startsWith('=')).join(''), 'base64').toString('latin1'), full: false }); }
}

// records: [{id, kind, text_b64url, labels, lookalikes}], internal: optional [{spans with v, meta}]
export function validate(records, internal, { checkMinimums = true } = {}) {
  const errors = [];
  const err = (m) => { if (errors.length < 200) errors.push(m); };
  const comp = { docs: 0, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiEnt: {}, looks: 0, lookKinds: {}, cultures: {}, phonePlans: {}, codeLangs: {}, bytes: 0 };
  const ids = new Set();
  records.forEach((rec, ri) => {
    const where0 = rec.id || `#${ri}`;
    if (!/^train22-[a-z0-9_]+-\d{4}$/.test(rec.id || '')) err(`${where0}: bad id`);
    if (ids.has(rec.id)) err(`${where0}: duplicate id`); ids.add(rec.id);
    if (!rec.id.startsWith(`train22-${rec.kind}-`)) err(`${where0}: id/kind mismatch`);
    const buf = Buffer.from(rec.text_b64url, 'base64url');
    if (buf.toString('base64url') !== rec.text_b64url) err(`${where0}: text_b64url not canonical base64url`);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf)) err(`${where0}: text is not valid UTF-8`);
    if (buf.length < 200 || buf.length > 4000) err(`${where0}: size ${buf.length} out of 200-4000`);
    comp.docs++; comp.bytes += buf.length; comp.kinds[rec.kind] = (comp.kinds[rec.kind] || 0) + 1;
    const all = [...rec.labels.map((x) => ({ ...x, t: 'label' })), ...rec.lookalikes.map((x) => ({ ...x, t: 'look' }))].sort((a, b) => a.start - b.start);
    const skip = [];
    const decoded = [];
    let prevEnd = 0;
    const intern = internal ? internal[ri] : null;
    if (intern && intern.spans.length !== all.length) err(`${where0}: internal span count mismatch`);
    const internByStart = intern ? new Map(intern.spans.map((s) => [s.start, s])) : null;
    for (const s of all) {
      const where = `${where0}@${s.start}`;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) { err(`${where}: span out of range`); continue; }
      if (s.start < prevEnd) err(`${where}: overlapping spans`);
      prevEnd = Math.max(prevEnd, s.end);
      const bytes = buf.subarray(s.start, s.end);
      const v = bytes.toString('utf8');
      if (!Buffer.from(v, 'utf8').equals(bytes)) err(`${where}: span cuts a UTF-8 sequence`);
      if (/^\s|\s$/u.test(v)) err(`${where}: whitespace at span edge`);
      if (internByStart) {
        const is = internByStart.get(s.start);
        if (!is || is.end !== s.end || !Buffer.from(is.v, 'utf8').equals(bytes)) err(`${where}: bytes differ from inserted value`);
        if (is && is.meta) {
          if (is.meta.culture) comp.cultures[is.meta.culture] = (comp.cultures[is.meta.culture] || 0) + 1;
          if (is.meta.plan) comp.phonePlans[is.meta.plan] = (comp.phonePlans[is.meta.plan] || 0) + 1;
        }
      }
      if (s.t === 'label') {
        if (s.family === 'pii') {
          if (!PII_ENTITIES.includes(s.entity)) err(`${where}: unknown PII entity ${s.entity}`);
          else if (!PII_CHECK[s.entity](v)) err(`${where}: ${s.entity} fails its check: ${v}`);
          comp.pii++; comp.piiEnt[s.entity] = (comp.piiEnt[s.entity] || 0) + 1;
        } else if (s.family === 'secrets') {
          if (!/^[A-Z0-9_]+$/.test(s.entity)) err(`${where}: bad secret entity name`);
          checkSecret(s.entity, v, where, err, decoded);
          comp.secrets++; comp.secretKinds[s.entity] = (comp.secretKinds[s.entity] || 0) + 1;
          skip.push([s.start, s.end]);
        } else err(`${where}: bad family ${s.family}`);
      } else {
        if (!/^[a-z0-9_]+$/.test(s.what || '')) err(`${where}: bad lookalike what`);
        if (LOOK_CHECK[s.what] && !LOOK_CHECK[s.what](v)) err(`${where}: lookalike ${s.what} does not behave: ${v}`);
        if (s.what === 'certificate') { try { const b = pemBlocks(v); new X509Certificate(b.pem); } catch (e) { err(`${where}: certificate unparsable`); } }
        comp.looks++; comp.lookKinds[s.what] = (comp.lookKinds[s.what] || 0) + 1;
        skip.push([s.start, s.end]);
      }
    }
    // byte offsets -> char offsets for the text checks' skip ranges
    const charSkip = skip.map(([a, b]) => [buf.subarray(0, a).toString('utf8').length, buf.subarray(0, b).toString('utf8').length]);
    textChecks(text, where0, err, charSkip);
    for (const x of decoded) if (x) textChecks(x.text, `${where0} (decoded)`, err, [], x.full);
    if (intern && intern.meta && intern.meta.codeLang) comp.codeLangs[intern.meta.codeLang] = (comp.codeLangs[intern.meta.codeLang] || 0) + 1;
  });
  if (checkMinimums) {
    const M = MINIMUM; const n = (o) => Object.keys(o).length;
    if (comp.docs < M.docs) err(`composition: ${comp.docs} docs < ${M.docs}`);
    if (n(comp.kinds) < M.kinds) err(`composition: ${n(comp.kinds)} kinds < ${M.kinds}`);
    if (comp.secrets < M.secrets) err(`composition: ${comp.secrets} secret labels < ${M.secrets}`);
    if (n(comp.secretKinds) < M.secretKinds) err(`composition: ${n(comp.secretKinds)} secret kinds < ${M.secretKinds}`);
    if (comp.pii < M.pii) err(`composition: ${comp.pii} PII labels < ${M.pii}`);
    for (const e of PII_ENTITIES) if ((comp.piiEnt[e] || 0) < M.perPii) err(`composition: ${e} has ${comp.piiEnt[e] || 0} < ${M.perPii}`);
    if (comp.looks < M.looks) err(`composition: ${comp.looks} look-alikes < ${M.looks}`);
    if (n(comp.lookKinds) < M.lookKinds) err(`composition: ${n(comp.lookKinds)} look-alike kinds < ${M.lookKinds}`);
    if (internal) {
      if (n(comp.cultures) < M.cultures) err(`composition: ${n(comp.cultures)} name cultures < ${M.cultures}`);
      if (n(comp.phonePlans) < M.phonePlans) err(`composition: ${n(comp.phonePlans)} phone plans < ${M.phonePlans}`);
      if (n(comp.codeLangs) < M.codeLangs) err(`composition: ${n(comp.codeLangs)} code languages < ${M.codeLangs}`);
    }
  }
  // the generator's own files must not spell out registry / code-hosting host names either
  const here = dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(here)) {
    const low = readFileSync(join(here, f), 'utf8').toLowerCase();
    for (const b of BANNED) if (low.includes(b)) err(`${f}: banned host name ${b} in generator file`);
  }
  return { errors, comp };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] || join(here, '..', 'train22.jsonl');
  const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { errors, comp } = validate(recs, null);
  if (errors.length) { for (const e of errors) console.error(e); process.exit(1); }
  console.log(`ok: ${comp.docs} docs, ${comp.secrets} secret labels, ${comp.pii} PII labels, ${comp.looks} look-alikes (meta-based minimums are checked during generation)`);
}
