// blind11: credential generators (format-valid, random from the seeded PRNG).
import { rnd, int, pick, chance, str, bytes, digits, HEX, UHEX, DIG, B62, B64, B64U, B32, LOWAN, UPAN, LOWER, UPPER, crc32, base62, b64u, b64, S, bech32Enc, toWords } from './lib.mjs';

const ghTok = (p) => { const r = str(B62, 30); return p + r + base62(crc32(r), 6); };
function der(tag, body) { const n = body.length; let h; if (n < 128) h = Buffer.from([tag, n]); else if (n < 256) h = Buffer.from([tag, 0x81, n]); else h = Buffer.from([tag, 0x82, n >> 8, n & 255]); return Buffer.concat([h, body]); }
const seq = (...xs) => der(0x30, Buffer.concat(xs));
const dint = (b) => der(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
function rsaPkcs1(bits) { const n = bytes(bits / 8); n[0] |= 0x80; const h = bits / 16; const x = (k) => { const b = bytes(k); b[0] |= 0x80; return b; }; return seq(dint(Buffer.from([0])), dint(n), dint(Buffer.from([1, 0, 1])), dint(x(bits / 8)), dint(x(h)), dint(x(h)), dint(x(h)), dint(x(h)), dint(x(h))); }
const OID_RSA = Buffer.from('06092a864886f70d010101', 'hex'), NULLB = Buffer.from('0500', 'hex');
const OID_EC = Buffer.from('06072a8648ce3d0201', 'hex'), OID_P256 = Buffer.from('06082a8648ce3d030107', 'hex');
function ecSec1() { const pub = Buffer.concat([Buffer.from([0]), Buffer.from([4]), bytes(64)]); return seq(dint(Buffer.from([1])), der(0x04, bytes(32)), der(0xa0, OID_P256), der(0xa1, der(0x03, pub))); }
const wrap = (s, w) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
const pem = (label, buf, w = 64) => `-----BEGIN ${label}-----\n${wrap(buf.toString('base64'), w)}\n-----END ${label}-----`;
function sshStr(b) { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); }
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
export function sshEd25519Pub() { return sshStr('ssh-ed25519') .length && Buffer.concat([sshStr('ssh-ed25519'), sshStr(bytes(32))]); }
function opensshKey(comment) { const pub = bytes(32), seed = bytes(32); const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]); const chk = bytes(4); let priv = Buffer.concat([chk, chk, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([seed, pub])), sshStr(comment)]); let i = 1; while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([i++])]); const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(priv)]); return pem('OPENSSH PRIVATE KEY', body, 70); }
function crc24(buf) { let c = 0xb704ce; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= 0x1864cfb; } } return c & 0xffffff; }
function pgpKey() { const body = Buffer.concat([Buffer.from([0x94, 0x58, 0x04]), bytes(4), Buffer.from([0x16, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01, 0x01, 0x07, 0x40]), bytes(68)]); const c = Buffer.alloc(3); c.writeUIntBE(crc24(body), 0, 3); return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${c.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`; }
export const PEMS = {
  RSA_PRIVATE_KEY: () => pem('RSA PRIVATE KEY', rsaPkcs1(pick([2048, 2048, 3072, 1024]))),
  PKCS8_PRIVATE_KEY: () => pem('PRIVATE KEY', seq(dint(Buffer.from([0])), seq(OID_RSA, NULLB), der(0x04, rsaPkcs1(2048)))),
  EC_PRIVATE_KEY: () => pem('EC PRIVATE KEY', ecSec1()),
  PKCS8_EC_PRIVATE_KEY: () => pem('PRIVATE KEY', seq(dint(Buffer.from([0])), seq(OID_EC, OID_P256), der(0x04, ecSec1()))),
  ED25519_PRIVATE_KEY: () => pem('PRIVATE KEY', Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), bytes(32)])),
  OPENSSH_PRIVATE_KEY: () => opensshKey(pick(['deploy@ci-runner-3', 'ops@bastion', 'build', 'jenkins@agent-07'])),
  PGP_PRIVATE_KEY: () => pgpKey(),
};
export const smallPem = () => pick(['EC_PRIVATE_KEY', 'PKCS8_EC_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY']);
export function pemValue(e) { return S(e, PEMS[e]()); }
export const pemIndent = (v, ind) => v.split('\n').join('\n' + ind);
export const pemEscape = (v) => v.split('\n').join('\\n');
export function publicPem() { return pem('PUBLIC KEY', seq(seq(OID_EC, OID_P256), der(0x03, Buffer.concat([Buffer.from([0, 4]), bytes(64)])))); }
export function certPem() { return pem('CERTIFICATE', seq(seq(der(0xa0, dint(Buffer.from([2]))), dint(bytes(16)), seq(Buffer.from('06082a8648ce3d040302', 'hex')), bytes(int(180, 260))), seq(Buffer.from('06082a8648ce3d040302', 'hex')), der(0x03, Buffer.concat([Buffer.from([0]), bytes(71)])))); }

// ---- JWT
export function jwt(kind = 'generic') {
  const alg = pick(['HS256', 'HS256', 'RS256', 'ES256', 'HS512']);
  const h = { alg, typ: 'JWT' }; if (alg !== 'HS256' && chance(0.6)) h.kid = str(B64U, 16);
  const now = 1760000000 + int(0, 20000000);
  const p = kind === 'k8s' ? { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': pick(['payments', 'default', 'ingest']), 'kubernetes.io/serviceaccount/service-account.name': pick(['builder', 'reporter', 'sync-bot']), sub: 'system:serviceaccount:ops:' + pick(['builder', 'sync']) }
    : kind === 'supabase' ? { iss: 'supabase', ref: str(LOWER, 20), role: 'service_role', iat: now, exp: now + 315360000 }
      : { sub: pick(['usr_', 'u-', '']) + str(LOWAN, 10), iss: 'https://auth.' + pick(['acme', 'northwind', 'globex']) + '.example/', aud: pick(['api', 'billing', 'internal-tools']), iat: now, exp: now + pick([900, 3600, 86400]), scope: pick(['read write', 'admin', 'orders:read', 'openid profile']) };
  const sigLen = alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : alg === 'HS512' ? 64 : 32;
  return b64u(JSON.stringify(h)) + '.' + b64u(JSON.stringify(p)) + '.' + bytes(sigLen).toString('base64url');
}

// ---- human-chosen passwords
const W = ['sunflower', 'marzipan', 'tiger', 'falcon', 'kaffee', 'gato', 'blue', 'winter', 'mango', 'rocket', 'harbor', 'biscuit', 'dragon', 'pepper', 'lemon', 'zebra', 'orchid', 'castle', 'sombra', 'ciel', 'sakura', 'nebula', 'paprika', 'velvet', 'canyon', 'otter', 'lantern', 'gravel', 'copper', 'meadow', 'hund', 'fromage', 'estrela', 'koala', 'walnut', 'thunder', 'pixel', 'saffron', 'bamboo', 'glacier'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const leet = (s) => s.replace(/a/g, () => chance(0.5) ? '@' : 'a').replace(/o/g, () => chance(0.5) ? '0' : 'o').replace(/e/g, () => chance(0.4) ? '3' : 'e');
export function humanPassword() {
  const y = pick(['2019', '2021', '2023', '2024', '2025', '1987', '1992', '77', '12', '99', '123', '007']);
  const sym = pick(['!', '#', '$', '@', '%', '&', '*', '?', '!!', '_', '.']);
  switch (int(0, 6)) {
    case 0: return cap(pick(W)) + sym + y;
    case 1: return leet(cap(pick(W))) + cap(pick(W)) + y + sym;
    case 2: return [pick(W), pick(W), pick(W), pick(W)].join(pick(['-', '-', '.', '_']));
    case 3: return cap(pick(W)) + '_' + cap(pick(W)) + '_' + y;
    case 4: return pick(W) + y + sym + cap(pick(W));
    case 5: return [cap(pick(W)), pick(W), pick(W), pick(W)].join(' ') + sym;
    default: return pick(['Summer', 'Winter', 'Spring', 'Autumn', 'Welcome', 'Passw0rd', 'Admin']) + y + sym;
  }
}
export function strongPassword() { return str(B62 + '!#%^*-_+=', int(14, 32)).replace(/^[-_]/, 'Q'); }
export function genericToken() {
  switch (int(0, 7)) {
    case 0: return str(HEX, pick([24, 32, 40, 48, 64]));
    case 1: return str(B62, int(18, 64));
    case 2: { const n = pick([16, 24, 32, 33, 48]); return Buffer.from(bytes(n)).toString('base64'); }
    case 3: return bytes(pick([24, 32, 40])).toString('base64url');
    case 4: return str(UPAN, int(20, 36));
    case 5: return str(B62, 8) + '-' + str(B62, 12) + '_' + str(B62, int(10, 24));
    case 6: return str(UHEX, 32);
    default: return str(LOWAN, int(24, 44));
  }
}
const uuid = () => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-${pick('89ab')}${str(HEX, 3)}-${str(HEX, 12)}`;
const djangoKey = () => 'django-insecure-'.slice(0, chance(0.3) ? 16 : 0) + str('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50);
const BIP = ['abandon', 'acoustic', 'bridge', 'canvas', 'drift', 'eager', 'fabric', 'garlic', 'hollow', 'inmate', 'jungle', 'kitten', 'lecture', 'mango', 'noble', 'orbit', 'pepper', 'quantum', 'ribbon', 'saddle', 'tackle', 'unveil', 'velvet', 'wagon', 'yellow', 'zebra', 'absorb', 'cradle', 'dinner', 'elbow', 'frost', 'glimpse'];

// [entity, generator, typical env-style key names]
export const SECRET_KINDS = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', () => ghTok('ghp_'), ['GITHUB_TOKEN', 'GH_TOKEN']],
  ['GITHUB_OAUTH_TOKEN', () => ghTok('gho_'), ['GITHUB_OAUTH_TOKEN']],
  ['GITHUB_APP_INSTALLATION_TOKEN', () => ghTok('ghs_'), ['GH_APP_TOKEN']],
  ['GITHUB_USER_TO_SERVER_TOKEN', () => ghTok('ghu_'), ['GH_USER_TOKEN']],
  ['GITHUB_REFRESH_TOKEN', () => ghTok('ghr_'), ['GH_REFRESH_TOKEN']],
  ['GITHUB_FINE_GRAINED_PAT', () => 'github_pat_11' + str(UPAN, 20) + '_' + str(B62, 59), ['GITHUB_PAT']],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', () => 'glpat-' + str(B62 + '-_', 20), ['GITLAB_TOKEN']],
  ['GITLAB_RUNNER_TOKEN', () => 'glrt-' + str(B62 + '-_', 20), ['RUNNER_TOKEN']],
  ['GITLAB_DEPLOY_TOKEN', () => 'gldt-' + str(B62, 20), ['CI_DEPLOY_PASSWORD']],
  ['AWS_ACCESS_KEY', () => 'AKIA' + str(B32.replace(/[01]/g, ''), 16), ['AWS_ACCESS_KEY_ID']],
  ['AWS_TEMPORARY_ACCESS_KEY', () => 'ASIA' + str(B32, 16), ['AWS_ACCESS_KEY_ID']],
  ['AWS_SECRET_KEY', () => str(B62 + '+/', 40), ['AWS_SECRET_ACCESS_KEY']],
  ['AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2Vj' + str(B62 + '+/', int(300, 420)) + '==', ['AWS_SESSION_TOKEN']],
  ['SLACK_BOT_TOKEN', () => `xoxb-${digits(12)}-${digits(13)}-${str(B62, 24)}`, ['SLACK_BOT_TOKEN']],
  ['SLACK_USER_TOKEN', () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${str(HEX, 32)}`, ['SLACK_USER_TOKEN']],
  ['SLACK_APP_TOKEN', () => `xapp-1-A${str(UPAN, 10)}-${digits(13)}-${str(HEX, 64)}`, ['SLACK_APP_TOKEN']],
  ['SLACK_WEBHOOK_SECRET', () => `T${str(UPAN, 10)}/B${str(UPAN, 10)}/${str(B62, 24)}`, ['SLACK_WEBHOOK_PATH']],
  ['STRIPE_SECRET_KEY', () => 'sk_live_51' + str(B62, int(60, 97)), ['STRIPE_SECRET_KEY']],
  ['STRIPE_RESTRICTED_KEY', () => 'rk_live_51' + str(B62, 97), ['STRIPE_RESTRICTED_KEY']],
  ['STRIPE_WEBHOOK_SECRET', () => 'whsec_' + str(B62, 32), ['STRIPE_WEBHOOK_SECRET']],
  ['OPENAI_API_KEY', () => 'sk-proj-' + str(B62 + '-_', 74) + 'T3BlbkFJ' + str(B62 + '-_', 74), ['OPENAI_API_KEY']],
  ['OPENAI_LEGACY_KEY', () => 'sk-' + str(B62, 20) + 'T3BlbkFJ' + str(B62, 20), ['OPENAI_KEY']],
  ['ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + str(B62 + '-_', 93) + 'AA', ['ANTHROPIC_API_KEY']],
  ['ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + str(B62 + '-_', 93) + 'AA', ['ANTHROPIC_ADMIN_KEY']],
  ['GOOGLE_API_KEY', () => 'AIza' + str(B62 + '-_', 35), ['GOOGLE_API_KEY', 'FIREBASE_API_KEY']],
  ['GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + str(B62 + '-_', 28), ['GOOGLE_CLIENT_SECRET']],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', () => 'ya29.a0' + str(B62 + '-_', int(120, 180)), ['GOOGLE_ACCESS_TOKEN']],
  ['AZURE_STORAGE_ACCOUNT_KEY', () => bytes(64).toString('base64'), ['AZURE_STORAGE_KEY']],
  ['AZURE_CLIENT_SECRET', () => str(B62, 3) + str(DIG, 1) + 'Q~' + str(B62 + '-_.~', 34), ['AZURE_CLIENT_SECRET']],
  ['AZURE_SAS_SIGNATURE', () => bytes(32).toString('base64').replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D'), ['AZURE_SAS_SIG']],
  ['JWT', () => jwt(), ['ACCESS_TOKEN', 'ID_TOKEN', 'AUTH_JWT']],
  ['KUBERNETES_SERVICE_ACCOUNT_TOKEN', () => jwt('k8s'), ['K8S_TOKEN']],
  ['SUPABASE_SERVICE_ROLE_KEY', () => jwt('supabase'), ['SUPABASE_SERVICE_ROLE_KEY']],
  ['SUPABASE_ACCESS_TOKEN', () => 'sbp_' + str(HEX, 40), ['SUPABASE_ACCESS_TOKEN']],
  ['NPM_TOKEN', () => { const r = str(B62, 30); return 'npm_' + r + base62(crc32(r), 6); }, ['NPM_TOKEN']],
  ['PYPI_TOKEN', () => 'pypi-AgEIcHlwaS5vcmc' + str(B64U, int(120, 160)), ['PYPI_API_TOKEN', 'TWINE_PASSWORD']],
  ['DOCKERHUB_TOKEN', () => 'dckr_pat_' + str(B62 + '-_', 27), ['DOCKERHUB_TOKEN']],
  ['HUGGINGFACE_TOKEN', () => 'hf_' + str(B62.slice(10), 34), ['HF_TOKEN']],
  ['SENDGRID_API_KEY', () => 'SG.' + str(B62 + '-_', 22) + '.' + str(B62 + '-_', 43), ['SENDGRID_API_KEY']],
  ['TWILIO_AUTH_TOKEN', () => str(HEX, 32), ['TWILIO_AUTH_TOKEN']],
  ['TWILIO_API_KEY', () => 'SK' + str(HEX, 32), ['TWILIO_API_KEY_SID']],
  ['MAILGUN_API_KEY', () => 'key-' + str(HEX, 32), ['MAILGUN_API_KEY']],
  ['MAILCHIMP_API_KEY', () => str(HEX, 32) + '-us' + int(1, 21), ['MAILCHIMP_KEY']],
  ['SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + str(HEX, 32), ['SHOPIFY_ADMIN_TOKEN']],
  ['SHOPIFY_SHARED_SECRET', () => 'shpss_' + str(HEX, 32), ['SHOPIFY_API_SECRET']],
  ['DATADOG_API_KEY', () => str(HEX, 32), ['DD_API_KEY']],
  ['DATADOG_APP_KEY', () => str(HEX, 40), ['DD_APP_KEY']],
  ['NEW_RELIC_LICENSE_KEY', () => str(HEX, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY']],
  ['NEW_RELIC_USER_KEY', () => 'NRAK-' + str(UPAN, 27), ['NEW_RELIC_API_KEY']],
  ['SENTRY_AUTH_TOKEN', () => 'sntrys_' + b64u(JSON.stringify({ iat: 1760000000 + int(0, 9e6), url: 'https://sentry.internal.example', org: pick(['acme', 'globex']) })) + '_' + str(B62 + '+/', 43), ['SENTRY_AUTH_TOKEN']],
  ['SENTRY_DSN_KEY', () => str(HEX, 32), ['SENTRY_DSN']],
  ['HEROKU_API_KEY', () => 'HRKU-AA' + str(B62 + '-_', 58), ['HEROKU_API_KEY']],
  ['DIGITALOCEAN_TOKEN', () => 'dop_v1_' + str(HEX, 64), ['DIGITALOCEAN_ACCESS_TOKEN']],
  ['LINEAR_API_KEY', () => 'lin_api_' + str(B62, 40), ['LINEAR_API_KEY']],
  ['NOTION_TOKEN', () => 'ntn_' + digits(11) + str(B62, 35), ['NOTION_TOKEN']],
  ['ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + str(B62 + '-_', 170) + '=' + str(UHEX, 8), ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN']],
  ['DISCORD_BOT_TOKEN', () => b64u(digits(18)) + '.' + str(B62 + '-_', 6) + '.' + str(B62 + '-_', 38), ['DISCORD_TOKEN']],
  ['TELEGRAM_BOT_TOKEN', () => digits(10) + ':AA' + str(B62 + '-_', 33), ['TELEGRAM_BOT_TOKEN']],
  ['CLOUDFLARE_API_TOKEN', () => str(B62 + '-_', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']],
  ['CLOUDFLARE_GLOBAL_API_KEY', () => str(HEX, 37), ['CF_API_KEY']],
  ['VAULT_TOKEN', () => 'hvs.' + str(B62 + '-_', 90), ['VAULT_TOKEN']],
  ['TERRAFORM_CLOUD_TOKEN', () => str(B62, 14) + '.atlasv1.' + str(B62, 67), ['TF_TOKEN_app_terraform_io', 'TFC_TOKEN']],
  ['PULUMI_ACCESS_TOKEN', () => 'pul-' + str(HEX, 40), ['PULUMI_ACCESS_TOKEN']],
  ['CIRCLECI_TOKEN', () => 'CCIPAT_' + str(B62, 22) + '_' + str(HEX, 40), ['CIRCLE_TOKEN']],
  ['OKTA_API_TOKEN', () => '00' + str(B62 + '-_', 40), ['OKTA_API_TOKEN']],
  ['AUTH0_CLIENT_SECRET', () => str(B62 + '-_', 64), ['AUTH0_CLIENT_SECRET']],
  ['PLAID_SECRET', () => str(HEX, 30), ['PLAID_SECRET']],
  ['SQUARE_ACCESS_TOKEN', () => 'EAAA' + str(B62 + '-_', 60), ['SQUARE_ACCESS_TOKEN']],
  ['PAYPAL_CLIENT_SECRET', () => 'E' + str(B62 + '-_', 79), ['PAYPAL_CLIENT_SECRET']],
  ['BRAINTREE_ACCESS_TOKEN', () => `access_token$production$${str(LOWAN, 16)}$${str(HEX, 32)}`, ['BRAINTREE_ACCESS_TOKEN']],
  ['ALGOLIA_ADMIN_KEY', () => str(HEX, 32), ['ALGOLIA_ADMIN_API_KEY']],
  ['MAPBOX_SECRET_TOKEN', () => 'sk.' + b64u(JSON.stringify({ u: pick(['acme-maps', 'routeplan']), a: str(LOWAN, 25) })) + '.' + str(B62 + '-_', 22), ['MAPBOX_SECRET_TOKEN']],
  ['ASANA_PERSONAL_ACCESS_TOKEN', () => `2/${digits(16)}/${digits(16)}:${str(HEX, 32)}`, ['ASANA_PAT']],
  ['AIRTABLE_PAT', () => 'pat' + str(B62, 14) + '.' + str(HEX, 64), ['AIRTABLE_TOKEN']],
  ['FIGMA_TOKEN', () => 'figd_' + str(B62 + '-_', 40), ['FIGMA_TOKEN']],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', () => 'glsa_' + str(B62, 32) + '_' + str(HEX, 8), ['GRAFANA_TOKEN']],
  ['GRAFANA_CLOUD_TOKEN', () => 'glc_' + b64(JSON.stringify({ o: digits(6), n: 'stack-' + digits(6) + '-hm-read', k: str(B62, 24), m: { r: 'prod-eu-west-0' } })).replace(/=+$/, ''), ['GRAFANA_CLOUD_API_KEY']],
  ['POSTMAN_API_KEY', () => `PMAK-${str(HEX, 24)}-${str(HEX, 34)}`, ['POSTMAN_API_KEY']],
  ['NETLIFY_TOKEN', () => 'nfp_' + str(B62, 36), ['NETLIFY_AUTH_TOKEN']],
  ['VERCEL_TOKEN', () => str(B62, 24), ['VERCEL_TOKEN']],
  ['PLANETSCALE_PASSWORD', () => 'pscale_pw_' + str(B62 + '_', 43), ['PLANETSCALE_DB_PASSWORD']],
  ['DATABRICKS_TOKEN', () => 'dapi' + str(HEX, 32), ['DATABRICKS_TOKEN']],
  ['CONFLUENT_API_SECRET', () => str(B62 + '+/', 64), ['CONFLUENT_API_SECRET', 'KAFKA_SASL_PASSWORD']],
  ['DROPBOX_ACCESS_TOKEN', () => 'sl.B' + str(B62 + '-_', 135), ['DROPBOX_TOKEN']],
  ['ZOOM_CLIENT_SECRET', () => str(B62, 32), ['ZOOM_CLIENT_SECRET']],
  ['ZENDESK_API_TOKEN', () => str(B62, 40), ['ZENDESK_API_TOKEN']],
  ['HUBSPOT_PRIVATE_APP_TOKEN', () => 'pat-' + pick(['na1', 'eu1']) + '-' + uuid(), ['HUBSPOT_ACCESS_TOKEN']],
  ['INTERCOM_ACCESS_TOKEN', () => b64('tok:' + uuid() + ':' + digits(1) + ':0').replace(/=+$/, '') + '=', ['INTERCOM_TOKEN']],
  ['SALESFORCE_ACCESS_TOKEN', () => '00D' + str(B62, 12) + '!' + str(B62 + '._', 96), ['SF_ACCESS_TOKEN']],
  ['SALESFORCE_CONSUMER_SECRET', () => str(UHEX, 64), ['SF_CONSUMER_SECRET']],
  ['RUBYGEMS_API_KEY', () => 'rubygems_' + str(HEX, 48), ['GEM_HOST_API_KEY']],
  ['NUGET_API_KEY', () => 'oy2' + str('abcdefghijklmnopqrstuvwxyz234567', 43), ['NUGET_API_KEY']],
  ['CRATES_IO_TOKEN', () => 'cio' + str(B62, 32), ['CARGO_REGISTRY_TOKEN']],
  ['ARTIFACTORY_API_KEY', () => 'AKCp' + str(B62, 69), ['ARTIFACTORY_API_KEY']],
  ['SONARQUBE_TOKEN', () => 'squ_' + str(HEX, 40), ['SONAR_TOKEN']],
  ['BITBUCKET_APP_PASSWORD', () => 'ATBB' + str(B62, 32) + str(UHEX, 8), ['BITBUCKET_APP_PASSWORD']],
  ['PAGERDUTY_API_KEY', () => 'u+' + str(B62 + '-_', 18), ['PAGERDUTY_TOKEN']],
  ['OPSGENIE_API_KEY', () => uuid(), ['OPSGENIE_API_KEY']],
  ['DJANGO_SECRET_KEY', () => djangoKey(), ['DJANGO_SECRET_KEY', 'SECRET_KEY']],
  ['RAILS_SECRET_KEY_BASE', () => str(HEX, 128), ['SECRET_KEY_BASE']],
  ['RAILS_MASTER_KEY', () => str(HEX, 32), ['RAILS_MASTER_KEY']],
  ['FLASK_SECRET_KEY', () => str(HEX, pick([32, 48, 64])), ['FLASK_SECRET_KEY']],
  ['LARAVEL_APP_KEY', () => 'base64:' + bytes(32).toString('base64'), ['APP_KEY']],
  ['NEXTAUTH_SECRET', () => bytes(32).toString('base64'), ['NEXTAUTH_SECRET', 'AUTH_SECRET']],
  ['JWT_SIGNING_SECRET', () => genericToken(), ['JWT_SECRET', 'TOKEN_SIGNING_KEY']],
  ['SESSION_SECRET', () => genericToken(), ['SESSION_SECRET', 'COOKIE_SECRET']],
  ['ENCRYPTION_KEY', () => pick([str(HEX, 64), bytes(32).toString('base64')]), ['ENCRYPTION_KEY', 'DATA_KEY']],
  ['WEBHOOK_SIGNING_SECRET', () => genericToken(), ['WEBHOOK_SECRET']],
  ['HMAC_KEY', () => str(HEX, 64), ['HMAC_KEY']],
  ['GENERIC_API_KEY', () => genericToken(), ['X_API_KEY']],
  ['GENERIC_API_TOKEN', () => genericToken(), ['SERVICE_TOKEN']],
  ['GENERIC_CLIENT_SECRET', () => genericToken(), ['CLIENT_SECRET']],
  ['GENERIC_SECRET', () => genericToken(), ['SECRET']],
  ['OAUTH_REFRESH_TOKEN', () => str(B62 + '-_.', int(40, 90)), ['REFRESH_TOKEN']],
  ['OAUTH_ACCESS_TOKEN', () => str(B62, int(30, 60)), ['OAUTH_TOKEN']],
  ['BEARER_TOKEN', () => genericToken(), ['BEARER']],
  ['TOTP_SEED', () => str(B32, pick([16, 32])), ['MFA_SEED', 'OTP_SECRET']],
  ['WIREGUARD_PRIVATE_KEY', () => bytes(32).toString('base64'), ['WG_PRIVATE_KEY']],
  ['AGE_SECRET_KEY', () => bech32Enc('age-secret-key-', toWords(bytes(32))).toUpperCase(), ['SOPS_AGE_KEY']],
  ['ETHEREUM_PRIVATE_KEY', () => '0x' + str(HEX, 64), ['ETH_PRIVATE_KEY', 'DEPLOYER_KEY']],
  ['CRYPTO_SEED_PHRASE', () => Array.from({ length: pick([12, 12, 24]) }, () => pick(BIP)).join(' '), ['WALLET_MNEMONIC']],
  ['KUBECONFIG_CLIENT_KEY_DATA', () => b64(PEMS.EC_PRIVATE_KEY()), ['client-key-data']],
  ['BASIC_AUTH_CREDENTIALS', () => b64(pick(['admin', 'svc-ci', 'deploy', 'ops', 'grafana']) + ':' + humanPassword()), ['BASIC_AUTH']],
  ['DOCKER_REGISTRY_AUTH', () => b64(pick(['robot$ci', 'builder', 'pusher']) + ':' + str(B62, 32)), ['auth']],
  ['KUBERNETES_SECRET_DATA', () => b64(pick([strongPassword(), str(HEX, 32), humanPassword()])), ['data']],
  ['DATABASE_PASSWORD', () => pick([strongPassword, humanPassword])(), ['DB_PASSWORD', 'DATABASE_PASS']],
  ['POSTGRES_PASSWORD', () => strongPassword(), ['POSTGRES_PASSWORD', 'PGPASSWORD']],
  ['MYSQL_PASSWORD', () => pick([strongPassword, humanPassword])(), ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD']],
  ['MONGODB_PASSWORD', () => str(B62, int(16, 24)), ['MONGO_PASSWORD']],
  ['REDIS_PASSWORD', () => str(B62, int(20, 40)), ['REDIS_PASSWORD', 'REDIS_AUTH']],
  ['RABBITMQ_PASSWORD', () => humanPassword(), ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD']],
  ['MSSQL_SA_PASSWORD', () => strongPassword(), ['MSSQL_SA_PASSWORD', 'SA_PASSWORD']],
  ['ELASTICSEARCH_PASSWORD', () => str(B62, 20), ['ELASTIC_PASSWORD']],
  ['ELASTIC_API_KEY', () => b64(str(B62, 20) + ':' + str(B62 + '-_', 22)), ['ELASTIC_API_KEY']],
  ['LDAP_BIND_PASSWORD', () => humanPassword(), ['LDAP_BIND_PASSWORD']],
  ['SMTP_PASSWORD', () => pick([strongPassword, humanPassword, () => str(LOWER, 16)])(), ['SMTP_PASSWORD', 'MAIL_PASSWORD']],
  ['FTP_PASSWORD', () => humanPassword(), ['FTP_PASS']],
  ['SSH_PASSWORD', () => humanPassword(), ['SSH_PASS']],
  ['USER_PASSWORD', () => humanPassword(), ['PASSWORD']],
  ['ADMIN_PASSWORD', () => pick([humanPassword, strongPassword])(), ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD']],
  ['WIFI_PASSWORD', () => humanPassword(), ['WIFI_PSK']],
  ['VPN_PRESHARED_KEY', () => str(B62, int(24, 40)), ['IPSEC_PSK']],
  ['KEYSTORE_PASSWORD', () => strongPassword(), ['KEYSTORE_PASSWORD', 'STORE_PASS']],
  ['SNMP_COMMUNITY_STRING', () => str(LOWAN, int(10, 18)), ['SNMP_COMMUNITY']],
  ['DOCKER_REGISTRY_PASSWORD', () => str(B62, 32), ['REGISTRY_PASSWORD']],
  ['CONSUL_ACL_TOKEN', () => uuid(), ['CONSUL_HTTP_TOKEN']],
  ['NOMAD_TOKEN', () => uuid(), ['NOMAD_TOKEN']],
  ['LAUNCHDARKLY_SDK_KEY', () => 'sdk-' + uuid(), ['LD_SDK_KEY']],
  ['SEGMENT_WRITE_KEY', () => str(B62, 32), ['SEGMENT_WRITE_KEY']],
  ['MIXPANEL_API_SECRET', () => str(HEX, 32), ['MIXPANEL_SECRET']],
  ['ROLLBAR_ACCESS_TOKEN', () => str(HEX, 32), ['ROLLBAR_TOKEN']],
  ['HONEYCOMB_API_KEY', () => 'hcaik_' + str(LOWAN, 58), ['HONEYCOMB_API_KEY']],
  ['CONTENTFUL_MANAGEMENT_TOKEN', () => 'CFPAT-' + str(B62 + '-_', 43), ['CONTENTFUL_MANAGEMENT_TOKEN']],
  ['TYPEFORM_TOKEN', () => 'tfp_' + str(B62 + '-_', 44) + '_' + str(B62, 14), ['TYPEFORM_TOKEN']],
  ['SHIPPO_API_TOKEN', () => 'shippo_live_' + str(HEX, 40), ['SHIPPO_TOKEN']],
  ['EASYPOST_API_KEY', () => 'EZAK' + str(HEX, 54), ['EASYPOST_API_KEY']],
  ['TWITTER_BEARER_TOKEN', () => 'AAAAAAAAAAAAAAAAAAAAA' + str(B62, 25) + '%3D' + str(B62, 50), ['TWITTER_BEARER_TOKEN']],
  ['FACEBOOK_ACCESS_TOKEN', () => 'EAAB' + str(B62, int(150, 190)), ['FB_ACCESS_TOKEN']],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', () => 'ops_' + b64u(JSON.stringify({ signInAddress: 'acme.1password.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: str(B64U, 22) }, email: str(LOWAN, 13) + '@1passwordserviceaccounts.example', srpX: str(HEX, 64), muk: { alg: 'A256GCM', ext: true, k: str(B64U, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + str(UPAN, 6) + '-' + str(UPAN, 6), throttleSecret: { seed: str(HEX, 64), deviceUuid: str(LOWAN, 26) }, deviceUuid: str(LOWAN, 26) })), ['OP_SERVICE_ACCOUNT_TOKEN']],
  ['DOPPLER_TOKEN', () => 'dp.st.' + pick(['prd', 'dev', 'stg']) + '.' + str(B62, 43), ['DOPPLER_TOKEN']],
  ['FLY_API_TOKEN', () => 'FlyV1 fm2_' + str(B62 + '+/', 160), ['FLY_API_TOKEN']],
  ['RENDER_API_KEY', () => 'rnd_' + str(B62, 32), ['RENDER_API_KEY']],
  ['OPENROUTER_API_KEY', () => 'sk-or-v1-' + str(HEX, 64), ['OPENROUTER_API_KEY']],
  ['GROQ_API_KEY', () => 'gsk_' + str(B62, 52), ['GROQ_API_KEY']],
  ['MISTRAL_API_KEY', () => str(B62, 32), ['MISTRAL_API_KEY']],
  ['COHERE_API_KEY', () => str(B62, 40), ['COHERE_API_KEY', 'CO_API_KEY']],
  ['REPLICATE_API_TOKEN', () => 'r8_' + str(B62, 37), ['REPLICATE_API_TOKEN']],
  ['PERPLEXITY_API_KEY', () => 'pplx-' + str(B62, 48), ['PERPLEXITY_API_KEY']],
  ['XAI_API_KEY', () => 'xai-' + str(B62, 80), ['XAI_API_KEY']],
  ['DEEPSEEK_API_KEY', () => 'sk-' + str(HEX, 32), ['DEEPSEEK_API_KEY']],
  ['LANGSMITH_API_KEY', () => 'lsv2_pt_' + str(HEX, 32) + '_' + str(HEX, 10), ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY']],
  ['PINECONE_API_KEY', () => 'pcsk_' + str(B62, 6) + '_' + str(B62, 64), ['PINECONE_API_KEY']],
  ['WANDB_API_KEY', () => str(HEX, 40), ['WANDB_API_KEY']],
  ['BINANCE_API_SECRET', () => str(B62, 64), ['BINANCE_SECRET']],
  ['COINBASE_API_SECRET', () => bytes(64).toString('base64'), ['COINBASE_API_SECRET']],
  ['SNYK_TOKEN', () => uuid(), ['SNYK_TOKEN']],
  ['CODECOV_TOKEN', () => uuid(), ['CODECOV_TOKEN']],
  ['AZURE_DEVOPS_PAT', () => str('abcdefghijklmnopqrstuvwxyz234567', 52), ['AZURE_DEVOPS_EXT_PAT']],
  ['ALIBABA_ACCESS_KEY_SECRET', () => str(B62, 30), ['ALIBABA_CLOUD_ACCESS_KEY_SECRET']],
  ['IBM_CLOUD_API_KEY', () => str(B62 + '-_', 44), ['IBMCLOUD_API_KEY']],
  ['ORACLE_DB_PASSWORD', () => strongPassword(), ['ORACLE_PASSWORD']],
  ['SAML_SIGNING_KEY_PASSPHRASE', () => humanPassword(), ['SAML_KEY_PASSPHRASE']],
  ['PGP_PASSPHRASE', () => humanPassword(), ['GPG_PASSPHRASE']],
];
export const KIND_MAP = Object.fromEntries(SECRET_KINDS.map((k) => [k[0], k]));
for (const e of Object.keys(PEMS)) KIND_MAP[e] = [e, PEMS[e], ['PRIVATE_KEY']];
export const ALL_SECRET_ENTITIES = Object.keys(KIND_MAP);

let deck = [];
// next secret from a deck that cycles through every kind (so every kind is used)
export function nextSecret(filter) {
  for (let tries = 0; tries < 400; tries++) {
    if (!deck.length) deck = shuffle(SECRET_KINDS.map((k) => k[0]));
    const e = deck.pop();
    if (filter && !filter(e)) { deck.unshift(e); continue; }
    const k = KIND_MAP[e];
    return { e, v: k[1](), key: pick(k[2]) };
  }
  const k = pick(SECRET_KINDS); return { e: k[0], v: k[1](), key: k[2][0] };
}
import { shuffle } from './lib.mjs';
export const sec = (e) => S(e, KIND_MAP[e][1]());
export const UNUSUAL_KEYS = ['svc_cred', 'upstream_auth_blob', 'x_passkey', 'tok', 'access_hash', 'partner_shared_secret', 'ingest_sig_key', 'relay_pw', 'bridgeAuth', 'magic', 'k', 'auth_material', 'vendor_blob', 'connector_cred', 'apiSecretValue', 'sig_seed', 'syncKey', 'legacy_pass', 'gateway_pass_phrase', 'clave_api', 'schluessel', 'motdepasse', 'senha', 'parola_chiave', 'wachtwoord', 'haslo', 'kagi', 'mima', 'creds_b', 'hook_token', 'uplink', 'the_thing', 'backendKey2', 'ops_pw', 'PASSCODE', 'shared_key_v3', 'mgmt_passwd', 'secretish', 'sign_k', 'token_prod_old'];
export const GENERIC_ENTITIES = ['GENERIC_API_KEY', 'GENERIC_API_TOKEN', 'GENERIC_CLIENT_SECRET', 'GENERIC_SECRET', 'DATABASE_PASSWORD', 'USER_PASSWORD', 'BEARER_TOKEN', 'OAUTH_REFRESH_TOKEN', 'SESSION_SECRET', 'WEBHOOK_SIGNING_SECRET', 'JWT_SIGNING_SECRET', 'ENCRYPTION_KEY', 'HMAC_KEY'];
export const genericSecret = () => { const e = pick(GENERIC_ENTITIES); return S(e, KIND_MAP[e][1]()); };
export { uuid };
