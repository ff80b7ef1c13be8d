// Catalogue of fake, format-valid secret kinds.
import { rs, pick, int, chance, digits, nz, crc32, base62, rbytes, HEX, UHEX, UP, LO, DIG, B62, ALNUM, B64, B64U, B32, cycler } from './lib.mjs';

const b64 = (n) => rbytes(n).toString('base64');
const b64u = (n) => rbytes(n).toString('base64url');
export function ghToken(prefix) { const body = rs(B62, 30); return prefix + body + base62(crc32(Buffer.from(body)), 6); }
export function ghOk(s) { const m = /^gh[pousr]_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(s); return !!m && base62(crc32(Buffer.from(m[1])), 6) === m[2]; }
const WORDS = ['harbor', 'violet', 'tundra', 'copper', 'lantern', 'mango', 'quartz', 'falcon', 'ember', 'juniper', 'saffron', 'glacier', 'pepper', 'orbit', 'cobalt', 'meadow', 'raven', 'tiger', 'walnut', 'zephyr'];
export function password(style) {
  style = style || pick(['mix', 'mix', 'words', 'leet', 'long', 'pin']);
  if (style === 'words') return `${pick(WORDS)}${pick(['-', '_', '.', ''])}${pick(WORDS)}${pick(['-', '!', '#', ''])}${int(10, 9999)}`;
  if (style === 'leet') return pick(['W1nt3r', 'Sp4rk', 'Dr4g0n', 'P@ssw0rd', 'Qu4ntum', 'S3cur3', 'M0nk3y']) + pick(['!', '#', '$', '@', '%']) + int(2019, 2026) + rs('!?*#', 1);
  if (style === 'long') return rs(ALNUM + '!#%^*-_=+', int(24, 32));
  if (style === 'pin') return rs(ALNUM, 4) + pick(['$', '%', '&']) + rs(ALNUM, 6) + pick(['!', '?']) + digits(2);
  return rs(ALNUM, int(8, 12)) + pick(['!', '#', '$', '%', '&', '*', '@', '^']) + rs(ALNUM, int(3, 6));
}
export const urlpw = () => password(pick(['mix', 'words', 'long'])).replace(/[@/:#?%^&]/g, () => pick(['x', '9', 'Q', '_', '-']));
function jwtPart(o) { return Buffer.from(JSON.stringify(o)).toString('base64url'); }
export function jwt(kind) {
  const alg = pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const hdr = alg.startsWith('HS') ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: rs(B64U, 16) };
  const now = int(1735000000, 1790000000);
  const pl = kind === 'supabase' ? { iss: 'supabase', ref: rs(LO, 20), role: 'service_role', iat: now, exp: now + 315360000 }
    : kind === 'k8s' ? { aud: ['https://oidc.k8s.corp.example'], exp: now + 31536000, iat: now, iss: 'https://oidc.k8s.corp.example', sub: `system:serviceaccount:${pick(['ci', 'payments', 'argocd'])}:${pick(['deployer', 'argocd-manager', 'builder'])}` }
    : { sub: pick([String(int(10000, 999999)), 'usr_' + rs(B62, 12), 'auth0|' + rs(HEX, 24)]), iat: now, exp: now + pick([900, 3600, 86400]), scope: pick(['read write', 'admin', 'openid profile email', 'orders:read']), ...(chance(0.5) ? { iss: pick(['https://auth.acme.example/', 'https://login.corp.example', 'https://id.shop.test']) } : {}), ...(chance(0.4) ? { aud: pick(['api', 'billing-svc', 'mobile-app']) } : {}) };
  const sigLen = alg === 'RS256' ? 342 : alg === 'HS512' ? 86 : alg === 'ES256' ? 86 : 43;
  return `${jwtPart(hdr)}.${jwtPart(pl)}.${rs(B64U, sigLen)}`;
}
function wrap(body, w = 64) { return body.match(new RegExp(`.{1,${w}}`, 'g')).join('\n'); }
export function pem(type) {
  type = type || pick(['RSA', 'PKCS8', 'EC', 'OPENSSH', 'OPENSSH']);
  if (type === 'RSA') return `-----BEGIN RSA PRIVATE KEY-----\n${wrap('MIIEpAIBAAKCAQEA' + rs(B64, 1576))}\n-----END RSA PRIVATE KEY-----`;
  if (type === 'PKCS8') return `-----BEGIN PRIVATE KEY-----\n${wrap('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + rs(B64, 1570) + '==')}\n-----END PRIVATE KEY-----`;
  if (type === 'EC') return `-----BEGIN EC PRIVATE KEY-----\n${wrap('MHcCAQEEI' + rs(B64, 71) + 'oAoGCCqGSM49AwEHoUQDQgAE' + rs(B64, 62) + '==')}\n-----END EC PRIVATE KEY-----`;
  if (type === 'P8') return `-----BEGIN PRIVATE KEY-----\n${wrap('MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg' + rs(B64, 136))}\n-----END PRIVATE KEY-----`;
  if (type === 'ENC') return `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${wrap('MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI' + rs(B64, 1700))}\n-----END ENCRYPTED PRIVATE KEY-----`;
  if (type === 'PGP') return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG${rs(B64, 6)}BEADd${wrap(rs(B64, 1200))}\n=${rs(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  // OPENSSH ed25519
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + 'QyNTUxOQAAACA' + rs(B64, 255) + '=', 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
const uuidish = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${pick('89ab'.split(''))}${rs(HEX, 3)}-${rs(HEX, 12)}`;
const bip39 = ['abandon', 'canyon', 'guitar', 'oxygen', 'lizard', 'ribbon', 'salad', 'tunnel', 'velvet', 'wagon', 'crisp', 'dolphin', 'emerge', 'fossil', 'glove', 'hazard', 'ivory', 'jungle', 'kitten', 'ladder', 'marble', 'nephew', 'orchard', 'pigeon', 'quiz', 'rhythm', 'sponsor', 'thunder', 'umbrella', 'vapor'];

// e: entity, env: variable name, desc: how people say it, gen, ml: multi-line, pw: password-like (fits user:pw)
export const KINDS = [
  { e: 'AWS_ACCESS_KEY_ID', env: 'AWS_ACCESS_KEY_ID', desc: 'AWS access key id', gen: () => 'AKIA' + rs(B32, 16) },
  { e: 'AWS_SECRET_ACCESS_KEY', env: 'AWS_SECRET_ACCESS_KEY', desc: 'AWS secret', gen: () => rs(ALNUM + '/+', 40) },
  { e: 'AWS_TEMP_ACCESS_KEY_ID', env: 'AWS_ACCESS_KEY_ID', desc: 'temporary AWS key id', gen: () => 'ASIA' + rs(B32, 16) },
  { e: 'AWS_SESSION_TOKEN', env: 'AWS_SESSION_TOKEN', desc: 'AWS session token', gen: () => 'IQoJb3JpZ2luX2Vj' + rs(B64, 300) + '=' },
  { e: 'GITHUB_PAT', env: 'GITHUB_TOKEN', desc: 'GitHub personal token', gen: () => ghToken('ghp_') },
  { e: 'GITHUB_OAUTH_TOKEN', env: 'GH_OAUTH_TOKEN', desc: 'GitHub OAuth token', gen: () => ghToken('gho_') },
  { e: 'GITHUB_USER_TO_SERVER_TOKEN', env: 'GH_USER_TOKEN', desc: 'GitHub app user token', gen: () => ghToken('ghu_') },
  { e: 'GITHUB_APP_INSTALLATION_TOKEN', env: 'GH_APP_TOKEN', desc: 'GitHub installation token', gen: () => ghToken('ghs_') },
  { e: 'GITHUB_REFRESH_TOKEN', env: 'GH_REFRESH_TOKEN', desc: 'GitHub refresh token', gen: () => ghToken('ghr_') },
  { e: 'GITHUB_FINE_GRAINED_PAT', env: 'GITHUB_PAT', desc: 'fine-grained GitHub PAT', gen: () => 'github_pat_11' + rs(UP + DIG, 20) + '_' + rs(ALNUM, 59) },
  { e: 'GITLAB_PAT', env: 'GITLAB_TOKEN', desc: 'GitLab token', gen: () => 'glpat-' + rs(B62 + '-_', 20) },
  { e: 'GITLAB_RUNNER_TOKEN', env: 'CI_RUNNER_TOKEN', desc: 'GitLab runner auth token', gen: () => 'glrt-' + rs(B62 + '-_', 20) },
  { e: 'GITLAB_DEPLOY_TOKEN', env: 'GITLAB_DEPLOY_TOKEN', desc: 'GitLab deploy token', gen: () => 'gldt-' + rs(B62, 20) },
  { e: 'GITLAB_PIPELINE_TRIGGER_TOKEN', env: 'TRIGGER_TOKEN', desc: 'pipeline trigger token', gen: () => 'glptt-' + rs(HEX, 40) },
  { e: 'SLACK_BOT_TOKEN', env: 'SLACK_BOT_TOKEN', desc: 'Slack bot token', gen: () => `xoxb-${nz(int(10, 12))}-${nz(int(11, 13))}-${rs(ALNUM, 24)}` },
  { e: 'SLACK_USER_TOKEN', env: 'SLACK_USER_TOKEN', desc: 'Slack user token', gen: () => `xoxp-${nz(11)}-${nz(11)}-${nz(13)}-${rs(HEX, 32)}` },
  { e: 'SLACK_APP_TOKEN', env: 'SLACK_APP_TOKEN', desc: 'Slack socket-mode app token', gen: () => `xapp-1-A${rs(UP + DIG, 10)}-${nz(13)}-${rs(HEX, 64)}` },
  { e: 'SLACK_WEBHOOK_SECRET', env: 'SLACK_WEBHOOK_URL', desc: 'incoming webhook', gen: () => rs(ALNUM, 24) , url: (v) => `https://hooks.chat.example/services/T${rs(UP + DIG, 8)}/B${rs(UP + DIG, 10)}/` },
  { e: 'STRIPE_SECRET_KEY', env: 'STRIPE_SECRET_KEY', desc: 'Stripe live secret key', gen: () => 'sk_live_51' + rs(ALNUM, 97) },
  { e: 'STRIPE_RESTRICTED_KEY', env: 'STRIPE_RESTRICTED_KEY', desc: 'Stripe restricted key', gen: () => 'rk_live_51' + rs(ALNUM, 97) },
  { e: 'STRIPE_WEBHOOK_SECRET', env: 'STRIPE_WEBHOOK_SECRET', desc: 'Stripe webhook signing secret', gen: () => 'whsec_' + rs(ALNUM, 32) },
  { e: 'OPENAI_API_KEY', env: 'OPENAI_API_KEY', desc: 'OpenAI project key', gen: () => 'sk-proj-' + rs(B64U, 74) + 'T3BlbkFJ' + rs(B64U, 74) },
  { e: 'OPENAI_LEGACY_KEY', env: 'OPENAI_KEY', desc: 'old OpenAI key', gen: () => 'sk-' + rs(ALNUM, 20) + 'T3BlbkFJ' + rs(ALNUM, 20) },
  { e: 'OPENAI_SERVICE_ACCOUNT_KEY', env: 'OPENAI_SVC_KEY', desc: 'OpenAI service account key', gen: () => 'sk-svcacct-' + rs(B64U, 74) + 'T3BlbkFJ' + rs(B64U, 74) },
  { e: 'ANTHROPIC_API_KEY', env: 'ANTHROPIC_API_KEY', desc: 'Anthropic key', gen: () => 'sk-ant-api03-' + rs(B64U, 93) + 'AA' },
  { e: 'ANTHROPIC_ADMIN_KEY', env: 'ANTHROPIC_ADMIN_KEY', desc: 'Anthropic admin key', gen: () => 'sk-ant-admin01-' + rs(B64U, 93) + 'AA' },
  { e: 'HUGGINGFACE_TOKEN', env: 'HF_TOKEN', desc: 'Hugging Face token', gen: () => 'hf_' + rs(UP + LO, 34) },
  { e: 'NPM_TOKEN', env: 'NPM_TOKEN', desc: 'npm automation token', gen: () => 'npm_' + rs(ALNUM, 36) },
  { e: 'PYPI_API_TOKEN', env: 'TWINE_PASSWORD', desc: 'PyPI upload token', gen: () => 'pypi-AgE' + rs(B64U, 170) },
  { e: 'DOCKER_HUB_PAT', env: 'DOCKERHUB_TOKEN', desc: 'Docker Hub access token', gen: () => 'dckr_pat_' + rs(B64U, 27) },
  { e: 'GCP_API_KEY', env: 'GOOGLE_API_KEY', desc: 'Google API key', gen: () => 'AIza' + rs(B64U, 35) },
  { e: 'GCP_OAUTH_ACCESS_TOKEN', env: 'GCLOUD_ACCESS_TOKEN', desc: 'gcloud access token', gen: () => 'ya29.' + rs(B64U, 150) },
  { e: 'GOOGLE_OAUTH_CLIENT_SECRET', env: 'GOOGLE_CLIENT_SECRET', desc: 'Google OAuth client secret', gen: () => 'GOCSPX-' + rs(B64U, 28) },
  { e: 'AZURE_STORAGE_ACCOUNT_KEY', env: 'AZURE_STORAGE_KEY', desc: 'storage account key', gen: () => b64(64) },
  { e: 'AZURE_SAS_SIGNATURE', env: 'AZURE_SAS', desc: 'SAS signature', gen: () => encodeURIComponent(b64(32)) },
  { e: 'AZURE_CLIENT_SECRET', env: 'AZURE_CLIENT_SECRET', desc: 'Azure AD app secret', gen: () => rs(ALNUM, 3) + '8Q~' + rs(ALNUM + '._-', 34) },
  { e: 'AZURE_DEVOPS_PAT', env: 'AZDO_PAT', desc: 'Azure DevOps PAT', gen: () => rs('abcdefghijklmnopqrstuvwxyz234567', 52) },
  { e: 'TWILIO_AUTH_TOKEN', env: 'TWILIO_AUTH_TOKEN', desc: 'Twilio auth token', gen: () => rs(HEX, 32) },
  { e: 'TWILIO_API_KEY', env: 'TWILIO_API_KEY', desc: 'Twilio API key SID', gen: () => 'SK' + rs(HEX, 32) },
  { e: 'SENDGRID_API_KEY', env: 'SENDGRID_API_KEY', desc: 'SendGrid key', gen: () => 'SG.' + rs(B64U, 22) + '.' + rs(B64U, 43) },
  { e: 'MAILGUN_API_KEY', env: 'MAILGUN_API_KEY', desc: 'Mailgun key', gen: () => 'key-' + rs(HEX, 32) },
  { e: 'MAILCHIMP_API_KEY', env: 'MAILCHIMP_API_KEY', desc: 'Mailchimp key', gen: () => rs(HEX, 32) + '-us' + int(2, 21) },
  { e: 'POSTMARK_SERVER_TOKEN', env: 'POSTMARK_TOKEN', desc: 'Postmark server token', gen: () => uuidish() , hexuuid: 1 },
  { e: 'SHOPIFY_ACCESS_TOKEN', env: 'SHOPIFY_ACCESS_TOKEN', desc: 'Shopify admin token', gen: () => 'shpat_' + rs(HEX, 32) },
  { e: 'SHOPIFY_SHARED_SECRET', env: 'SHOPIFY_API_SECRET', desc: 'Shopify app secret', gen: () => 'shpss_' + rs(HEX, 32) },
  { e: 'DATADOG_API_KEY', env: 'DD_API_KEY', desc: 'Datadog API key', gen: () => rs(HEX, 32) },
  { e: 'DATADOG_APP_KEY', env: 'DD_APP_KEY', desc: 'Datadog application key', gen: () => rs(HEX, 40) },
  { e: 'NEW_RELIC_LICENSE_KEY', env: 'NEW_RELIC_LICENSE_KEY', desc: 'New Relic ingest key', gen: () => rs(HEX, 36) + 'NRAL' },
  { e: 'NEW_RELIC_USER_KEY', env: 'NEW_RELIC_API_KEY', desc: 'New Relic user key', gen: () => 'NRAK-' + rs(UP + DIG, 27) },
  { e: 'SENTRY_AUTH_TOKEN', env: 'SENTRY_AUTH_TOKEN', desc: 'Sentry org token', gen: () => 'sntrys_' + b64u(90) },
  { e: 'SENTRY_USER_TOKEN', env: 'SENTRY_TOKEN', desc: 'Sentry user auth token', gen: () => 'sntryu_' + rs(HEX, 64) },
  { e: 'DIGITALOCEAN_TOKEN', env: 'DIGITALOCEAN_TOKEN', desc: 'DigitalOcean PAT', gen: () => 'dop_v1_' + rs(HEX, 64) },
  { e: 'LINEAR_API_KEY', env: 'LINEAR_API_KEY', desc: 'Linear key', gen: () => 'lin_api_' + rs(ALNUM, 40) },
  { e: 'NOTION_TOKEN', env: 'NOTION_TOKEN', desc: 'Notion integration secret', gen: () => 'ntn_' + rs(DIG, 11) + rs(ALNUM, 35) },
  { e: 'ATLASSIAN_API_TOKEN', env: 'JIRA_API_TOKEN', desc: 'Jira API token', gen: () => 'ATATT3xFfGF0' + rs(B64U, 170) + '=' + rs(UHEX, 8) },
  { e: 'SQUARE_ACCESS_TOKEN', env: 'SQUARE_ACCESS_TOKEN', desc: 'Square access token', gen: () => 'EAAA' + rs(B64U, 60) },
  { e: 'SQUARE_OAUTH_SECRET', env: 'SQUARE_APP_SECRET', desc: 'Square OAuth secret', gen: () => 'sq0csp-' + rs(B64U, 43) },
  { e: 'BRAINTREE_ACCESS_TOKEN', env: 'BRAINTREE_TOKEN', desc: 'Braintree token', gen: () => `access_token$production$${rs(LO + DIG, 16)}$${rs(HEX, 32)}` },
  { e: 'PAYPAL_CLIENT_SECRET', env: 'PAYPAL_CLIENT_SECRET', desc: 'PayPal REST secret', gen: () => 'E' + rs(B64U, 79) },
  { e: 'DISCORD_BOT_TOKEN', env: 'DISCORD_TOKEN', desc: 'Discord bot token', gen: () => Buffer.from(nz(18)).toString('base64').replace(/=+$/, '') + '.' + rs(B64U, 6) + '.' + rs(B64U, 38) },
  { e: 'TELEGRAM_BOT_TOKEN', env: 'TELEGRAM_BOT_TOKEN', desc: 'Telegram bot token', gen: () => nz(10) + ':AA' + rs(B64U, 33) },
  { e: 'JWT', env: 'ACCESS_TOKEN', desc: 'bearer JWT', gen: () => jwt() },
  { e: 'JWT_SIGNING_SECRET', env: 'JWT_SECRET', desc: 'JWT signing secret', gen: () => rs(ALNUM, int(40, 64)) },
  { e: 'SUPABASE_SERVICE_ROLE_KEY', env: 'SUPABASE_SERVICE_ROLE_KEY', desc: 'Supabase service role key', gen: () => jwt('supabase') },
  { e: 'K8S_SERVICE_ACCOUNT_TOKEN', env: 'KUBE_TOKEN', desc: 'k8s service account token', gen: () => jwt('k8s') },
  { e: 'RSA_PRIVATE_KEY', env: 'RSA_PRIVATE_KEY', desc: 'RSA private key', gen: () => pem('RSA'), ml: 1 },
  { e: 'PKCS8_PRIVATE_KEY', env: 'PRIVATE_KEY', desc: 'private key', gen: () => pem('PKCS8'), ml: 1 },
  { e: 'EC_PRIVATE_KEY', env: 'EC_PRIVATE_KEY', desc: 'EC key', gen: () => pem('EC'), ml: 1 },
  { e: 'OPENSSH_PRIVATE_KEY', env: 'SSH_PRIVATE_KEY', desc: 'deploy key', gen: () => pem('OPENSSH'), ml: 1 },
  { e: 'ENCRYPTED_PRIVATE_KEY', env: 'SIGNING_KEY', desc: 'encrypted signing key', gen: () => pem('ENC'), ml: 1 },
  { e: 'PGP_PRIVATE_KEY', env: 'GPG_PRIVATE_KEY', desc: 'GPG signing key', gen: () => pem('PGP'), ml: 1 },
  { e: 'APPLE_P8_AUTH_KEY', env: 'APNS_AUTH_KEY', desc: 'APNs .p8 key', gen: () => pem('P8'), ml: 1 },
  { e: 'POSTGRES_PASSWORD', env: 'POSTGRES_PASSWORD', desc: 'postgres password', gen: () => password(), pw: 1 },
  { e: 'MYSQL_PASSWORD', env: 'MYSQL_ROOT_PASSWORD', desc: 'mysql root pw', gen: () => password(), pw: 1 },
  { e: 'MONGODB_PASSWORD', env: 'MONGO_INITDB_ROOT_PASSWORD', desc: 'mongo admin password', gen: () => urlpw(), pw: 1 },
  { e: 'REDIS_PASSWORD', env: 'REDIS_PASSWORD', desc: 'redis requirepass', gen: () => rs(ALNUM, int(20, 40)), pw: 1 },
  { e: 'RABBITMQ_PASSWORD', env: 'RABBITMQ_DEFAULT_PASS', desc: 'rabbit password', gen: () => password(), pw: 1 },
  { e: 'MSSQL_SA_PASSWORD', env: 'MSSQL_SA_PASSWORD', desc: 'SQL Server sa password', gen: () => password('leet'), pw: 1 },
  { e: 'ORACLE_PASSWORD', env: 'ORACLE_PWD', desc: 'oracle system pw', gen: () => password(), pw: 1 },
  { e: 'ELASTICSEARCH_PASSWORD', env: 'ELASTIC_PASSWORD', desc: 'elastic superuser pw', gen: () => password(), pw: 1 },
  { e: 'KAFKA_SASL_PASSWORD', env: 'KAFKA_SASL_PASSWORD', desc: 'kafka SASL password', gen: () => rs(ALNUM + '+/', 64), pw: 1 },
  { e: 'LDAP_BIND_PASSWORD', env: 'LDAP_BIND_PASSWORD', desc: 'LDAP bind password', gen: () => password(), pw: 1 },
  { e: 'SMTP_PASSWORD', env: 'SMTP_PASSWORD', desc: 'SMTP relay password', gen: () => password(), pw: 1 },
  { e: 'FTP_PASSWORD', env: 'FTP_PASS', desc: 'sftp password', gen: () => password(), pw: 1 },
  { e: 'SSH_PASSWORD', env: 'SSHPASS', desc: 'ssh password', gen: () => password(), pw: 1 },
  { e: 'ADMIN_PASSWORD', env: 'ADMIN_PASSWORD', desc: 'admin password', gen: () => password(), pw: 1 },
  { e: 'GRAFANA_ADMIN_PASSWORD', env: 'GF_SECURITY_ADMIN_PASSWORD', desc: 'grafana admin pw', gen: () => password(), pw: 1 },
  { e: 'WIFI_PSK', env: 'WIFI_PASSWORD', desc: 'guest wifi password', gen: () => password('words'), pw: 1 },
  { e: 'VPN_PRESHARED_KEY', env: 'IPSEC_PSK', desc: 'VPN pre-shared key', gen: () => rs(ALNUM, 32), pw: 1 },
  { e: 'SNMP_COMMUNITY_STRING', env: 'SNMP_COMMUNITY', desc: 'SNMP community', gen: () => pick(['n0c', 'mon', 'ro']) + rs(ALNUM, 14), pw: 1 },
  { e: 'KEYSTORE_PASSWORD', env: 'KEYSTORE_PASSWORD', desc: 'keystore password', gen: () => password(), pw: 1 },
  { e: 'BASIC_AUTH_PASSWORD', env: 'BASIC_AUTH_PASS', desc: 'basic auth password', gen: () => urlpw(), pw: 1 },
  { e: 'SNOWFLAKE_PASSWORD', env: 'SNOWFLAKE_PASSWORD', desc: 'snowflake password', gen: () => password(), pw: 1 },
  { e: 'VAULT_TOKEN', env: 'VAULT_TOKEN', desc: 'Vault token', gen: () => 'hvs.' + rs(B64U, 90) },
  { e: 'VAULT_BATCH_TOKEN', env: 'VAULT_BATCH_TOKEN', desc: 'Vault batch token', gen: () => 'hvb.' + rs(B64U, 120) },
  { e: 'TERRAFORM_CLOUD_TOKEN', env: 'TFE_TOKEN', desc: 'Terraform Cloud token', gen: () => rs(ALNUM, 14) + '.atlasv1.' + rs(ALNUM, 67) },
  { e: 'PULUMI_ACCESS_TOKEN', env: 'PULUMI_ACCESS_TOKEN', desc: 'Pulumi token', gen: () => 'pul-' + rs(HEX, 40) },
  { e: 'CLOUDFLARE_API_TOKEN', env: 'CLOUDFLARE_API_TOKEN', desc: 'Cloudflare API token', gen: () => rs(B64U, 40) },
  { e: 'CLOUDFLARE_GLOBAL_API_KEY', env: 'CF_API_KEY', desc: 'Cloudflare global key', gen: () => rs(HEX, 37) },
  { e: 'FCM_SERVER_KEY', env: 'FCM_SERVER_KEY', desc: 'Firebase server key', gen: () => 'AAAA' + rs(B64U, 7) + ':APA91b' + rs(B64U, 134) },
  { e: 'ALGOLIA_ADMIN_KEY', env: 'ALGOLIA_ADMIN_KEY', desc: 'Algolia admin key', gen: () => rs(HEX, 32) },
  { e: 'OKTA_API_TOKEN', env: 'OKTA_API_TOKEN', desc: 'Okta API token', gen: () => '00' + rs(B64U, 40) },
  { e: 'AUTH0_CLIENT_SECRET', env: 'AUTH0_CLIENT_SECRET', desc: 'Auth0 client secret', gen: () => rs(B64U, 64) },
  { e: 'OAUTH_CLIENT_SECRET', env: 'OAUTH_CLIENT_SECRET', desc: 'OAuth client secret', gen: () => rs(ALNUM, 40) },
  { e: 'OAUTH_REFRESH_TOKEN', env: 'REFRESH_TOKEN', desc: 'refresh token', gen: () => rs(B64U, 64) },
  { e: 'FACEBOOK_ACCESS_TOKEN', env: 'FB_PAGE_TOKEN', desc: 'Facebook page token', gen: () => 'EAAB' + rs(ALNUM, 180) },
  { e: 'TWITTER_BEARER_TOKEN', env: 'TWITTER_BEARER_TOKEN', desc: 'X/Twitter bearer', gen: () => 'AAAAAAAAAAAAAAAAAAAAA' + rs(ALNUM, 20) + '%3D' + rs(ALNUM, 50) },
  { e: 'DROPBOX_ACCESS_TOKEN', env: 'DROPBOX_TOKEN', desc: 'Dropbox token', gen: () => 'sl.' + rs(B64U, 135) },
  { e: 'POSTMAN_API_KEY', env: 'POSTMAN_API_KEY', desc: 'Postman key', gen: () => `PMAK-${rs(HEX, 24)}-${rs(HEX, 34)}` },
  { e: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', env: 'GRAFANA_TOKEN', desc: 'Grafana SA token', gen: () => `glsa_${rs(ALNUM, 32)}_${rs(HEX, 8)}` },
  { e: 'GRAFANA_CLOUD_TOKEN', env: 'GRAFANA_CLOUD_TOKEN', desc: 'Grafana Cloud token', gen: () => 'glc_' + b64(80) },
  { e: 'CIRCLECI_TOKEN', env: 'CIRCLE_TOKEN', desc: 'CircleCI personal token', gen: () => `CCIPAT_${rs(ALNUM, 22)}_${rs(HEX, 40)}` },
  { e: 'BUILDKITE_TOKEN', env: 'BUILDKITE_API_TOKEN', desc: 'Buildkite token', gen: () => 'bkua_' + rs(HEX, 40) },
  { e: 'SONARQUBE_TOKEN', env: 'SONAR_TOKEN', desc: 'Sonar token', gen: () => pick(['squ_', 'sqp_', 'sqa_']) + rs(HEX, 40) },
  { e: 'ARTIFACTORY_API_KEY', env: 'ARTIFACTORY_API_KEY', desc: 'Artifactory key', gen: () => 'AKCp' + rs(ALNUM, 69) },
  { e: 'NUGET_API_KEY', env: 'NUGET_API_KEY', desc: 'NuGet key', gen: () => 'oy2' + rs(LO + DIG, 43) },
  { e: 'RUBYGEMS_API_KEY', env: 'GEM_HOST_API_KEY', desc: 'RubyGems key', gen: () => 'rubygems_' + rs(HEX, 48) },
  { e: 'CARGO_REGISTRY_TOKEN', env: 'CARGO_REGISTRY_TOKEN', desc: 'crates token', gen: () => 'cio' + rs(ALNUM, 32) },
  { e: 'DATABRICKS_TOKEN', env: 'DATABRICKS_TOKEN', desc: 'Databricks PAT', gen: () => 'dapi' + rs(HEX, 32) + (chance(0.5) ? '-' + int(2, 3) : '') },
  { e: 'PLANETSCALE_TOKEN', env: 'PLANETSCALE_SERVICE_TOKEN', desc: 'PlanetScale token', gen: () => 'pscale_tkn_' + rs(B64U, 43) },
  { e: 'PLANETSCALE_PASSWORD', env: 'DATABASE_PASSWORD', desc: 'PlanetScale db password', gen: () => 'pscale_pw_' + rs(B64U, 43), pw: 1 },
  { e: 'FLY_IO_TOKEN', env: 'FLY_API_TOKEN', desc: 'Fly deploy token', gen: () => 'FlyV1 fm2_' + rs(B64U, 120) },
  { e: 'DOPPLER_TOKEN', env: 'DOPPLER_TOKEN', desc: 'Doppler service token', gen: () => 'dp.st.prd.' + rs(ALNUM, 43) },
  { e: 'MAPBOX_SECRET_TOKEN', env: 'MAPBOX_SECRET_TOKEN', desc: 'Mapbox secret token', gen: () => 'sk.eyJ1IjoiY' + rs(B64U, 40) + '.' + rs(B64U, 22) },
  { e: 'AGE_SECRET_KEY', env: 'SOPS_AGE_KEY', desc: 'age key', gen: () => 'AGE-SECRET-KEY-1' + rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58) },
  { e: 'ETHEREUM_PRIVATE_KEY', env: 'DEPLOYER_PRIVATE_KEY', desc: 'wallet private key', gen: () => '0x' + rs(HEX, 64) },
  { e: 'WALLET_SEED_PHRASE', env: 'MNEMONIC', desc: 'seed phrase', gen: () => Array.from({ length: 12 }, () => pick(bip39)).join(' ') },
  { e: 'SESSION_COOKIE', env: 'SESSION_ID', desc: 'session cookie', gen: () => 's%3A' + rs(B64U, 32) + '.' + rs(B64U, 43) },
  { e: 'DJANGO_SECRET_KEY', env: 'DJANGO_SECRET_KEY', desc: 'Django SECRET_KEY', gen: () => 'django-insecure-' + rs(LO + DIG + '!@#$%^&*(-_=+)', 50) },
  { e: 'RAILS_SECRET_KEY_BASE', env: 'SECRET_KEY_BASE', desc: 'secret_key_base', gen: () => rs(HEX, 128) },
  { e: 'RAILS_MASTER_KEY', env: 'RAILS_MASTER_KEY', desc: 'Rails master key', gen: () => rs(HEX, 32) },
  { e: 'LARAVEL_APP_KEY', env: 'APP_KEY', desc: 'Laravel APP_KEY', gen: () => 'base64:' + b64(32) },
  { e: 'NEXTAUTH_SECRET', env: 'NEXTAUTH_SECRET', desc: 'NextAuth secret', gen: () => b64(32) },
  { e: 'ENCRYPTION_KEY', env: 'DATA_ENCRYPTION_KEY', desc: 'AES key', gen: () => b64(32) },
  { e: 'HMAC_SECRET', env: 'WEBHOOK_HMAC_SECRET', desc: 'webhook HMAC secret', gen: () => rs(HEX, 64) },
  { e: 'GENERIC_API_KEY', env: 'API_KEY', desc: 'API key', gen: () => rs(ALNUM, int(32, 48)) },
  { e: 'BEARER_TOKEN', env: 'API_TOKEN', desc: 'bearer token', gen: () => rs(B64U, int(40, 60)) },
  { e: 'CONFLUENT_API_SECRET', env: 'CONFLUENT_CLOUD_API_SECRET', desc: 'Confluent Cloud secret', gen: () => rs(ALNUM + '+/', 64) },
  { e: 'ALIBABA_ACCESS_KEY_SECRET', env: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', desc: 'Aliyun AccessKey secret', gen: () => rs(ALNUM, 30) },
  { e: 'ALIBABA_ACCESS_KEY_ID', env: 'ALIBABA_CLOUD_ACCESS_KEY_ID', desc: 'Aliyun AccessKey id', gen: () => 'LTAI5t' + rs(ALNUM, 18) },
  { e: 'TENCENT_SECRET_ID', env: 'TENCENTCLOUD_SECRET_ID', desc: 'Tencent SecretId', gen: () => 'AKID' + rs(ALNUM, 32) },
  { e: 'IBM_CLOUD_API_KEY', env: 'IBMCLOUD_API_KEY', desc: 'IBM Cloud API key', gen: () => rs(B64U, 44) },
  { e: 'RAZORPAY_KEY_SECRET', env: 'RAZORPAY_KEY_SECRET', desc: 'Razorpay secret', gen: () => rs(ALNUM, 24) },
  { e: 'PLAID_SECRET', env: 'PLAID_SECRET', desc: 'Plaid secret', gen: () => rs(HEX, 30) },
  { e: 'SALESFORCE_ACCESS_TOKEN', env: 'SF_ACCESS_TOKEN', desc: 'Salesforce session id', gen: () => '00D' + rs(ALNUM, 12) + '!AQ' + rs(ALNUM, 3) + 'AQ' + rs(B64U + '.', 96) },
  { e: 'OPENROUTER_API_KEY', env: 'OPENROUTER_API_KEY', desc: 'OpenRouter key', gen: () => 'sk-or-v1-' + rs(HEX, 64) },
  { e: 'GROQ_API_KEY', env: 'GROQ_API_KEY', desc: 'Groq key', gen: () => 'gsk_' + rs(ALNUM, 52) },
  { e: 'REPLICATE_API_TOKEN', env: 'REPLICATE_API_TOKEN', desc: 'Replicate token', gen: () => 'r8_' + rs(ALNUM, 37) },
  { e: 'PERPLEXITY_API_KEY', env: 'PPLX_API_KEY', desc: 'Perplexity key', gen: () => 'pplx-' + rs(ALNUM, 48) },
  { e: 'XAI_API_KEY', env: 'XAI_API_KEY', desc: 'xAI key', gen: () => 'xai-' + rs(ALNUM, 80) },
  { e: 'LANGSMITH_API_KEY', env: 'LANGSMITH_API_KEY', desc: 'LangSmith key', gen: () => `lsv2_pt_${rs(HEX, 32)}_${rs(HEX, 10)}` },
  { e: 'PINECONE_API_KEY', env: 'PINECONE_API_KEY', desc: 'Pinecone key', gen: () => 'pcsk_' + rs(ALNUM, 5) + '_' + rs(ALNUM, 60) },
  { e: 'WANDB_API_KEY', env: 'WANDB_API_KEY', desc: 'Weights & Biases key', gen: () => rs(HEX, 40) },
  { e: 'NGROK_AUTHTOKEN', env: 'NGROK_AUTHTOKEN', desc: 'ngrok authtoken', gen: () => '2' + rs(ALNUM, 26) + '_' + rs(ALNUM, 21) },
  { e: 'TAILSCALE_AUTH_KEY', env: 'TS_AUTHKEY', desc: 'Tailscale auth key', gen: () => `tskey-auth-k${rs(ALNUM, 12)}CNTRL-${rs(ALNUM, 33)}` },
  { e: 'ONEPASSWORD_SERVICE_TOKEN', env: 'OP_SERVICE_ACCOUNT_TOKEN', desc: '1Password service account token', gen: () => 'ops_eyJ' + rs(B64U, 200) },
  { e: 'CONTENTFUL_PAT', env: 'CONTENTFUL_MANAGEMENT_TOKEN', desc: 'Contentful CMA token', gen: () => 'CFPAT-' + rs(B64U, 43) },
  { e: 'FIGMA_TOKEN', env: 'FIGMA_TOKEN', desc: 'Figma PAT', gen: () => 'figd_' + rs(B64U, 40) },
  { e: 'SHIPPO_API_TOKEN', env: 'SHIPPO_API_KEY', desc: 'Shippo live token', gen: () => 'shippo_live_' + rs(HEX, 40) },
  { e: 'AIRTABLE_PAT', env: 'AIRTABLE_API_KEY', desc: 'Airtable PAT', gen: () => 'pat' + rs(ALNUM, 14) + '.' + rs(HEX, 64) },
  { e: 'BITBUCKET_APP_PASSWORD', env: 'BITBUCKET_APP_PASSWORD', desc: 'Bitbucket app password', gen: () => 'ATBB' + rs(ALNUM, 32) },
  { e: 'VERCEL_TOKEN', env: 'VERCEL_TOKEN', desc: 'Vercel token', gen: () => rs(ALNUM, 24) },
  { e: 'NETLIFY_AUTH_TOKEN', env: 'NETLIFY_AUTH_TOKEN', desc: 'Netlify PAT', gen: () => 'nfp_' + rs(ALNUM, 36) },
  { e: 'WIREGUARD_PRIVATE_KEY', env: 'WG_PRIVATE_KEY', desc: 'WireGuard private key', gen: () => rbytes(32).toString('base64') },
  { e: 'TOTP_SEED', env: 'MFA_TOTP_SECRET', desc: '2FA seed', gen: () => rs(B32, 32) },
  { e: 'RECAPTCHA_SECRET_KEY', env: 'RECAPTCHA_SECRET', desc: 'reCAPTCHA secret', gen: () => '6L' + rs(B64U, 38) },
  { e: 'CLOUDINARY_API_SECRET', env: 'CLOUDINARY_API_SECRET', desc: 'Cloudinary secret', gen: () => rs(B64U, 27) },
  { e: 'ALGOLIA_WRITE_KEY', env: 'ALGOLIA_WRITE_KEY', desc: 'Algolia write key', gen: () => rs(HEX, 32) },
  { e: 'ELEVENLABS_API_KEY', env: 'ELEVENLABS_API_KEY', desc: 'ElevenLabs key', gen: () => 'sk_' + rs(HEX, 48) },
  { e: 'COHERE_API_KEY', env: 'CO_API_KEY', desc: 'Cohere key', gen: () => rs(ALNUM, 40) },
  { e: 'MISTRAL_API_KEY', env: 'MISTRAL_API_KEY', desc: 'Mistral key', gen: () => rs(ALNUM, 32) },
  { e: 'DEEPSEEK_API_KEY', env: 'DEEPSEEK_API_KEY', desc: 'DeepSeek key', gen: () => 'sk-' + rs(HEX, 32) },
  { e: 'INTERCOM_ACCESS_TOKEN', env: 'INTERCOM_TOKEN', desc: 'Intercom token', gen: () => 'dG9rOj' + rs(B64, 54) + '=' },
  { e: 'ZENDESK_API_TOKEN', env: 'ZENDESK_API_TOKEN', desc: 'Zendesk API token', gen: () => rs(ALNUM, 40) },
  { e: 'HUBSPOT_PRIVATE_APP_TOKEN', env: 'HUBSPOT_TOKEN', desc: 'HubSpot private app token', gen: () => `pat-${pick(['na1', 'eu1'])}-${rs(HEX, 8)}-${rs(HEX, 4)}-${rs(HEX, 4)}-${rs(HEX, 4)}-${rs(HEX, 12)}` },
  { e: 'PAGERDUTY_API_KEY', env: 'PAGERDUTY_TOKEN', desc: 'PagerDuty key', gen: () => 'u+' + rs(B64U, 18) },
  { e: 'OPSGENIE_API_KEY', env: 'OPSGENIE_API_KEY', desc: 'Opsgenie key', gen: () => uuidish(), hexuuid: 1 },
  { e: 'HEROKU_API_KEY', env: 'HEROKU_API_KEY', desc: 'Heroku key', gen: () => 'HRKU-AA' + rs(B64U, 58) },
  { e: 'RENDER_API_KEY', env: 'RENDER_API_KEY', desc: 'Render key', gen: () => 'rnd_' + rs(ALNUM, 32) },
  { e: 'SUMOLOGIC_ACCESS_KEY', env: 'SUMO_ACCESS_KEY', desc: 'Sumo access key', gen: () => rs(ALNUM, 64) },
  { e: 'SPLUNK_HEC_TOKEN', env: 'SPLUNK_HEC_TOKEN', desc: 'Splunk HEC token', gen: () => uuidish().toUpperCase(), hexuuid: 1 },
  { e: 'DOCKER_CONFIG_AUTH', env: 'DOCKER_AUTH', desc: 'docker auth', gen: () => Buffer.from(`${pick(['ci-bot', 'deploy', 'jenkins'])}:${urlpw()}`).toString('base64') },
];
export const KIND = Object.fromEntries(KINDS.map((k) => [k.e, k]));
export const nextAny = cycler(KINDS.map((k) => k.e));
const single = KINDS.filter((k) => !k.ml && !k.url);
export const nextSingle = cycler(single.map((k) => k.e));
export const nextToken = cycler(single.filter((k) => !k.pw).map((k) => k.e));
export const nextPem = cycler(KINDS.filter((k) => k.ml).map((k) => k.e));
export const nextPw = cycler(KINDS.filter((k) => k.pw).map((k) => k.e));
// draw a secret: returns {k, v}
export function draw(which) { const e = which === 'pem' ? nextPem() : which === 'pw' ? nextPw() : which === 'token' ? nextToken() : which === 'any' ? nextAny() : which || nextSingle(); const k = KIND[e]; return { k, e, v: k.gen() }; }
