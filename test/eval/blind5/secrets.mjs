// blind5 secret kinds: [entity, typical variable name, generator]. Values are fake and format-valid.
import { al, hex, HEX, dig, up, lo, letters, b32, b64c, b64u, bytes, ri, pick, chance, ghToken, wrap, uuid } from './lib.mjs';

const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
export function jwt() {
  const alg = pick(['HS256', 'RS256', 'ES256']); const iat = ri(1700000000, 1760000000);
  const payload = pick([{ sub: uuid(), iat, exp: iat + 3600, scope: 'read:orders write:orders' }, { sub: String(ri(1000, 99999)), name: 'svc-' + lo(5), role: 'admin', iat }, { iss: 'https://auth.acme-corp.example/', aud: 'api://billing', sub: 'auth0|' + hex(24), iat, exp: iat + 86400 }, { user_id: ri(1, 99999), tenant: lo(6), iat }]);
  return b64url({ alg, typ: 'JWT' }) + '.' + b64url(payload) + '.' + b64u(alg === 'HS256' ? 43 : alg === 'ES256' ? 86 : 342);
}
function der(prefixHex, n) { return Buffer.concat([Buffer.from(prefixHex, 'hex'), bytes(n)]).toString('base64'); }
export function pemKey(kind = pick(['RSA', 'EC', 'OPENSSH', 'PKCS8', 'PGP'])) {
  if (kind === 'RSA') return ['RSA_PRIVATE_KEY', '-----BEGIN RSA PRIVATE KEY-----\n' + wrap(der('308204a40201000282010100', 1180), 64) + '\n-----END RSA PRIVATE KEY-----'];
  if (kind === 'EC') return ['EC_PRIVATE_KEY', '-----BEGIN EC PRIVATE KEY-----\n' + wrap(der('30770201010420', 114), 64) + '\n-----END EC PRIVATE KEY-----'];
  if (kind === 'PKCS8') return ['PKCS8_PRIVATE_KEY', '-----BEGIN PRIVATE KEY-----\n' + wrap(der('308204be020100300d06092a864886f70d0101010500048204a8', 1192), 64) + '\n-----END PRIVATE KEY-----'];
  if (kind === 'OPENSSH') { const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), Buffer.from('000000046e6f6e65000000046e6f6e650000000000000001000000330000000b7373682d6564323535313900000020', 'hex'), bytes(300)]).toString('base64'); return ['OPENSSH_PRIVATE_KEY', '-----BEGIN OPENSSH PRIVATE KEY-----\n' + wrap(body, 70) + '\n-----END OPENSSH PRIVATE KEY-----']; }
  return ['PGP_PRIVATE_KEY', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + wrap('lQOYBG' + b64c(1300), 64) + '\n=' + b64c(4) + '\n-----END PGP PRIVATE KEY BLOCK-----'];
}
const pw = () => pick([() => al(ri(14, 24)), () => letters(5) + '!' + dig(4) + pick(['#', '$', '%', '&']) + al(6), () => pick(['Tr0ub4dor', 'Winter', 'Kestrel', 'Blau', 'Sommer', 'Marmot', 'Pampa']) + pick(['!', '_', '-', '.', '@']) + dig(4) + up(2) + lo(3), () => b64c(20) + '=', () => pick(['correct', 'velvet', 'orbit', 'lantern']) + '-' + pick(['horse', 'piano', 'cactus', 'moth']) + '-' + dig(2) + '-' + pick(['Staple', 'Glacier', 'Quill'])])();
export const password = pw;

export const SECRETS = [
  ['AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', () => 'AKIA' + b32(16)],
  ['AWS_TEMP_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', () => 'ASIA' + b32(16)],
  ['AWS_SECRET_KEY', 'AWS_SECRET_ACCESS_KEY', () => b64c(40)],
  ['AWS_SESSION_TOKEN', 'AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2VjE' + b64c(ri(300, 420))],
  ['GITHUB_PAT', 'GITHUB_TOKEN', () => ghToken('ghp')],
  ['GITHUB_OAUTH_TOKEN', 'GH_OAUTH_TOKEN', () => ghToken('gho')],
  ['GITHUB_USER_TO_SERVER_TOKEN', 'GH_APP_USER_TOKEN', () => ghToken('ghu')],
  ['GITHUB_APP_INSTALLATION_TOKEN', 'GH_INSTALLATION_TOKEN', () => ghToken('ghs')],
  ['GITHUB_REFRESH_TOKEN', 'GH_REFRESH_TOKEN', () => ghToken('ghr')],
  ['GITHUB_FINE_GRAINED_PAT', 'GH_PAT', () => 'github_pat_11' + up(1) + b32(19) + '_' + al(59)],
  ['GITLAB_PAT', 'GITLAB_TOKEN', () => 'glpat-' + b64u(20)],
  ['GITLAB_RUNNER_TOKEN', 'CI_RUNNER_TOKEN', () => 'glrt-' + b64u(20)],
  ['GITLAB_DEPLOY_TOKEN', 'DEPLOY_TOKEN', () => 'gldt-' + b64u(20)],
  ['SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN', () => `xoxb-${dig(12)}-${dig(13)}-${al(24)}`],
  ['SLACK_USER_TOKEN', 'SLACK_USER_TOKEN', () => `xoxp-${dig(12)}-${dig(12)}-${dig(13)}-${hex(32)}`],
  ['SLACK_APP_TOKEN', 'SLACK_APP_TOKEN', () => `xapp-1-A${up(2)}${b32(8)}-${dig(13)}-${hex(64)}`],
  ['SLACK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET', () => hex(32)],
  ['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY', () => 'sk_live_51' + al(ri(60, 97))],
  ['STRIPE_RESTRICTED_KEY', 'STRIPE_RESTRICTED_KEY', () => 'rk_live_51' + al(ri(60, 97))],
  ['STRIPE_WEBHOOK_SECRET', 'STRIPE_WEBHOOK_SECRET', () => 'whsec_' + al(32)],
  ['OPENAI_API_KEY', 'OPENAI_API_KEY', () => 'sk-proj-' + b64u(74) + 'T3BlbkFJ' + b64u(74)],
  ['OPENAI_SERVICE_ACCOUNT_KEY', 'OPENAI_KEY', () => 'sk-svcacct-' + b64u(74) + 'T3BlbkFJ' + b64u(74)],
  ['OPENAI_LEGACY_KEY', 'OPENAI_API_KEY', () => 'sk-' + al(20) + 'T3BlbkFJ' + al(20)],
  ['ANTHROPIC_API_KEY', 'ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + b64u(93) + 'AA'],
  ['ANTHROPIC_ADMIN_KEY', 'ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + b64u(93) + 'AA'],
  ['HUGGINGFACE_TOKEN', 'HF_TOKEN', () => 'hf_' + letters(34)],
  ['NPM_TOKEN', 'NPM_TOKEN', () => 'npm_' + al(36)],
  ['PYPI_TOKEN', 'TWINE_PASSWORD', () => 'pypi-AgEIcHlwaS5vcmcCJ' + b64u(ri(130, 170))],
  ['DOCKERHUB_PAT', 'DOCKER_PASSWORD', () => 'dckr_pat_' + b64u(27)],
  ['GOOGLE_API_KEY', 'GOOGLE_API_KEY', () => 'AIza' + b64u(35)],
  ['GOOGLE_OAUTH_CLIENT_SECRET', 'GOOGLE_CLIENT_SECRET', () => 'GOCSPX-' + b64u(28)],
  ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_KEY', () => b64c(86) + '=='],
  ['AZURE_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', () => al(3) + ri(5, 8) + 'Q~' + b64u(31).replace(/-/g, '.')],
  ['AZURE_DEVOPS_PAT', 'AZDO_PAT', () => lo(52).replace(/[^a-z2-7]/g, 'q')],
  ['DIGITALOCEAN_TOKEN', 'DIGITALOCEAN_TOKEN', () => 'dop_v1_' + hex(64)],
  ['SENDGRID_API_KEY', 'SENDGRID_API_KEY', () => 'SG.' + b64u(22) + '.' + b64u(43)],
  ['TWILIO_AUTH_TOKEN', 'TWILIO_AUTH_TOKEN', () => hex(32)],
  ['TWILIO_API_KEY_SECRET', 'TWILIO_API_SECRET', () => al(32)],
  ['MAILGUN_API_KEY', 'MAILGUN_API_KEY', () => 'key-' + hex(32)],
  ['MAILCHIMP_API_KEY', 'MAILCHIMP_API_KEY', () => hex(32) + '-us' + ri(2, 21)],
  ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN', () => 'shpat_' + hex(32)],
  ['SHOPIFY_SHARED_SECRET', 'SHOPIFY_API_SECRET', () => 'shpss_' + hex(32)],
  ['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN', () => Buffer.from(dig(18)).toString('base64url') + '.' + b64u(6) + '.' + b64u(38)],
  ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', () => dig(10) + ':AA' + b64u(33)],
  ['DATADOG_API_KEY', 'DD_API_KEY', () => hex(32)],
  ['DATADOG_APP_KEY', 'DD_APP_KEY', () => hex(40)],
  ['NEW_RELIC_LICENSE_KEY', 'NEW_RELIC_LICENSE_KEY', () => hex(36) + 'NRAL'],
  ['NEW_RELIC_USER_KEY', 'NEW_RELIC_API_KEY', () => 'NRAK-' + up(27).replace(/[IO]/g, '7')],
  ['SENTRY_AUTH_TOKEN', 'SENTRY_AUTH_TOKEN', () => 'sntrys_eyJpYXQiO' + b64u(120) + '_' + b64u(43)],
  ['SENTRY_USER_TOKEN', 'SENTRY_TOKEN', () => 'sntryu_' + hex(64)],
  ['PAGERDUTY_API_KEY', 'PAGERDUTY_TOKEN', () => 'u+' + b64u(18)],
  ['ATLASSIAN_API_TOKEN', 'JIRA_API_TOKEN', () => 'ATATT3xFfGF0' + b64u(170) + '=' + HEX(8)],
  ['LINEAR_API_KEY', 'LINEAR_API_KEY', () => 'lin_api_' + al(40)],
  ['NOTION_TOKEN', 'NOTION_TOKEN', () => 'ntn_' + dig(11) + al(35)],
  ['AIRTABLE_PAT', 'AIRTABLE_TOKEN', () => 'pat' + al(14) + '.' + hex(64)],
  ['FIGMA_TOKEN', 'FIGMA_TOKEN', () => 'figd_' + b64u(40)],
  ['POSTMAN_API_KEY', 'POSTMAN_API_KEY', () => 'PMAK-' + hex(24) + '-' + hex(34)],
  ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_TOKEN', () => b64u(40)],
  ['HEROKU_API_KEY', 'HEROKU_API_KEY', () => 'HRKU-AA' + b64u(58)],
  ['VERCEL_TOKEN', 'VERCEL_TOKEN', () => al(24)],
  ['NETLIFY_TOKEN', 'NETLIFY_AUTH_TOKEN', () => 'nfp_' + al(36)],
  ['SUPABASE_ACCESS_TOKEN', 'SUPABASE_ACCESS_TOKEN', () => 'sbp_' + hex(40)],
  ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_ROLE_KEY', () => jwt()],
  ['FLY_IO_TOKEN', 'FLY_API_TOKEN', () => 'FlyV1 fm2_lJPECAAAAAAAA' + b64u(160)],
  ['TERRAFORM_CLOUD_TOKEN', 'TFE_TOKEN', () => al(14) + '.atlasv1.' + al(67)],
  ['VAULT_TOKEN', 'VAULT_TOKEN', () => 'hvs.' + b64u(90)],
  ['DOPPLER_TOKEN', 'DOPPLER_TOKEN', () => 'dp.st.prd.' + al(43)],
  ['PULUMI_ACCESS_TOKEN', 'PULUMI_ACCESS_TOKEN', () => 'pul-' + hex(40)],
  ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN', () => 'CCIPAT_' + al(22) + '_' + hex(40)],
  ['BUILDKITE_TOKEN', 'BUILDKITE_API_TOKEN', () => 'bkua_' + hex(40)],
  ['ARTIFACTORY_API_KEY', 'ARTIFACTORY_API_KEY', () => 'AKCp' + al(69)],
  ['SONARQUBE_TOKEN', 'SONAR_TOKEN', () => 'squ_' + hex(40)],
  ['GROQ_API_KEY', 'GROQ_API_KEY', () => 'gsk_' + al(52)],
  ['REPLICATE_API_TOKEN', 'REPLICATE_API_TOKEN', () => 'r8_' + al(37)],
  ['PERPLEXITY_API_KEY', 'PPLX_API_KEY', () => 'pplx-' + al(48)],
  ['XAI_API_KEY', 'XAI_API_KEY', () => 'xai-' + al(80)],
  ['OPENROUTER_API_KEY', 'OPENROUTER_API_KEY', () => 'sk-or-v1-' + hex(64)],
  ['MISTRAL_API_KEY', 'MISTRAL_API_KEY', () => al(32)],
  ['COHERE_API_KEY', 'CO_API_KEY', () => al(40)],
  ['SQUARE_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', () => 'EAAA' + b64u(60)],
  ['PAYPAL_CLIENT_SECRET', 'PAYPAL_CLIENT_SECRET', () => 'E' + b64u(79)],
  ['BRAINTREE_PRIVATE_KEY', 'BRAINTREE_PRIVATE_KEY', () => hex(32)],
  ['RAZORPAY_KEY_SECRET', 'RAZORPAY_KEY_SECRET', () => al(24)],
  ['PLAID_SECRET', 'PLAID_SECRET', () => hex(30)],
  ['ADYEN_API_KEY', 'ADYEN_API_KEY', () => 'AQE' + al(6) + 'hmfxL' + b64c(150)],
  ['FIREBASE_SERVER_KEY', 'FCM_SERVER_KEY', () => 'AAAA' + al(7) + ':APA91b' + b64u(134)],
  ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_ADMIN_API_KEY', () => hex(32)],
  ['MAPBOX_SECRET_TOKEN', 'MAPBOX_SECRET_TOKEN', () => 'sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Im' + b64u(20) + '.' + b64u(22)],
  ['OKTA_API_TOKEN', 'OKTA_API_TOKEN', () => '00' + b64u(40)],
  ['AUTH0_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', () => b64u(64)],
  ['CONTENTFUL_TOKEN', 'CONTENTFUL_MANAGEMENT_TOKEN', () => 'CFPAT-' + b64u(43)],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_TOKEN', () => 'glsa_' + al(32) + '_' + hex(8)],
  ['NGROK_AUTHTOKEN', 'NGROK_AUTHTOKEN', () => '2' + al(26) + '_' + al(21)],
  ['TAILSCALE_AUTH_KEY', 'TS_AUTHKEY', () => 'tskey-auth-k' + al(10) + 'CNTRL-' + al(33)],
  ['LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY', () => 'sdk-' + uuid()],
  ['HUBSPOT_PRIVATE_APP_TOKEN', 'HUBSPOT_TOKEN', () => 'pat-na1-' + uuid()],
  ['ZENDESK_API_TOKEN', 'ZENDESK_API_TOKEN', () => al(40)],
  ['CONFLUENT_API_SECRET', 'KAFKA_API_SECRET', () => b64c(64)],
  ['ALIBABA_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', () => al(30)],
  ['IBM_CLOUD_API_KEY', 'IBMCLOUD_API_KEY', () => b64u(44)],
  ['JWT', 'ACCESS_TOKEN', () => jwt()],
  ['SESSION_COOKIE', 'SESSION_ID', () => 's%3A' + b64u(32) + '.' + b64c(43).replace(/\+/g, '%2B').replace(/\//g, '%2F')],
  ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD', pw],
  ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', pw],
  ['MONGODB_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD', pw],
  ['REDIS_PASSWORD', 'REDIS_PASSWORD', pw],
  ['RABBITMQ_PASSWORD', 'RABBITMQ_DEFAULT_PASS', pw],
  ['ELASTICSEARCH_PASSWORD', 'ELASTIC_PASSWORD', pw],
  ['MSSQL_PASSWORD', 'MSSQL_SA_PASSWORD', pw],
  ['SMTP_PASSWORD', 'SMTP_PASSWORD', pw],
  ['LDAP_BIND_PASSWORD', 'LDAP_BIND_PASSWORD', pw],
  ['ADMIN_PASSWORD', 'ADMIN_PASSWORD', pw],
  ['DJANGO_SECRET_KEY', 'DJANGO_SECRET_KEY', () => 'django-insecure-' + fromPunct(50)],
  ['RAILS_SECRET_KEY_BASE', 'SECRET_KEY_BASE', () => hex(128)],
  ['FLASK_SECRET_KEY', 'FLASK_SECRET_KEY', () => hex(48)],
  ['NEXTAUTH_SECRET', 'NEXTAUTH_SECRET', () => b64c(43) + '='],
  ['JWT_SIGNING_SECRET', 'JWT_SECRET', () => b64u(64)],
  ['HMAC_WEBHOOK_SECRET', 'WEBHOOK_SIGNING_SECRET', () => hex(64)],
  ['ENCRYPTION_KEY', 'DATA_ENCRYPTION_KEY', () => 'base64:' + bytes(32).toString('base64')],
  ['OAUTH_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', () => b64u(ri(32, 48))],
  ['GENERIC_API_KEY', 'API_KEY', () => pick([hex(40), al(32), 'ak_' + al(30), 'live_' + hex(32)])],
];
function fromPunct(n) { const set = 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)'; let s = ''; for (let i = 0; i < n; i++) s += set[ri(0, set.length - 1)]; return s; }

let order = [], pos = 0;
// round-robin over all kinds (shuffled each round) so every kind appears several times
export function sec(filter) {
  for (let tries = 0; tries < 1000; tries++) {
    if (pos >= order.length) { order = SECRETS.map((_, i) => i); for (let i = order.length - 1; i > 0; i--) { const j = ri(0, i); [order[i], order[j]] = [order[j], order[i]]; } pos = 0; }
    const [e, env, g] = SECRETS[order[pos++]];
    if (filter && !filter(e)) continue;
    return { e, env, v: g() };
  }
}
