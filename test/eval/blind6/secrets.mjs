// blind6: secret kinds — value generators, usual key names and prose descriptions.
import { A, chars, mixed, hex, int, pick, chance, bytes, b64, b64u, ghToken, pem, sshString, u32, wrap, segwit } from './lib.mjs';

const words = ['Harbor', 'Maple', 'Quartz', 'Falcon', 'Cobalt', 'Lantern', 'Meadow', 'Orbit', 'Pepper', 'Sierra', 'Tundra', 'Velvet', 'Walnut', 'Zephyr', 'Sommer', 'Fenêtre', 'Mariposa', 'Kirsche', 'Nebula', 'Copper'];
export function password() {
  const r = int(0, 3);
  if (r === 0) return pick(words) + int(10, 99) + pick(['!', '*', '.', '-', '_', '~']) + pick(words).toLowerCase() + int(1, 9);
  if (r === 1) return mixed(A.alnum + '!*-_.~', int(16, 28));
  if (r === 2) return mixed(A.alnum, int(20, 32));
  return pick(words) + pick(['-', '_', '.']) + mixed(A.alnum, 10) + pick(['!', '~', '*']);
}
const hs = (n) => hex(n);
function jwt(alg, payload, sigBytes) {
  const h = b64u(JSON.stringify({ alg, typ: 'JWT', ...(alg.startsWith('RS') && chance(0.6) ? { kid: hex(16) } : {}) }));
  return h + '.' + b64u(JSON.stringify(payload)) + '.' + b64u(bytes(sigBytes));
}
const now = () => 1760000000 + int(0, 40000000);
export function jwtGeneric() { const iat = now(); return jwt(pick(['HS256', 'RS256', 'ES256']), { sub: String(int(1000, 999999)), iat, exp: iat + pick([900, 3600, 86400]), ...(chance(0.5) ? { scope: pick(['read:orders write:orders', 'admin', 'openid profile email']) } : {}) }, pick([32, 256, 64])); }
function k8sSaToken() { const iat = now(); return jwt('RS256', { aud: ['https://kubernetes.default.svc'], exp: iat + 31536000, iat, iss: 'https://oidc.eks.acme.example/id/' + hex(32).toUpperCase(), 'kubernetes.io': { namespace: pick(['payments', 'default', 'ci', 'ml-serving']), serviceaccount: { name: pick(['deployer', 'api', 'runner']), uid: uuid() } }, sub: 'system:serviceaccount:ci:deployer' }, 256); }
function supabaseService() { const iat = now(); return jwt('HS256', { iss: 'supabase', ref: chars(A.lower, 20), role: 'service_role', iat, exp: iat + 315360000 }, 32); }
export function uuid() { const h = hex(32).split(''); h[12] = '4'; h[16] = pick(['8', '9', 'a', 'b']); const s = h.join(''); return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`; }
function der(prefixHex, n) { return Buffer.concat([Buffer.from(prefixHex, 'hex'), bytes(n)]); }
export function rsaPem() { return pem('RSA PRIVATE KEY', der('308204a4020100028201010' + '0', 1180)); }
export function pkcs8Pem() { return pem('PRIVATE KEY', der('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 1180)); }
export function ecPem() { return pem('EC PRIVATE KEY', Buffer.concat([Buffer.from('30770201010420', 'hex'), bytes(32), Buffer.from('a00a06082a8648ce3d030107a14403420004', 'hex'), bytes(64)])); }
export function encPem() { return pem('ENCRYPTED PRIVATE KEY', der('308205263050', 1316)); }
export function opensshPem() {
  const pub = bytes(32); const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const chk = bytes(4); const comment = pick(['deploy@ci-runner-07', 'jlopez@laptop', 'backup@nas', 'root@bastion']);
  let priv = Buffer.concat([chk, chk, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([bytes(32), pub])), sshString(comment)]);
  let pad = 1; while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([pad++])]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32(1), sshString(pubBlob), sshString(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
function crc24(buf) { let crc = 0xb704ce; for (const x of buf) { crc ^= x << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }
export function pgpBlock() {
  const body = Buffer.concat([Buffer.from('9583', 'hex'), bytes(int(900, 1300))]); const c = Buffer.alloc(3); c.writeUIntBE(crc24(body), 0, 3);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(b64(body), 64)}\n=${b64(c)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
function ageKey() { return 'AGE-SECRET-KEY-1' + chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58); }

// name -> [generator, key names, prose description]
export const KINDS = {
  AWS_ACCESS_KEY_ID: [() => 'AKIA' + mixed(A.b32, 16), ['AWS_ACCESS_KEY_ID', 'S3_ACCESS_KEY'], 'AWS access key id'],
  AWS_TEMP_ACCESS_KEY_ID: [() => 'ASIA' + mixed(A.b32, 16), ['AWS_ACCESS_KEY_ID'], 'temporary AWS key id'],
  AWS_SECRET_ACCESS_KEY: [() => mixed(A.b64, 40), ['AWS_SECRET_ACCESS_KEY', 'S3_SECRET_KEY'], 'AWS secret key'],
  AWS_SESSION_TOKEN: [() => 'IQoJb3JpZ2luX2Vj' + mixed(A.b64, int(300, 380)), ['AWS_SESSION_TOKEN'], 'AWS session token'],
  GITHUB_PAT: [() => ghToken('ghp_'), ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'], 'GitHub personal access token'],
  GITHUB_OAUTH_TOKEN: [() => ghToken('gho_'), ['GITHUB_OAUTH_TOKEN'], 'GitHub OAuth token'],
  GITHUB_USER_TO_SERVER_TOKEN: [() => ghToken('ghu_'), ['GH_USER_TOKEN'], 'GitHub app user token'],
  GITHUB_APP_INSTALLATION_TOKEN: [() => ghToken('ghs_'), ['GITHUB_APP_TOKEN', 'GH_INSTALLATION_TOKEN'], 'GitHub installation token'],
  GITHUB_REFRESH_TOKEN: [() => ghToken('ghr_'), ['GITHUB_REFRESH_TOKEN'], 'GitHub refresh token'],
  GITHUB_FINE_GRAINED_PAT: [() => 'github_pat_11' + mixed(A.ualnum, 20) + '_' + mixed(A.alnum, 59), ['GITHUB_TOKEN', 'RELEASE_TOKEN'], 'fine-grained GitHub token'],
  GITLAB_PAT: [() => 'glpat-' + mixed(A.url, 20), ['GITLAB_TOKEN', 'CI_API_TOKEN'], 'GitLab personal access token'],
  GITLAB_RUNNER_TOKEN: [() => 'glrt-' + mixed(A.url, 20), ['RUNNER_TOKEN', 'CI_SERVER_TOKEN'], 'GitLab runner token'],
  GITLAB_DEPLOY_TOKEN: [() => 'gldt-' + mixed(A.url, 20), ['GITLAB_DEPLOY_TOKEN'], 'GitLab deploy token'],
  BITBUCKET_APP_PASSWORD: [() => 'ATBB' + mixed(A.alnum, 28) + hex(8).toUpperCase(), ['BITBUCKET_APP_PASSWORD'], 'Bitbucket app password'],
  SLACK_BOT_TOKEN: [() => `xoxb-${int(1e10, 9e12)}-${int(1e10, 9e12)}-${mixed(A.alnum, 24)}`, ['SLACK_BOT_TOKEN'], 'Slack bot token'],
  SLACK_USER_TOKEN: [() => `xoxp-${int(1e10, 9e12)}-${int(1e10, 9e12)}-${int(1e12, 9e12)}-${hs(32)}`, ['SLACK_USER_TOKEN'], 'Slack user token'],
  SLACK_APP_TOKEN: [() => `xapp-1-A${mixed(A.ualnum, 10)}-${int(1e12, 9e12)}-${hs(64)}`, ['SLACK_APP_TOKEN'], 'Slack app-level token'],
  SLACK_WEBHOOK_SECRET: [() => `T${mixed(A.ualnum, 8)}/B${mixed(A.ualnum, 10)}/${mixed(A.alnum, 24)}`, ['SLACK_WEBHOOK_PATH'], 'Slack webhook path'],
  STRIPE_SECRET_KEY: [() => 'sk_live_' + mixed(A.alnum, pick([24, 99])), ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], 'Stripe live secret key'],
  STRIPE_RESTRICTED_KEY: [() => 'rk_live_' + mixed(A.alnum, pick([24, 99])), ['STRIPE_RESTRICTED_KEY'], 'Stripe restricted key'],
  STRIPE_WEBHOOK_SECRET: [() => 'whsec_' + mixed(A.alnum, 32), ['STRIPE_WEBHOOK_SECRET'], 'Stripe webhook signing secret'],
  OPENAI_API_KEY: [() => 'sk-proj-' + mixed(A.url, 74) + 'T3BlbkFJ' + mixed(A.url, 74), ['OPENAI_API_KEY'], 'OpenAI project key'],
  OPENAI_LEGACY_KEY: [() => 'sk-' + mixed(A.alnum, 20) + 'T3BlbkFJ' + mixed(A.alnum, 20), ['OPENAI_API_KEY', 'OPENAI_KEY'], 'old OpenAI key'],
  OPENAI_SERVICE_ACCOUNT_KEY: [() => 'sk-svcacct-' + mixed(A.url, 74) + 'T3BlbkFJ' + mixed(A.url, 74), ['OPENAI_API_KEY'], 'OpenAI service account key'],
  ANTHROPIC_API_KEY: [() => 'sk-ant-api03-' + mixed(A.url, 93) + 'AA', ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], 'Anthropic API key'],
  ANTHROPIC_ADMIN_KEY: [() => 'sk-ant-admin01-' + mixed(A.url, 93) + 'AA', ['ANTHROPIC_ADMIN_KEY'], 'Anthropic admin key'],
  HUGGINGFACE_TOKEN: [() => 'hf_' + mixed(A.upper + A.lower, 34), ['HF_TOKEN', 'HUGGINGFACE_HUB_TOKEN'], 'Hugging Face token'],
  GROQ_API_KEY: [() => 'gsk_' + mixed(A.alnum, 52), ['GROQ_API_KEY'], 'Groq key'],
  REPLICATE_API_TOKEN: [() => 'r8_' + mixed(A.alnum, 37), ['REPLICATE_API_TOKEN'], 'Replicate token'],
  PERPLEXITY_API_KEY: [() => 'pplx-' + mixed(A.alnum, 48), ['PERPLEXITY_API_KEY'], 'Perplexity key'],
  XAI_API_KEY: [() => 'xai-' + mixed(A.alnum, 80), ['XAI_API_KEY'], 'xAI key'],
  GOOGLE_API_KEY: [() => 'AIza' + mixed(A.url, 35), ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'MAPS_API_KEY'], 'Google API key'],
  GOOGLE_OAUTH_CLIENT_SECRET: [() => 'GOCSPX-' + mixed(A.url, 28), ['GOOGLE_CLIENT_SECRET'], 'Google OAuth client secret'],
  GOOGLE_OAUTH_REFRESH_TOKEN: [() => '1//0' + mixed(A.url, 99), ['GOOGLE_REFRESH_TOKEN'], 'Google refresh token'],
  LANGSMITH_API_KEY: [() => `lsv2_pt_${hs(32)}_${hs(10)}`, ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], 'LangSmith key'],
  PINECONE_API_KEY: [() => `pcsk_${mixed(A.alnum, 6)}_${mixed(A.alnum, 63)}`, ['PINECONE_API_KEY'], 'Pinecone key'],
  WANDB_API_KEY: [() => hs(40), ['WANDB_API_KEY'], 'Weights & Biases key'],
  COHERE_API_KEY: [() => mixed(A.alnum, 40), ['COHERE_API_KEY', 'CO_API_KEY'], 'Cohere key'],
  MISTRAL_API_KEY: [() => mixed(A.alnum, 32), ['MISTRAL_API_KEY'], 'Mistral key'],
  ELEVENLABS_API_KEY: [() => 'sk_' + hs(48), ['ELEVENLABS_API_KEY', 'XI_API_KEY'], 'ElevenLabs key'],
  AZURE_STORAGE_ACCOUNT_KEY: [() => b64(bytes(64)), ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY'], 'Azure storage account key'],
  AZURE_CLIENT_SECRET: [() => mixed(A.alnum, 3) + int(1, 9) + 'Q~' + mixed(A.alnum + '_-.~', 34), ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'], 'Azure AD client secret'],
  AZURE_DEVOPS_PAT: [() => mixed(A.lower + '234567', 52), ['AZURE_DEVOPS_PAT', 'AZDO_PERSONAL_ACCESS_TOKEN'], 'Azure DevOps PAT'],
  AZURE_COSMOS_KEY: [() => b64(bytes(64)), ['COSMOS_KEY', 'AZURE_COSMOS_PRIMARY_KEY'], 'Cosmos DB key'],
  AZURE_SERVICE_BUS_KEY: [() => b64(bytes(32)), ['SERVICEBUS_SHARED_ACCESS_KEY'], 'Service Bus shared access key'],
  AZURE_OPENAI_KEY: [() => hs(32), ['AZURE_OPENAI_API_KEY'], 'Azure OpenAI key'],
  ALIBABA_ACCESS_KEY_ID: [() => 'LTAI5t' + mixed(A.alnum, 18), ['ALIBABA_CLOUD_ACCESS_KEY_ID'], 'Alibaba Cloud AccessKey id'],
  ALIBABA_ACCESS_KEY_SECRET: [() => mixed(A.alnum, 30), ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'], 'Alibaba Cloud AccessKey secret'],
  TENCENT_SECRET_ID: [() => 'AKID' + mixed(A.alnum, 32), ['TENCENTCLOUD_SECRET_ID'], 'Tencent Cloud SecretId'],
  TENCENT_SECRET_KEY: [() => mixed(A.alnum, 32), ['TENCENTCLOUD_SECRET_KEY'], 'Tencent Cloud SecretKey'],
  IBM_CLOUD_API_KEY: [() => mixed(A.url, 44), ['IBMCLOUD_API_KEY', 'IC_API_KEY'], 'IBM Cloud API key'],
  DIGITALOCEAN_TOKEN: [() => 'dop_v1_' + hs(64), ['DIGITALOCEAN_TOKEN', 'DO_API_TOKEN'], 'DigitalOcean token'],
  DIGITALOCEAN_SPACES_SECRET: [() => mixed(A.b64, 43), ['SPACES_SECRET_ACCESS_KEY'], 'Spaces secret'],
  HEROKU_API_KEY: [() => 'HRKU-AA' + mixed(A.url, 58), ['HEROKU_API_KEY'], 'Heroku API key'],
  CLOUDFLARE_API_TOKEN: [() => mixed(A.url, 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], 'Cloudflare API token'],
  CLOUDFLARE_GLOBAL_API_KEY: [() => hs(37), ['CLOUDFLARE_API_KEY', 'CF_API_KEY'], 'Cloudflare global key'],
  FASTLY_API_TOKEN: [() => mixed(A.url, 32), ['FASTLY_API_TOKEN'], 'Fastly token'],
  NETLIFY_TOKEN: [() => 'nfp_' + mixed(A.alnum, 36), ['NETLIFY_AUTH_TOKEN'], 'Netlify token'],
  VERCEL_TOKEN: [() => mixed(A.alnum, 24), ['VERCEL_TOKEN'], 'Vercel token'],
  FLY_IO_TOKEN: [() => 'FlyV1 fm2_' + mixed(A.b64, 180), ['FLY_API_TOKEN'], 'Fly.io token'],
  RENDER_API_KEY: [() => 'rnd_' + mixed(A.alnum, 32), ['RENDER_API_KEY'], 'Render key'],
  TERRAFORM_CLOUD_TOKEN: [() => mixed(A.alnum, 14) + '.atlasv1.' + mixed(A.alnum, 67), ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io'], 'Terraform Cloud token'],
  VAULT_TOKEN: [() => 'hvs.' + mixed(A.url, 24), ['VAULT_TOKEN'], 'Vault token'],
  VAULT_BATCH_TOKEN: [() => 'hvb.AAAAAQ' + mixed(A.url, 130), ['VAULT_TOKEN'], 'Vault batch token'],
  PULUMI_ACCESS_TOKEN: [() => 'pul-' + hs(40), ['PULUMI_ACCESS_TOKEN'], 'Pulumi token'],
  DOPPLER_TOKEN: [() => 'dp.st.' + pick(['prd', 'dev', 'stg']) + '.' + mixed(A.alnum, 43), ['DOPPLER_TOKEN'], 'Doppler service token'],
  DOCKER_HUB_PAT: [() => 'dckr_pat_' + mixed(A.url, 27), ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], 'Docker Hub token'],
  NPM_TOKEN: [() => 'npm_' + mixed(A.alnum, 36), ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], 'npm token'],
  RUBYGEMS_API_KEY: [() => 'rubygems_' + hs(48), ['GEM_HOST_API_KEY'], 'RubyGems key'],
  NUGET_API_KEY: [() => 'oy2' + mixed(A.lalnum, 43), ['NUGET_API_KEY'], 'NuGet key'],
  JFROG_API_KEY: [() => 'AKCp8' + mixed(A.alnum, 68), ['ARTIFACTORY_API_KEY', 'JFROG_API_KEY'], 'Artifactory API key'],
  SONARQUBE_TOKEN: [() => pick(['squ_', 'sqp_', 'sqa_']) + hs(40), ['SONAR_TOKEN'], 'SonarQube token'],
  CIRCLECI_TOKEN: [() => 'CCIPAT_' + mixed(A.alnum, 22) + '_' + hs(40), ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'], 'CircleCI token'],
  BUILDKITE_TOKEN: [() => 'bkua_' + hs(40), ['BUILDKITE_API_TOKEN'], 'Buildkite token'],
  SNYK_TOKEN: [() => hs(8) + '-' + hs(4) + '-' + hs(4) + '-' + hs(4) + '-' + hs(12), ['SNYK_TOKEN'], 'Snyk token'],
  CODECOV_TOKEN: [() => uuid(), ['CODECOV_TOKEN'], 'Codecov upload token'],
  DATADOG_API_KEY: [() => hs(32), ['DD_API_KEY', 'DATADOG_API_KEY'], 'Datadog API key'],
  DATADOG_APP_KEY: [() => hs(40), ['DD_APP_KEY', 'DATADOG_APP_KEY'], 'Datadog application key'],
  NEW_RELIC_LICENSE_KEY: [() => hs(36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY'], 'New Relic license key'],
  NEW_RELIC_USER_KEY: [() => 'NRAK-' + mixed(A.ualnum, 27), ['NEW_RELIC_API_KEY'], 'New Relic user key'],
  SENTRY_AUTH_TOKEN: [() => 'sntryu_' + hs(64), ['SENTRY_AUTH_TOKEN'], 'Sentry auth token'],
  GRAFANA_SERVICE_ACCOUNT_TOKEN: [() => 'glsa_' + mixed(A.alnum, 32) + '_' + hs(8), ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], 'Grafana service account token'],
  GRAFANA_CLOUD_TOKEN: [() => 'glc_' + b64(JSON.stringify({ o: String(int(100000, 999999)), n: 'stack-' + int(100000, 999999) + '-hm-write', k: mixed(A.alnum, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, ''), ['GRAFANA_CLOUD_API_KEY'], 'Grafana Cloud token'],
  DYNATRACE_TOKEN: [() => 'dt0c01.' + mixed(A.ualnum, 24) + '.' + mixed(A.ualnum, 64), ['DT_API_TOKEN'], 'Dynatrace token'],
  HONEYCOMB_API_KEY: [() => 'hcaik_01' + mixed(A.lalnum, 56), ['HONEYCOMB_API_KEY'], 'Honeycomb ingest key'],
  POSTHOG_PERSONAL_KEY: [() => 'phx_' + mixed(A.alnum, 43), ['POSTHOG_PERSONAL_API_KEY'], 'PostHog personal key'],
  SENDGRID_API_KEY: [() => 'SG.' + mixed(A.url, 22) + '.' + mixed(A.url, 43), ['SENDGRID_API_KEY'], 'SendGrid key'],
  MAILGUN_API_KEY: [() => 'key-' + hs(32), ['MAILGUN_API_KEY'], 'Mailgun key'],
  MAILCHIMP_API_KEY: [() => hs(32) + '-us' + int(2, 21), ['MAILCHIMP_API_KEY'], 'Mailchimp key'],
  BREVO_API_KEY: [() => 'xkeysib-' + hs(64) + '-' + mixed(A.alnum, 16), ['BREVO_API_KEY', 'SENDINBLUE_API_KEY'], 'Brevo key'],
  RESEND_API_KEY: [() => 're_' + mixed(A.alnum, 8) + '_' + mixed(A.alnum, 24), ['RESEND_API_KEY'], 'Resend key'],
  POSTMARK_SERVER_TOKEN: [() => uuid(), ['POSTMARK_SERVER_TOKEN'], 'Postmark server token'],
  TWILIO_AUTH_TOKEN: [() => hs(32), ['TWILIO_AUTH_TOKEN'], 'Twilio auth token'],
  TWILIO_API_KEY_SECRET: [() => mixed(A.alnum, 32), ['TWILIO_API_SECRET'], 'Twilio API key secret'],
  SHOPIFY_ACCESS_TOKEN: [() => 'shpat_' + hs(32), ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN'], 'Shopify admin token'],
  SHOPIFY_SHARED_SECRET: [() => 'shpss_' + hs(32), ['SHOPIFY_API_SECRET'], 'Shopify app secret'],
  SQUARE_ACCESS_TOKEN: [() => 'EAAA' + mixed(A.url, 60), ['SQUARE_ACCESS_TOKEN'], 'Square access token'],
  SQUARE_OAUTH_SECRET: [() => 'sq0csp-' + mixed(A.url, 43), ['SQUARE_APPLICATION_SECRET'], 'Square OAuth secret'],
  BRAINTREE_ACCESS_TOKEN: [() => `access_token$production$${mixed(A.lalnum, 16)}$${hs(32)}`, ['BRAINTREE_ACCESS_TOKEN'], 'Braintree token'],
  PAYPAL_CLIENT_SECRET: [() => 'E' + mixed(A.url, 79), ['PAYPAL_CLIENT_SECRET'], 'PayPal client secret'],
  RAZORPAY_KEY_SECRET: [() => mixed(A.alnum, 24), ['RAZORPAY_KEY_SECRET'], 'Razorpay key secret'],
  PLAID_SECRET: [() => hs(30), ['PLAID_SECRET'], 'Plaid secret'],
  ADYEN_API_KEY: [() => 'AQE' + mixed(A.url, 30) + '+' + mixed(A.b64, 60) + '=-' + mixed(A.url, 30), ['ADYEN_API_KEY'], 'Adyen API key'],
  MAPBOX_SECRET_TOKEN: [() => 'sk.' + b64u(JSON.stringify({ u: pick(['acme-maps', 'fleetco', 'geo-team']), a: mixed(A.lalnum, 25) })) + '.' + mixed(A.url, 22), ['MAPBOX_SECRET_TOKEN'], 'Mapbox secret token'],
  ALGOLIA_ADMIN_KEY: [() => hs(32), ['ALGOLIA_ADMIN_API_KEY'], 'Algolia admin key'],
  OKTA_API_TOKEN: [() => '00' + mixed(A.url, 40), ['OKTA_API_TOKEN'], 'Okta API token'],
  AUTH0_CLIENT_SECRET: [() => mixed(A.url, 64), ['AUTH0_CLIENT_SECRET'], 'Auth0 client secret'],
  FIREBASE_FCM_SERVER_KEY: [() => 'AAAA' + mixed(A.url, 7) + ':APA91b' + mixed(A.url, 134), ['FCM_SERVER_KEY'], 'FCM server key'],
  SUPABASE_SERVICE_ROLE_KEY: [supabaseService, ['SUPABASE_SERVICE_ROLE_KEY'], 'Supabase service role key'],
  SUPABASE_ACCESS_TOKEN: [() => 'sbp_' + hs(40), ['SUPABASE_ACCESS_TOKEN'], 'Supabase access token'],
  PLANETSCALE_PASSWORD: [() => 'pscale_pw_' + mixed(A.url, 43), ['DATABASE_PASSWORD'], 'PlanetScale password'],
  PLANETSCALE_TOKEN: [() => 'pscale_tkn_' + mixed(A.url, 43), ['PLANETSCALE_SERVICE_TOKEN'], 'PlanetScale service token'],
  DATABRICKS_TOKEN: [() => 'dapi' + hs(32), ['DATABRICKS_TOKEN'], 'Databricks token'],
  CONFLUENT_API_SECRET: [() => mixed(A.b64, 64), ['CONFLUENT_CLOUD_API_SECRET', 'KAFKA_API_SECRET'], 'Confluent Cloud secret'],
  ATLASSIAN_API_TOKEN: [() => 'ATATT3xFfGF0' + mixed(A.url, 170) + '=' + hex(8).toUpperCase(), ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], 'Atlassian API token'],
  LINEAR_API_KEY: [() => 'lin_api_' + mixed(A.alnum, 40), ['LINEAR_API_KEY'], 'Linear key'],
  NOTION_TOKEN: [() => 'ntn_' + int(10000000000, 99999999999) + mixed(A.alnum, 35), ['NOTION_TOKEN', 'NOTION_API_KEY'], 'Notion integration token'],
  AIRTABLE_PAT: [() => 'pat' + mixed(A.alnum, 14) + '.' + hs(64), ['AIRTABLE_API_KEY', 'AIRTABLE_PAT'], 'Airtable token'],
  FIGMA_PAT: [() => 'figd_' + mixed(A.url, 40), ['FIGMA_TOKEN'], 'Figma token'],
  ASANA_PAT: [() => `2/${int(1e15, 9e15)}/${int(1e15, 9e15)}:${hs(32)}`, ['ASANA_ACCESS_TOKEN'], 'Asana PAT'],
  HUBSPOT_PRIVATE_APP_TOKEN: [() => 'pat-' + pick(['na1', 'eu1']) + '-' + uuid(), ['HUBSPOT_ACCESS_TOKEN'], 'HubSpot private app token'],
  SALESFORCE_ACCESS_TOKEN: [() => '00D' + mixed(A.alnum, 12) + '!' + mixed(A.alnum + '.', 96), ['SF_ACCESS_TOKEN'], 'Salesforce session id'],
  ZENDESK_API_TOKEN: [() => mixed(A.alnum, 40), ['ZENDESK_API_TOKEN'], 'Zendesk token'],
  DISCORD_BOT_TOKEN: [() => b64u(String(int(1e17, 9e17))) + '.' + mixed(A.url, 6) + '.' + mixed(A.url, 38), ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'], 'Discord bot token'],
  TELEGRAM_BOT_TOKEN: [() => `${int(1e9, 8e9)}:AA${mixed(A.url, 33)}`, ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], 'Telegram bot token'],
  FACEBOOK_ACCESS_TOKEN: [() => 'EAAG' + mixed(A.alnum, 180), ['FB_PAGE_ACCESS_TOKEN'], 'Facebook page token'],
  TWITTER_BEARER_TOKEN: [() => 'AAAAAAAAAAAAAAAAAAAAA' + mixed(A.alnum, 25) + '%3D' + mixed(A.alnum, 50), ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], 'X/Twitter bearer token'],
  DROPBOX_ACCESS_TOKEN: [() => 'sl.B' + mixed(A.url, 136), ['DROPBOX_ACCESS_TOKEN'], 'Dropbox token'],
  NGROK_AUTHTOKEN: [() => '2' + mixed(A.alnum, 26) + '_' + mixed(A.alnum, 21), ['NGROK_AUTHTOKEN'], 'ngrok authtoken'],
  TAILSCALE_AUTH_KEY: [() => 'tskey-auth-k' + mixed(A.alnum, 10) + 'CNTRL-' + mixed(A.alnum, 33), ['TS_AUTHKEY'], 'Tailscale auth key'],
  ZOOM_CLIENT_SECRET: [() => mixed(A.alnum, 32), ['ZOOM_CLIENT_SECRET'], 'Zoom OAuth secret'],
  JWT: [jwtGeneric, ['ACCESS_TOKEN', 'API_JWT'], 'bearer JWT'],
  K8S_SERVICE_ACCOUNT_TOKEN: [k8sSaToken, ['K8S_TOKEN'], 'Kubernetes service account token'],
  JWT_SIGNING_SECRET: [() => mixed(A.alnum, 48), ['JWT_SECRET', 'JWT_SIGNING_KEY'], 'JWT HMAC secret'],
  RSA_PRIVATE_KEY: [rsaPem, ['TLS_KEY'], 'RSA private key'],
  PKCS8_PRIVATE_KEY: [pkcs8Pem, ['PRIVATE_KEY'], 'private key'],
  EC_PRIVATE_KEY: [ecPem, ['EC_KEY'], 'EC private key'],
  ENCRYPTED_PRIVATE_KEY: [encPem, ['ENC_KEY'], 'encrypted private key'],
  OPENSSH_PRIVATE_KEY: [opensshPem, ['SSH_PRIVATE_KEY', 'DEPLOY_KEY'], 'SSH private key'],
  PGP_PRIVATE_KEY: [pgpBlock, ['GPG_PRIVATE_KEY'], 'PGP private key'],
  AGE_SECRET_KEY: [ageKey, ['SOPS_AGE_KEY'], 'age secret key'],
  WIREGUARD_PRIVATE_KEY: [() => b64(bytes(32)), ['WG_PRIVATE_KEY'], 'WireGuard private key'],
  POSTGRES_PASSWORD: [password, ['POSTGRES_PASSWORD', 'PGPASSWORD', 'DB_PASSWORD'], 'Postgres password'],
  MYSQL_PASSWORD: [password, ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD'], 'MySQL password'],
  MONGODB_PASSWORD: [password, ['MONGO_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD'], 'MongoDB password'],
  REDIS_PASSWORD: [password, ['REDIS_PASSWORD', 'REDIS_AUTH'], 'Redis password'],
  RABBITMQ_PASSWORD: [password, ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'], 'RabbitMQ password'],
  KAFKA_SASL_PASSWORD: [password, ['KAFKA_SASL_PASSWORD'], 'Kafka SASL password'],
  MSSQL_PASSWORD: [password, ['MSSQL_SA_PASSWORD', 'SQLSERVER_PASSWORD'], 'SQL Server password'],
  ORACLE_PASSWORD: [password, ['ORACLE_PASSWORD'], 'Oracle DB password'],
  CASSANDRA_PASSWORD: [password, ['CASSANDRA_PASSWORD'], 'Cassandra password'],
  ELASTICSEARCH_PASSWORD: [password, ['ELASTIC_PASSWORD', 'ES_PASSWORD'], 'Elasticsearch password'],
  CLICKHOUSE_PASSWORD: [password, ['CLICKHOUSE_PASSWORD'], 'ClickHouse password'],
  SNOWFLAKE_PASSWORD: [password, ['SNOWFLAKE_PASSWORD'], 'Snowflake password'],
  LDAP_BIND_PASSWORD: [password, ['LDAP_BIND_PASSWORD', 'LDAP_BIND_CREDENTIAL'], 'LDAP bind password'],
  SMTP_PASSWORD: [password, ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD'], 'SMTP password'],
  FTP_PASSWORD: [password, ['FTP_PASSWORD', 'SFTP_PASSWORD'], 'FTP password'],
  SSH_PASSWORD: [password, ['SSH_PASS'], 'SSH password'],
  ADMIN_PASSWORD: [password, ['ADMIN_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD'], 'admin password'],
  KEYSTORE_PASSWORD: [password, ['KEYSTORE_PASSWORD', 'TRUSTSTORE_PASSWORD'], 'Java keystore password'],
  ANSIBLE_VAULT_PASSWORD: [password, ['ANSIBLE_VAULT_PASSWORD'], 'Ansible vault password'],
  WIFI_PSK: [password, ['WIFI_PSK'], 'Wi-Fi passphrase'],
  REGISTRY_PASSWORD: [password, ['REGISTRY_PASSWORD', 'CI_REGISTRY_PASSWORD'], 'container registry password'],
  BASIC_AUTH_CREDENTIALS: [() => b64(pick(['deploy', 'svc-ci', 'admin', 'metrics', 'jenkins']) + ':' + password()), ['BASIC_AUTH'], 'basic-auth header'],
  DOCKER_CONFIG_AUTH: [() => b64(pick(['ci-bot', 'acme', 'deployer']) + ':' + password()), ['DOCKER_AUTH'], 'docker auth'],
  DJANGO_SECRET_KEY: [() => 'django-insecure-' + mixed(A.lalnum + '!#$%^&*(-_=+)', 50).replace(/[\\'"$`#]/g, 'x'), ['DJANGO_SECRET_KEY', 'SECRET_KEY'], 'Django secret key'],
  RAILS_SECRET_KEY_BASE: [() => hs(128), ['SECRET_KEY_BASE'], 'Rails secret_key_base'],
  RAILS_MASTER_KEY: [() => hs(32), ['RAILS_MASTER_KEY'], 'Rails master key'],
  LARAVEL_APP_KEY: [() => 'base64:' + b64(bytes(32)), ['APP_KEY'], 'Laravel APP_KEY'],
  NEXTAUTH_SECRET: [() => b64(bytes(32)), ['NEXTAUTH_SECRET', 'AUTH_SECRET'], 'NextAuth secret'],
  SESSION_SECRET: [() => mixed(A.alnum, 40), ['SESSION_SECRET', 'COOKIE_SECRET'], 'session secret'],
  FLASK_SECRET_KEY: [() => hs(48), ['FLASK_SECRET_KEY'], 'Flask secret key'],
  ENCRYPTION_KEY: [() => hs(64), ['ENCRYPTION_KEY', 'DATA_KEY', 'AES_KEY'], 'AES-256 key'],
  WEBHOOK_SECRET: [() => mixed(A.alnum, 32), ['WEBHOOK_SECRET', 'GITHUB_WEBHOOK_SECRET'], 'webhook secret'],
  OAUTH_CLIENT_SECRET: [() => mixed(A.url, 40), ['OAUTH_CLIENT_SECRET', 'OIDC_CLIENT_SECRET'], 'OAuth client secret'],
  GENERIC_API_KEY: [() => mixed(A.alnum, pick([32, 40, 48])), ['API_KEY', 'PARTNER_API_KEY', 'INTERNAL_API_KEY'], 'API key'],
  TOTP_SEED: [() => mixed(A.b32, 32), ['TOTP_SECRET', 'MFA_SEED'], '2FA seed'],
  MINIO_SECRET_KEY: [() => mixed(A.alnum, 40), ['MINIO_SECRET_KEY', 'MINIO_ROOT_PASSWORD'], 'MinIO secret key'],
  CONSUL_GOSSIP_KEY: [() => b64(bytes(32)), ['CONSUL_ENCRYPT'], 'Consul gossip key'],
  NATS_NKEY_SEED: [() => 'SU' + mixed(A.b32, 56), ['NATS_NKEY_SEED'], 'NATS nkey seed'],
};
export const KIND_NAMES = Object.keys(KINDS);
export const gen = (name) => KINDS[name][0]();
export const keysOf = (name) => KINDS[name][1];
export const descOf = (name) => KINDS[name][2];
// kinds whose values are multi-line (PEM) — rendered only where the syntax allows it
export const MULTILINE = new Set(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY']);
