// Secret kinds: generator + key-name words. Formats follow the vendors' published shapes.
import { ghChecksum, B62 } from './checks.mjs';
import { PEMKEY } from './keys.mjs';

const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const PWSAFE = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const WORDS = ['Falcon', 'Sommer', 'Otono', 'Maple', 'Tiger', 'Nebula', 'Kiwi', 'Harbor', 'Sakura', 'Volga', 'Lemon', 'Granite', 'Pixel', 'Orca', 'Cobalt', 'Mistral', 'Rosso', 'Fjord', 'Tango', 'Quartz', 'Zebra', 'Anker', 'Lotus', 'Jaguar'];
export function humanPw(r) {
  const w = r.pick(WORDS), w2 = r.pick(WORDS).toLowerCase();
  return r.pick([
    () => w + r.int(1970, 2026) + r.pick(['!', '?', '*', '#1', '$']),
    () => w + '_' + w2 + r.digits(2),
    () => w.toLowerCase() + '-' + w2 + '-' + r.int(10, 99),
    () => w[0] + r.chars('aeiou0134', 1) + w.slice(2) + '^' + r.digits(3) + w2[0].toUpperCase(),
    () => r.pick(['Passw0rd', 'Welcome', 'Summer', 'Winter', 'Admin']) + r.int(2019, 2026) + r.pick(['!', '@', '#']),
    () => w2 + r.pick(['.', '+', '~']) + w + r.digits(4),
  ])();
}
export const genPw = (r, n) => { let s; do { s = r.chars(PWSAFE, n ?? r.int(14, 26)); } while (!/[0-9]/.test(s)); const ins = r.pick(['!', '-', '_', '.', '*', '~', '+']); const i = r.int(2, s.length - 2); return s.slice(0, i) + ins + s.slice(i); };
const gh = (p) => (r) => { const x = r.chars(A, 30); return `${p}_${x}${ghChecksum(x)}`; };
const jwtOf = (r, payload, alg = 'HS256') => {
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: r.hex(16) } : {}) })).toString('base64url');
  return h + '.' + Buffer.from(JSON.stringify(payload)).toString('base64url') + '.' + r.b64url(alg === 'HS256' ? 32 : 256);
};
export function jwt(r, kind = 'user') {
  const now = 1767225600 + r.int(0, 20000000);
  const p = kind === 'sa' ? { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': r.pick(['prod', 'payments', 'ci']), sub: 'system:serviceaccount:prod:' + r.pick(['api', 'worker', 'deployer']), exp: now + 3600 }
    : kind === 'supabase' ? { iss: 'supabase', ref: r.lower(20), role: 'service_role', iat: now, exp: now + 315360000 }
    : { sub: r.hex(24), scope: r.pick(['read write', 'openid profile', 'admin', 'repo:write']), iat: now, exp: now + r.pick([900, 3600, 86400]), aud: r.pick(['api', 'gateway', 'billing']) };
  return jwtOf(r, p, r.pick(['HS256', 'RS256', 'ES256']));
}
const S = {};
const def = (name, words, g) => { S[name] = { name, words, g }; };
const pref = (p, set, n) => (r) => p + r.chars(set, n);
// --- code hosting / CI
def('GITHUB_PERSONAL_ACCESS_TOKEN', [['github', 'token'], ['gh', 'pat'], ['git', 'hub', 'token']], gh('ghp'));
def('GITHUB_OAUTH_TOKEN', [['github', 'oauth', 'token'], ['gh', 'oauth']], gh('gho'));
def('GITHUB_APP_INSTALLATION_TOKEN', [['github', 'app', 'token'], ['installation', 'token']], gh('ghs'));
def('GITHUB_USER_TO_SERVER_TOKEN', [['gh', 'user', 'token'], ['github', 'user', 'access', 'token']], gh('ghu'));
def('GITHUB_REFRESH_TOKEN', [['github', 'refresh', 'token']], gh('ghr'));
def('GITHUB_FINE_GRAINED_PAT', [['gh', 'token'], ['github', 'pat']], (r) => 'github_pat_11' + r.upper(20) + '_' + r.chars(A, 59));
def('GITLAB_PAT', [['gitlab', 'token'], ['gl', 'private', 'token'], ['ci', 'job', 'pat']], pref('glpat-', A + '-_', 20));
def('GITLAB_PIPELINE_TRIGGER_TOKEN', [['trigger', 'token'], ['gitlab', 'trigger', 'token']], (r) => 'glptt-' + r.hex(40));
def('GITLAB_RUNNER_TOKEN', [['runner', 'token'], ['registration', 'token']], pref('glrt-', A + '-_', 20));
def('GITLAB_DEPLOY_TOKEN', [['deploy', 'token'], ['gitlab', 'deploy', 'password']], pref('gldt-', A, 20));
def('BITBUCKET_APP_PASSWORD', [['bb', 'app', 'password'], ['bitbucket', 'app', 'password']], (r) => 'ATBB' + r.chars(A, 32));
def('CIRCLECI_TOKEN', [['circle', 'token'], ['circleci', 'api', 'token']], (r) => 'CCIPAT_' + r.chars(A, 22) + '_' + r.hex(40));
def('BUILDKITE_AGENT_TOKEN', [['buildkite', 'agent', 'token']], (r) => 'bkua_' + r.hex(40));
def('SONARQUBE_TOKEN', [['sonar', 'token'], ['sonar', 'login']], (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40));
def('JFROG_API_KEY', [['artifactory', 'api', 'key'], ['jfrog', 'password']], pref('AKCp', A, 69));
def('NPM_TOKEN', [['npm', 'token'], ['node', 'auth', 'token'], ['_auth', 'token']], pref('npm_', A, 36));
def('PYPI_TOKEN', [['pypi', 'token'], ['twine', 'password']], (r) => 'pypi-AgEIcHlwaS5vcmc' + r.b64url(60));
def('NUGET_API_KEY', [['nuget', 'api', 'key']], (r) => 'oy2' + r.chars('abcdefghijklmnopqrstuvwxyz234567', 43));
def('RUBYGEMS_API_KEY', [['gem', 'host', 'api', 'key'], ['rubygems', 'api', 'key']], (r) => 'rubygems_' + r.hex(48));
def('CARGO_REGISTRY_TOKEN', [['cargo', 'registry', 'token']], (r) => 'cio' + r.chars(A, 32));
def('DOCKERHUB_PAT', [['docker', 'hub', 'token'], ['registry', 'password']], pref('dckr_pat_', A + '-_', 27));
// --- cloud
def('AWS_ACCESS_KEY', [['aws', 'access', 'key', 'id'], ['access', 'key', 'id'], ['aws', 'key']], pref('AKIA', B32, 16));
def('AWS_TEMP_ACCESS_KEY', [['aws', 'access', 'key', 'id'], ['AccessKeyId']], pref('ASIA', B32, 16));
def('AWS_SECRET_KEY', [['aws', 'secret', 'access', 'key'], ['secret', 'access', 'key'], ['aws', 'secret']], (r) => r.chars(A + '+/', 40));
def('AWS_SESSION_TOKEN', [['aws', 'session', 'token'], ['SessionToken']], (r) => 'IQoJb3JpZ2luX2Vj' + r.chars(A + '+/', 300) + '=');
def('AWS_BEDROCK_API_KEY', [['bedrock', 'api', 'key']], (r) => 'ABSK' + r.b64(96).replace(/=+$/, ''));
def('GCP_API_KEY', [['google', 'api', 'key'], ['maps', 'api', 'key'], ['firebase', 'api', 'key'], ['gemini', 'api', 'key']], pref('AIza', A + '-_', 35));
def('GCP_OAUTH_CLIENT_SECRET', [['google', 'client', 'secret'], ['oauth', 'client', 'secret']], pref('GOCSPX-', A + '-_', 28));
def('GCP_ACCESS_TOKEN', [['access', 'token'], ['gcloud', 'token']], (r) => 'ya29.a0' + r.chars(A + '-_', 150));
def('GCP_REFRESH_TOKEN', [['refresh', 'token']], (r) => '1//0' + r.chars(A + '-_', 99));
def('AZURE_STORAGE_ACCOUNT_KEY', [['account', 'key'], ['azure', 'storage', 'key'], ['AccountKey']], (r) => r.b64(64));
def('AZURE_CLIENT_SECRET', [['azure', 'client', 'secret'], ['client', 'secret'], ['arm', 'client', 'secret']], (r) => r.chars(A, 3) + r.digits(1) + 'Q~' + r.chars(A + '-_.~', 34));
def('AZURE_SAS_SIGNATURE', [['sas', 'token'], ['sig']], (r) => encodeURIComponent(r.b64(32)));
def('AZURE_DEVOPS_PAT', [['azure', 'devops', 'pat'], ['ado', 'token'], ['system', 'accesstoken']], (r) => r.chars('abcdefghijklmnopqrstuvwxyz234567', 52));
def('AZURE_COSMOS_KEY', [['cosmos', 'key'], ['cosmos', 'db', 'primary', 'key']], (r) => r.b64(64));
def('AZURE_SERVICE_BUS_KEY', [['shared', 'access', 'key'], ['servicebus', 'key']], (r) => r.b64(32));
def('AZURE_OPENAI_KEY', [['azure', 'openai', 'api', 'key']], (r) => r.hex(32));
def('DIGITALOCEAN_TOKEN', [['digitalocean', 'token'], ['do', 'token']], (r) => r.pick(['dop_v1_', 'doo_v1_']) + r.hex(64));
def('LINODE_TOKEN', [['linode', 'token']], (r) => r.hex(64));
def('HETZNER_TOKEN', [['hcloud', 'token']], pref('', A, 64));
def('ALIBABA_ACCESS_KEY_SECRET', [['alibaba', 'access', 'key', 'secret'], ['aliyun', 'secret']], pref('', A, 30));
def('IBM_CLOUD_API_KEY', [['ibmcloud', 'api', 'key']], pref('', A + '-_', 44));
def('OCI_AUTH_TOKEN', [['oci', 'auth', 'token']], pref('', A + '.-_', 20));
def('CLOUDFLARE_API_TOKEN', [['cloudflare', 'api', 'token'], ['cf', 'api', 'token']], pref('', A + '_-', 40));
def('CLOUDFLARE_GLOBAL_API_KEY', [['cloudflare', 'api', 'key'], ['cf', 'api', 'key']], (r) => r.hex(37));
def('FASTLY_API_TOKEN', [['fastly', 'api', 'token']], pref('', A + '-_', 32));
def('VERCEL_TOKEN', [['vercel', 'token']], pref('', A, 24));
def('NETLIFY_TOKEN', [['netlify', 'auth', 'token']], (r) => 'nfp_' + r.chars(A, 36));
def('FLY_API_TOKEN', [['fly', 'api', 'token']], (r) => 'FlyV1 fm2_' + r.b64(120).replace(/=+$/, ''));
def('RENDER_API_KEY', [['render', 'api', 'key']], (r) => 'rnd_' + r.chars(A, 32));
def('HEROKU_API_KEY', [['heroku', 'api', 'key']], (r) => 'HRKU-AA' + r.chars(A + '-_', 58));
def('TERRAFORM_CLOUD_TOKEN', [['tfe', 'token'], ['tf', 'token', 'app', 'terraform', 'io']], (r) => r.alnum(14) + '.atlasv1.' + r.chars(A, 67));
def('PULUMI_ACCESS_TOKEN', [['pulumi', 'access', 'token']], (r) => 'pul-' + r.hex(40));
def('VAULT_TOKEN', [['vault', 'token']], (r) => r.pick(['hvs.', 'hvb.']) + r.chars(A + '_-', r.pick([24, 90])));
def('DOPPLER_TOKEN', [['doppler', 'token']], (r) => r.pick(['dp.st.', 'dp.pt.', 'dp.sa.']) + r.pick(['prd.', 'dev.', '']) + r.chars(A, 43));
def('TAILSCALE_AUTH_KEY', [['ts', 'authkey'], ['tailscale', 'auth', 'key']], (r) => 'tskey-auth-k' + r.alnum(10) + 'CNTRL-' + r.alnum(32));
def('NGROK_AUTHTOKEN', [['ngrok', 'authtoken']], (r) => r.chars(A, 27) + '_' + r.chars(A, 21));
def('KUBERNETES_SA_TOKEN', [['token'], ['k8s', 'token'], ['bearer', 'token']], (r) => jwt(r, 'sa'));
def('KUBECONFIG_CLIENT_KEY_DATA', [['client', 'key', 'data']], (r) => Buffer.from(PEMKEY.ec(r) + '\n').toString('base64'));
// --- payments / commerce
def('STRIPE_SECRET_KEY', [['stripe', 'secret', 'key'], ['stripe', 'api', 'key'], ['stripe', 'sk']], (r) => 'sk_live_51' + r.chars(A, 96));
def('STRIPE_RESTRICTED_KEY', [['stripe', 'restricted', 'key']], (r) => 'rk_live_51' + r.chars(A, 96));
def('STRIPE_WEBHOOK_SECRET', [['stripe', 'webhook', 'secret'], ['endpoint', 'secret']], (r) => 'whsec_' + r.chars(A, 32));
def('SQUARE_ACCESS_TOKEN', [['square', 'access', 'token']], (r) => 'EAAA' + r.chars(A + '-_', 60));
def('SQUARE_OAUTH_SECRET', [['square', 'application', 'secret']], (r) => 'sq0csp-' + r.chars(A + '-_', 43));
def('PAYPAL_CLIENT_SECRET', [['paypal', 'client', 'secret']], (r) => 'E' + r.chars(A + '-_', 79));
def('BRAINTREE_ACCESS_TOKEN', [['braintree', 'access', 'token']], (r) => 'access_token$production$' + r.lower(16) + '$' + r.hex(32));
def('ADYEN_API_KEY', [['adyen', 'api', 'key']], (r) => 'AQE' + r.chars(A, 5) + 'gmXbLA2Lm' + r.chars(A + '+/', 80) + '=-' + r.chars(A + '+/', 40));
def('PLAID_SECRET', [['plaid', 'secret']], (r) => r.hex(30));
def('RAZORPAY_KEY_SECRET', [['razorpay', 'key', 'secret']], pref('', A, 24));
def('SHOPIFY_ACCESS_TOKEN', [['shopify', 'access', 'token'], ['shopify', 'admin', 'token']], (r) => 'shpat_' + r.hex(32));
def('SHOPIFY_SHARED_SECRET', [['shopify', 'api', 'secret']], (r) => 'shpss_' + r.hex(32));
def('SHOPIFY_CUSTOM_APP_TOKEN', [['shopify', 'custom', 'app', 'token']], (r) => 'shpca_' + r.hex(32));
def('SHIPPO_TOKEN', [['shippo', 'token']], (r) => 'shippo_live_' + r.hex(40));
def('EASYPOST_API_KEY', [['easypost', 'api', 'key']], (r) => 'EZAK' + r.hex(54));
def('COINBASE_API_SECRET', [['coinbase', 'api', 'secret']], (r) => r.b64(64));
// --- messaging / comms
def('SLACK_BOT_TOKEN', [['slack', 'bot', 'token'], ['slack', 'token']], (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.chars(A, 24)}`);
def('SLACK_USER_TOKEN', [['slack', 'user', 'token']], (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`);
def('SLACK_APP_TOKEN', [['slack', 'app', 'token']], (r) => `xapp-1-A${r.upper(10)}-${r.digits(13)}-${r.hex(64)}`);
def('SLACK_WEBHOOK_SECRET', [['slack', 'webhook', 'url']], (r) => r.chars(A, 24));
def('SLACK_SIGNING_SECRET', [['slack', 'signing', 'secret']], (r) => r.hex(32));
def('DISCORD_BOT_TOKEN', [['discord', 'token'], ['bot', 'token']], (r) => Buffer.from(r.digits(18)).toString('base64url') + '.' + r.chars(A + '-_', 6) + '.' + r.chars(A + '-_', 38));
def('DISCORD_WEBHOOK_TOKEN', [['discord', 'webhook']], pref('', A + '-_', 68));
def('TELEGRAM_BOT_TOKEN', [['telegram', 'bot', 'token'], ['tg', 'token']], (r) => r.int(1000000000, 7999999999) + ':AA' + r.chars(A + '-_', 33));
def('TWILIO_AUTH_TOKEN', [['twilio', 'auth', 'token']], (r) => r.hex(32));
def('TWILIO_API_KEY_SECRET', [['twilio', 'api', 'secret']], pref('', A, 32));
def('SENDGRID_API_KEY', [['sendgrid', 'api', 'key'], ['smtp', 'password']], (r) => 'SG.' + r.chars(A + '-_', 22) + '.' + r.chars(A + '-_', 43));
def('MAILGUN_API_KEY', [['mailgun', 'api', 'key']], (r) => 'key-' + r.hex(32));
def('MAILCHIMP_API_KEY', [['mailchimp', 'api', 'key']], (r) => r.hex(32) + '-us' + r.int(1, 21));
def('POSTMARK_SERVER_TOKEN', [['postmark', 'server', 'token']], (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`);
def('BREVO_API_KEY', [['brevo', 'api', 'key'], ['sendinblue', 'key']], (r) => 'xkeysib-' + r.hex(64) + '-' + r.chars(A, 16));
def('FIREBASE_FCM_SERVER_KEY', [['fcm', 'server', 'key']], (r) => 'AAAA' + r.chars(A + '-_', 7) + ':APA91b' + r.chars(A + '-_', 134));
def('EXPO_ACCESS_TOKEN', [['expo', 'token']], pref('', A + '_-', 40));
def('APPLE_APP_SPECIFIC_PASSWORD', [['apple', 'app', 'specific', 'password'], ['fastlane', 'password']], (r) => [0, 1, 2, 3].map(() => r.chars('abcdefghijklmnopqrstuvwxyz', 4)).join('-'));
def('ONESIGNAL_REST_API_KEY', [['onesignal', 'rest', 'api', 'key']], (r) => 'os_v2_app_' + r.chars('abcdefghijklmnopqrstuvwxyz234567', 113));
// --- observability / productivity
def('DATADOG_API_KEY', [['dd', 'api', 'key'], ['datadog', 'api', 'key']], (r) => r.hex(32));
def('DATADOG_APP_KEY', [['dd', 'app', 'key'], ['datadog', 'application', 'key']], (r) => r.hex(40));
def('NEW_RELIC_LICENSE_KEY', [['new', 'relic', 'license', 'key'], ['nr', 'license']], (r) => r.hex(36) + 'NRAL');
def('NEW_RELIC_USER_KEY', [['new', 'relic', 'api', 'key']], (r) => 'NRAK-' + r.upper(27));
def('SENTRY_DSN_KEY', [['sentry', 'dsn']], (r) => r.hex(32));
def('SENTRY_AUTH_TOKEN', [['sentry', 'auth', 'token']], (r) => r.pick(['sntrys_eyJpYXQiO', 'sntryu_']) + (r.chance(0.5) ? r.hex(64) : r.chars(A, 120)));
def('GRAFANA_SERVICE_ACCOUNT_TOKEN', [['grafana', 'token'], ['grafana', 'sa', 'token']], (r) => 'glsa_' + r.chars(A, 32) + '_' + r.hex(8));
def('GRAFANA_CLOUD_TOKEN', [['grafana', 'cloud', 'api', 'key']], (r) => 'glc_' + r.b64(60).replace(/=+$/, ''));
def('DYNATRACE_API_TOKEN', [['dt', 'api', 'token']], (r) => 'dt0c01.' + r.upper(24) + '.' + r.upper(64));
def('PAGERDUTY_API_KEY', [['pagerduty', 'token'], ['pd', 'routing', 'key']], (r) => 'u+' + r.chars(A + '-_', 18));
def('HONEYCOMB_API_KEY', [['honeycomb', 'api', 'key']], (r) => 'hcaik_' + r.lower(58));
def('SPLUNK_HEC_TOKEN', [['splunk', 'hec', 'token']], (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`);
def('LINEAR_API_KEY', [['linear', 'api', 'key']], (r) => 'lin_api_' + r.chars(A, 40));
def('NOTION_TOKEN', [['notion', 'token']], (r) => r.pick(['secret_' + r.chars(A, 43), 'ntn_' + r.digits(11) + r.chars(A, 35)]));
def('ATLASSIAN_API_TOKEN', [['jira', 'api', 'token'], ['confluence', 'token']], (r) => 'ATATT3xFfGF0' + r.chars(A + '-_', 170) + '=' + r.HEX(8));
def('POSTMAN_API_KEY', [['postman', 'api', 'key']], (r) => 'PMAK-' + r.hex(24) + '-' + r.hex(34));
def('FIGMA_TOKEN', [['figma', 'token']], (r) => 'figd_' + r.chars(A + '-_', 40));
def('AIRTABLE_PAT', [['airtable', 'token']], (r) => 'pat' + r.chars(A, 14) + '.' + r.hex(64));
def('ASANA_PAT', [['asana', 'token']], (r) => '2/' + r.digits(16) + '/' + r.digits(16) + ':' + r.hex(32));
def('CONTENTFUL_TOKEN', [['contentful', 'management', 'token']], (r) => 'CFPAT-' + r.chars(A + '-_', 43));
def('ALGOLIA_ADMIN_KEY', [['algolia', 'admin', 'key']], (r) => r.hex(32));
def('MAPBOX_SECRET_TOKEN', [['mapbox', 'secret', 'token'], ['mapbox', 'downloads', 'token']], (r) => 'sk.' + Buffer.from(JSON.stringify({ u: 'mobile-team', a: r.lower(25) })).toString('base64url') + '.' + r.chars(A + '-_', 22));
def('OKTA_API_TOKEN', [['okta', 'api', 'token']], (r) => '00' + r.chars(A + '-_', 40));
def('AUTH0_CLIENT_SECRET', [['auth0', 'client', 'secret']], pref('', A + '-_', 64));
def('SUPABASE_SERVICE_ROLE_KEY', [['supabase', 'service', 'role', 'key']], (r) => jwt(r, 'supabase'));
def('SUPABASE_ACCESS_TOKEN', [['supabase', 'access', 'token']], (r) => 'sbp_' + r.hex(40));
def('PLANETSCALE_PASSWORD', [['planetscale', 'password'], ['database', 'password']], (r) => 'pscale_pw_' + r.chars(A + '-_', 43));
def('PLANETSCALE_TOKEN', [['planetscale', 'service', 'token']], (r) => 'pscale_tkn_' + r.chars(A + '-_', 43));
def('MONGODB_ATLAS_PRIVATE_KEY', [['atlas', 'private', 'key']], (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`);
def('SNOWFLAKE_PASSWORD', [['snowflake', 'password'], ['sf', 'password']], genPw);
// --- AI vendors
def('OPENAI_API_KEY', [['openai', 'api', 'key'], ['llm', 'api', 'key']], (r) => 'sk-proj-' + r.chars(A + '-_', 74) + 'T3BlbkFJ' + r.chars(A + '-_', 74));
def('OPENAI_LEGACY_KEY', [['openai', 'key']], (r) => 'sk-' + r.chars(A, 20) + 'T3BlbkFJ' + r.chars(A, 20));
def('OPENAI_ADMIN_KEY', [['openai', 'admin', 'key']], (r) => 'sk-admin-' + r.chars(A + '-_', 58) + 'T3BlbkFJ' + r.chars(A + '-_', 58));
def('ANTHROPIC_API_KEY', [['anthropic', 'api', 'key'], ['claude', 'api', 'key']], (r) => 'sk-ant-api03-' + r.chars(A + '-_', 93) + 'AA');
def('ANTHROPIC_ADMIN_KEY', [['anthropic', 'admin', 'key']], (r) => 'sk-ant-admin01-' + r.chars(A + '-_', 93) + 'AA');
def('HUGGINGFACE_TOKEN', [['hf', 'token'], ['hugging', 'face', 'hub', 'token']], (r) => 'hf_' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34));
def('OPENROUTER_API_KEY', [['openrouter', 'api', 'key']], (r) => 'sk-or-v1-' + r.hex(64));
def('GROQ_API_KEY', [['groq', 'api', 'key']], (r) => 'gsk_' + r.chars(A, 52));
def('REPLICATE_API_TOKEN', [['replicate', 'api', 'token']], (r) => 'r8_' + r.chars(A, 37));
def('PERPLEXITY_API_KEY', [['perplexity', 'api', 'key']], (r) => 'pplx-' + r.chars(A, 48));
def('XAI_API_KEY', [['xai', 'api', 'key'], ['grok', 'api', 'key']], (r) => 'xai-' + r.chars(A, 80));
def('DEEPSEEK_API_KEY', [['deepseek', 'api', 'key']], (r) => 'sk-' + r.hex(32));
def('MISTRAL_API_KEY', [['mistral', 'api', 'key']], pref('', A, 32));
def('COHERE_API_KEY', [['cohere', 'api', 'key'], ['co', 'api', 'key']], pref('', A, 40));
def('LANGSMITH_API_KEY', [['langsmith', 'api', 'key'], ['langchain', 'api', 'key']], (r) => 'lsv2_' + r.pick(['pt_', 'sk_']) + r.hex(32) + '_' + r.hex(10));
def('PINECONE_API_KEY', [['pinecone', 'api', 'key']], (r) => 'pcsk_' + r.chars(A, 5) + '_' + r.chars(A, 63));
def('ELEVENLABS_API_KEY', [['elevenlabs', 'api', 'key'], ['xi', 'api', 'key']], (r) => 'sk_' + r.hex(48));
def('WANDB_API_KEY', [['wandb', 'api', 'key']], (r) => r.hex(40));
// --- generic app secrets
def('JWT', [['id', 'token'], ['access', 'token'], ['jwt']], (r) => jwt(r));
def('JWT_SIGNING_SECRET', [['jwt', 'secret'], ['jwt', 'signing', 'key'], ['token', 'secret']], (r) => r.chars(A, r.pick([32, 48, 64])));
def('OAUTH_CLIENT_SECRET', [['client', 'secret'], ['oauth', 'client', 'secret'], ['oidc', 'client', 'secret']], pref('', A + '-_', 40));
def('OAUTH_REFRESH_TOKEN', [['refresh', 'token']], (r) => 'rt_' + r.chars(A + '-_', 48));
def('BEARER_TOKEN', [['api', 'token'], ['bearer', 'token'], ['auth', 'token']], (r) => r.chars(A, r.pick([32, 40, 48])));
def('API_KEY', [['api', 'key'], ['apikey'], ['x', 'api', 'key'], ['service', 'key']], (r) => r.pick(['', 'live_', 'prod_', 'ak_']) + r.chars(A, 32));
def('WEBHOOK_SIGNING_SECRET', [['webhook', 'secret'], ['signing', 'secret'], ['hmac', 'key']], (r) => r.pick(['', 'wh_', 'whsk_']) + r.hex(r.pick([32, 40, 64])));
def('SESSION_COOKIE', [['session'], ['sessionid'], ['connect', 'sid']], (r) => r.pick([() => r.lower(32), () => 's%3A' + r.chars(A + '-_', 32) + '.' + r.chars(A, 43), () => r.b64url(48)])());
def('SESSION_SECRET', [['session', 'secret'], ['cookie', 'secret']], (r) => r.chars(A, 48));
def('ENCRYPTION_KEY', [['encryption', 'key'], ['aes', 'key'], ['data', 'key'], ['master', 'key']], (r) => r.chance(0.5) ? r.hex(64) : r.b64(32));
def('DJANGO_SECRET_KEY', [['django', 'secret', 'key'], ['secret', 'key']], (r) => 'django-insecure-' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789!^&*(-_=+)', 50));
def('RAILS_SECRET_KEY_BASE', [['secret', 'key', 'base']], (r) => r.hex(128));
def('RAILS_MASTER_KEY', [['rails', 'master', 'key']], (r) => r.hex(32));
def('LARAVEL_APP_KEY', [['app', 'key']], (r) => 'base64:' + r.b64(32));
def('NEXTAUTH_SECRET', [['nextauth', 'secret'], ['auth', 'secret']], (r) => r.b64(32));
def('FLASK_SECRET_KEY', [['flask', 'secret', 'key']], (r) => r.hex(48));
def('ASPNET_MACHINE_KEY', [['validation', 'key'], ['decryption', 'key']], (r) => r.HEX(64));
def('SOPS_AGE_SECRET_KEY', [['sops', 'age', 'key']], (r) => 'AGE-SECRET-KEY-1' + r.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
def('WIREGUARD_PRIVATE_KEY', [['private', 'key'], ['wg', 'private', 'key']], (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); });
def('TOTP_SEED', [['totp', 'secret'], ['mfa', 'seed'], ['otp', 'secret']], (r) => r.chars(B32, 32));
def('ONE_TIME_CODE', [['otp'], ['verification', 'code']], (r) => r.digits(6));
def('RECOVERY_CODE', [['recovery', 'code'], ['backup', 'code']], (r) => r.lower(5) + '-' + r.lower(5));
def('BASIC_AUTH', [['authorization']], (r) => Buffer.from(r.pick(['deploy', 'ci', 'admin', 'svc-metrics', 'jenkins', 'grafana']) + ':' + genPw(r)).toString('base64'));
def('DOCKER_AUTH', [['auth']], (r) => Buffer.from(r.pick(['ci-bot', 'robot$builder', 'deploy', 'AWS', 'oauth2accesstoken']) + ':' + genPw(r, 24)).toString('base64'));
def('K8S_SECRET_DATA', [['password'], ['api-key'], ['token']], (r) => Buffer.from(genPw(r)).toString('base64'));
// --- passwords by service (configs, URLs, CLI)
const PW = [
  ['DATABASE_PASSWORD', [['db', 'password'], ['database', 'password'], ['datasource', 'password'], ['db', 'pass']]],
  ['POSTGRES_PASSWORD', [['postgres', 'password'], ['pg', 'password'], ['pgpassword']]],
  ['MYSQL_PASSWORD', [['mysql', 'password'], ['mysql', 'root', 'password']]],
  ['MSSQL_PASSWORD', [['sa', 'password'], ['mssql', 'password']]],
  ['ORACLE_PASSWORD', [['oracle', 'password']]],
  ['MONGODB_PASSWORD', [['mongo', 'password'], ['mongodb', 'password']]],
  ['REDIS_PASSWORD', [['redis', 'password'], ['requirepass']]],
  ['RABBITMQ_PASSWORD', [['rabbitmq', 'password'], ['amqp', 'password']]],
  ['KAFKA_SASL_PASSWORD', [['sasl', 'password'], ['kafka', 'password']]],
  ['ELASTICSEARCH_PASSWORD', [['elastic', 'password'], ['es', 'password']]],
  ['CLICKHOUSE_PASSWORD', [['clickhouse', 'password']]],
  ['CASSANDRA_PASSWORD', [['cassandra', 'password']]],
  ['NEO4J_PASSWORD', [['neo4j', 'password']]],
  ['INFLUXDB_TOKEN', [['influx', 'token']]],
  ['NATS_PASSWORD', [['nats', 'password']]],
  ['MQTT_PASSWORD', [['mqtt', 'password']]],
  ['LDAP_BIND_PASSWORD', [['bind', 'password'], ['ldap', 'bind', 'password']]],
  ['SMTP_PASSWORD', [['smtp', 'password'], ['mail', 'password']]],
  ['FTP_PASSWORD', [['ftp', 'password'], ['sftp', 'password']]],
  ['KEYSTORE_PASSWORD', [['keystore', 'password'], ['store', 'password'], ['key', 'password']]],
  ['SSH_PASSWORD', [['ssh', 'password']]],
  ['SSH_KEY_PASSPHRASE', [['ssh', 'passphrase'], ['key', 'passphrase']]],
  ['GPG_PASSPHRASE', [['gpg', 'passphrase'], ['signing', 'passphrase']]],
  ['ANSIBLE_VAULT_PASSWORD', [['vault', 'password'], ['ansible', 'vault', 'password']]],
  ['VPN_PRESHARED_KEY', [['psk'], ['pre', 'shared', 'key']]],
  ['WIFI_PASSWORD', [['wifi', 'password'], ['wpa', 'passphrase']]],
  ['ADMIN_PASSWORD', [['admin', 'password'], ['grafana', 'admin', 'password'], ['root', 'password']]],
  ['REGISTRY_PASSWORD', [['registry', 'password'], ['docker', 'password']]],
  ['PROXY_PASSWORD', [['proxy', 'password'], ['http', 'proxy', 'password']]],
  ['JENKINS_API_TOKEN', [['jenkins', 'token'], ['jenkins', 'api', 'token']]],
  ['MINIO_SECRET_KEY', [['minio', 'secret', 'key'], ['minio', 'root', 'password']]],
  ['ARGOCD_ADMIN_PASSWORD', [['argocd', 'admin', 'password']]],
  ['KEYCLOAK_ADMIN_PASSWORD', [['keycloak', 'admin', 'password'], ['kc', 'bootstrap', 'admin', 'password']]],
  ['USER_PASSWORD', [['password'], ['passwd'], ['pwd']]],
];
for (const [n, w] of PW) def(n, w, (r) => (n === 'INFLUXDB_TOKEN' ? r.b64(64) : n === 'JENKINS_API_TOKEN' ? '11' + r.hex(32) : r.chance(0.35) ? humanPw(r) : genPw(r)));
// private keys
for (const k of ['rsa', 'pkcs8_ed25519', 'pkcs8_ec', 'pkcs8_rsa', 'ec', 'dsa', 'encrypted', 'openssh', 'pgp']) def('PRIVATE_KEY_' + k.toUpperCase(), [['private', 'key'], ['ssh', 'key'], ['signing', 'key'], ['tls', 'key']], PEMKEY[k]);

export const SECRETS = S;
export const KIND_NAMES = Object.keys(S);
export function genSecret(r, kind) { let v; do { v = S[kind].g(r); } while (/example/i.test(v)); return v; }
export const LOCAL_PW = { de: 'passwort', fr: 'mot_de_passe', es: 'contrasena', pt: 'senha', it: 'parola_chiave', nl: 'wachtwoord', pl: 'haslo', tr: 'sifre', sv: 'losenord', cs: 'heslo', id: 'kata_sandi', vi: 'mat_khau', fi: 'salasana', ru: 'пароль', ja: 'パスワード' };
export function keyName(r, words, style) {
  const w = words.map(x => x.toLowerCase());
  style = style ?? r.pick(['snake', 'SCREAM', 'camel', 'kebab', 'dotted', 'Pascal']);
  const cap = (x) => x[0].toUpperCase() + x.slice(1);
  switch (style) {
    case 'snake': return w.join('_');
    case 'SCREAM': return w.join('_').toUpperCase();
    case 'camel': return w[0] + w.slice(1).map(cap).join('');
    case 'kebab': return w.join('-');
    case 'dotted': return w.join('.');
    default: return w.map(cap).join('');
  }
}
