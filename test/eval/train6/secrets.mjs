// train6 secret generators: format-valid, random, never real.
import { shuffle, int, pick, chance, str, hex, digits, b62, b64, b64u, bytes, pad, wrap, base62, crc32, crc24, DIG, UP, LO, B62, B32, B64U, HEX } from './lib.mjs';

export function ghToken(prefix) { const body = b62(30); return prefix + '_' + body + base62(crc32(body), 6); }
const WORDS = ['maple', 'harbor', 'kettle', 'falcon', 'orbit', 'cactus', 'lantern', 'meadow', 'copper', 'violet', 'pepper', 'tundra', 'walrus', 'saffron', 'quartz', 'ember', 'juniper', 'mosaic', 'pixel', 'nimbus', 'otter', 'granite', 'bamboo', 'zephyr', 'marble', 'cobalt', 'Sonnen', 'Blume', 'Invierno', 'Luna', 'Sakura', 'Nordlys'];
const SYM = '!*-_.^~+=';
export function password(kind) {
  const k = kind ?? int(0, 5);
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  switch (k) {
    case 0: return str(B62 + SYM, int(14, 22));
    case 1: return cap(pick(WORDS)) + pick(SYM) + cap(pick(WORDS)) + digits(int(2, 4));
    case 2: return pick(WORDS) + '-' + pick(WORDS) + '-' + pick(WORDS) + '-' + digits(2);
    case 3: return cap(pick(WORDS)) + pick(['2023', '2024', '2025', '2026', '#1', '99']) + pick(SYM) + str(UP + DIG, 3);
    case 4: return str(B62, int(20, 32));
    default: return str(LO, 2) + str(DIG, 2) + pick(SYM) + str(UP, 2) + str(B62, int(8, 12)) + pick(SYM);
  }
}
export const pwUrl = () => password(pick([0, 1, 2, 3, 4, 5])).replace(/[+=^~!*]/g, () => pick(['-', '_', '.', 'Q', '7']));
function jwt(payload, alg = 'HS256') {
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: hex(16) } : {}) })).toString('base64url');
  const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return h + '.' + p + '.' + b64u(alg === 'HS256' ? 32 : 256);
}
const now = 1764900000;
export function jwtUser() { const iat = now - int(0, 9e6); return jwt(pick([{ sub: 'usr_' + b62(12), name: pick(['ops-bot', 'svc-billing', 'ci-runner']), role: pick(['admin', 'service', 'editor']), iat, exp: iat + 86400 }, { iss: 'https://auth.acme.example/', aud: 'api://orders', sub: digits(9), scope: 'orders:write payments:read', iat, exp: iat + 3600 }, { user_id: int(1000, 99999), email_verified: true, org: 'northwind', iat }]), pick(['HS256', 'RS256', 'ES256'])); }
export function jwtK8s() { const iat = now - int(0, 9e6); return jwt({ aud: ['https://k8s-api.acme.example'], exp: iat + 31536000, iat, iss: 'https://k8s-api.acme.example', 'kubernetes.io': { namespace: pick(['payments', 'default', 'ci']), serviceaccount: { name: pick(['deployer', 'argocd-manager', 'builder']), uid: uuidLike() } }, sub: 'system:serviceaccount:ci:deployer' }, 'RS256'); }
export function jwtSupabase() { const iat = now - int(0, 9e6); return jwt({ iss: 'supabase', ref: str(LO, 20), role: 'service_role', iat, exp: iat + 315360000 }); }
export function uuidLike() { const h = hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
// ---- PEM private keys ----
function pemBody(prefixHex, total) { const p = Buffer.from(prefixHex, 'hex'); return Buffer.concat([p, bytes(total - p.length)]); }
export function rsaKey(bits = pick([2048, 2048, 3072, 4096])) {
  const [pre, tot] = bits === 2048 ? ['308204a40201000282010100', 1192] : bits === 3072 ? ['308206e30201000282018100', 1767] : ['308209280201000282020100', 2348];
  return '-----BEGIN RSA PRIVATE KEY-----\n' + wrap(pemBody(pre, tot).toString('base64'), 64) + '\n-----END RSA PRIVATE KEY-----';
}
export function pkcs8Key() { return '-----BEGIN PRIVATE KEY-----\n' + wrap(pemBody('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 1217).toString('base64'), 64) + '\n-----END PRIVATE KEY-----'; }
export function ecKey() { const b = Buffer.concat([Buffer.from('307702010104', 'hex'), Buffer.from([0x20]), bytes(32), Buffer.from('a00a06082a8648ce3d030107a14403420004', 'hex'), bytes(64)]); return '-----BEGIN EC PRIVATE KEY-----\n' + wrap(b.toString('base64'), 64) + '\n-----END EC PRIVATE KEY-----'; }
const sshStr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
export function opensshKey() {
  const pub = bytes(32), priv = bytes(32); const ck = bytes(4);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  let privSec = Buffer.concat([ck, ck, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(pick(['deploy@ci-runner', 'root@bastion', 'm.okafor@laptop', 'build']))]);
  let i = 1; const padl = []; while ((privSec.length + padl.length) % 8) padl.push(i++); privSec = Buffer.concat([privSec, Buffer.from(padl)]);
  const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(privSec)]);
  return '-----BEGIN OPENSSH PRIVATE KEY-----\n' + wrap(all.toString('base64'), 70) + '\n-----END OPENSSH PRIVATE KEY-----';
}
export function pgpKey() { const body = Buffer.concat([Buffer.from('9503c6', 'hex'), bytes(int(900, 1100))]); const c = Buffer.alloc(3); c.writeUIntBE(crc24(body), 0, 3); return '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + wrap(body.toString('base64'), 64) + '\n=' + c.toString('base64') + '\n-----END PGP PRIVATE KEY BLOCK-----'; }
export function anyPem() { return pick([rsaKey, pkcs8Key, ecKey, opensshKey, pgpKey])(); }
// ---- AWS ----
export const awsKeyId = (p = 'AKIA') => p + str(B32.replace(/[01]/g, ''), 16);
export const awsSecret = () => str(B62 + '+/', 40);
export const awsSession = () => 'IQoJb3JpZ2luX2Vj' + str(B62 + '+/', int(300, 420)) + '==';
// ---- the catalogue: entity, generator, env names, description ----
const L_ = LO + DIG;
export const KINDS = [
  ['GITHUB_PAT', () => ghToken('ghp'), ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'], 'GitHub personal access token'],
  ['GITHUB_OAUTH_TOKEN', () => ghToken('gho'), ['GITHUB_OAUTH_TOKEN', 'GH_OAUTH'], 'GitHub OAuth token'],
  ['GITHUB_USER_TO_SERVER_TOKEN', () => ghToken('ghu'), ['GH_USER_TOKEN'], 'GitHub app user token'],
  ['GITHUB_APP_INSTALLATION_TOKEN', () => ghToken('ghs'), ['GITHUB_APP_TOKEN', 'GH_INSTALLATION_TOKEN'], 'GitHub installation token'],
  ['GITHUB_REFRESH_TOKEN', () => ghToken('ghr'), ['GH_REFRESH_TOKEN'], 'GitHub refresh token'],
  ['GITHUB_FINE_GRAINED_PAT', () => 'github_pat_' + str(UP + DIG, 22) + '_' + b62(59), ['GITHUB_FG_TOKEN', 'GH_PAT'], 'fine-grained GitHub token'],
  ['AWS_ACCESS_KEY_ID', () => awsKeyId('AKIA'), ['AWS_ACCESS_KEY_ID'], 'AWS access key id'],
  ['AWS_TEMP_ACCESS_KEY_ID', () => awsKeyId('ASIA'), ['AWS_ACCESS_KEY_ID'], 'temporary AWS key id'],
  ['AWS_SECRET_ACCESS_KEY', awsSecret, ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key'], 'AWS secret key'],
  ['AWS_SESSION_TOKEN', awsSession, ['AWS_SESSION_TOKEN'], 'AWS session token'],
  ['SLACK_BOT_TOKEN', () => `xoxb-${digits(12)}-${digits(13)}-${b62(24)}`, ['SLACK_BOT_TOKEN'], 'Slack bot token'],
  ['SLACK_USER_TOKEN', () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`, ['SLACK_USER_TOKEN'], 'Slack user token'],
  ['SLACK_APP_TOKEN', () => `xapp-1-A${str(UP + DIG, 10)}-${digits(13)}-${hex(64)}`, ['SLACK_APP_TOKEN'], 'Slack socket-mode app token'],
  ['STRIPE_SECRET_KEY', () => 'sk_live_' + b62(pick([24, 99])), ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], 'Stripe live secret key'],
  ['STRIPE_RESTRICTED_KEY', () => 'rk_live_' + b62(pick([24, 99])), ['STRIPE_RESTRICTED_KEY'], 'Stripe restricted key'],
  ['STRIPE_WEBHOOK_SECRET', () => 'whsec_' + b62(32), ['STRIPE_WEBHOOK_SECRET'], 'Stripe webhook signing secret'],
  ['OPENAI_API_KEY', () => 'sk-proj-' + str(B62 + '-_', 74) + 'T3BlbkFJ' + str(B62 + '-_', 74), ['OPENAI_API_KEY'], 'OpenAI project key'],
  ['OPENAI_LEGACY_KEY', () => 'sk-' + b62(20) + 'T3BlbkFJ' + b62(20), ['OPENAI_KEY'], 'old OpenAI key'],
  ['OPENAI_SERVICE_ACCOUNT_KEY', () => 'sk-svcacct-' + str(B62 + '-_', 74) + 'T3BlbkFJ' + str(B62 + '-_', 74), ['OPENAI_API_KEY'], 'OpenAI service-account key'],
  ['ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + str(B62 + '-_', 93) + 'AA', ['ANTHROPIC_API_KEY'], 'Anthropic API key'],
  ['ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + str(B62 + '-_', 93) + 'AA', ['ANTHROPIC_ADMIN_KEY'], 'Anthropic admin key'],
  ['HUGGINGFACE_TOKEN', () => 'hf_' + str(UP + LO, 34), ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], 'Hugging Face token'],
  ['GITLAB_PAT', () => 'glpat-' + str(B62 + '-_', 20), ['GITLAB_TOKEN', 'CI_JOB_PAT'], 'GitLab personal access token'],
  ['GITLAB_RUNNER_TOKEN', () => 'glrt-' + str(B62 + '-_', 20), ['RUNNER_TOKEN'], 'GitLab runner token'],
  ['GITLAB_DEPLOY_TOKEN', () => 'gldt-' + str(B62 + '-_', 20), ['GITLAB_DEPLOY_TOKEN'], 'GitLab deploy token'],
  ['NPM_TOKEN', () => 'npm_' + b62(36), ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], 'npm automation token'],
  ['PYPI_TOKEN', () => 'pypi-' + Buffer.concat([Buffer.from('0201', 'hex'), Buffer.from('\x08pkgs.acme.example'), bytes(int(90, 120))]).toString('base64url'), ['TWINE_PASSWORD', 'PYPI_API_TOKEN'], 'package index upload token'],
  ['DOCKER_HUB_PAT', () => 'dckr_pat_' + str(B62 + '-_', 27), ['DOCKER_PASSWORD', 'DOCKERHUB_TOKEN'], 'Docker access token'],
  ['JWT', jwtUser, ['API_JWT', 'ACCESS_TOKEN', 'AUTH_TOKEN'], 'JWT'],
  ['K8S_SERVICE_ACCOUNT_TOKEN', jwtK8s, ['KUBE_TOKEN', 'K8S_TOKEN'], 'service-account token'],
  ['SUPABASE_SERVICE_ROLE_KEY', jwtSupabase, ['SUPABASE_SERVICE_ROLE_KEY'], 'Supabase service-role key'],
  ['RSA_PRIVATE_KEY', rsaKey, ['TLS_KEY', 'JWT_PRIVATE_KEY'], 'RSA private key'],
  ['PKCS8_PRIVATE_KEY', pkcs8Key, ['SIGNING_KEY', 'PRIVATE_KEY'], 'private key'],
  ['EC_PRIVATE_KEY', ecKey, ['EC_KEY', 'APNS_KEY'], 'EC private key'],
  ['OPENSSH_PRIVATE_KEY', opensshKey, ['DEPLOY_KEY', 'SSH_PRIVATE_KEY'], 'SSH deploy key'],
  ['PGP_PRIVATE_KEY', pgpKey, ['GPG_PRIVATE_KEY', 'SIGNING_GPG_KEY'], 'GPG signing key'],
  ['SENDGRID_API_KEY', () => 'SG.' + str(B62 + '-_', 22) + '.' + str(B62 + '-_', 43), ['SENDGRID_API_KEY'], 'SendGrid key'],
  ['TWILIO_AUTH_TOKEN', () => hex(32), ['TWILIO_AUTH_TOKEN'], 'Twilio auth token'],
  ['TWILIO_API_KEY_SECRET', () => b62(32), ['TWILIO_API_SECRET'], 'Twilio API key secret'],
  ['MAILGUN_API_KEY', () => 'key-' + hex(32), ['MAILGUN_API_KEY'], 'Mailgun key'],
  ['MAILCHIMP_API_KEY', () => hex(32) + '-us' + int(2, 21), ['MAILCHIMP_API_KEY'], 'Mailchimp key'],
  ['GOOGLE_API_KEY', () => 'AIza' + str(B62 + '-_', 35), ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'FIREBASE_API_KEY'], 'Google API key'],
  ['GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + str(B62 + '-_', 28), ['GOOGLE_CLIENT_SECRET'], 'Google OAuth client secret'],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', () => '1//0' + str(B62 + '-_', 99), ['GOOGLE_REFRESH_TOKEN'], 'Google refresh token'],
  ['AZURE_STORAGE_ACCOUNT_KEY', () => b64(64), ['AZURE_STORAGE_KEY', 'AccountKey'], 'Azure storage account key'],
  ['AZURE_CLIENT_SECRET', () => str(B62, 3) + '8Q~' + str(B62 + '._~-', 34), ['AZURE_CLIENT_SECRET'], 'Azure app client secret'],
  ['AZURE_DEVOPS_PAT', () => str('abcdefghijklmnopqrstuvwxyz234567', 52), ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT'], 'Azure DevOps PAT'],
  ['AZURE_SAS_SIGNATURE', () => encodeURIComponent(b64(32)), ['AZURE_SAS'], 'SAS signature'],
  ['AZURE_SERVICE_BUS_KEY', () => b64(32), ['SERVICEBUS_KEY'], 'Service Bus shared access key'],
  ['SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + hex(32), ['SHOPIFY_ACCESS_TOKEN'], 'Shopify admin token'],
  ['SHOPIFY_SHARED_SECRET', () => 'shpss_' + hex(32), ['SHOPIFY_API_SECRET'], 'Shopify app secret'],
  ['DATADOG_API_KEY', () => hex(32), ['DD_API_KEY', 'DATADOG_API_KEY'], 'Datadog API key'],
  ['DATADOG_APP_KEY', () => hex(40), ['DD_APP_KEY'], 'Datadog application key'],
  ['NEW_RELIC_LICENSE_KEY', () => hex(36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY'], 'New Relic license key'],
  ['NEW_RELIC_USER_KEY', () => 'NRAK-' + str(UP + DIG, 27), ['NEW_RELIC_API_KEY'], 'New Relic user key'],
  ['SENTRY_AUTH_TOKEN', () => 'sntryu_' + hex(64), ['SENTRY_AUTH_TOKEN'], 'Sentry auth token'],
  ['DIGITALOCEAN_TOKEN', () => 'dop_v1_' + hex(64), ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], 'DigitalOcean token'],
  ['HEROKU_API_KEY', () => 'HRKU-AA' + str(B62 + '-_', 58), ['HEROKU_API_KEY'], 'Heroku key'],
  ['CLOUDFLARE_API_TOKEN', () => str(B62 + '-_', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], 'Cloudflare API token'],
  ['VAULT_TOKEN', () => 'hvs.' + str(B62 + '-_', 91), ['VAULT_TOKEN'], 'Vault token'],
  ['TERRAFORM_CLOUD_TOKEN', () => str(B62, 14) + '.atlasv1.' + str(B62, 67), ['TF_TOKEN_app_terraform_example', 'TFC_TOKEN'], 'Terraform Cloud token'],
  ['PULUMI_ACCESS_TOKEN', () => 'pul-' + hex(40), ['PULUMI_ACCESS_TOKEN'], 'Pulumi token'],
  ['LINEAR_API_KEY', () => 'lin_api_' + b62(40), ['LINEAR_API_KEY'], 'Linear key'],
  ['NOTION_TOKEN', () => 'ntn_' + digits(11) + b62(35), ['NOTION_TOKEN'], 'Notion integration token'],
  ['DISCORD_BOT_TOKEN', () => Buffer.from(digits(19)).toString('base64').replace(/=+$/, '') + '.' + str(B62 + '-_', 6) + '.' + str(B62 + '-_', 38), ['DISCORD_TOKEN'], 'Discord bot token'],
  ['TELEGRAM_BOT_TOKEN', () => int(1e9, 8e9) + ':AA' + str(B62 + '-_', 33), ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], 'Telegram bot token'],
  ['SQUARE_ACCESS_TOKEN', () => 'EAAA' + str(B62 + '-_', 60), ['SQUARE_ACCESS_TOKEN'], 'Square token'],
  ['PAYPAL_CLIENT_SECRET', () => 'E' + str(B62 + '-_', 79), ['PAYPAL_CLIENT_SECRET'], 'PayPal client secret'],
  ['FACEBOOK_ACCESS_TOKEN', () => 'EAAG' + b62(int(160, 200)), ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN'], 'Meta page token'],
  ['ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + str(B62 + '-_', 170) + '=' + str(UP + DIG, 8), ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], 'Atlassian API token'],
  ['ASANA_PAT', () => `2/${digits(16)}/${digits(16)}:${hex(32)}`, ['ASANA_TOKEN'], 'Asana PAT'],
  ['DROPBOX_ACCESS_TOKEN', () => 'sl.B' + str(B62 + '-_', 135), ['DROPBOX_TOKEN'], 'Dropbox token'],
  ['POSTMAN_API_KEY', () => `PMAK-${hex(24)}-${hex(34)}`, ['POSTMAN_API_KEY'], 'Postman key'],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', () => `glsa_${b62(32)}_${hex(8)}`, ['GRAFANA_TOKEN'], 'Grafana service-account token'],
  ['GRAFANA_CLOUD_TOKEN', () => 'glc_' + Buffer.from(JSON.stringify({ o: digits(6), n: 'stack-' + digits(6) + '-hm-write', k: b62(24), m: { r: 'eu' } })).toString('base64').replace(/=+$/, ''), ['GRAFANA_CLOUD_API_KEY'], 'Grafana Cloud token'],
  ['DOPPLER_TOKEN', () => 'dp.st.' + pick(['prd', 'stg', 'dev']) + '.' + b62(43), ['DOPPLER_TOKEN'], 'Doppler service token'],
  ['AIRTABLE_PAT', () => `pat${b62(14)}.${hex(64)}`, ['AIRTABLE_API_KEY'], 'Airtable token'],
  ['FIGMA_PAT', () => `figd_${str(B62 + '-_', 40)}`, ['FIGMA_TOKEN'], 'Figma token'],
  ['ALGOLIA_ADMIN_KEY', () => hex(32), ['ALGOLIA_ADMIN_KEY'], 'Algolia admin key'],
  ['MAPBOX_SECRET_TOKEN', () => 'sk.eyJ1Ijoi' + b64u(24) + '.' + str(B62 + '-_', 22), ['MAPBOX_SECRET_TOKEN'], 'Mapbox secret token'],
  ['OKTA_API_TOKEN', () => '00' + str(B62 + '-_', 40), ['OKTA_API_TOKEN'], 'Okta API token'],
  ['AUTH0_CLIENT_SECRET', () => str(B62 + '-_', 64), ['AUTH0_CLIENT_SECRET'], 'Auth0 client secret'],
  ['CIRCLECI_TOKEN', () => 'CCIPAT_' + b62(22) + '_' + hex(40), ['CIRCLE_TOKEN'], 'CircleCI token'],
  ['BUILDKITE_TOKEN', () => 'bkua_' + hex(40), ['BUILDKITE_API_TOKEN'], 'Buildkite token'],
  ['RUBYGEMS_API_KEY', () => 'rubygems_' + hex(48), ['GEM_HOST_API_KEY'], 'gem push key'],
  ['NUGET_API_KEY', () => 'oy2' + str(L_, 43), ['NUGET_API_KEY'], 'NuGet key'],
  ['GROQ_API_KEY', () => 'gsk_' + b62(52), ['GROQ_API_KEY'], 'Groq key'],
  ['REPLICATE_API_TOKEN', () => 'r8_' + b62(37), ['REPLICATE_API_TOKEN'], 'Replicate token'],
  ['PERPLEXITY_API_KEY', () => 'pplx-' + b62(48), ['PERPLEXITY_API_KEY'], 'Perplexity key'],
  ['XAI_API_KEY', () => 'xai-' + b62(80), ['XAI_API_KEY'], 'xAI key'],
  ['DEEPSEEK_API_KEY', () => 'sk-' + hex(32), ['DEEPSEEK_API_KEY'], 'DeepSeek key'],
  ['LANGSMITH_API_KEY', () => `lsv2_pt_${hex(32)}_${hex(10)}`, ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], 'LangSmith key'],
  ['PINECONE_API_KEY', () => 'pcsk_' + b62(5) + '_' + b62(62), ['PINECONE_API_KEY'], 'Pinecone key'],
  ['COHERE_API_KEY', () => b62(40), ['COHERE_API_KEY', 'CO_API_KEY'], 'Cohere key'],
  ['MISTRAL_API_KEY', () => b62(32), ['MISTRAL_API_KEY'], 'Mistral key'],
  ['DJANGO_SECRET_KEY', () => 'django-insecure-' + str(LO + DIG + '!@#%^&*(-_=+)', 50), ['DJANGO_SECRET_KEY', 'SECRET_KEY'], 'Django SECRET_KEY'],
  ['RAILS_SECRET_KEY_BASE', () => hex(128), ['SECRET_KEY_BASE'], 'Rails secret_key_base'],
  ['RAILS_MASTER_KEY', () => hex(32), ['RAILS_MASTER_KEY'], 'Rails master key'],
  ['FLASK_SECRET_KEY', () => hex(48), ['FLASK_SECRET_KEY'], 'Flask secret key'],
  ['JWT_SIGNING_SECRET', () => b64(48), ['JWT_SECRET', 'JWT_SIGNING_KEY'], 'JWT signing secret'],
  ['SESSION_SECRET', () => str(B62, 48), ['SESSION_SECRET', 'COOKIE_SECRET'], 'session cookie secret'],
  ['ENCRYPTION_KEY', () => 'base64:' + b64(32), ['APP_KEY', 'ENCRYPTION_KEY'], 'app encryption key'],
  ['WEBHOOK_SIGNING_SECRET', () => hex(40), ['WEBHOOK_SECRET', 'GITHUB_WEBHOOK_SECRET'], 'webhook secret'],
  ['AGE_SECRET_KEY', () => 'AGE-SECRET-KEY-1' + str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), ['SOPS_AGE_KEY'], 'age key'],
  ['WIREGUARD_PRIVATE_KEY', () => b64(32), ['WG_PRIVATE_KEY'], 'WireGuard private key'],
  ['TOTP_SEED', () => str(B32, 32), ['TOTP_SECRET', 'MFA_SEED'], 'TOTP seed'],
  ['ARTIFACTORY_API_KEY', () => 'AKCp8' + b62(68), ['ARTIFACTORY_API_KEY'], 'Artifactory key'],
  ['SONARQUBE_TOKEN', () => 'squ_' + hex(40), ['SONAR_TOKEN'], 'SonarQube token'],
  ['NETLIFY_TOKEN', () => 'nfp_' + b62(36), ['NETLIFY_AUTH_TOKEN'], 'Netlify token'],
  ['VERCEL_TOKEN', () => b62(24), ['VERCEL_TOKEN'], 'Vercel token'],
  ['FLY_API_TOKEN', () => 'FlyV1 fm2_' + str(B62 + '+/', 180), ['FLY_API_TOKEN'], 'Fly token'],
  ['TAILSCALE_AUTH_KEY', () => `tskey-auth-k${b62(10)}CNTRL-${b62(33)}`, ['TS_AUTHKEY'], 'Tailscale auth key'],
  ['NGROK_AUTHTOKEN', () => b62(27) + '_' + b62(21), ['NGROK_AUTHTOKEN'], 'ngrok authtoken'],
  ['PLANETSCALE_PASSWORD', () => 'pscale_pw_' + str(B62 + '-_', 43), ['DATABASE_PASSWORD'], 'PlanetScale password'],
  ['CONFLUENT_API_SECRET', () => str(B62 + '+/', 64), ['KAFKA_API_SECRET'], 'Confluent API secret'],
  ['HUBSPOT_PRIVATE_APP_TOKEN', () => `pat-na1-${uuidLike()}`, ['HUBSPOT_TOKEN'], 'HubSpot private-app token'],
  ['ZENDESK_API_TOKEN', () => b62(40), ['ZENDESK_API_TOKEN'], 'Zendesk token'],
  ['BITBUCKET_APP_PASSWORD', () => 'ATBB' + b62(28) + hex(8).toUpperCase(), ['BITBUCKET_APP_PASSWORD'], 'Bitbucket app password'],
  ['SALESFORCE_REFRESH_TOKEN', () => '5Aep861' + str(B62 + '.', 80), ['SF_REFRESH_TOKEN'], 'Salesforce refresh token'],
  ['PLAID_SECRET', () => hex(30), ['PLAID_SECRET'], 'Plaid secret'],
  ['BRAINTREE_ACCESS_TOKEN', () => `access_token$production$${str(L_, 16)}$${hex(32)}`, ['BRAINTREE_TOKEN'], 'Braintree token'],
  ['ADYEN_API_KEY', () => 'AQE' + str(B62 + '+/', 150) + '=-' + str(B62, 8), ['ADYEN_API_KEY'], 'Adyen key'],
  ['RECAPTCHA_SECRET', () => '6L' + str(B62 + '-_', 38), ['RECAPTCHA_SECRET_KEY'], 'reCAPTCHA secret'],
  ['SEGMENT_WRITE_KEY', () => b62(32), ['SEGMENT_WRITE_KEY'], 'Segment write key'],
  ['MIXPANEL_API_SECRET', () => hex(32), ['MIXPANEL_SECRET'], 'Mixpanel secret'],
  ['LAUNCHDARKLY_SDK_KEY', () => 'sdk-' + uuidLike(), ['LD_SDK_KEY'], 'LaunchDarkly SDK key'],
  ['CONTENTFUL_TOKEN', () => 'CFPAT-' + str(B62 + '-_', 43), ['CONTENTFUL_MANAGEMENT_TOKEN'], 'Contentful token'],
  ['TYPEFORM_TOKEN', () => 'tfp_' + str(B62 + '_', 44) + '_' + b62(14), ['TYPEFORM_TOKEN'], 'Typeform token'],
  ['APPLE_APP_SPECIFIC_PASSWORD', () => [0, 1, 2, 3].map(() => str(LO, 4)).join('-'), ['APPLE_APP_PASSWORD', 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD'], 'Apple app-specific password'],
  ['ELASTIC_API_KEY', () => Buffer.from(b62(20) + ':' + b62(22)).toString('base64'), ['ELASTIC_API_KEY'], 'Elasticsearch API key'],
  ['ERLANG_COOKIE', () => str(UP, 20), ['RABBITMQ_ERLANG_COOKIE'], 'Erlang cookie'],
  ['GENERIC_API_KEY', () => pick([hex(40), b62(32), str(B62 + '-_', 48)]), ['API_KEY', 'X_API_KEY', 'PARTNER_API_KEY', 'INTERNAL_API_KEY'], 'API key'],
  ['GENERIC_SECRET', () => str(B62 + '+/', int(32, 44)), ['CLIENT_SECRET', 'APP_SECRET', 'OAUTH_CLIENT_SECRET'], 'client secret'],
  ['BEARER_TOKEN', () => str(B62 + '-_.', int(40, 64)), ['BEARER_TOKEN', 'SERVICE_TOKEN'], 'bearer token'],
  ['DATABASE_PASSWORD', password, ['DB_PASSWORD', 'DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'PGPASSWORD'], 'database password'],
  ['MYSQL_PASSWORD', password, ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MARIADB_PASSWORD'], 'MySQL password'],
  ['MONGODB_PASSWORD', pwUrl, ['MONGO_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD'], 'MongoDB password'],
  ['REDIS_PASSWORD', () => password(4), ['REDIS_PASSWORD', 'REDIS_AUTH'], 'Redis password'],
  ['RABBITMQ_PASSWORD', password, ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'], 'RabbitMQ password'],
  ['MSSQL_PASSWORD', password, ['MSSQL_SA_PASSWORD', 'SA_PASSWORD'], 'SQL Server sa password'],
  ['ORACLE_PASSWORD', password, ['ORACLE_PASSWORD'], 'Oracle password'],
  ['LDAP_BIND_PASSWORD', password, ['LDAP_BIND_PASSWORD', 'LDAP_BINDPW'], 'LDAP bind password'],
  ['SMTP_PASSWORD', password, ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD'], 'SMTP password'],
  ['FTP_PASSWORD', password, ['FTP_PASSWORD', 'SFTP_PASS'], 'FTP password'],
  ['ADMIN_PASSWORD', password, ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD'], 'admin password'],
  ['USER_PASSWORD', password, ['PASSWORD', 'USER_PASSWORD'], 'password'],
  ['SSH_PASSWORD', password, ['SSHPASS'], 'SSH password'],
  ['WIFI_PASSWORD', () => password(pick([1, 2, 3])), ['WIFI_PSK'], 'Wi-Fi password'],
  ['KEYSTORE_PASSWORD', password, ['KEYSTORE_PASSWORD', 'ANDROID_KEYSTORE_PASSWORD', 'KEY_PASSWORD'], 'keystore password'],
  ['SNOWFLAKE_PASSWORD', password, ['SNOWFLAKE_PASSWORD'], 'Snowflake password'],
  ['KAFKA_SASL_PASSWORD', password, ['KAFKA_SASL_PASSWORD'], 'Kafka SASL password'],
  ['ELASTIC_PASSWORD', password, ['ELASTIC_PASSWORD'], 'elastic user password'],
  ['VNC_PASSWORD', () => password(0).slice(0, 8), ['VNC_PASSWORD'], 'VNC password'],
  ['HTTP_BASIC_AUTH_PASSWORD', pwUrl, ['HTTP_PASSWORD', 'BASIC_AUTH_PASSWORD'], 'basic-auth password'],
  ['PROXY_PASSWORD', pwUrl, ['HTTPS_PROXY_PASSWORD'], 'proxy password'],
  ['REGISTRY_PASSWORD', password, ['REGISTRY_PASSWORD', 'CI_REGISTRY_PASSWORD'], 'container registry password'],
  ['BASIC_AUTH_CREDENTIALS', () => Buffer.from(pick(['admin', 'deploy', 'svc-metrics', 'jenkins']) + ':' + password(pick([0, 4]))).toString('base64'), ['BASIC_AUTH'], 'basic-auth header'],
];
export const BY = Object.fromEntries(KINDS.map(([e, g, k, d]) => [e, { e, g, k, d }]));
export const gen = (e) => BY[e].g();
// a deck that cycles through every kind (reshuffled each round), so coverage is even.
let deck = [];
export function drawKind(filter) {
  const ok = (e) => !filter || filter(BY[e]);
  for (;;) {
    for (let i = deck.length - 1; i >= 0; i--) if (ok(deck[i])) return BY[deck.splice(i, 1)[0]];
    deck = shuffle(KINDS.map((k) => k[0])).concat(deck);
  }
}
// one-line (no PEM) kinds for inline use
export const oneLine = (k) => !/PRIVATE_KEY$/.test(k.e) || /WIREGUARD/.test(k.e);
export const isPw = (k) => /PASSWORD|PASS$|COOKIE/.test(k.e) && k.e !== 'APPLE_APP_SPECIFIC_PASSWORD';
