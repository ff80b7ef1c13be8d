// Validator for blind26.jsonl. Used by generate.mjs before writing, and runnable alone:
//   node test/eval/blind26/validate.mjs test/eval/blind26.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { luhnValid, cardBrand, ibanValid, ibanMod97Only, IBAN_LEN, ssnValid, itinValid, nhsValid, deaValid, btcValid, ghValid, privateKeyParse } from './lib/fmt.mjs';
import { LANG_SIGNATURES } from './lib/prose.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
// package-registry and code-hosting host names that must not appear anywhere (base64 so this file does not contain them)
const FORBIDDEN_HOSTS_B64 = 'Z2l0aHViLmNvbSxnaXRodWIuaW8sZ2l0aHVidXNlcmNvbnRlbnQuY29tLGdpdGxhYi5jb20sZ2l0bGFiLmlvLGJpdGJ1Y2tldC5vcmcsbnBtanMub3JnLG5wbWpzLmNvbSx5YXJucGtnLmNvbSxweXBpLm9yZyxweXRob25ob3N0ZWQub3JnLHJ1YnlnZW1zLm9yZyxjcmF0ZXMuaW8sZG9ja2VyLmlvLGRvY2tlci5jb20sZ2hjci5pbyxxdWF5LmlvLGdjci5pbyxwa2cuZGV2LG1hdmVuLm9yZyxtYXZlbi5hcGFjaGUub3JnLG51Z2V0Lm9yZyxwYWNrYWdpc3Qub3JnLGdvbGFuZy5vcmcsZ28uZGV2LHNvdXJjZWZvcmdlLm5ldCxjb2RlYmVyZy5vcmcsZ2l0ZWUuY29tLGFuYWNvbmRhLm9yZyxjb25kYS5pbyxqc2RlbGl2ci5uZXQsdW5wa2cuY29tLGNvY29hcG9kcy5vcmcscHViLmRldixoZXgucG0sc3IuaHQsbGF1bmNocGFkLm5ldCxjcGFuLm9yZyxqaXRwYWNrLmlvLGdyYWRsZS5vcmcsbXZucmVwb3NpdG9yeS5jb20sYXp1cmVjci5pbyxiaW50cmF5LmNvbSxoYWNrYWdlLmhhc2tlbGwub3Jn';
export const FORBIDDEN_HOSTS = Buffer.from(FORBIDDEN_HOSTS_B64, 'base64').toString().split(',');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORBIDDEN_RE = new RegExp(`(^|[^a-z0-9-])(${FORBIDDEN_HOSTS.map(esc).join('|')})(?![a-z0-9-])`, 'i');
const MIN = { docs: 450, kinds: 35, secretLabels: 1800, secretKinds: 150, piiLabels: 6000, perPii: 20, lookalikes: 3000, lkKinds: 35, langs: 18 };
const PEM_KINDS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'DSA_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY'];
const GH = { GITHUB_PERSONAL_ACCESS_TOKEN: ['ghp_'], GITHUB_OAUTH_TOKEN: ['gho_'], GITHUB_APP_USER_TOKEN: ['ghu_'], GITHUB_APP_INSTALLATION_TOKEN: ['ghs_'], GITHUB_REFRESH_TOKEN: ['ghr_'], NPM_TOKEN: ['npm_'] };
const b64dec = (v) => { const x = v.replace(/\\n/g, '').replace(/\s/g, ''); if (!/^[A-Za-z0-9+/]+={0,2}$/.test(x)) return null; return Buffer.from(x, 'base64').toString('utf8'); };
const jsonOk = (s) => { try { return JSON.parse(s); } catch { return null; } };

function checkLabel(ent, v) {
  const d = v.replace(/[\s-]/g, '');
  switch (ent) {
    case 'CREDIT_CARD': return luhnValid(v) && !!cardBrand(v) || 'card fails Luhn/IIN/length';
    case 'IBAN_CODE': return ibanValid(v) || 'IBAN fails mod 97/length';
    case 'US_SSN': return ssnValid(v) || 'SSN not in issued ranges';
    case 'US_ITIN': return itinValid(v) || 'bad ITIN';
    case 'UK_NHS': return nhsValid(v) || 'NHS mod 11 fails';
    case 'MEDICAL_LICENSE': return deaValid(v) || 'DEA checksum fails';
    case 'CRYPTO': return btcValid(v) || 'BTC address fails base58check/bech32';
    case 'AWS_ACCESS_KEY': return /^AKIA[A-Z2-7]{16}$/.test(v) || 'bad AWS key id';
    case 'AWS_TEMPORARY_ACCESS_KEY': return /^ASIA[A-Z2-7]{16}$/.test(v) || 'bad AWS temp key id';
    case 'US_PASSPORT': return /^([0-9]|[A-Z])\d{8}$/.test(v) || 'bad passport';
    case 'US_BANK_NUMBER': return /^\d{8,17}$/.test(v) || 'bad bank number';
    case 'EMAIL_ADDRESS': return /^[^\s@]+@[^\s@]+\.[a-z]+$/i.test(v) || 'bad email';
    case 'PHONE_NUMBER': return (d.replace(/[()+.]/g, '').length >= 7) || 'bad phone';
  }
  if (GH[ent]) return ghValid(v, GH[ent]) || 'token checksum fails';
  if (PEM_KINDS.includes(ent)) { try { privateKeyParse(v); return true; } catch (e) { return 'private key: ' + e.message; } }
  if (ent === 'K8S_CLIENT_KEY_DATA') { const s = b64dec(v); try { privateKeyParse(s.trim()); return true; } catch (e) { return 'client-key-data: ' + e.message; } }
  if (['JWT', 'OIDC_ID_TOKEN', 'K8S_SERVICE_ACCOUNT_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'ARGOCD_AUTH_TOKEN', 'MONDAY_API_TOKEN'].includes(ent)) {
    const p = v.split('.'); if (p.length !== 3) return 'JWT shape';
    const h = jsonOk(Buffer.from(p[0], 'base64url').toString()); if (!h || !h.alg) return 'JWT header'; if (!jsonOk(Buffer.from(p[1], 'base64url').toString())) return 'JWT payload'; return true;
  }
  if (ent === 'BASIC_AUTH_CREDENTIALS' || ent === 'DOCKER_REGISTRY_AUTH') { const s = b64dec(v); return (s && /^[^:\s]+:.+$/.test(s)) || 'auth does not decode to user:password'; }
  if (ent === 'GITHUB_FINE_GRAINED_PAT') return /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(v) || 'bad fine-grained PAT';
  if (ent === 'ANTHROPIC_API_KEY') return /^sk-ant-api03-[\w-]{93}AA$/.test(v) || 'bad anthropic key';
  if (/^OPENAI_/.test(ent)) return v.includes('T3BlbkFJ') || 'openai marker';
  if (ent === 'K8S_SECRET_DATA') return !!b64dec(v) || 'k8s data not base64';
  return true;
}
function checkLookalike(what, v) {
  switch (what) {
    case 'invalid_card': return !luhnValid(v) || 'invalid_card passes Luhn';
    case 'invalid_iban': return !ibanMod97Only(v) || 'invalid_iban passes mod 97';
    case 'invalid_ssn': return !ssnValid(v) || 'invalid_ssn is valid';
    case 'invalid_nhs': return !nhsValid(v) || 'invalid_nhs is valid';
    case 'vendor_test_card': return luhnValid(v) || 'test card fails Luhn';
  }
  return true;
}
const HOST_OK = (h) => { h = h.toLowerCase().replace(/\.$/, ''); if (/^\[?[0-9a-f:]+\]?$/.test(h) && h.includes(':')) return true; if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return true; if (!h.includes('.')) return true; return /\.(example|test|invalid)$/.test(h); };
function checkHosts(text) {
  const errs = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\/\s@"'<>]*@)?(\[[0-9a-fA-F:]+\]|[^\/\s:?#"'<>,;)\]}\\]+)/gi)) { const h = m[1]; if (h.includes('$') || h.includes('{') || h.includes('%') || h.includes('<')) continue; if (!HOST_OK(h)) errs.push('url host ' + h); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) { const h = m[1]; if (!/\.[a-z]{2,}$/i.test(h)) continue; /* versions like pkg@1.2.3, digests */ if (!HOST_OK(h)) errs.push('email/host domain ' + h); }
  return errs;
}
export function validateRecords(recs, meta) {
  const errs = []; const ids = new Set();
  const st = { docs: 0, kinds: {}, sec: {}, pii: {}, lk: {}, secLabels: 0, piiLabels: 0, lkTotal: 0, langs: new Set() };
  const sigs = Object.entries(LANG_SIGNATURES);
  recs.forEach((rec, i) => {
    const E = (m) => errs.push(`${rec.id || '#' + i}: ${m}`);
    const keys = Object.keys(rec).join(','); if (keys !== 'id,kind,text_b64url,labels,lookalikes') E('record keys ' + keys);
    if (!/^blind26-[a-z0-9_]+-\d{4}$/.test(rec.id || '')) E('bad id'); if (ids.has(rec.id)) E('duplicate id'); ids.add(rec.id);
    if (!rec.id.startsWith(`blind26-${rec.kind}-`)) E('id/kind mismatch');
    const buf = Buffer.from(rec.text_b64url, 'base64url'); if (buf.toString('base64url') !== rec.text_b64url) E('text not canonical base64url');
    const text = buf.toString('utf8'); if (!Buffer.from(text, 'utf8').equals(buf)) E('text not valid UTF-8');
    if (buf.length < 200 || buf.length > 4000) E('size ' + buf.length);
    st.docs++; st.kinds[rec.kind] = (st.kinds[rec.kind] || 0) + 1;
    const spans = [];
    for (const l of rec.labels) {
      if (!['secrets', 'pii'].includes(l.family)) E('family ' + l.family);
      if (Object.keys(l).join(',') !== 'start,end,entity,family') E('label keys');
      if (l.family === 'pii' && !PII_ENTITIES.includes(l.entity)) E('pii entity ' + l.entity);
      if (l.family === 'secrets' && (PII_ENTITIES.includes(l.entity) || !/^[A-Z0-9_]+$/.test(l.entity))) E('secret entity ' + l.entity);
      spans.push({ ...l, t: 'label' });
    }
    for (const l of rec.lookalikes) { if (Object.keys(l).join(',') !== 'start,end,what' || !/^[a-z0-9_]+$/.test(l.what)) E('lookalike keys'); spans.push({ ...l, t: 'lk' }); }
    spans.sort((a, b) => a.start - b.start);
    let prevEnd = -1;
    for (const s of spans) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= buf.length)) { E('span out of range ' + JSON.stringify(s)); continue; }
      if (s.start < prevEnd) E('overlap at ' + s.start); prevEnd = Math.max(prevEnd, s.end);
      const isCont = (b) => b !== undefined && (b & 0xc0) === 0x80;
      if (isCont(buf[s.start]) || isCont(buf[s.end])) E('span splits UTF-8 char at ' + s.start);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (/^\s|\s$/.test(v)) E('whitespace at span edge: ' + JSON.stringify(v.slice(0, 30)));
      if (s.t === 'label') {
        const ok = checkLabel(s.entity, v); if (ok !== true) E(`${s.entity} ${JSON.stringify(v.slice(0, 60))}: ${ok}`);
        if (s.family === 'secrets' && /example/i.test(v)) E('secret contains "example"');
        if (s.family === 'secrets') { st.secLabels++; st.sec[s.entity] = (st.sec[s.entity] || 0) + 1; } else { st.piiLabels++; st.pii[s.entity] = (st.pii[s.entity] || 0) + 1; }
      } else { const ok = checkLookalike(s.what, v); if (ok !== true) E(`${s.what} ${JSON.stringify(v)}: ${ok}`); st.lkTotal++; st.lk[s.what] = (st.lk[s.what] || 0) + 1; }
    }
    if (meta && meta[i]) for (const x of meta[i].values) { const got = buf.subarray(x.start, x.end).toString('utf8'); if (got !== x.v) E('span bytes differ from inserted value'); }
    for (const h of checkHosts(text)) E(h);
    const fm = FORBIDDEN_RE.exec(text); if (fm) E('forbidden host name ' + fm[2]);
    for (const [lang, ss] of sigs) if (!st.langs.has(lang) && ss.some((s) => text.includes(s))) st.langs.add(lang);
  });
  const C = (ok, m) => { if (!ok) errs.push('composition: ' + m); };
  C(st.docs >= MIN.docs, `docs ${st.docs} < ${MIN.docs}`);
  C(Object.keys(st.kinds).length >= MIN.kinds, `doc kinds ${Object.keys(st.kinds).length}`);
  C(st.secLabels >= MIN.secretLabels, `secret labels ${st.secLabels}`);
  C(Object.keys(st.sec).length >= MIN.secretKinds, `secret kinds ${Object.keys(st.sec).length}`);
  C(st.piiLabels >= MIN.piiLabels, `pii labels ${st.piiLabels}`);
  for (const e of PII_ENTITIES) C((st.pii[e] || 0) >= MIN.perPii, `pii ${e} ${st.pii[e] || 0}`);
  C(st.lkTotal >= MIN.lookalikes, `lookalikes ${st.lkTotal}`);
  C(Object.keys(st.lk).length >= MIN.lkKinds, `lookalike kinds ${Object.keys(st.lk).length}`);
  for (const k of PEM_KINDS) C((st.sec[k] || 0) > 0, `PEM kind ${k} missing`);
  const nonEn = [...st.langs].filter((l) => l !== 'en'); C(nonEn.length >= MIN.langs, `prose languages ${nonEn.length}`);
  st.langs = [...st.langs].sort();
  return { errs, st };
}
export function checkSources(dir) {
  const errs = [];
  const walk = (p) => { for (const f of readdirSync(p, { withFileTypes: true })) { const q = path.join(p, f.name); if (f.isDirectory()) walk(q); else if (/\.(mjs|js|json|md)$/.test(f.name)) { const m = FORBIDDEN_RE.exec(readFileSync(q, 'utf8')); if (m) errs.push(`source ${q}: forbidden host name ${m[2]}`); } } };
  walk(dir); return errs;
}
export function summary(st) {
  const lines = [];
  lines.push(`documents: ${st.docs} in ${Object.keys(st.kinds).length} kinds`);
  lines.push(`secret labels: ${st.secLabels} in ${Object.keys(st.sec).length} entity kinds`);
  lines.push(`pii labels: ${st.piiLabels} (` + PII_ENTITIES.map((e) => `${e} ${st.pii[e] || 0}`).join(', ') + ')');
  lines.push(`look-alikes: ${st.lkTotal} in ${Object.keys(st.lk).length} kinds`);
  lines.push(`prose languages: ${st.langs.length} (${st.langs.join(' ')})`);
  lines.push('doc kinds: ' + Object.entries(st.kinds).sort().map(([k, n]) => `${k} ${n}`).join(', '));
  lines.push('look-alike kinds: ' + Object.entries(st.lk).sort().map(([k, n]) => `${k} ${n}`).join(', '));
  return lines.join('\n');
}
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = process.argv[2] || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'blind26.jsonl');
  const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { errs, st } = validateRecords(recs);
  errs.push(...checkSources(path.dirname(fileURLToPath(import.meta.url))));
  if (errs.length) { console.error(errs.slice(0, 50).join('\n')); console.error(`${errs.length} violation(s)`); process.exit(1); }
  console.log(summary(st)); console.log('OK');
}
