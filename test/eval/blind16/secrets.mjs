// blind16 secret generators: ~150 kinds, format-valid, all from the seeded PRNG.
import { A, rs, rmix, int, pick, chance, rbytes, ghChecksum, S, pad } from './lib.mjs';

const b64 = (buf) => buf.toString('base64');
const b64u = (buf) => buf.toString('base64url');
const WORDS = ['maple', 'harbor', 'velvet', 'tundra', 'copper', 'lantern', 'orbit', 'pepper', 'quartz', 'saffron', 'meadow', 'falcon', 'glacier', 'cobalt', 'walnut', 'ember', 'thistle', 'monsoon', 'pixel', 'juniper', 'basalt', 'nectar', 'raven', 'sprocket', 'tangerine', 'willow', 'zephyr', 'anchor', 'biscuit', 'cactus', 'dynamo', 'fjord', 'gondola', 'hazel', 'igloo', 'jasmine', 'kettle', 'lobster', 'marble', 'nutmeg', 'otter', 'paprika', 'quiver', 'rhubarb', 'sonnet', 'trombone', 'umber', 'vortex', 'wombat', 'yodel', 'sommer', 'kaffee', 'sol', 'luna', 'gato', 'fuego', 'papillon', 'soleil', 'gatto', 'stella', 'bloem'];
const SYM = '!@#$%&*?+=_-.';
export function humanPassword() {
  const w = pick(WORDS); const W = chance(0.6) ? w[0].toUpperCase() + w.slice(1) : w;
  switch (int(0, 5)) {
    case 0: return W + int(1, 9999) + pick(SYM.split(''));
    case 1: return W + pick(SYM.split('')) + pick(WORDS) + int(10, 99);
    case 2: return pick(WORDS) + pick(['2019', '2021', '2023', '2024', '2025', '1987', '1994']) + pick(['!', '!!', '#', '$', '']) + (chance(0.5) ? '' : pick(SYM.split('')));
    case 3: return W.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + int(10, 999) + pick(['!', '?', '*']);
    case 4: return W + '_' + pick(WORDS).toUpperCase() + '_' + int(1, 99);
    default: return pick(['Summer', 'Winter', 'Spring', 'Autumn']) + int(2018, 2026) + pick(['!', '#', '$', '@']) + rs(A.dig, 2);
  }
}
export function passphrase() { const n = int(3, 5); const sep = pick(['-', ' ', '.', '_', '']); const ws = []; for (let i = 0; i < n; i++) ws.push(pick(WORDS)); return ws.join(sep) + (chance(0.5) ? sep + int(1, 99) : ''); }
export function strongPassword(n = int(14, 28)) { for (;;) { const s = rs(A.b62 + '!#%^*()-_=+[]{}:,.?~', n); if (/\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && /^[A-Za-z0-9]/.test(s)) return s; } }
// generic random-looking credential of a random alphabet and length
export function randomCred() {
  switch (int(0, 6)) {
    case 0: return rmix(A.hex, pick([24, 32, 40, 48, 64]));
    case 1: return rmix(A.HEX, pick([20, 32, 40]));
    case 2: return rmix(A.b62, int(20, 56));
    case 3: { let s; do { s = b64(rbytes(pick([18, 24, 30, 33, 36, 48]))); } while (!/[0-9]/.test(s)); return s; }
    case 4: { let s; do { s = b64u(rbytes(pick([16, 24, 27, 32, 40]))); } while (!/[0-9]/.test(s)); return s; }
    case 5: return rmix(A.alnumLo, 8) + '-' + rmix(A.alnumLo, 8) + '-' + rmix(A.alnumLo, 8) + '-' + rmix(A.alnumLo, 8);
    default: return rmix(A.b62 + '-_', int(28, 48));
  }
}

// ---- DER / PEM ----
function derLen(n) { if (n < 128) return Buffer.from([n]); if (n < 256) return Buffer.from([0x81, n]); return Buffer.from([0x82, n >> 8, n & 255]); }
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const derInt = (n) => { const b = rbytes(n); b[0] |= 0x80; return tlv(2, Buffer.concat([Buffer.from([0]), b])); };
const derSmall = (v) => tlv(2, Buffer.from([v]));
function wrap(s, w = 64) { const o = []; for (let i = 0; i < s.length; i += w) o.push(s.slice(i, i + w)); return o; }
function pem(label, der) { return ['-----BEGIN ' + label + '-----', ...wrap(b64(der)), '-----END ' + label + '-----'].join('\n'); }
function rsaPkcs1(bits) {
  const k = bits / 8;
  const body = Buffer.concat([derSmall(0), derInt(k), tlv(2, Buffer.from([1, 0, 1])), derInt(k), derInt(k / 2), derInt(k / 2), derInt(k / 2), derInt(k / 2), derInt(k / 2)]);
  return tlv(0x30, body);
}
export function rsaKeyPem(bits = pick([1024, 2048])) { return pem('RSA PRIVATE KEY', rsaPkcs1(bits)); }
export function pkcs8RsaPem(bits = pick([1024, 2048])) {
  const alg = tlv(0x30, Buffer.concat([Buffer.from('06092a864886f70d0101010500', 'hex')]));
  return pem('PRIVATE KEY', tlv(0x30, Buffer.concat([derSmall(0), alg, tlv(4, rsaPkcs1(bits))])));
}
export function ed25519Pkcs8Pem() { return pem('PRIVATE KEY', Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), rbytes(32)])); }
export function ecKeyPem() {
  const der = Buffer.concat([Buffer.from('30770201010420', 'hex'), rbytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), rbytes(64)]);
  return pem('EC PRIVATE KEY', der);
}
const sshStr = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
export function opensshPem() {
  const pub = rbytes(32), priv = rbytes(32);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  const chk = rbytes(4);
  let sec = Buffer.concat([chk, chk, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(pick(['deploy@ci-runner', 'ops@bastion', 'build@jenkins-2', 'root@db-01']))]);
  let p = 1; while (sec.length % 8) sec = Buffer.concat([sec, Buffer.from([p++])]);
  const n1 = Buffer.alloc(4); n1.writeUInt32BE(1);
  const der = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), n1, sshStr(pubBlob), sshStr(sec)]);
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...wrap(b64(der), 70), '-----END OPENSSH PRIVATE KEY-----'].join('\n');
}
export function pgpPem() {
  const body = Buffer.concat([Buffer.from([0x95, 0x01, 0xd8, 0x04]), rbytes(int(440, 520))]);
  const lines = wrap(b64(body), 64);
  return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...lines, '=' + b64(rbytes(3)), '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
}

export function gh(prefix) { const body = rs(A.b62, 30); return prefix + body + ghChecksum(body); }
export function jwt() {
  const alg = pick(['HS256', 'HS512', 'RS256', 'ES256']);
  const h = { alg, typ: 'JWT' }; if (chance(0.4)) h.kid = rs(A.alnumLo, 12);
  const now = int(1767000000, 1790000000);
  const p = { sub: chance(0.5) ? 'user_' + rs(A.dig, 7) : rs(A.hex, 24), iat: now, exp: now + pick([900, 3600, 86400]) };
  if (chance(0.5)) p.scope = pick(['read write', 'admin', 'api:ingest', 'openid profile email']);
  if (chance(0.4)) p.iss = 'https://auth.' + pick(['corp', 'login', 'idp']) + '.example';
  if (chance(0.3)) p.role = pick(['service_role', 'editor', 'billing']);
  const sigLen = alg.startsWith('HS512') ? 64 : alg === 'ES256' ? 64 : alg === 'RS256' ? 256 : 32;
  return b64u(Buffer.from(JSON.stringify(h))) + '.' + b64u(Buffer.from(JSON.stringify(p))) + '.' + b64u(rbytes(sigLen));
}
const awsId = (p) => p + rs(A.b32, 16);
const awsSecret = () => { for (;;) { const s = rs(A.b62 + '+/', 40); if (/\d/.test(s) && /[+/]/.test(s) === chance(0.7) ? true : true) return s; } };

// kind table: e = entity name, g = generator, k = typical key names
const K = [];
const add = (e, g, k) => K.push({ e, g, k });
add('GITHUB_PERSONAL_ACCESS_TOKEN', () => gh('ghp_'), ['GITHUB_TOKEN', 'GH_TOKEN', 'github.token']);
add('GITHUB_OAUTH_TOKEN', () => gh('gho_'), ['oauth_token', 'GH_OAUTH']);
add('GITHUB_APP_INSTALLATION_TOKEN', () => gh('ghs_'), ['INSTALLATION_TOKEN']);
add('GITHUB_USER_TO_SERVER_TOKEN', () => gh('ghu_'), ['user_token']);
add('GITHUB_REFRESH_TOKEN', () => gh('ghr_'), ['refresh_token']);
add('GITHUB_FINE_GRAINED_PAT', () => 'github_pat_11' + rs(A.alnumUp, 20) + '_' + rs(A.b62, 59), ['GITHUB_PAT']);
add('GITLAB_PERSONAL_ACCESS_TOKEN', () => 'glpat-' + rs(A.b62 + '-_', 20), ['GITLAB_TOKEN', 'CI_PUSH_TOKEN']);
add('GITLAB_RUNNER_TOKEN', () => 'glrt-' + rs(A.b62 + '-_', 20), ['runner_token']);
add('GITLAB_DEPLOY_TOKEN', () => 'gldt-' + rs(A.b62 + '-_', 20), ['DEPLOY_TOKEN']);
add('AWS_ACCESS_KEY', () => awsId('AKIA'), ['AWS_ACCESS_KEY_ID', 'aws_access_key_id']);
add('AWS_TEMPORARY_ACCESS_KEY', () => awsId('ASIA'), ['AWS_ACCESS_KEY_ID']);
add('AWS_SECRET_KEY', awsSecret, ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key']);
add('AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2Vj' + b64(rbytes(int(250, 330))), ['AWS_SESSION_TOKEN', 'aws_session_token']);
add('SLACK_BOT_TOKEN', () => 'xoxb-' + rs(A.dig, 12) + '-' + rs(A.dig, 13) + '-' + rs(A.b62, 24), ['SLACK_BOT_TOKEN']);
add('SLACK_USER_TOKEN', () => 'xoxp-' + rs(A.dig, 12) + '-' + rs(A.dig, 12) + '-' + rs(A.dig, 13) + '-' + rs(A.hex, 32), ['SLACK_USER_TOKEN']);
add('SLACK_APP_TOKEN', () => 'xapp-1-A' + rs(A.alnumUp, 10) + '-' + rs(A.dig, 13) + '-' + rs(A.hex, 64), ['SLACK_APP_TOKEN']);
add('SLACK_WEBHOOK_PATH', () => 'T' + rs(A.alnumUp, 10) + '/B' + rs(A.alnumUp, 10) + '/' + rs(A.b62, 24), ['SLACK_HOOK']);
add('STRIPE_SECRET_KEY', () => 'sk_live_' + rs(A.b62, pick([24, 99])), ['STRIPE_SECRET_KEY', 'stripe.secret']);
add('STRIPE_RESTRICTED_KEY', () => 'rk_live_' + rs(A.b62, 99), ['STRIPE_RK']);
add('STRIPE_WEBHOOK_SECRET', () => 'whsec_' + rs(A.b62, 32), ['STRIPE_WEBHOOK_SECRET']);
add('OPENAI_API_KEY', () => 'sk-' + rs(A.b62, 20) + 'T3BlbkFJ' + rs(A.b62, 20), ['OPENAI_API_KEY']);
add('OPENAI_PROJECT_KEY', () => 'sk-proj-' + rs(A.b62 + '-_', 74) + 'T3BlbkFJ' + rs(A.b62 + '-_', 74), ['OPENAI_API_KEY', 'openai.key']);
add('ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + rs(A.b62 + '-_', 93) + 'AA', ['ANTHROPIC_API_KEY']);
add('ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + rs(A.b62 + '-_', 93) + 'AA', ['ANTHROPIC_ADMIN_KEY']);
add('JWT', jwt, ['id_token', 'ACCESS_JWT', 'service_jwt']);
add('GOOGLE_API_KEY', () => 'AIza' + rs(A.b62 + '-_', 35), ['GOOGLE_API_KEY', 'maps_key']);
add('GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + rs(A.b62 + '-_', 28), ['client_secret']);
add('GOOGLE_OAUTH_REFRESH_TOKEN', () => '1//0' + rs(A.b62 + '-_', 99), ['refresh_token']);
add('AZURE_STORAGE_ACCOUNT_KEY', () => b64(rbytes(64)), ['AccountKey', 'AZURE_STORAGE_KEY']);
add('AZURE_CLIENT_SECRET', () => rs(A.b62, 3) + int(1, 9) + 'Q~' + rs(A.b62 + '~._-', 34), ['AZURE_CLIENT_SECRET']);
add('AZURE_SAS_SIGNATURE', () => encodeURIComponent(b64(rbytes(32))), ['sig']);
add('AZURE_DEVOPS_PAT', () => rs(A.alnumLo, 52), ['AZDO_PAT']);
add('TWILIO_API_KEY', () => 'SK' + rs(A.hex, 32), ['TWILIO_API_KEY']);
add('TWILIO_AUTH_TOKEN', () => rmix(A.hex, 32), ['TWILIO_AUTH_TOKEN']);
add('SENDGRID_API_KEY', () => 'SG.' + rs(A.b62 + '-_', 22) + '.' + rs(A.b62 + '-_', 43), ['SENDGRID_API_KEY']);
add('MAILGUN_API_KEY', () => 'key-' + rs(A.hex, 32), ['MAILGUN_API_KEY']);
add('MAILCHIMP_API_KEY', () => rs(A.hex, 32) + '-us' + int(1, 21), ['MAILCHIMP_KEY']);
add('POSTMARK_SERVER_TOKEN', () => rs(A.hex, 8) + '-' + rs(A.hex, 4) + '-' + rs(A.hex, 4) + '-' + rs(A.hex, 4) + '-' + rs(A.hex, 12), ['POSTMARK_SERVER_TOKEN']);
add('NPM_TOKEN', () => 'npm_' + rs(A.b62, 36), ['NPM_TOKEN', '_authToken']);
add('PYPI_TOKEN', () => 'pypi-AgEIcHlwaS5vcmc' + rs(A.b62 + '-_', int(60, 150)), ['TWINE_PASSWORD']);
add('RUBYGEMS_API_KEY', () => 'rubygems_' + rs(A.hex, 48), ['GEM_HOST_API_KEY']);
add('NUGET_API_KEY', () => 'oy2' + rs(A.alnumLo, 43), ['NUGET_API_KEY']);
add('DOCKER_HUB_TOKEN', () => 'dckr_pat_' + rs(A.b62 + '-_', 27), ['DOCKER_PASSWORD']);
add('DIGITALOCEAN_TOKEN', () => 'dop_v1_' + rs(A.hex, 64), ['DIGITALOCEAN_TOKEN']);
add('SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + rs(A.hex, 32), ['SHOPIFY_TOKEN']);
add('SHOPIFY_SHARED_SECRET', () => 'shpss_' + rs(A.hex, 32), ['SHOPIFY_SECRET']);
add('ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + rs(A.b62 + '-_', 170) + '=' + rs(A.HEX, 8), ['JIRA_API_TOKEN']);
add('LINEAR_API_KEY', () => 'lin_api_' + rs(A.b62, 40), ['LINEAR_API_KEY']);
add('NOTION_TOKEN', () => 'ntn_' + rs(A.dig, 11) + rs(A.b62, 35), ['NOTION_TOKEN']);
add('HUGGINGFACE_TOKEN', () => 'hf_' + rs(A.b62, 34), ['HF_TOKEN']);
add('DATADOG_API_KEY', () => rmix(A.hex, 32), ['DD_API_KEY']);
add('DATADOG_APP_KEY', () => rmix(A.hex, 40), ['DD_APP_KEY']);
add('NEW_RELIC_LICENSE_KEY', () => rs(A.hex, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY']);
add('NEW_RELIC_USER_KEY', () => 'NRAK-' + rs(A.alnumUp, 27), ['NEW_RELIC_API_KEY']);
add('SENTRY_AUTH_TOKEN', () => 'sntryu_' + rs(A.hex, 64), ['SENTRY_AUTH_TOKEN']);
add('SENTRY_DSN_KEY', () => rs(A.hex, 32), ['dsn']);
add('PAGERDUTY_API_KEY', () => 'u+' + rs(A.b62 + '_-', 18), ['PD_TOKEN']);
add('CLOUDFLARE_API_TOKEN', () => rmix(A.b62 + '-_', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']);
add('CLOUDFLARE_GLOBAL_API_KEY', () => rmix(A.hex, 37), ['CF_API_KEY']);
add('VAULT_TOKEN', () => 'hvs.' + rs(A.b62 + '_-', 90), ['VAULT_TOKEN']);
add('VAULT_BATCH_TOKEN', () => 'hvb.' + rs(A.b62 + '_-', 120), ['VAULT_TOKEN']);
add('TERRAFORM_CLOUD_TOKEN', () => rs(A.b62, 14) + '.atlasv1.' + rs(A.b62, 67), ['TFE_TOKEN', 'token']);
add('DISCORD_BOT_TOKEN', () => b64u(Buffer.from(rs(A.dig, 18))).replace(/=+$/, '') + '.' + rs(A.b62 + '-_', 6) + '.' + rs(A.b62 + '-_', 38), ['DISCORD_TOKEN']);
add('TELEGRAM_BOT_TOKEN', () => int(1000000000, 7999999999) + ':AA' + rs(A.b62 + '-_', 33), ['TELEGRAM_BOT_TOKEN']);
add('SQUARE_ACCESS_TOKEN', () => 'EAAA' + rs(A.b62 + '-_', 60), ['SQUARE_ACCESS_TOKEN']);
add('PAYPAL_CLIENT_SECRET', () => 'E' + rs(A.b62 + '-_', 79), ['PAYPAL_CLIENT_SECRET']);
add('BRAINTREE_ACCESS_TOKEN', () => 'access_token$production$' + rs(A.alnumLo, 16) + '$' + rs(A.hex, 32), ['BT_ACCESS_TOKEN']);
add('FACEBOOK_ACCESS_TOKEN', () => 'EAAB' + rs(A.b62, int(150, 200)), ['FB_ACCESS_TOKEN']);
add('TWITTER_BEARER_TOKEN', () => 'AAAAAAAAAAAAAAAAAAAAA' + rs(A.b62, 20) + '%3D' + rs(A.b62, 50), ['TWITTER_BEARER']);
add('DROPBOX_ACCESS_TOKEN', () => 'sl.B' + rs(A.b62 + '-_', 135), ['DROPBOX_TOKEN']);
add('ASANA_PAT', () => '2/' + rs(A.dig, 16) + '/' + rs(A.dig, 16) + ':' + rs(A.hex, 32), ['ASANA_TOKEN']);
add('AIRTABLE_PAT', () => 'pat' + rs(A.b62, 14) + '.' + rs(A.hex, 64), ['AIRTABLE_API_KEY']);
add('FIGMA_TOKEN', () => 'figd_' + rs(A.b62 + '-_', 40), ['FIGMA_TOKEN']);
add('POSTMAN_API_KEY', () => 'PMAK-' + rs(A.hex, 24) + '-' + rs(A.hex, 34), ['POSTMAN_API_KEY']);
add('GRAFANA_SERVICE_ACCOUNT_TOKEN', () => 'glsa_' + rs(A.b62, 32) + '_' + rs(A.hex, 8), ['GRAFANA_TOKEN']);
add('GRAFANA_CLOUD_TOKEN', () => 'glc_' + b64(Buffer.from(JSON.stringify({ o: rs(A.dig, 6), n: 'stack-' + rs(A.dig, 6), k: rs(A.b62, 24), m: { r: 'prod-eu-west-2' } }))).replace(/=+$/, ''), ['GRAFANA_CLOUD_API_KEY']);
add('CIRCLECI_TOKEN', () => 'CCIPAT_' + rs(A.b62, 22) + '_' + rs(A.hex, 40), ['CIRCLE_TOKEN']);
add('BUILDKITE_TOKEN', () => 'bkua_' + rs(A.hex, 40), ['BUILDKITE_API_TOKEN']);
add('NETLIFY_TOKEN', () => 'nfp_' + rs(A.b62, 36), ['NETLIFY_AUTH_TOKEN']);
add('VERCEL_TOKEN', () => rmix(A.b62, 24), ['VERCEL_TOKEN']);
add('FLY_IO_TOKEN', () => 'FlyV1 fm2_' + rs(A.b62 + '+/', 180), ['FLY_API_TOKEN']);
add('SUPABASE_ACCESS_TOKEN', () => 'sbp_' + rs(A.hex, 40), ['SUPABASE_ACCESS_TOKEN']);
add('PLANETSCALE_TOKEN', () => 'pscale_tkn_' + rs(A.b62 + '-_', 43), ['PLANETSCALE_SERVICE_TOKEN']);
add('PLANETSCALE_PASSWORD', () => 'pscale_pw_' + rs(A.b62 + '-_', 43), ['DATABASE_PASSWORD']);
add('DOPPLER_TOKEN', () => 'dp.st.' + pick(['prd', 'stg', 'ci']) + '.' + rs(A.b62, 40), ['DOPPLER_TOKEN']);
add('PULUMI_ACCESS_TOKEN', () => 'pul-' + rs(A.hex, 40), ['PULUMI_ACCESS_TOKEN']);
add('OKTA_API_TOKEN', () => '00' + rs(A.b62 + '-_', 40), ['OKTA_API_TOKEN']);
add('AUTH0_CLIENT_SECRET', () => rmix(A.b62 + '-_', 64), ['AUTH0_CLIENT_SECRET']);
add('ALGOLIA_ADMIN_KEY', () => rmix(A.hex, 32), ['ALGOLIA_ADMIN_KEY']);
add('MAPBOX_SECRET_TOKEN', () => 'sk.eyJ1Ijoi' + rs(A.b62, 20) + 'IiwiYSI6I' + rs(A.b62, 30) + '.' + rs(A.b62 + '-_', 22), ['MAPBOX_SECRET']);
add('CONFLUENT_API_SECRET', () => rmix(A.b62 + '+/', 64), ['sasl.password']);
add('GROQ_API_KEY', () => 'gsk_' + rs(A.b62, 52), ['GROQ_API_KEY']);
add('REPLICATE_API_TOKEN', () => 'r8_' + rs(A.b62, 37), ['REPLICATE_API_TOKEN']);
add('COHERE_API_KEY', () => rmix(A.b62, 40), ['CO_API_KEY']);
add('MISTRAL_API_KEY', () => rmix(A.b62, 32), ['MISTRAL_API_KEY']);
add('PERPLEXITY_API_KEY', () => 'pplx-' + rs(A.b62, 48), ['PPLX_API_KEY']);
add('XAI_API_KEY', () => 'xai-' + rs(A.b62, 80), ['XAI_API_KEY']);
add('ELEVENLABS_API_KEY', () => 'sk_' + rs(A.hex, 48), ['ELEVEN_API_KEY']);
add('PINECONE_API_KEY', () => 'pcsk_' + rs(A.b62, 6) + '_' + rs(A.b62, 63), ['PINECONE_API_KEY']);
add('LANGSMITH_API_KEY', () => 'lsv2_pt_' + rs(A.hex, 32) + '_' + rs(A.hex, 10), ['LANGCHAIN_API_KEY']);
add('TAILSCALE_AUTH_KEY', () => 'tskey-auth-k' + rs(A.b62, 16) + '-' + rs(A.b62, 33), ['TS_AUTHKEY']);
add('NGROK_AUTHTOKEN', () => '2' + rs(A.b62, 26) + '_' + rs(A.b62, 21), ['NGROK_AUTHTOKEN']);
add('CONTENTFUL_PAT', () => 'CFPAT-' + rs(A.b62 + '-_', 43), ['CONTENTFUL_MANAGEMENT_TOKEN']);
add('AGE_SECRET_KEY', () => 'AGE-SECRET-KEY-1' + rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), ['age_identity']);
add('DJANGO_SECRET_KEY', () => 'django-insecure-' + rs(A.lo + A.dig + '!@#$%^&*(-_=+)', 50), ['SECRET_KEY']);
add('RAILS_SECRET_KEY_BASE', () => rs(A.hex, 128), ['SECRET_KEY_BASE']);
add('RAILS_MASTER_KEY', () => rs(A.hex, 32), ['RAILS_MASTER_KEY']);
add('FLASK_SECRET_KEY', () => rmix(A.hex, 64), ['FLASK_SECRET_KEY']);
add('LARAVEL_APP_KEY', () => 'base64:' + b64(rbytes(32)), ['APP_KEY']);
add('NEXTAUTH_SECRET', () => b64(rbytes(32)), ['NEXTAUTH_SECRET', 'AUTH_SECRET']);
add('JWT_SIGNING_SECRET', () => randomCred(), ['JWT_SECRET', 'jwt.signing-key']);
add('SESSION_SECRET', () => randomCred(), ['SESSION_SECRET', 'cookie_secret']);
add('ENCRYPTION_KEY', () => rmix(A.hex, 64), ['ENCRYPTION_KEY', 'DATA_KEY']);
add('HMAC_KEY', () => randomCred(), ['HMAC_KEY', 'signing_key']);
add('TOTP_SEED', () => rs(A.b32, 32), ['totp_secret', 'mfa_seed']);
add('DATABASE_PASSWORD', () => chance(0.5) ? strongPassword() : humanPassword(), ['DB_PASSWORD', 'password']);
add('POSTGRES_PASSWORD', () => chance(0.5) ? strongPassword() : humanPassword(), ['POSTGRES_PASSWORD', 'PGPASSWORD']);
add('MYSQL_PASSWORD', () => chance(0.5) ? strongPassword() : humanPassword(), ['MYSQL_ROOT_PASSWORD', 'MYSQL_PWD']);
add('MONGODB_PASSWORD', () => strongPassword(), ['MONGO_INITDB_ROOT_PASSWORD']);
add('REDIS_PASSWORD', () => randomCred(), ['REDIS_PASSWORD', 'requirepass']);
add('RABBITMQ_PASSWORD', () => humanPassword(), ['RABBITMQ_DEFAULT_PASS']);
add('ELASTICSEARCH_PASSWORD', () => strongPassword(), ['ELASTIC_PASSWORD']);
add('ELASTIC_API_KEY', () => b64(Buffer.from(rs(A.b62 + '-_', 20) + ':' + rs(A.b62 + '-_', 22))), ['ES_API_KEY']);
add('LDAP_BIND_PASSWORD', () => humanPassword(), ['bindPassword', 'LDAP_BIND_PW']);
add('SMTP_PASSWORD', () => chance(0.5) ? humanPassword() : rs(A.lo, 16), ['SMTP_PASSWORD', 'mail.password']);
add('FTP_PASSWORD', () => humanPassword(), ['ftp_pass']);
add('SSH_PASSWORD', () => humanPassword(), ['ssh_pass']);
add('WIFI_PSK', () => chance(0.5) ? passphrase() : humanPassword(), ['wpa_passphrase', 'psk']);
add('VPN_PRESHARED_KEY', () => randomCred(), ['vpn_psk']);
add('WIREGUARD_PRIVATE_KEY', () => b64(rbytes(32)), ['PrivateKey']);
add('SNMP_COMMUNITY', () => rmix(A.b62, 14), ['community']);
add('ADMIN_PASSWORD', () => chance(0.5) ? humanPassword() : strongPassword(), ['ADMIN_PASSWORD', 'admin_pass']);
add('USER_PASSWORD', humanPassword, ['password', 'pwd']);
add('PASSPHRASE', passphrase, ['passphrase', 'key_passphrase']);
add('KEYSTORE_PASSWORD', () => humanPassword(), ['storePassword', 'keystore.password']);
add('KAFKA_SASL_PASSWORD', () => randomCred(), ['sasl.jaas.password']);
add('SNOWFLAKE_PASSWORD', () => strongPassword(), ['SNOWFLAKE_PASSWORD']);
add('GRAFANA_ADMIN_PASSWORD', () => humanPassword(), ['GF_SECURITY_ADMIN_PASSWORD']);
add('BASIC_AUTH_CREDENTIALS', () => b64(Buffer.from(pick(['svc', 'deploy', 'ci', 'admin', 'mhansen', 'apollo']) + ':' + humanPassword())), ['Authorization']);
add('DOCKER_REGISTRY_AUTH', () => b64(Buffer.from(pick(['robot$ci', 'builder', 'jenkins']) + ':' + randomCred())), ['auth']);
add('KUBERNETES_SECRET_DATA', () => b64(Buffer.from(chance(0.5) ? strongPassword() : randomCred())), ['data']);
add('GENERIC_API_KEY', randomCred, ['api_key', 'apiKey']);
add('GENERIC_SECRET', randomCred, ['secret']);
add('API_TOKEN', randomCred, ['api_token', 'token']);
add('CLIENT_SECRET', randomCred, ['client_secret', 'clientSecret']);
add('ACCESS_TOKEN', randomCred, ['access_token']);
add('REFRESH_TOKEN', () => rmix(A.b62 + '-_.', int(40, 90)), ['refresh_token']);
add('WEBHOOK_SECRET', randomCred, ['webhook_secret']);
add('BEARER_TOKEN', randomCred, ['bearer']);
add('BOT_TOKEN', randomCred, ['bot_token']);
add('MASTER_KEY', () => rmix(A.b62, 32), ['master_key']);
add('PRIVATE_API_KEY', randomCred, ['private_key_id']);
add('INGEST_KEY', () => rmix(A.hex, 40), ['ingest_key']);
add('LICENSE_SECRET', () => rmix(A.alnumUp, 5) + '-' + rmix(A.alnumUp, 5) + '-' + rmix(A.alnumUp, 5) + '-' + rmix(A.alnumUp, 5), ['license_secret']);
add('SIGNED_URL_SIGNATURE', () => rs(A.hex, 64), ['X-Amz-Signature']);
add('OAUTH_CLIENT_SECRET', randomCred, ['oauth.client.secret']);
add('RSA_PRIVATE_KEY', () => rsaKeyPem(), ['private_key']);
add('PKCS8_PRIVATE_KEY', () => chance(0.5) ? pkcs8RsaPem(2048) : ed25519Pkcs8Pem(), ['private_key']);
add('EC_PRIVATE_KEY', ecKeyPem, ['ec_key']);
add('OPENSSH_PRIVATE_KEY', opensshPem, ['ssh_key']);
add('PGP_PRIVATE_KEY', pgpPem, ['pgp_key']);
export const KINDS = K;
export const PEM_KINDS = new Set(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY']);
export const BYKIND = Object.fromEntries(K.map((k) => [k.e, k]));
export const sec = (e) => S(e, BYKIND[e].g());

// Deck: cycle through every non-PEM kind so all kinds appear, then reshuffle.
import { shuffle } from './lib.mjs';
let deck = [];
export function nextKind() { if (!deck.length) deck = shuffle(K.filter((k) => !PEM_KINDS.has(k.e))); return deck.pop(); }
export function nextSecret() { const k = nextKind(); return { kind: k, span: S(k.e, k.g()), key: pick(k.k) }; }
let pemDeck = [];
export function nextPem() { if (!pemDeck.length) pemDeck = shuffle([...PEM_KINDS]); const e = pemDeck.pop(); return S(e, BYKIND[e].g()); }
// Unprefixed credential kinds (emphasis): values with no vendor marker
export const NOPREFIX = ['GENERIC_API_KEY', 'GENERIC_SECRET', 'API_TOKEN', 'CLIENT_SECRET', 'ACCESS_TOKEN', 'REFRESH_TOKEN', 'WEBHOOK_SECRET', 'BEARER_TOKEN', 'BOT_TOKEN', 'MASTER_KEY', 'PRIVATE_API_KEY', 'INGEST_KEY', 'HMAC_KEY', 'SESSION_SECRET', 'JWT_SIGNING_SECRET', 'ENCRYPTION_KEY', 'OAUTH_CLIENT_SECRET', 'TWILIO_AUTH_TOKEN', 'DATADOG_API_KEY', 'VERCEL_TOKEN', 'COHERE_API_KEY', 'MISTRAL_API_KEY', 'AUTH0_CLIENT_SECRET', 'CLOUDFLARE_API_TOKEN', 'REDIS_PASSWORD', 'VPN_PRESHARED_KEY', 'KAFKA_SASL_PASSWORD'];
export const PWKINDS = ['DATABASE_PASSWORD', 'USER_PASSWORD', 'ADMIN_PASSWORD', 'SSH_PASSWORD', 'FTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD', 'PASSPHRASE', 'WIFI_PSK', 'KEYSTORE_PASSWORD', 'RABBITMQ_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'MYSQL_PASSWORD', 'POSTGRES_PASSWORD'];
export const UNUSUAL_KEYS = ['svc_cred', 'upstream_auth_value', 'x_signing_material', 'tokenValue', 'bkp_pw', 'ingest_k', 'PAYLOAD_SEAL', 'relay_secret', 'magic', 'api_k', 'ACCESS_BLOB', 'partner.handshake', 'auth_material', 'kvSeal', 'sync_pass', 'cred', 'hush', 'passkey_legacy', 'vendor_creds.key', 'EXPORT_SIG', 'downstream_bearer', 'lic_token', 'zz_key', 'credential_value', 'opaque_auth', 'machine_secret', 'T0KEN', 'secretRef_literal', 'SEED_VALUE', 'pw_hint_do_not_commit'];
export { pad };
