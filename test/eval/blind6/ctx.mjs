// blind6: template helpers shared by the document modules.
import { S, P, L, pick, int, chance, shuffle, jsonEsc, b64 } from './lib.mjs';
import { KIND_NAMES, gen, keysOf, MULTILINE } from './secrets.mjs';
import * as pii from './pii.mjs';
import { look } from './looks.mjs';

export const s = (kind, v) => S(kind, v ?? gen(kind));
const PII_GEN = {
  EMAIL_ADDRESS: () => pii.email(), PHONE_NUMBER: () => pii.phone(), PERSON: () => pii.person(),
  LOCATION: () => pick([pii.city, pii.city, pii.street, pii.country])(), IP_ADDRESS: () => pii.ip(),
  CREDIT_CARD: () => pii.card(), IBAN_CODE: () => pii.iban(), US_SSN: () => pii.ssn(), US_ITIN: () => pii.itin(),
  US_PASSPORT: () => pii.passport(), US_DRIVER_LICENSE: () => pii.driverLicense(), US_BANK_NUMBER: () => pii.bankAccount(),
  CRYPTO: () => pii.btc(), MEDICAL_LICENSE: () => pii.dea(), UK_NHS: () => pii.nhs(),
};
export const p = (e, v) => P(e, v ?? PII_GEN[e]());
export const l = (w, v) => L(w, v ?? look(w));

// a deck over all secret kinds: every kind is dealt before any repeats
let deck = [];
export function nextKind(ok = () => true) {
  for (let tries = 0; tries < 400; tries++) {
    if (!deck.length) deck = shuffle(KIND_NAMES);
    const k = deck.pop(); if (ok(k)) return k; deck.unshift(k);
  }
  return pick(KIND_NAMES.filter(ok));
}
export const single = (k) => !MULTILINE.has(k);
// kinds that are sent as bearer/API tokens (used where code puts the value in an auth header)
export const tokenish = (k) => single(k) && !/PASSWORD|PSK|KEY_BASE|CREDENTIALS|CONFIG_AUTH|GOSSIP|WIREGUARD|AGE_SECRET|NKEY|TOTP|ENCRYPTION|SIGNING|SECRET_KEY$|MASTER_KEY|SESSION_SECRET|APP_KEY|FLASK|NEXTAUTH|WEBHOOK/.test(k);
// monotonic ISO clock for logs
export function clock() { let t = Date.UTC(int(2024, 2026), int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59)) + int(0, 999); const ms = chance(0.5); return () => { t += int(50, 90000); const d = new Date(t).toISOString(); return ms ? d : d.replace(/\.\d{3}Z$/, 'Z'); }; }
export const keyOf = (k) => pick(keysOf(k));
export function styleKey(key, style) {
  const parts = key.toLowerCase().split('_');
  switch (style) {
    case 'snake': return parts.join('_');
    case 'camel': return parts[0] + parts.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'dot': return parts.join('.');
    case 'kebab': return parts.join('-');
    default: return key;
  }
}
// look-alike entries that sit in configs next to real secrets
export function lookEntry() {
  return pick([
    () => ['GIT_COMMIT', l('git_sha')], () => ['IMAGE_DIGEST', l('digest')], () => ['RELEASE_VERSION', l('version')],
    () => ['STRIPE_PUBLISHABLE_KEY', l('publishable_key')], () => ['OPENAI_API_KEY', l('placeholder')], () => ['SLACK_BOT_TOKEN', l('placeholder')],
    () => ['AWS_ACCESS_KEY_ID', l('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')], () => ['AWS_SECRET_ACCESS_KEY', l('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')],
    () => ['DB_PASSWORD', l('env_reference', '${' + pick(['DB_PASSWORD', 'POSTGRES_PASSWORD', 'PG_PASS']) + '}')], () => ['API_TOKEN', l('env_reference', '${' + pick(['API_TOKEN', 'VAULT_API_TOKEN']) + '}')],
    () => ['INSTANCE_ID', l('uuid')], () => ['TRACE_SAMPLER_SEED', l('md5')], () => ['BUILD_ID', l('build_number', String(int(10000, 99999)))],
    () => ['THEME_PRIMARY', l('hex_color')], () => ['DEPLOYED_AT', l('timestamp')], () => ['SSH_HOST_KEY', l('public_key')],
    () => ['MAPBOX_PUBLIC_TOKEN', l('publishable_key')], () => ['SENTRY_RELEASE', l('short_sha')], () => ['GITHUB_TOKEN', l('placeholder', pick(['<your-token>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'changeme']))],
    () => ['CACHE_BUSTER', l('sha256_hex')], () => ['SMTP_PASSWORD', l('placeholder', pick(['changeme', 'CHANGE_ME', 'password']))], () => ['PAYMENT_TEST_KEY', l('vendor_example_key')],
  ])();
}
const NEUTRAL = [
  ['LOG_LEVEL', () => pick(['info', 'debug', 'warn'])], ['PORT', () => String(pick([3000, 8080, 8443, 5000]))], ['NODE_ENV', () => pick(['production', 'staging'])],
  ['DB_HOST', () => pick(['db-primary.internal.acme.example', 'pg.prod.globex.test', '10.20.3.14'])], ['REDIS_URL_HOST', () => 'cache-01.internal.acme.example'],
  ['FEATURE_FLAGS', () => pick(['checkout_v2,dark_mode', 'beta_search'])], ['TZ', () => pick(['Europe/Berlin', 'UTC', 'America/Chicago'])], ['WORKERS', () => String(int(2, 16))],
  ['S3_BUCKET', () => pick(['acme-prod-assets', 'globex-exports'])], ['AWS_REGION', () => pick(['eu-central-1', 'us-east-1', 'ap-southeast-2'])], ['SMTP_HOST', () => 'smtp.mail.acme.example'],
  ['TIMEOUT_MS', () => String(pick([5000, 30000]))], ['CORS_ORIGINS', () => 'https://app.acme.example'],
];
export const neutral = () => { const [k, f] = pick(NEUTRAL); return [k, f()]; };

// build a mixed list of [KEY, value] entries: nSecrets secrets, some look-alikes, some neutral
export function entries(nSecrets, { multiline = false, nLooks = int(1, 3), nNeutral = int(2, 5) } = {}) {
  const out = [];
  let ml = multiline ? 1 : 0; // at most one multi-line (PEM) value per document
  for (let i = 0; i < nSecrets; i++) { const k = nextKind(ml ? () => true : single); if (!single(k)) ml = 0; out.push([keyOf(k), s(k)]); }
  for (let i = 0; i < nLooks; i++) out.push(lookEntry());
  for (let i = 0; i < nNeutral; i++) out.push(neutral());
  const sh = shuffle(out); const seen = new Set();
  const res = [];
  for (const [k, v] of sh) {
    if (seen.has(k) && typeof v !== 'object') continue; // duplicate neutral setting: drop it
    let kk = k; if (seen.has(kk)) kk = pick(['LEGACY_', 'OLD_', 'BACKUP_', 'SECONDARY_']) + k;
    while (seen.has(kk)) kk = kk + '_2';
    seen.add(kk); res.push([kk, v]);
  }
  return res;
}
// re-wrap a span's text (escaping), keeping its label
export const mapSpan = (v, f) => (typeof v === 'object' ? { ...v, t: f(v.t) } : f(v));
export const jsonV = (v) => mapSpan(v, jsonEsc);
export const xmlV = (v) => mapSpan(v, (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
export const isML = (v) => typeof v === 'object' && v.t.includes('\n');
export const indent = (v, pad) => mapSpan(v, (t) => t.split('\n').join('\n' + pad));
export const b64Span = (v, entity = 'K8S_SECRET_B64') => ({ t: b64(typeof v === 'object' ? v.t : v), e: entity, f: 'secrets' });
export function who(loc) { const pp = pii.personParts(loc); return [P('PERSON', pp.full), ' <', P('EMAIL_ADDRESS', pii.email(pp.given, pp.family)), '>']; }
export { pii, pick, int, chance, shuffle };
