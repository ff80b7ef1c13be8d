// train8 secret kinds: [entity, typical env/config name, generator, spoken name]
import { int, pick, chance, str, digits, hex, b62, b64, b64u, B62, UP, LOW, DIG, HEX, UHEX, ALNUM_L, crc32, base62, b64url, randBytes } from './lib.mjs';

const B32U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ghTok = (p) => { const r = b62(30); return p + r + base62(crc32(r), 6); };
const WORDS = ['harbor', 'lantern', 'copper', 'maple', 'orbit', 'falcon', 'cobalt', 'willow', 'ember', 'quartz', 'tundra', 'saffron', 'glacier', 'meadow', 'violet', 'anchor', 'pepper', 'raven', 'cinder', 'juniper', 'nectar', 'pixel', 'summit', 'thistle'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
// passwords the way people pick them; urlSafe avoids @ / : # % ? and quotes
export function pw(urlSafe = false) {
  const sym = urlSafe ? '-_.~!*' : '!#$%^*_-+=.?';
  switch (int(0, 5)) {
    case 0: return cap(pick(WORDS)) + pick(sym) + cap(pick(WORDS)) + digits(int(2, 4));
    case 1: return str(B62 + sym, int(14, 22)) + pick(sym) + digits(1);
    case 2: return cap(pick(WORDS)) + pick(['2023', '2024', '2025', '2026', '99', '42']) + pick(sym) + str(B62, int(4, 7));
    case 3: return pick(WORDS) + '-' + pick(WORDS) + '-' + pick(WORDS) + '-' + digits(2);
    case 4: return str(B62, int(18, 28));
    default: return str(UP, 1) + str(LOW, 3) + digits(1) + pick(sym) + str(B62, 5) + pick(sym) + str(B62, int(3, 6));
  }
}
export function jwt(payloadExtra = {}, alg = 'HS256') {
  const iat = 1700000000 + int(0, 60000000);
  const h = { alg, typ: 'JWT' }; if (alg !== 'HS256' && chance(0.7)) h.kid = hex(16);
  const p = { sub: chance(0.5) ? String(int(10000, 9999999)) : 'usr_' + b62(12), iat, exp: iat + pick([900, 3600, 86400, 604800]), ...payloadExtra };
  if (chance(0.5)) p.iss = pick(['https://auth.acme.example', 'https://id.globex.test/', 'urn:orbital:sso', 'https://login.fabrikam.example/oauth2']);
  if (chance(0.4)) p.scope = pick(['read:orders write:orders', 'admin', 'openid profile email', 'repo:read']);
  const sig = alg === 'HS256' ? b64u(43) : alg === 'ES256' ? b64u(86) : b64u(342);
  return b64url(h) + '.' + b64url(p) + '.' + sig;
}
function pemBody(prefix, total) { let s = prefix + b64(total - prefix.length - 2); s += chance(0.5) ? b64(2) : b64(1) + '='; return s; }
const wrap = (s, w = 64) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
export function pem(type) {
  switch (type) {
    case 'RSA': return `-----BEGIN RSA PRIVATE KEY-----\n${wrap(pemBody('MIIE' + pick(['owIBAAKCAQEA', 'pAIBAAKCAQEA']), 1588))}\n-----END RSA PRIVATE KEY-----`;
    case 'PKCS8': return `-----BEGIN PRIVATE KEY-----\n${wrap(pemBody('MIIEv' + pick(['QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'gIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ']), 1624))}\n-----END PRIVATE KEY-----`;
    case 'EC': return `-----BEGIN EC PRIVATE KEY-----\n${wrap('MHcCAQEEI' + b64(34) + 'oAoGCCqGSM49AwEHoUQDQgAE' + b64(86) + '==')}\n-----END EC PRIVATE KEY-----`;
    case 'ECP8': return `-----BEGIN PRIVATE KEY-----\n${wrap('MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg' + b64(136))}\n-----END PRIVATE KEY-----`;
    case 'OPENSSH': return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA'.replace('\n', '') + b64(43) + 'AAAAJ' + b64(80) + 'AAAAtzc2gtZWQyNTUxOQAAACA' + b64(43) + 'AAAEA' + b64(86) + 'AAAA' + b64(int(20, 28)) + 'AQIDBAUGBw==', 70)}\n-----END OPENSSH PRIVATE KEY-----`;
    case 'PGP': return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap('lQdGBG' + b64(1430) + '==')}\n=${b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
    case 'DSA': return `-----BEGIN DSA PRIVATE KEY-----\n${wrap('MIIBuwIBAAKBgQ' + b64(574) + '==')}\n-----END DSA PRIVATE KEY-----`;
  }
}
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;

// [entity, env name, generator, spoken name, urlSafe?]
export const KINDS = [
  ['GITHUB_PAT', 'GITHUB_TOKEN', () => ghTok('ghp_'), 'GitHub token'],
  ['GITHUB_OAUTH_TOKEN', 'GH_OAUTH_TOKEN', () => ghTok('gho_'), 'GitHub OAuth token'],
  ['GITHUB_USER_TO_SERVER_TOKEN', 'GH_APP_USER_TOKEN', () => ghTok('ghu_'), 'GitHub app user token'],
  ['GITHUB_SERVER_TO_SERVER_TOKEN', 'GH_INSTALLATION_TOKEN', () => ghTok('ghs_'), 'installation token'],
  ['GITHUB_REFRESH_TOKEN', 'GH_REFRESH_TOKEN', () => ghTok('ghr_'), 'GitHub refresh token'],
  ['GITHUB_FINE_GRAINED_PAT', 'GH_PAT', () => 'github_pat_11' + str(UP + DIG, 20) + '_' + b62(59), 'fine-grained PAT'],
  ['AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', () => 'AKIA' + str(B32U, 16), 'AWS access key id'],
  ['AWS_TEMP_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', () => 'ASIA' + str(B32U, 16), 'STS access key'],
  ['AWS_SECRET_KEY', 'AWS_SECRET_ACCESS_KEY', () => str(B62 + '+/', 40), 'AWS secret'],
  ['AWS_SESSION_TOKEN', 'AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2VjE' + b64(int(330, 420)) + '=', 'session token'],
  ['SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN', () => `xoxb-${digits(11)}-${digits(13)}-${b62(24)}`, 'Slack bot token'],
  ['SLACK_USER_TOKEN', 'SLACK_USER_TOKEN', () => `xoxp-${digits(11)}-${digits(11)}-${digits(13)}-${hex(32)}`, 'Slack user token'],
  ['SLACK_APP_TOKEN', 'SLACK_APP_TOKEN', () => `xapp-1-A${str(UP + DIG, 10)}-${digits(13)}-${hex(64)}`, 'Slack app-level token'],
  ['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY', () => 'sk_live_51' + b62(97), 'Stripe live key'],
  ['STRIPE_RESTRICTED_KEY', 'STRIPE_RESTRICTED_KEY', () => 'rk_live_51' + b62(97), 'restricted key'],
  ['STRIPE_WEBHOOK_SECRET', 'STRIPE_WEBHOOK_SECRET', () => 'whsec_' + b62(32), 'webhook signing secret'],
  ['OPENAI_API_KEY', 'OPENAI_API_KEY', () => 'sk-proj-' + b64u(58) + 'T3BlbkFJ' + b64u(58), 'OpenAI key'],
  ['OPENAI_LEGACY_KEY', 'OPENAI_KEY', () => 'sk-' + b62(20) + 'T3BlbkFJ' + b62(20), 'OpenAI key'],
  ['OPENAI_SERVICE_ACCOUNT_KEY', 'OPENAI_API_KEY', () => 'sk-svcacct-' + b64u(58) + 'T3BlbkFJ' + b64u(58), 'OpenAI service account key'],
  ['ANTHROPIC_API_KEY', 'ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + b64u(93) + 'AA', 'Anthropic key'],
  ['ANTHROPIC_ADMIN_KEY', 'ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + b64u(93) + 'AA', 'Anthropic admin key'],
  ['HUGGINGFACE_TOKEN', 'HF_TOKEN', () => 'hf_' + str(UP + LOW, 34), 'HF token'],
  ['GITLAB_PAT', 'GITLAB_TOKEN', () => 'glpat-' + str(B62 + '-_', 20), 'GitLab PAT'],
  ['GITLAB_RUNNER_TOKEN', 'RUNNER_TOKEN', () => 'glrt-' + str(B62 + '-_', 20), 'runner token'],
  ['GITLAB_DEPLOY_TOKEN', 'CI_DEPLOY_PASSWORD', () => 'gldt-' + str(B62 + '-_', 20), 'deploy token'],
  ['GITLAB_PIPELINE_TRIGGER_TOKEN', 'TRIGGER_TOKEN', () => 'glptt-' + hex(40), 'trigger token'],
  ['NPM_TOKEN', 'NPM_TOKEN', () => 'npm_' + b62(36), 'npm token'],
  ['DOCKERHUB_PAT', 'DOCKERHUB_TOKEN', () => 'dckr_pat_' + str(B62 + '-_', 27), 'Docker Hub PAT'],
  ['RUBYGEMS_API_KEY', 'GEM_HOST_API_KEY', () => 'rubygems_' + hex(48), 'gem push key'],
  ['NUGET_API_KEY', 'NUGET_API_KEY', () => 'oy2' + str(ALNUM_L, 43), 'NuGet key'],
  ['ARTIFACTORY_API_KEY', 'ARTIFACTORY_API_KEY', () => 'AKCp8' + b62(68), 'Artifactory key'],
  ['GOOGLE_API_KEY', 'GOOGLE_API_KEY', () => 'AIza' + str(B62 + '-_', 35), 'Google API key'],
  ['GOOGLE_OAUTH_CLIENT_SECRET', 'GOOGLE_CLIENT_SECRET', () => 'GOCSPX-' + str(B62 + '-_', 28), 'OAuth client secret'],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', 'GOOGLE_ACCESS_TOKEN', () => 'ya29.a0' + str(B62 + '-_', int(150, 200)), 'Google access token'],
  ['GOOGLE_REFRESH_TOKEN', 'GOOGLE_REFRESH_TOKEN', () => '1//0' + str(B62 + '-_', 99), 'refresh token'],
  ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_KEY', () => b64(86) + '==', 'storage account key'],
  ['AZURE_SAS_SIGNATURE', 'AZURE_SAS', () => b64(43).replace(/\+/g, '%2B').replace(/\//g, '%2F') + '%3D', 'SAS signature', true],
  ['AZURE_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', () => str(B62, 3) + int(7, 8) + 'Q~' + str(B62 + '_-.~', 31), 'client secret'],
  ['AZURE_DEVOPS_PAT', 'AZURE_DEVOPS_EXT_PAT', () => str('abcdefghijklmnopqrstuvwxyz234567', 52), 'ADO PAT'],
  ['AZURE_OPENAI_KEY', 'AZURE_OPENAI_API_KEY', () => hex(32), 'Azure OpenAI key'],
  ['TWILIO_AUTH_TOKEN', 'TWILIO_AUTH_TOKEN', () => hex(32), 'Twilio auth token'],
  ['TWILIO_API_KEY', 'TWILIO_API_KEY', () => 'SK' + hex(32), 'Twilio API key'],
  ['SENDGRID_API_KEY', 'SENDGRID_API_KEY', () => 'SG.' + str(B62 + '-_', 22) + '.' + str(B62 + '-_', 43), 'SendGrid key'],
  ['MAILGUN_API_KEY', 'MAILGUN_API_KEY', () => 'key-' + hex(32), 'Mailgun key'],
  ['MAILCHIMP_API_KEY', 'MAILCHIMP_API_KEY', () => hex(32) + '-us' + int(1, 21), 'Mailchimp key'],
  ['POSTMARK_SERVER_TOKEN', 'POSTMARK_SERVER_TOKEN', () => uuid(), 'Postmark server token'],
  ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + hex(32), 'Shopify admin token'],
  ['SHOPIFY_SHARED_SECRET', 'SHOPIFY_API_SECRET', () => 'shpss_' + hex(32), 'Shopify secret'],
  ['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN', () => Buffer.from(digits(18)).toString('base64').replace(/=+$/, '') + '.' + str(B62 + '-_', 6) + '.' + str(B62 + '-_', 38), 'Discord bot token'],
  ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', () => int(100000000, 7999999999) + ':AA' + str(B62 + '-_', 33), 'Telegram bot token'],
  ['DATADOG_API_KEY', 'DD_API_KEY', () => hex(32), 'Datadog API key'],
  ['DATADOG_APP_KEY', 'DD_APP_KEY', () => hex(40), 'Datadog app key'],
  ['NEW_RELIC_LICENSE_KEY', 'NEW_RELIC_LICENSE_KEY', () => hex(36) + 'NRAL', 'license key'],
  ['NEW_RELIC_USER_KEY', 'NEW_RELIC_API_KEY', () => 'NRAK-' + str(UP + DIG, 27), 'New Relic user key'],
  ['SENTRY_AUTH_TOKEN', 'SENTRY_AUTH_TOKEN', () => 'sntryu_' + hex(64), 'Sentry token'],
  ['SENTRY_ORG_TOKEN', 'SENTRY_AUTH_TOKEN', () => 'sntrys_' + b64url({ iat: 1.7e9 + int(0, 5e7), url: 'https://sentry.acme.example', region_url: 'https://sentry.acme.example', org: 'acme' }) + '_' + b64(43), 'Sentry org token'],
  ['DIGITALOCEAN_TOKEN', 'DIGITALOCEAN_TOKEN', () => 'dop_v1_' + hex(64), 'DO token'],
  ['HEROKU_API_KEY', 'HEROKU_API_KEY', () => 'HRKU-AA' + str(B62 + '-_', 58), 'Heroku key'],
  ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_TOKEN', () => str(B62 + '-_', 40), 'Cloudflare token'],
  ['CLOUDFLARE_GLOBAL_KEY', 'CF_API_KEY', () => hex(37), 'global API key'],
  ['VAULT_TOKEN', 'VAULT_TOKEN', () => 'hvs.' + str(B62 + '-_', 90), 'Vault token'],
  ['VAULT_BATCH_TOKEN', 'VAULT_TOKEN', () => 'hvb.' + str(B62 + '-_', 138), 'Vault batch token'],
  ['TERRAFORM_CLOUD_TOKEN', 'TFE_TOKEN', () => b62(14) + '.atlasv1.' + str(B62 + '-_', 67), 'TFC token'],
  ['PULUMI_ACCESS_TOKEN', 'PULUMI_ACCESS_TOKEN', () => 'pul-' + hex(40), 'Pulumi token'],
  ['DOPPLER_TOKEN', 'DOPPLER_TOKEN', () => 'dp.st.prd.' + b62(43), 'Doppler service token'],
  ['LINEAR_API_KEY', 'LINEAR_API_KEY', () => 'lin_api_' + b62(40), 'Linear key'],
  ['NOTION_TOKEN', 'NOTION_TOKEN', () => 'ntn_' + digits(11) + b62(35), 'Notion integration secret'],
  ['ATLASSIAN_API_TOKEN', 'JIRA_API_TOKEN', () => 'ATATT3xFfGF0' + str(B62 + '-_', 170) + '=' + str(UHEX, 8), 'Jira token'],
  ['POSTMAN_API_KEY', 'POSTMAN_API_KEY', () => `PMAK-${hex(24)}-${hex(34)}`, 'Postman key'],
  ['DYNATRACE_TOKEN', 'DT_API_TOKEN', () => `dt0c01.${str(UP + '234567', 24)}.${str(UP + '234567', 64)}`, 'Dynatrace token'],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_TOKEN', () => 'glsa_' + b62(32) + '_' + hex(8), 'Grafana SA token'],
  ['GRAFANA_CLOUD_TOKEN', 'GRAFANA_CLOUD_API_KEY', () => 'glc_' + b64url({ o: String(int(100000, 999999)), n: 'stack-' + int(100000, 999999) + '-hm-write', k: b62(24), m: { r: 'prod-eu-west-2' } }), 'Grafana Cloud token'],
  ['OKTA_API_TOKEN', 'OKTA_API_TOKEN', () => '00' + str(B62 + '-_', 40), 'Okta token'],
  ['AUTH0_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', () => str(B62 + '-_', 64), 'Auth0 client secret'],
  ['SQUARE_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', () => 'EAAA' + str(B62 + '-_', 60), 'Square token'],
  ['SQUARE_OAUTH_SECRET', 'SQUARE_APP_SECRET', () => 'sq0csp-' + str(B62 + '-_', 43), 'Square app secret'],
  ['PAYPAL_CLIENT_SECRET', 'PAYPAL_CLIENT_SECRET', () => 'E' + str(B62 + '-_', 79), 'PayPal secret'],
  ['BRAINTREE_ACCESS_TOKEN', 'BRAINTREE_ACCESS_TOKEN', () => `access_token$production$${str(ALNUM_L, 16)}$${hex(32)}`, 'Braintree token'],
  ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_ADMIN_API_KEY', () => hex(32), 'Algolia admin key'],
  ['MAPBOX_SECRET_TOKEN', 'MAPBOX_SECRET_TOKEN', () => 'sk.' + b64url({ u: 'acme-maps', a: 'cl' + str(ALNUM_L, 23) }) + '.' + str(B62 + '-_', 22), 'Mapbox secret token'],
  ['FIREBASE_SERVER_KEY', 'FCM_SERVER_KEY', () => 'AAAA' + str(B62 + '-_', 7) + ':APA91b' + str(B62 + '-_', 134), 'FCM server key'],
  ['BITBUCKET_APP_PASSWORD', 'BITBUCKET_APP_PASSWORD', () => 'ATBB' + b62(28) + str(UHEX, 8), 'Bitbucket app password'],
  ['CIRCLECI_TOKEN', 'CIRCLECI_TOKEN', () => 'CCIPAT_' + b62(22) + '_' + hex(40), 'CircleCI token'],
  ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_ROLE_KEY', () => jwt({ role: 'service_role', ref: str(LOW, 20) }), 'service role key'],
  ['SUPABASE_SECRET_KEY', 'SUPABASE_SECRET_KEY', () => 'sb_secret_' + str(B62 + '-_', 31), 'Supabase secret key'],
  ['PLANETSCALE_PASSWORD', 'DATABASE_PASSWORD', () => 'pscale_pw_' + str(B62 + '-_', 43), 'PlanetScale password', true],
  ['PLANETSCALE_TOKEN', 'PLANETSCALE_SERVICE_TOKEN', () => 'pscale_tkn_' + str(B62 + '-_', 43), 'PlanetScale token'],
  ['NETLIFY_TOKEN', 'NETLIFY_AUTH_TOKEN', () => 'nfp_' + b62(36), 'Netlify token'],
  ['VERCEL_TOKEN', 'VERCEL_TOKEN', () => b62(24), 'Vercel token'],
  ['AIRTABLE_PAT', 'AIRTABLE_API_KEY', () => 'pat' + b62(14) + '.' + hex(64), 'Airtable PAT'],
  ['FIGMA_PAT', 'FIGMA_TOKEN', () => 'figd_' + str(B62 + '-_', 40), 'Figma token'],
  ['FACEBOOK_ACCESS_TOKEN', 'FB_ACCESS_TOKEN', () => 'EAAG' + b62(int(160, 200)), 'Graph API token'],
  ['TWITTER_BEARER_TOKEN', 'TWITTER_BEARER_TOKEN', () => 'AAAAAAAAAAAAAAAAAAAAA' + b62(28) + '%3D' + b62(50), 'X/Twitter bearer token'],
  ['GROQ_API_KEY', 'GROQ_API_KEY', () => 'gsk_' + b62(52), 'Groq key'],
  ['REPLICATE_API_TOKEN', 'REPLICATE_API_TOKEN', () => 'r8_' + b62(37), 'Replicate token'],
  ['PERPLEXITY_API_KEY', 'PPLX_API_KEY', () => 'pplx-' + b62(48), 'Perplexity key'],
  ['XAI_API_KEY', 'XAI_API_KEY', () => 'xai-' + b62(80), 'xAI key'],
  ['LANGSMITH_API_KEY', 'LANGSMITH_API_KEY', () => `lsv2_pt_${hex(32)}_${hex(10)}`, 'LangSmith key'],
  ['PINECONE_API_KEY', 'PINECONE_API_KEY', () => 'pcsk_' + b62(5) + '_' + b62(60), 'Pinecone key'],
  ['COHERE_API_KEY', 'CO_API_KEY', () => b62(40), 'Cohere key'],
  ['MISTRAL_API_KEY', 'MISTRAL_API_KEY', () => b62(32), 'Mistral key'],
  ['DEEPSEEK_API_KEY', 'DEEPSEEK_API_KEY', () => 'sk-' + hex(32), 'DeepSeek key'],
  ['GEMINI_API_KEY', 'GEMINI_API_KEY', () => 'AIzaSy' + str(B62 + '-_', 33), 'Gemini key'],
  ['SONARQUBE_TOKEN', 'SONAR_TOKEN', () => 'squ_' + hex(40), 'Sonar token'],
  ['SNYK_TOKEN', 'SNYK_TOKEN', () => uuid(), 'Snyk token'],
  ['JENKINS_API_TOKEN', 'JENKINS_API_TOKEN', () => '11' + hex(32), 'Jenkins API token'],
  ['CONFLUENT_API_SECRET', 'KAFKA_API_SECRET', () => str(B62 + '+/', 64), 'Confluent API secret'],
  ['AGE_SECRET_KEY', 'SOPS_AGE_KEY', () => 'AGE-SECRET-KEY-1' + str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), 'age identity'],
  ['ALIBABA_ACCESS_KEY_SECRET', 'ALIYUN_ACCESS_KEY_SECRET', () => b62(30), 'Alibaba AK secret'],
  ['TENCENT_SECRET_KEY', 'TENCENTCLOUD_SECRET_KEY', () => b62(32), 'Tencent SecretKey'],
  ['IBM_CLOUD_API_KEY', 'IBMCLOUD_API_KEY', () => str(B62 + '-_', 44), 'IBM Cloud key'],
  ['ELASTIC_API_KEY', 'ELASTIC_API_KEY', () => Buffer.from(b62(20) + ':' + str(B62 + '-_', 22)).toString('base64'), 'Elastic API key'],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', 'OP_SERVICE_ACCOUNT_TOKEN', () => 'ops_' + b64url({ signInAddress: 'acme.1password.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: b64u(22) }, email: str(LOW, 12) + '@acme.example', srpX: hex(64), muk: { alg: 'A256GCM', ext: true, k: b64u(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' } }), '1Password SA token'],
  ['LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY', () => 'sdk-' + uuid(), 'LaunchDarkly SDK key'],
  ['SEGMENT_WRITE_KEY', 'SEGMENT_WRITE_KEY', () => b62(32), 'Segment write key'],
  ['RECAPTCHA_SECRET', 'RECAPTCHA_SECRET_KEY', () => '6L' + str(B62 + '-_', 38), 'reCAPTCHA secret'],
  ['TOTP_SEED', 'MFA_TOTP_SECRET', () => str(B32U, 32), 'TOTP seed'],
  ['DJANGO_SECRET_KEY', 'DJANGO_SECRET_KEY', () => 'django-insecure-' + str(LOW + DIG + '!@#$%^&*(-_=+)', 50).replace(/['"\\]/g, 'x'), 'Django SECRET_KEY'],
  ['RAILS_MASTER_KEY', 'RAILS_MASTER_KEY', () => hex(32), 'master.key'],
  ['RAILS_SECRET_KEY_BASE', 'SECRET_KEY_BASE', () => hex(128), 'secret_key_base'],
  ['FLASK_SECRET_KEY', 'FLASK_SECRET_KEY', () => hex(48), 'Flask secret'],
  ['LARAVEL_APP_KEY', 'APP_KEY', () => 'base64:' + b64(43) + '=', 'Laravel APP_KEY'],
  ['JWT_SIGNING_SECRET', 'JWT_SECRET', () => str(B62, int(40, 64)), 'JWT signing secret'],
  ['ENCRYPTION_KEY', 'ENCRYPTION_KEY', () => b64(43) + '=', 'data encryption key'],
  ['SESSION_SECRET', 'SESSION_SECRET', () => str(B62 + '-_', int(32, 48)), 'session secret'],
  ['NEXTAUTH_SECRET', 'NEXTAUTH_SECRET', () => b64(43) + '=', 'NextAuth secret'],
  ['OAUTH_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', () => str(B62 + '-_', int(32, 48)), 'client secret'],
  ['WEBHOOK_SIGNING_SECRET', 'WEBHOOK_SECRET', () => hex(int(32, 64)), 'webhook secret'],
  ['GENERIC_API_KEY', 'API_KEY', () => str(B62, int(32, 48)), 'API key'],
  ['GENERIC_SECRET', 'CLIENT_SECRET', () => str(B62 + '+/', int(30, 44)), 'secret'],
  ['KUBERNETES_SA_TOKEN', 'K8S_TOKEN', () => jwt({ 'kubernetes.io': { namespace: pick(['payments', 'ci', 'kube-system', 'data']), serviceaccount: { name: pick(['deployer', 'argo-cd', 'builder']), uid: uuid() } }, aud: ['https://kubernetes.default.svc.cluster.local'] }, 'RS256'), 'service account token'],
  ['OAUTH_ACCESS_TOKEN_JWT', 'ACCESS_TOKEN', () => jwt({ email: undefined, azp: str(LOW, 10) }, pick(['RS256', 'ES256', 'HS256'])), 'access token'],
  ['DATABASE_PASSWORD', 'DB_PASSWORD', () => pw(true), 'db password', true],
  ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD', () => pw(true), 'postgres password', true],
  ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', () => pw(true), 'MySQL password', true],
  ['MONGODB_PASSWORD', 'MONGO_PASSWORD', () => pw(true), 'Mongo password', true],
  ['REDIS_PASSWORD', 'REDIS_PASSWORD', () => pw(true), 'Redis password', true],
  ['RABBITMQ_PASSWORD', 'RABBITMQ_DEFAULT_PASS', () => pw(true), 'RabbitMQ password', true],
  ['MSSQL_PASSWORD', 'MSSQL_SA_PASSWORD', () => pw(true), 'SQL Server sa password', true],
  ['LDAP_BIND_PASSWORD', 'LDAP_BIND_PASSWORD', () => pw(true), 'LDAP bind password', true],
  ['SMTP_PASSWORD', 'SMTP_PASSWORD', () => pw(true), 'SMTP password', true],
  ['FTP_PASSWORD', 'FTP_PASS', () => pw(true), 'FTP password', true],
  ['SNOWFLAKE_PASSWORD', 'SNOWFLAKE_PASSWORD', () => pw(true), 'Snowflake password', true],
  ['KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD', () => pw(true), 'SASL password', true],
  ['ELASTIC_PASSWORD', 'ELASTIC_PASSWORD', () => pw(true), 'elastic password', true],
  ['ADMIN_PASSWORD', 'ADMIN_PASSWORD', () => pw(), 'admin password'],
  ['USER_PASSWORD', 'PASSWORD', () => pw(), 'password'],
  ['SSH_PASSWORD', 'SSHPASS', () => pw(true), 'ssh password', true],
  ['WIFI_PASSPHRASE', 'WPA_PSK', () => pw(), 'wifi password'],
  ['DOCKER_REGISTRY_PASSWORD', 'REGISTRY_PASSWORD', () => pw(true), 'registry password', true],
  ['KEYSTORE_PASSWORD', 'KEYSTORE_PASSWORD', () => pw(), 'keystore password'],
  ['BASIC_AUTH_CREDENTIALS', 'BASIC_AUTH', () => Buffer.from(pick(['deploy', 'admin', 'ci-bot', 'svc_reporting', 'grafana']) + ':' + pw(true)).toString('base64'), 'basic auth header'],
  ['PRIVATE_KEY_RSA', 'TLS_KEY', () => pem('RSA'), 'RSA key'],
  ['PRIVATE_KEY_PKCS8', 'PRIVATE_KEY', () => pem('PKCS8'), 'private key'],
  ['PRIVATE_KEY_EC', 'EC_KEY', () => pem(pick(['EC', 'ECP8'])), 'EC key'],
  ['PRIVATE_KEY_OPENSSH', 'SSH_PRIVATE_KEY', () => pem('OPENSSH'), 'ssh key'],
  ['PRIVATE_KEY_PGP', 'GPG_PRIVATE_KEY', () => pem('PGP'), 'PGP key'],
  ['PRIVATE_KEY_DSA', 'DSA_KEY', () => pem('DSA'), 'DSA key'],
];
export const KIND = Object.fromEntries(KINDS.map(k => [k[0], { e: k[0], env: k[1], g: k[2], name: k[3], urlSafe: !!k[4] }]));
// short-ish single-line kinds (no PEM) for inline use
export const INLINE = KINDS.filter(k => !k[0].startsWith('PRIVATE_KEY')).map(k => k[0]);
// token-like kinds (no human passwords) for slots named api key / token / secret
export const TOKENS = KINDS.filter(k => !k[0].startsWith('PRIVATE_KEY') && !k[4] && !/PASSWORD|PASSPHRASE/.test(k[0])).map(k => k[0]);
export const PASSWORDS = KINDS.filter(k => k[4]).map(k => k[0]).filter(k => k !== 'AZURE_SAS_SIGNATURE');
export const PEMS = KINDS.filter(k => k[0].startsWith('PRIVATE_KEY')).map(k => k[0]);
export { uuid, ghTok };
