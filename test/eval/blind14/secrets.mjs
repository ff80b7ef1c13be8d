// blind14 secrets: ~160 credential kinds, all format-valid, all from the seeded PRNG.
import { rng, S, DIG, HEX, HEXU, LOW, UP, B62, B64, B64URL, B32, ALNUM_LOW, ALNUM_UP, githubChecksum, b64u } from './lib.mjs';

const r = (a, n) => rng.str(a, n);
const gh = (p) => { const x = r(B62, 30); return p + x + githubChecksum(x); };
const uuid = () => `${r(HEX, 8)}-${r(HEX, 4)}-4${r(HEX, 3)}-${rng.pick('89ab')}${r(HEX, 3)}-${r(HEX, 12)}`;
const b64len = (nbytes) => rng.bytes(nbytes).toString('base64');

// ---- user-chosen passwords and passphrases ----
const WORDS = ['summer', 'tiger', 'falcon', 'monkey', 'dragon', 'coffee', 'sunshine', 'rocket', 'banana', 'winter', 'purple', 'marble', 'pepper', 'harbor', 'castle', 'violet', 'walnut', 'thunder', 'maple', 'cobalt', 'garden', 'pirate', 'lemon', 'otter', 'canyon', 'biscuit', 'meadow', 'velvet', 'copper', 'juniper', 'sardine', 'orbit', 'nimbus', 'quartz', 'saffron', 'tundra', 'zephyr', 'mango', 'lantern', 'bramble',
  'sommer', 'katze', 'fußball', 'liebe', 'primavera', 'corazon', 'soleil', 'chocolat', 'futebol', 'saudade', 'amore', 'ciao', 'sakura', 'neko', 'kotek', 'zima'];
const SYMS = '!#$%&*?~^+=';
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const leet = (w) => w.replace(/a/g, () => rng.chance(0.5) ? '4' : 'a').replace(/e/g, () => rng.chance(0.5) ? '3' : 'e').replace(/o/g, () => rng.chance(0.4) ? '0' : 'o').replace(/i/, () => rng.chance(0.4) ? '1' : 'i').replace(/s/, () => rng.chance(0.3) ? '$' : 's');
export function humanPassword() {
  const k = rng.int(0, 7);
  const w1 = rng.pick(WORDS), w2 = rng.pick(WORDS), yr = String(rng.int(1975, 2026)), d2 = rng.digits(rng.int(2, 4)), sy = rng.pick(SYMS);
  switch (k) {
    case 0: return cap(w1) + yr + sy;
    case 1: return cap(leet(w1)) + sy + d2;
    case 2: return cap(w1) + rng.pick(['-', '_', '.', '']) + cap(w2) + d2 + (rng.chance(0.5) ? sy : '');
    case 3: return [w1, w2, rng.pick(WORDS), rng.pick(WORDS)].join(rng.pick(['-', ' ', '.', '_'])).replace(/ $/, '') + (rng.chance(0.5) ? d2 : '');
    case 4: return sy + cap(w1) + d2 + sy + leet(w2);
    case 5: return 'Welcome' + d2 + sy;
    case 6: return cap(leet(w1)) + cap(leet(w2)) + '!' + yr.slice(2);
    default: return w1 + d2 + rng.pick(UP) + sy + w2.slice(0, 3).toUpperCase();
  }
}
// URL-safe variant (no @ : / ? # % space)
export function urlPassword() { return humanPassword().replace(/[@:/?#% &+=^~]/g, () => rng.pick('!*-_.')).replace(/^[.]/, 'x'); }
// random machine password
export function machinePassword(n = rng.int(14, 32)) { return r(B62 + '!*-_.~', n).replace(/^[.~-]/, 'Q'); }

const PW = () => machineOrHuman();
function machineOrHuman() { return rng.chance(0.5) ? machinePassword() : urlPassword(); }

// ---- PEM keys of the right size, with a real DER structure ----
function derLen(n) { if (n < 128) return Buffer.from([n]); if (n < 256) return Buffer.from([0x81, n]); return Buffer.from([0x82, n >> 8, n & 255]); }
function tlv(tag, body) { return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]); }
function derInt(nbytes) { const b = rng.bytes(nbytes); b[0] |= 0x80; return tlv(0x02, Buffer.concat([Buffer.from([0]), b])); }
function rsaPkcs1(bits) { const n = bits / 8, h = n / 2; return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([0])), derInt(n), tlv(0x02, Buffer.from([1, 0, 1])), derInt(n), derInt(h), derInt(h), derInt(h), derInt(h), derInt(h)])); }
function ecP256() { const oid = Buffer.from('06082a8648ce3d030107', 'hex'); const pub = Buffer.concat([Buffer.from([0x00, 0x04]), rng.bytes(64)]); return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([1])), tlv(0x04, rng.bytes(32)), tlv(0xa0, oid), tlv(0xa1, tlv(0x03, pub))])); }
function ed25519Pkcs8() { return Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), rng.bytes(32)]); }
function pkcs8Rsa(bits) { const inner = rsaPkcs1(bits); const alg = Buffer.from('300d06092a864886f70d0101010500', 'hex'); return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([0])), alg, tlv(0x04, inner)])); }
function sshStr(b) { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); }
function opensshEd25519() {
  const pub = rng.bytes(32), priv = rng.bytes(32); const kt = Buffer.from('ssh-ed25519');
  const pubblob = Buffer.concat([sshStr(kt), sshStr(pub)]);
  const chk = rng.bytes(4);
  let p = Buffer.concat([chk, chk, sshStr(kt), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(Buffer.from(rng.pick(['deploy@ci-runner', 'ops@bastion', 'build', 'me@laptop'])))]);
  const pad = []; for (let i = 1; p.length % 8 !== 0; i++) { p = Buffer.concat([p, Buffer.from([i])]); }
  const n1 = Buffer.alloc(4); n1.writeUInt32BE(1);
  return Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr(Buffer.from('none')), sshStr(Buffer.from('none')), sshStr(Buffer.alloc(0)), n1, sshStr(pubblob), sshStr(p)]);
}
function wrap(b64, w = 64) { const out = []; for (let i = 0; i < b64.length; i += w) out.push(b64.slice(i, i + w)); return out; }
export function pemLines() {
  const k = rng.pick(['rsa1', 'rsa2', 'rsa8', 'ec', 'ed8', 'ssh', 'rsa1', 'pgp']);
  let label, der, w = 64, hdr = [];
  if (k === 'rsa1') { label = 'RSA PRIVATE KEY'; der = rsaPkcs1(rng.pick([1024, 2048, 2048])); }
  else if (k === 'rsa2') { label = 'RSA PRIVATE KEY'; der = rsaPkcs1(2048); }
  else if (k === 'rsa8') { label = 'PRIVATE KEY'; der = pkcs8Rsa(rng.pick([1024, 2048])); }
  else if (k === 'ec') { label = 'EC PRIVATE KEY'; der = ecP256(); }
  else if (k === 'ed8') { label = 'PRIVATE KEY'; der = ed25519Pkcs8(); }
  else if (k === 'ssh') { label = 'OPENSSH PRIVATE KEY'; der = opensshEd25519(); w = 70; }
  else { label = 'PGP PRIVATE KEY BLOCK'; der = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), rng.bytes(rng.int(600, 900))]); w = 64; hdr = ['', ]; }
  const body = wrap(der.toString('base64'), w);
  if (k === 'pgp') { body.push('=' + rng.bytes(3).toString('base64')); }
  return [`-----BEGIN ${label}-----`, ...hdr, ...body, `-----END ${label}-----`];
}
export function pem(style = 'plain', indent = '') {
  const L = pemLines();
  if (style === 'escaped') return L.join('\\n');
  return L.map((l, i) => (i === 0 ? '' : indent) + l).join('\n');
}

// ---- JWT ----
export function jwt(kind = 'generic') {
  const alg = rng.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const h = { alg, typ: 'JWT' }; if (alg !== 'HS256' && rng.chance(0.6)) h.kid = r(B64URL, 16);
  const now = 1750000000 + rng.int(0, 40000000);
  const p = kind === 'supabase' ? { iss: 'supabase', ref: r(LOW, 20), role: 'service_role', iat: now, exp: now + 315360000 }
    : { sub: rng.chance(0.5) ? uuid() : 'user_' + rng.digits(7), iss: rng.pick(['https://auth.acme.example/', 'https://idp.corp.test', 'urn:svc:billing']), aud: rng.pick(['api', 'web', 'partner-gw']), iat: now, exp: now + rng.pick([900, 3600, 86400]), scope: rng.pick(['read write', 'admin', 'orders:read', 'openid profile email']) };
  const sigLen = alg === 'HS256' ? 32 : alg === 'HS512' ? 64 : alg === 'ES256' ? 64 : 256;
  return b64u(h) + '.' + b64u(p) + '.' + rng.bytes(sigLen).toString('base64url');
}

// ---- the table: entity -> generator ----
export const KINDS = {
  GITHUB_PERSONAL_ACCESS_TOKEN: () => gh('ghp_'),
  GITHUB_OAUTH_TOKEN: () => gh('gho_'),
  GITHUB_APP_INSTALLATION_TOKEN: () => gh('ghs_'),
  GITHUB_USER_TO_SERVER_TOKEN: () => gh('ghu_'),
  GITHUB_REFRESH_TOKEN: () => gh('ghr_'),
  GITHUB_FINE_GRAINED_PAT: () => 'github_pat_11' + r(ALNUM_UP, 20) + '_' + r(B62, 59),
  AWS_ACCESS_KEY: () => 'AKIA' + r(B32.replace(/[01]/g, ''), 16).replace(/[89]/g, 'Q'),
  AWS_TEMP_ACCESS_KEY: () => 'ASIA' + r('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  AWS_SECRET_KEY: () => r(B62 + '+/', 40),
  AWS_SESSION_TOKEN: () => 'IQoJb3JpZ2luX2Vj' + r(B64, rng.int(280, 360)),
  SLACK_BOT_TOKEN: () => `xoxb-${rng.digits(11)}-${rng.digits(13)}-${r(B62, 24)}`,
  SLACK_USER_TOKEN: () => `xoxp-${rng.digits(11)}-${rng.digits(11)}-${rng.digits(13)}-${r(HEX, 32)}`,
  SLACK_APP_TOKEN: () => `xapp-1-A${r(ALNUM_UP, 10)}-${rng.digits(13)}-${r(HEX, 64)}`,
  SLACK_WEBHOOK_SECRET: () => `T${r(ALNUM_UP, 10)}/B${r(ALNUM_UP, 10)}/${r(B62, 24)}`,
  STRIPE_SECRET_KEY: () => 'sk_live_51' + r(B62, 97),
  STRIPE_RESTRICTED_KEY: () => 'rk_live_51' + r(B62, 97),
  STRIPE_WEBHOOK_SECRET: () => 'whsec_' + r(B62, 32),
  OPENAI_API_KEY: () => rng.chance(0.6) ? 'sk-proj-' + r(B64URL, 74) + 'T3BlbkFJ' + r(B64URL, 74) : 'sk-' + r(B62, 20) + 'T3BlbkFJ' + r(B62, 20),
  ANTHROPIC_API_KEY: () => 'sk-ant-api03-' + r(B64URL, 93) + 'AA',
  ANTHROPIC_ADMIN_KEY: () => 'sk-ant-admin01-' + r(B64URL, 93) + 'AA',
  JWT: () => jwt(),
  PRIVATE_KEY: () => pem(),
  GITLAB_PAT: () => 'glpat-' + r(B64URL, 20),
  GITLAB_RUNNER_TOKEN: () => 'glrt-' + r(B64URL, 20),
  GITLAB_DEPLOY_TOKEN: () => 'gldt-' + r(B64URL, 20),
  DOCKERHUB_PAT: () => 'dckr_pat_' + r(B64URL, 27),
  GCP_API_KEY: () => 'AIza' + r(B64URL, 35),
  GOOGLE_OAUTH_CLIENT_SECRET: () => 'GOCSPX-' + r(B64URL, 28),
  GOOGLE_OAUTH_ACCESS_TOKEN: () => 'ya29.a0' + r(B64URL, rng.int(140, 200)),
  GOOGLE_REFRESH_TOKEN: () => '1//0' + r(B64URL, 99),
  AZURE_STORAGE_ACCOUNT_KEY: () => b64len(64),
  AZURE_SAS_SIGNATURE: () => encodeURIComponent(b64len(32)),
  AZURE_CLIENT_SECRET: () => r(B62, 3) + rng.digits(1) + 'Q~' + r(B62 + '~._-', 34),
  AZURE_DEVOPS_PAT: () => r(LOW + DIG, 52),
  HEROKU_API_KEY: () => 'HRKU-AA' + r(B64URL, 58),
  DIGITALOCEAN_TOKEN: () => 'dop_v1_' + r(HEX, 64),
  DATADOG_API_KEY: () => r(HEX, 32),
  DATADOG_APP_KEY: () => r(HEX, 40),
  NEW_RELIC_LICENSE_KEY: () => r(HEX, 36) + 'NRAL',
  NEW_RELIC_USER_KEY: () => 'NRAK-' + r(ALNUM_UP, 27),
  SENTRY_AUTH_TOKEN: () => 'sntryu_' + r(HEX, 64),
  SHOPIFY_ACCESS_TOKEN: () => 'shpat_' + r(HEX, 32),
  SHOPIFY_SHARED_SECRET: () => 'shpss_' + r(HEX, 32),
  SQUARE_ACCESS_TOKEN: () => 'EAAA' + r(B64URL, 60),
  SQUARE_OAUTH_SECRET: () => 'sq0csp-' + r(B64URL, 43),
  PAYPAL_CLIENT_SECRET: () => 'E' + r(B64URL, 79),
  BRAINTREE_ACCESS_TOKEN: () => `access_token$production$${r(ALNUM_LOW, 16)}$${r(HEX, 32)}`,
  ADYEN_API_KEY: () => 'AQE' + r(B62, 20) + '+' + r(B64, 60) + '=-' + r(B62, 30) + '=-' + r(B62, 16),
  PLAID_SECRET: () => r(HEX, 30),
  RAZORPAY_KEY_SECRET: () => r(B62, 24),
  ATLASSIAN_API_TOKEN: () => 'ATATT3xFfGF0' + r(B64URL, 170) + '=' + r(HEXU, 8),
  LINEAR_API_KEY: () => 'lin_api_' + r(B62, 40),
  NOTION_TOKEN: () => rng.chance(0.5) ? 'secret_' + r(B62, 43) : 'ntn_' + rng.digits(11) + r(B62, 35),
  AIRTABLE_PAT: () => 'pat' + r(B62, 14) + '.' + r(HEX, 64),
  FIGMA_PAT: () => 'figd_' + r(B64URL, 40),
  HUGGINGFACE_TOKEN: () => 'hf_' + r(UP + LOW, 34),
  REPLICATE_API_TOKEN: () => 'r8_' + r(B62, 37),
  GROQ_API_KEY: () => 'gsk_' + r(B62, 52),
  PERPLEXITY_API_KEY: () => 'pplx-' + r(B62, 48),
  XAI_API_KEY: () => 'xai-' + r(B62, 80),
  MISTRAL_API_KEY: () => r(B62, 32),
  COHERE_API_KEY: () => r(B62, 40),
  DEEPSEEK_API_KEY: () => 'sk-' + r(HEX, 32),
  TELEGRAM_BOT_TOKEN: () => rng.int(1000000000, 7999999999) + ':AA' + r(B64URL, 33),
  DISCORD_BOT_TOKEN: () => Buffer.from(String(rng.int(100000000, 999999999)) + rng.digits(9)).toString('base64').replace(/=+$/, '') + '.' + r(B64URL, 6) + '.' + r(B64URL, 38),
  DISCORD_WEBHOOK_TOKEN: () => r(B64URL, 68),
  DROPBOX_ACCESS_TOKEN: () => 'sl.u.' + r(B64URL, 140),
  ASANA_PAT: () => `2/${rng.digits(16)}/${rng.digits(16)}:${r(HEX, 32)}`,
  CLOUDFLARE_API_TOKEN: () => r(B64URL, 40),
  CLOUDFLARE_GLOBAL_API_KEY: () => r(HEX, 37),
  FASTLY_API_TOKEN: () => r(B64URL, 32),
  VERCEL_TOKEN: () => r(B62, 24),
  NETLIFY_TOKEN: () => 'nfp_' + r(B62, 36),
  FLYIO_TOKEN: () => 'fo1_' + r(B64URL, 43),
  RENDER_API_KEY: () => 'rnd_' + r(B62, 32),
  SUPABASE_SERVICE_ROLE_KEY: () => jwt('supabase'),
  SUPABASE_ACCESS_TOKEN: () => 'sbp_' + r(HEX, 40),
  PLANETSCALE_PASSWORD: () => 'pscale_pw_' + r(B64URL, 43),
  NEON_API_KEY: () => 'napi_' + r(ALNUM_LOW, 64),
  DOPPLER_TOKEN: () => 'dp.st.' + rng.pick(['prd', 'dev', 'stg']) + '.' + r(B62, 40),
  VAULT_TOKEN: () => 'hvs.' + r(B64URL, 91),
  TERRAFORM_CLOUD_TOKEN: () => r(B62, 14) + '.atlasv1.' + r(B62, 67),
  PULUMI_ACCESS_TOKEN: () => 'pul-' + r(HEX, 40),
  CIRCLECI_TOKEN: () => 'CCIPAT_' + r(B62, 22) + '_' + r(HEX, 40),
  BUILDKITE_TOKEN: () => 'bkua_' + r(HEX, 40),
  SONARQUBE_TOKEN: () => 'squ_' + r(HEX, 40),
  SNYK_TOKEN: () => uuid(),
  POSTMAN_API_KEY: () => `PMAK-${r(HEX, 24)}-${r(HEX, 34)}`,
  GRAFANA_SERVICE_ACCOUNT_TOKEN: () => 'glsa_' + r(B62, 32) + '_' + r(HEX, 8),
  GRAFANA_CLOUD_TOKEN: () => 'glc_' + b64len(rng.int(90, 120)).replace(/=+$/, ''),
  OKTA_API_TOKEN: () => '00' + r(B64URL, 40),
  AUTH0_CLIENT_SECRET: () => r(B64URL, 64),
  ALGOLIA_ADMIN_KEY: () => r(HEX, 32),
  MAPBOX_SECRET_TOKEN: () => 'sk.eyJ1Ijoi' + r(B64URL, 40) + '.' + r(B64URL, 22),
  TWILIO_AUTH_TOKEN: () => r(HEX, 32),
  TWILIO_API_KEY: () => 'SK' + r(HEX, 32),
  SENDGRID_API_KEY: () => 'SG.' + r(B64URL, 22) + '.' + r(B64URL, 43),
  MAILGUN_API_KEY: () => 'key-' + r(HEX, 32),
  MAILCHIMP_API_KEY: () => r(HEX, 32) + '-us' + rng.int(1, 21),
  POSTMARK_SERVER_TOKEN: () => uuid(),
  VONAGE_API_SECRET: () => r(B62, 16),
  INTERCOM_ACCESS_TOKEN: () => 'dG9rOj' + r(B64, 54) + '=',
  ZENDESK_API_TOKEN: () => r(B62, 40),
  HUBSPOT_PRIVATE_APP_TOKEN: () => 'pat-' + rng.pick(['na1', 'eu1']) + '-' + uuid(),
  SALESFORCE_ACCESS_TOKEN: () => '00D' + r(B62, 12) + '!' + r(B62 + '._', 96),
  PAGERDUTY_API_KEY: () => 'u+' + r(B64URL, 18),
  OPSGENIE_API_KEY: () => uuid(),
  ROLLBAR_ACCESS_TOKEN: () => r(HEX, 32),
  LAUNCHDARKLY_SDK_KEY: () => 'sdk-' + uuid(),
  SEGMENT_WRITE_KEY: () => r(B62, 32),
  MIXPANEL_API_SECRET: () => r(HEX, 32),
  CONTENTFUL_PAT: () => 'CFPAT-' + r(B64URL, 43),
  SANITY_API_TOKEN: () => 'sk' + r(B62, 180),
  ALIBABA_ACCESS_KEY_SECRET: () => r(B62, 30),
  ALIBABA_ACCESS_KEY_ID: () => 'LTAI' + r(B62, 20),
  TENCENT_SECRET_ID: () => 'AKID' + r(B62, 32),
  IBM_CLOUD_API_KEY: () => r(B64URL, 44),
  YANDEX_OAUTH_TOKEN: () => 'y0_' + r(B64URL, 55),
  LINE_CHANNEL_SECRET: () => r(HEX, 32),
  FACEBOOK_ACCESS_TOKEN: () => 'EAA' + r(B62, rng.int(150, 190)),
  TWITTER_BEARER_TOKEN: () => 'AAAAAAAAAAAAAAAAAAAAA' + r(B62, 20) + '%3D' + r(B62, 50),
  NPM_TOKEN: () => 'npm_' + r(B62, 36),
  PYPI_TOKEN: () => 'pypi-AgEI' + r(B64URL, 170),
  NUGET_API_KEY: () => 'oy2' + r(ALNUM_LOW, 43),
  RUBYGEMS_API_KEY: () => 'rubygems_' + r(HEX, 48),
  CRATES_IO_TOKEN: () => 'cio' + r(B62, 32),
  ARTIFACTORY_API_KEY: () => 'AKCp' + r(B62, 69),
  DJANGO_SECRET_KEY: () => (rng.chance(0.4) ? 'django-insecure-' : '') + r(LOW + DIG + '!@#$%^&*(-_=+)', 50).replace(/@(?=\w)/g, '#'),
  RAILS_SECRET_KEY_BASE: () => r(HEX, 128),
  RAILS_MASTER_KEY: () => r(HEX, 32),
  LARAVEL_APP_KEY: () => 'base64:' + b64len(32),
  FLASK_SECRET_KEY: () => rng.chance(0.5) ? r(HEX, 48) : humanPassword() + r(B62, 8),
  NEXTAUTH_SECRET: () => b64len(32),
  SYMFONY_APP_SECRET: () => r(HEX, 32),
  PHOENIX_SECRET_KEY_BASE: () => r(B64URL, 64),
  ASPNET_MACHINE_KEY: () => r(HEXU, 128),
  WORDPRESS_AUTH_KEY: () => r(B62 + '!#$%^&*()-_[]{};:,.<>~|', 64).replace(/[<>]/g, '%'),
  KEYCLOAK_CLIENT_SECRET: () => r(B62, 32),
  JWT_SIGNING_SECRET: () => rng.chance(0.5) ? r(B64URL, rng.int(32, 64)) : humanPassword() + '-' + r(HEX, 12),
  SESSION_SECRET: () => r(B62, rng.int(24, 48)),
  ENCRYPTION_KEY: () => rng.chance(0.5) ? r(HEX, 64) : b64len(32),
  HMAC_SECRET: () => r(HEX, rng.pick([32, 40, 64])),
  WEBHOOK_SIGNING_SECRET: () => r(B64URL, rng.int(24, 44)),
  API_KEY: () => r(rng.pick([HEX, B62, B64URL, ALNUM_LOW, ALNUM_UP]), rng.pick([20, 24, 28, 32, 36, 40, 48, 64])),
  API_SECRET: () => r(rng.pick([B62, B64URL, HEX]), rng.int(24, 60)),
  ACCESS_TOKEN: () => r(rng.pick([B62, B64URL]), rng.int(28, 80)),
  REFRESH_TOKEN: () => r(B64URL, rng.int(40, 96)),
  CLIENT_SECRET: () => r(rng.pick([B62, B64URL, HEX, B62 + '~.']), rng.int(24, 48)),
  BEARER_TOKEN: () => r(B62 + '._-', rng.int(32, 72)),
  SESSION_COOKIE: () => r(B64URL, rng.int(32, 48)) + '.' + r(B64URL, 27),
  LICENSE_KEY: () => Array.from({ length: 5 }, () => r(ALNUM_UP, 5)).join('-'),
  OTP_SECRET: () => r(B32, 32),
  DATABASE_PASSWORD: () => PW(),
  POSTGRES_PASSWORD: () => PW(),
  MYSQL_PASSWORD: () => PW(),
  MONGODB_PASSWORD: () => PW(),
  REDIS_PASSWORD: () => rng.chance(0.5) ? r(B62, 32) : urlPassword(),
  RABBITMQ_PASSWORD: () => PW(),
  ELASTICSEARCH_PASSWORD: () => PW(),
  MSSQL_PASSWORD: () => PW(),
  ORACLE_DB_PASSWORD: () => PW(),
  LDAP_BIND_PASSWORD: () => PW(),
  SMTP_PASSWORD: () => PW(),
  FTP_PASSWORD: () => humanPassword(),
  SSH_PASSWORD: () => humanPassword(),
  ADMIN_PASSWORD: () => humanPassword(),
  USER_PASSWORD: () => humanPassword(),
  WIFI_PASSWORD: () => humanPassword(),
  KEYSTORE_PASSWORD: () => PW(),
  VPN_PRESHARED_KEY: () => r(B62, rng.int(20, 40)),
  VAULT_UNSEAL_KEY: () => b64len(33),
  ENCRYPTION_PASSPHRASE: () => [rng.pick(WORDS), rng.pick(WORDS), rng.pick(WORDS), rng.pick(WORDS), rng.pick(WORDS)].join(rng.pick([' ', '-'])),
  BASIC_AUTH_CREDENTIALS: () => Buffer.from(rng.pick(['admin', 'svc-deploy', 'grafana', 'ci', 'jenkins', 'ops']) + ':' + PW()).toString('base64'),
  DOCKER_REGISTRY_AUTH: () => Buffer.from(rng.pick(['robot$ci', 'deploy', 'puller', '_json_key']) + ':' + r(B62, 32)).toString('base64'),
  K8S_SECRET_DATA: () => Buffer.from(PW()).toString('base64'),
  AGE_SECRET_KEY: () => 'AGE-SECRET-KEY-1' + r('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  CRYPTO_WALLET_PRIVATE_KEY: () => (rng.chance(0.5) ? '0x' : '') + r(HEX, 64),
  WALLET_SEED_PHRASE: () => Array.from({ length: 12 }, () => rng.pick(['abandon', 'ability', 'able', 'absorb', 'acid', 'acoustic', 'across', 'actress', 'adapt', 'banner', 'barrel', 'basket', 'battle', 'beach', 'cabin', 'cable', 'canal', 'candy', 'canvas', 'dawn', 'debris', 'decade', 'eager', 'eagle', 'early', 'fabric', 'faculty', 'gadget', 'galaxy', 'habit', 'hammer', 'ice', 'icon', 'jacket', 'jaguar', 'kernel', 'kitten', 'ladder', 'lava', 'magnet', 'margin', 'napkin', 'oak', 'orbit', 'paddle', 'quantum', 'rabbit', 'saddle', 'talent', 'umbrella', 'vacuum', 'wagon', 'yellow', 'zebra'])).join(' '),
  SNOWFLAKE_PASSWORD: () => PW(),
  JENKINS_API_TOKEN: () => '11' + r(HEX, 32),
  CONSUL_ACL_TOKEN: () => uuid(),
  NOMAD_TOKEN: () => uuid(),
  MINIO_SECRET_KEY: () => r(B62, 40),
  CLOUDINARY_API_SECRET: () => r(B64URL, 27),
  FIREBASE_SERVER_KEY: () => 'AAAA' + r(B64URL, 7) + ':APA91b' + r(B64URL, 134),
  EXPO_ACCESS_TOKEN: () => r(B64URL, 40),
  MAPS_API_KEY: () => 'AIza' + r(B64URL, 35),
  TWITCH_CLIENT_SECRET: () => r(ALNUM_LOW, 30),
  SPOTIFY_CLIENT_SECRET: () => r(HEX, 32),
  ONEPASSWORD_SERVICE_TOKEN: () => 'ops_eyJ' + r(B64URL, 200),
  TAILSCALE_AUTH_KEY: () => 'tskey-auth-k' + r(B62, 16) + '-' + r(B62, 33),
  NGROK_AUTHTOKEN: () => rng.digits(1) + r(B62, 26) + '_' + r(B62, 21),
  ELASTIC_CLOUD_API_KEY: () => b64len(rng.pick([45, 48])),
  OPENROUTER_API_KEY: () => 'sk-or-v1-' + r(HEX, 64),
  PINECONE_API_KEY: () => 'pcsk_' + r(B62, 5) + '_' + r(B62, 60),
  LANGSMITH_API_KEY: () => 'lsv2_pt_' + r(HEX, 32) + '_' + r(HEX, 10),
  WANDB_API_KEY: () => r(HEX, 40),
  SAUCELABS_ACCESS_KEY: () => uuid(),
  BROWSERSTACK_ACCESS_KEY: () => r(B62, 20),
  CODECOV_TOKEN: () => uuid(),
};
export const KIND_NAMES = Object.keys(KINDS);
export function secret(kind) { const g = KINDS[kind]; if (!g) throw new Error('no kind ' + kind); return S(g(), kind); }

// round-robin across kinds so every kind appears
let rr = [];
export function anySecret(filter) {
  for (let tries = 0; tries < 400; tries++) {
    if (!rr.length) rr = rng.shuffle(KIND_NAMES);
    const k = rr.pop();
    if (!filter || filter(k)) return secret(k);
  }
  return secret('API_KEY');
}
export const oneLine = (k) => k !== 'PRIVATE_KEY';
// secrets without a vendor prefix (emphasis of this round)
export const NOPREFIX = ['API_KEY', 'API_SECRET', 'ACCESS_TOKEN', 'REFRESH_TOKEN', 'CLIENT_SECRET', 'BEARER_TOKEN', 'HMAC_SECRET', 'WEBHOOK_SIGNING_SECRET', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'JWT_SIGNING_SECRET', 'DATADOG_API_KEY', 'TWILIO_AUTH_TOKEN', 'MISTRAL_API_KEY', 'COHERE_API_KEY', 'ALGOLIA_ADMIN_KEY', 'VERCEL_TOKEN', 'CLOUDFLARE_API_TOKEN', 'KEYCLOAK_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'ZENDESK_API_TOKEN', 'SEGMENT_WRITE_KEY', 'PLAID_SECRET', 'RAZORPAY_KEY_SECRET', 'MINIO_SECRET_KEY', 'VPN_PRESHARED_KEY', 'OTP_SECRET', 'LICENSE_KEY', 'SPOTIFY_CLIENT_SECRET', 'TWITCH_CLIENT_SECRET', 'WANDB_API_KEY', 'IBM_CLOUD_API_KEY', 'FASTLY_API_TOKEN'];
export function noPrefixSecret() { return secret(rng.pick(NOPREFIX)); }
export const PASSWORD_KINDS = ['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MONGODB_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD', 'ELASTICSEARCH_PASSWORD', 'MSSQL_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD', 'FTP_PASSWORD', 'SSH_PASSWORD', 'ADMIN_PASSWORD', 'USER_PASSWORD', 'WIFI_PASSWORD', 'KEYSTORE_PASSWORD', 'SNOWFLAKE_PASSWORD', 'ORACLE_DB_PASSWORD'];
export function humanPw(kind = rng.pick(['USER_PASSWORD', 'SSH_PASSWORD', 'ADMIN_PASSWORD', 'WIFI_PASSWORD', 'FTP_PASSWORD'])) { return S(humanPassword(), kind); }
export function urlPw(kind = 'DATABASE_PASSWORD') { return S(urlPassword(), kind); }

// unusual key names for no-prefix credentials
export const ODD_KEYS = ['svc_credential', 'upstreamAuth', 'x_api_token', 'hmac_k', 'relay_secret', 'pass_phrase', 'tokenValue', 'partner_key', 'ingestKey', 'signing_material', 'auth_blob', 'app_pw', 'botCred', 'feed_secret', 'licenseSecret', 'vendor_sig', 'callback_shared', 'k_prod', 'accessKeyValue', 'upstream_bearer', 'sekret', 'clave_api', 'cle_secrete', 'geheimnis', 'chave_acesso', 'mitm_seed', 'partnerPassword', 'integration_pw', 'crm_sync_token', 'ledger_api_key', 'export_secret', 'analytics_wk', 'notif_hook_key', 'sso_client_pw', 'mq_pass', 'bucket_key_secret', 'scraper_token', 'telemetry_auth', 'pin_salt_secret', 'legacy_pass'];
export function keyFor(kind, style = 'snake') {
  const base = rng.chance(0.35) ? rng.pick(ODD_KEYS) : kind.toLowerCase();
  if (style === 'UPPER') return base.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  if (style === 'camel') return base.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
  if (style === 'kebab') return base.replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return base;
}
