// blind9 secret catalogue: ~110 fake, format-valid credential kinds.
import { R, A, crc32, base62, b64u, b64, wrap, bech32Data } from './lib.mjs';

const ghTok = (pfx) => { const body = R.str(A.b62, 30); return pfx + body + base62(crc32(Buffer.from(body)), 6); };
const rb64 = (n) => R.bytes(n).toString('base64');
const pwSym = '!*-_.~+=^';
const WORDS = ['harbor', 'kestrel', 'violet', 'granite', 'mango', 'tundra', 'saffron', 'cobalt', 'ember', 'lotus', 'quartz', 'fjord', 'nimbus', 'pepper', 'walrus', 'zephyr', 'orchid', 'bramble', 'comet', 'falcon'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
export function password(kind = R.int(0, 3)) {
  if (kind === 0) return cap(R.pick(WORDS)) + R.pick(pwSym) + cap(R.pick(WORDS)) + R.digits(R.int(2, 4)) + R.pick('!*.^');
  if (kind === 1) { let s = R.str(A.b62 + pwSym, R.int(16, 28)); return s.replace(/^[^A-Za-z]/, 'Q') + R.digits(1); }
  if (kind === 2) return R.str(A.b62, R.int(20, 32));
  return R.pick(WORDS) + R.digits(2) + R.pick(pwSym) + R.str(A.b62, R.int(8, 12));
}
const jwtOf = (payload, alg = 'HS256') => {
  const h = b64u(JSON.stringify({ alg, typ: 'JWT' })), p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${R.bytes(alg === 'HS256' ? 32 : 256).toString('base64url')}`;
};
const now = () => 1767000000 + R.int(0, 8000000);
export function jwt(kind = 'user') {
  const iat = now();
  if (kind === 'k8s') return jwtOf({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': R.pick(['default', 'payments', 'ci', 'monitoring']), 'kubernetes.io/serviceaccount/service-account.name': R.pick(['deployer', 'builder', 'argocd-server', 'vector']), sub: 'system:serviceaccount:ci:deployer' }, 'RS256');
  if (kind === 'supabase') return jwtOf({ iss: 'supabase', ref: R.str(A.low, 20), role: 'service_role', iat, exp: iat + 315360000 });
  return jwtOf({ sub: R.pick(['usr_', 'u-', '']) + R.str(A.alnumL, 12), iss: `https://auth.${R.pick(['acme', 'northwind', 'globex', 'initech'])}.example/`, aud: R.pick(['api', 'mobile', 'console']), scope: R.pick(['read write', 'openid profile email', 'admin']), iat, exp: iat + R.pick([900, 3600, 86400]) }, R.pick(['HS256', 'RS256']));
}
function pem(kind) {
  const body = {
    rsa: () => Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), R.bytes(1180)]),
    pkcs8: () => Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), R.bytes(1190)]),
    ec: () => Buffer.concat([Buffer.from('30770201010420', 'hex'), R.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), R.bytes(65)]),
    ossh: () => Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from('000000046e6f6e65000000046e6f6e6500000000000000010000003300000b7373682d656432353531390000002', 'hex'), R.bytes(250)]),
  }[kind]();
  const tag = { rsa: 'RSA PRIVATE KEY', pkcs8: 'PRIVATE KEY', ec: 'EC PRIVATE KEY', ossh: 'OPENSSH PRIVATE KEY' }[kind];
  return `-----BEGIN ${tag}-----\n${wrap(body.toString('base64'), kind === 'ossh' ? 70 : 64)}\n-----END ${tag}-----`;
}
function pgp() {
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from('9503c60465', 'hex'), R.bytes(700)]).toString('base64'), 64)}\n=${rb64(3)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// e: entity, keys: config/env names, desc: how people call it, gen: value
export const CATALOG = [
  { e: 'GITHUB_PAT', keys: ['GITHUB_TOKEN', 'GH_TOKEN', 'github_token'], desc: ['GitHub token', 'personal GH token', 'classic PAT'], gen: () => ghTok('ghp_') },
  { e: 'GITHUB_OAUTH_TOKEN', keys: ['GITHUB_OAUTH_TOKEN', 'gh_oauth'], desc: ['GitHub OAuth token'], gen: () => ghTok('gho_') },
  { e: 'GITHUB_USER_TO_SERVER_TOKEN', keys: ['GH_USER_TOKEN'], desc: ['GitHub app user token'], gen: () => ghTok('ghu_') },
  { e: 'GITHUB_APP_INSTALLATION_TOKEN', keys: ['GITHUB_APP_TOKEN', 'INSTALLATION_TOKEN'], desc: ['installation token of the GitHub app'], gen: () => ghTok('ghs_') },
  { e: 'GITHUB_REFRESH_TOKEN', keys: ['GH_REFRESH_TOKEN'], desc: ['GitHub refresh token'], gen: () => ghTok('ghr_') },
  { e: 'GITHUB_FINE_GRAINED_PAT', keys: ['GITHUB_PAT', 'GH_FG_TOKEN'], desc: ['fine-grained GitHub token'], gen: () => 'github_pat_11' + R.str(A.alnumU, 20) + '_' + R.str(A.b62, 59) },
  { e: 'AWS_ACCESS_KEY', keys: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'], desc: ['AWS access key id'], gen: () => 'AKIA' + R.str(A.b32.replace(/[01]/g, ''), 16) },
  { e: 'AWS_TEMP_ACCESS_KEY', keys: ['AWS_ACCESS_KEY_ID'], desc: ['temporary AWS key id'], gen: () => 'ASIA' + R.str(A.b32, 16) },
  { e: 'AWS_SECRET_KEY', keys: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'], desc: ['AWS secret key', 'secret access key'], gen: () => R.str(A.b62 + '/+', 40) },
  { e: 'AWS_SESSION_TOKEN', keys: ['AWS_SESSION_TOKEN', 'aws_session_token'], desc: ['AWS session token'], gen: () => 'IQoJb3JpZ2luX2VjE' + R.str(A.b64, 280) + '==' },
  { e: 'SLACK_BOT_TOKEN', keys: ['SLACK_BOT_TOKEN', 'slack_token'], desc: ['Slack bot token'], gen: () => `xoxb-${R.digits(11)}-${R.digits(13)}-${R.str(A.b62, 24)}` },
  { e: 'SLACK_USER_TOKEN', keys: ['SLACK_USER_TOKEN'], desc: ['Slack user token'], gen: () => `xoxp-${R.digits(11)}-${R.digits(11)}-${R.digits(13)}-${R.str(A.hex, 32)}` },
  { e: 'SLACK_APP_TOKEN', keys: ['SLACK_APP_TOKEN'], desc: ['Slack socket-mode app token'], gen: () => `xapp-1-A${R.str(A.alnumU, 10)}-${R.digits(13)}-${R.str(A.hex, 64)}` },
  { e: 'STRIPE_SECRET_KEY', keys: ['STRIPE_SECRET_KEY', 'stripe_api_key', 'STRIPE_KEY'], desc: ['Stripe live secret key', 'live Stripe key'], gen: () => R.chance(0.5) ? 'sk_live_51' + R.str(A.b62, 97) : 'sk_live_' + R.str(A.b62, 24) },
  { e: 'STRIPE_RESTRICTED_KEY', keys: ['STRIPE_RESTRICTED_KEY'], desc: ['restricted Stripe key'], gen: () => 'rk_live_51' + R.str(A.b62, 97) },
  { e: 'STRIPE_WEBHOOK_SECRET', keys: ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret'], desc: ['Stripe webhook signing secret'], gen: () => 'whsec_' + R.str(A.b62, 32) },
  { e: 'OPENAI_API_KEY', keys: ['OPENAI_API_KEY', 'openai_key'], desc: ['OpenAI project key', 'OpenAI key'], gen: () => 'sk-proj-' + R.str(A.b64u, 74) + 'T3BlbkFJ' + R.str(A.b64u, 74) },
  { e: 'OPENAI_LEGACY_API_KEY', keys: ['OPENAI_API_KEY'], desc: ['old OpenAI key'], gen: () => 'sk-' + R.str(A.b62, 20) + 'T3BlbkFJ' + R.str(A.b62, 20) },
  { e: 'OPENAI_SERVICE_ACCOUNT_KEY', keys: ['OPENAI_SVC_KEY'], desc: ['OpenAI service account key'], gen: () => 'sk-svcacct-' + R.str(A.b64u, 74) + 'T3BlbkFJ' + R.str(A.b64u, 74) },
  { e: 'ANTHROPIC_API_KEY', keys: ['ANTHROPIC_API_KEY', 'anthropic_key', 'CLAUDE_API_KEY'], desc: ['Anthropic API key', 'Claude key'], gen: () => 'sk-ant-api03-' + R.str(A.b64u, 93) + 'AA' },
  { e: 'ANTHROPIC_ADMIN_KEY', keys: ['ANTHROPIC_ADMIN_KEY'], desc: ['Anthropic admin key'], gen: () => 'sk-ant-admin01-' + R.str(A.b64u, 93) + 'AA' },
  { e: 'HUGGINGFACE_TOKEN', keys: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], desc: ['Hugging Face token'], gen: () => 'hf_' + R.str(A.up + A.low, 34) },
  { e: 'GITLAB_PAT', keys: ['GITLAB_TOKEN', 'GL_TOKEN', 'private_token'], desc: ['GitLab personal access token'], gen: () => 'glpat-' + R.str(A.b64u, 20) },
  { e: 'GITLAB_RUNNER_TOKEN', keys: ['RUNNER_TOKEN', 'CI_RUNNER_TOKEN'], desc: ['GitLab runner auth token'], gen: () => 'glrt-' + R.str(A.b64u, 20) },
  { e: 'GITLAB_DEPLOY_TOKEN', keys: ['GITLAB_DEPLOY_TOKEN'], desc: ['GitLab deploy token'], gen: () => 'gldt-' + R.str(A.b64u, 20) },
  { e: 'NPM_TOKEN', keys: ['NPM_TOKEN', '_authToken', 'NODE_AUTH_TOKEN'], desc: ['npm publish token', 'npm automation token'], gen: () => 'npm_' + R.str(A.b62, 36) },
  { e: 'PYPI_TOKEN', keys: ['PYPI_TOKEN', 'TWINE_PASSWORD', 'UV_PUBLISH_TOKEN'], desc: ['PyPI upload token'], gen: () => 'pypi-AgE' + R.str(A.b64u, 170) },
  { e: 'JWT', keys: ['ACCESS_TOKEN', 'id_token', 'auth_token'], desc: ['access token', 'JWT'], gen: () => jwt() },
  { e: 'K8S_SERVICE_ACCOUNT_TOKEN', keys: ['token'], desc: ['service account token'], gen: () => jwt('k8s') },
  { e: 'SUPABASE_SERVICE_ROLE_KEY', keys: ['SUPABASE_SERVICE_ROLE_KEY'], desc: ['Supabase service role key'], gen: () => jwt('supabase') },
  { e: 'RSA_PRIVATE_KEY', keys: ['private_key', 'TLS_KEY'], desc: ['RSA private key'], gen: () => pem('rsa'), pem: true },
  { e: 'PKCS8_PRIVATE_KEY', keys: ['private_key', 'SIGNING_KEY'], desc: ['private key'], gen: () => pem('pkcs8'), pem: true },
  { e: 'EC_PRIVATE_KEY', keys: ['ec_key', 'JWT_PRIVATE_KEY'], desc: ['EC private key'], gen: () => pem('ec'), pem: true },
  { e: 'OPENSSH_PRIVATE_KEY', keys: ['SSH_PRIVATE_KEY', 'DEPLOY_KEY'], desc: ['SSH private key', 'deploy key'], gen: () => pem('ossh'), pem: true },
  { e: 'PGP_PRIVATE_KEY', keys: ['GPG_PRIVATE_KEY'], desc: ['GPG signing key'], gen: () => pgp(), pem: true },
  { e: 'POSTGRES_PASSWORD', keys: ['POSTGRES_PASSWORD', 'PGPASSWORD', 'db_password'], desc: ['Postgres password', 'prod db password'], gen: () => password(), pw: true },
  { e: 'MYSQL_PASSWORD', keys: ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD'], desc: ['MySQL root password'], gen: () => password(), pw: true },
  { e: 'MONGODB_PASSWORD', keys: ['MONGO_INITDB_ROOT_PASSWORD', 'mongo_password'], desc: ['Mongo admin password'], gen: () => password(), pw: true },
  { e: 'REDIS_PASSWORD', keys: ['REDIS_PASSWORD', 'requirepass'], desc: ['Redis password'], gen: () => password(), pw: true },
  { e: 'RABBITMQ_PASSWORD', keys: ['RABBITMQ_DEFAULT_PASS', 'amqp_password'], desc: ['RabbitMQ password'], gen: () => password(), pw: true },
  { e: 'MSSQL_PASSWORD', keys: ['MSSQL_SA_PASSWORD', 'SA_PASSWORD'], desc: ['SQL Server sa password'], gen: () => password(0), pw: true },
  { e: 'ELASTICSEARCH_PASSWORD', keys: ['ELASTIC_PASSWORD', 'es_password'], desc: ['elastic user password'], gen: () => password(), pw: true },
  { e: 'SMTP_PASSWORD', keys: ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD'], desc: ['SMTP password', 'mail relay password'], gen: () => password(), pw: true },
  { e: 'LDAP_BIND_PASSWORD', keys: ['LDAP_BIND_PASSWORD', 'bindPassword'], desc: ['LDAP bind password'], gen: () => password(), pw: true },
  { e: 'FTP_PASSWORD', keys: ['FTP_PASSWORD', 'SFTP_PASS'], desc: ['SFTP password'], gen: () => password(), pw: true },
  { e: 'SSH_PASSWORD', keys: ['SSH_PASS', 'ansible_ssh_pass'], desc: ['root password on the box', 'ssh password'], gen: () => password(), pw: true },
  { e: 'WIFI_PSK', keys: ['wpa_passphrase', 'psk'], desc: ['wifi password'], gen: () => password(0), pw: true },
  { e: 'KEYSTORE_PASSWORD', keys: ['storePassword', 'KEYSTORE_PASSWORD', 'keyPassword'], desc: ['keystore password'], gen: () => password(), pw: true },
  { e: 'ADMIN_PASSWORD', keys: ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'admin_pass'], desc: ['admin password', 'admin login'], gen: () => password(), pw: true },
  { e: 'USER_PASSWORD', keys: ['password', 'passwd', 'pass'], desc: ['password', 'login password'], gen: () => password(), pw: true },
  { e: 'SNOWFLAKE_PASSWORD', keys: ['SNOWFLAKE_PASSWORD'], desc: ['Snowflake password'], gen: () => password(), pw: true },
  { e: 'GENERIC_API_KEY', keys: ['API_KEY', 'api_key', 'apiKey', 'X_API_KEY'], desc: ['API key'], gen: () => R.str(A.b62, R.int(32, 48)) },
  { e: 'GENERIC_SECRET', keys: ['SECRET', 'client_secret', 'APP_SECRET', 'secret'], desc: ['client secret', 'app secret'], gen: () => R.str(A.b64u, R.int(32, 56)) },
  { e: 'GOOGLE_API_KEY', keys: ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'firebaseApiKey'], desc: ['Google API key', 'Maps key'], gen: () => 'AIza' + R.str(A.b64u, 35) },
  { e: 'GOOGLE_OAUTH_CLIENT_SECRET', keys: ['GOOGLE_CLIENT_SECRET', 'client_secret'], desc: ['Google OAuth client secret'], gen: () => 'GOCSPX-' + R.str(A.b64u, 28) },
  { e: 'GOOGLE_OAUTH_ACCESS_TOKEN', keys: ['GOOGLE_ACCESS_TOKEN', 'access_token'], desc: ['gcloud access token'], gen: () => 'ya29.a0' + R.str(A.b64u, 150) },
  { e: 'GOOGLE_OAUTH_REFRESH_TOKEN', keys: ['refresh_token', 'GOOGLE_REFRESH_TOKEN'], desc: ['Google refresh token'], gen: () => '1//0' + R.str(A.b64u, 99) },
  { e: 'GCP_SERVICE_ACCOUNT_KEY_ID', keys: ['private_key_id'], desc: ['service account key id'], gen: () => R.str(A.hex, 40) },
  { e: 'AZURE_STORAGE_ACCOUNT_KEY', keys: ['AZURE_STORAGE_KEY', 'AccountKey', 'storage_account_key'], desc: ['storage account key'], gen: () => rb64(64) },
  { e: 'AZURE_CLIENT_SECRET', keys: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'], desc: ['Azure app registration secret', 'Entra client secret'], gen: () => R.str(A.b62, 3) + R.digits(1) + 'Q~' + R.str(A.b62 + '_.~-', 34) },
  { e: 'AZURE_SAS_SIGNATURE', keys: ['sig'], desc: ['SAS token'], gen: () => encodeURIComponent(rb64(32)) },
  { e: 'AZURE_DEVOPS_PAT', keys: ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT'], desc: ['Azure DevOps PAT'], gen: () => R.str(A.alnumL, 52) },
  { e: 'TWILIO_AUTH_TOKEN', keys: ['TWILIO_AUTH_TOKEN'], desc: ['Twilio auth token'], gen: () => R.str(A.hex, 32) },
  { e: 'TWILIO_API_KEY_SECRET', keys: ['TWILIO_API_SECRET'], desc: ['Twilio API secret'], gen: () => R.str(A.b62, 32) },
  { e: 'SENDGRID_API_KEY', keys: ['SENDGRID_API_KEY'], desc: ['SendGrid key'], gen: () => 'SG.' + R.str(A.b64u, 22) + '.' + R.str(A.b64u, 43) },
  { e: 'MAILGUN_API_KEY', keys: ['MAILGUN_API_KEY'], desc: ['Mailgun key'], gen: () => 'key-' + R.str(A.hex, 32) },
  { e: 'MAILCHIMP_API_KEY', keys: ['MAILCHIMP_API_KEY'], desc: ['Mailchimp key'], gen: () => R.str(A.hex, 32) + '-us' + R.int(2, 21) },
  { e: 'DATADOG_API_KEY', keys: ['DD_API_KEY', 'datadog_api_key'], desc: ['Datadog API key'], gen: () => R.str(A.hex, 32) },
  { e: 'DATADOG_APP_KEY', keys: ['DD_APP_KEY'], desc: ['Datadog application key'], gen: () => R.str(A.hex, 40) },
  { e: 'SENTRY_AUTH_TOKEN', keys: ['SENTRY_AUTH_TOKEN'], desc: ['Sentry auth token'], gen: () => 'sntrys_' + b64u(JSON.stringify({ iat: now(), url: 'https://sentry.acme.example', region_url: 'https://eu.sentry.acme.example', org: R.pick(['acme', 'globex']) })) + '_' + R.str(A.b64u, 43) },
  { e: 'SENTRY_DSN_KEY', keys: ['SENTRY_DSN'], desc: ['Sentry DSN'], gen: () => R.str(A.hex, 32) },
  { e: 'DISCORD_BOT_TOKEN', keys: ['DISCORD_TOKEN', 'BOT_TOKEN'], desc: ['Discord bot token'], gen: () => b64u('1' + R.digits(18)) + '.' + R.str(A.b64u, 6) + '.' + R.str(A.b64u, 38) },
  { e: 'TELEGRAM_BOT_TOKEN', keys: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], desc: ['Telegram bot token'], gen: () => R.int(1, 7) + R.digits(9) + ':AA' + R.str(A.b64u, 33) },
  { e: 'SHOPIFY_ACCESS_TOKEN', keys: ['SHOPIFY_ACCESS_TOKEN'], desc: ['Shopify admin token'], gen: () => 'shpat_' + R.str(A.hex, 32) },
  { e: 'SHOPIFY_SHARED_SECRET', keys: ['SHOPIFY_API_SECRET'], desc: ['Shopify app secret'], gen: () => 'shpss_' + R.str(A.hex, 32) },
  { e: 'DIGITALOCEAN_TOKEN', keys: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], desc: ['DigitalOcean token'], gen: () => 'dop_v1_' + R.str(A.hex, 64) },
  { e: 'HEROKU_API_KEY', keys: ['HEROKU_API_KEY'], desc: ['Heroku key'], gen: () => 'HRKU-AA' + R.str(A.b64u, 58) },
  { e: 'DOCKER_HUB_PAT', keys: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], desc: ['Docker Hub token'], gen: () => 'dckr_pat_' + R.str(A.b64u, 27) },
  { e: 'BEARER_TOKEN', keys: ['BEARER_TOKEN', 'AUTH_TOKEN'], desc: ['bearer token'], gen: () => R.str(A.b64u, R.int(40, 64)) },
  { e: 'VAULT_TOKEN', keys: ['VAULT_TOKEN'], desc: ['Vault token', 'root token'], gen: () => R.chance(0.5) ? 'hvs.' + R.str(A.b62, 24) : 'hvs.CAESI' + R.str(A.b64u, 86) },
  { e: 'TERRAFORM_CLOUD_TOKEN', keys: ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io'], desc: ['Terraform Cloud token'], gen: () => R.str(A.alnumL, 14) + '.atlasv1.' + R.str(A.b62, 67) },
  { e: 'PULUMI_ACCESS_TOKEN', keys: ['PULUMI_ACCESS_TOKEN'], desc: ['Pulumi token'], gen: () => 'pul-' + R.str(A.hex, 40) },
  { e: 'CLOUDFLARE_API_TOKEN', keys: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], desc: ['Cloudflare token'], gen: () => R.str(A.b64u, 40) },
  { e: 'CLOUDFLARE_GLOBAL_API_KEY', keys: ['CF_API_KEY', 'CLOUDFLARE_API_KEY'], desc: ['Cloudflare global key'], gen: () => R.str(A.hex, 37) },
  { e: 'NEW_RELIC_LICENSE_KEY', keys: ['NEW_RELIC_LICENSE_KEY'], desc: ['New Relic license key'], gen: () => R.str(A.hex, 36) + 'NRAL' },
  { e: 'NEW_RELIC_USER_API_KEY', keys: ['NEW_RELIC_API_KEY'], desc: ['New Relic user key'], gen: () => 'NRAK-' + R.str(A.alnumU, 27) },
  { e: 'ATLASSIAN_API_TOKEN', keys: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], desc: ['Jira API token', 'Atlassian token'], gen: () => 'ATATT3xFfGF0' + R.str(A.b64u, 180) + '=' + R.str(A.HEX, 8) },
  { e: 'NOTION_TOKEN', keys: ['NOTION_TOKEN', 'NOTION_API_KEY'], desc: ['Notion integration secret'], gen: () => R.chance(0.5) ? 'ntn_' + R.digits(11) + R.str(A.b62, 35) : 'secret_' + R.str(A.b62, 43) },
  { e: 'LINEAR_API_KEY', keys: ['LINEAR_API_KEY'], desc: ['Linear key'], gen: () => 'lin_api_' + R.str(A.b62, 40) },
  { e: 'FIGMA_TOKEN', keys: ['FIGMA_TOKEN'], desc: ['Figma token'], gen: () => 'figd_' + R.str(A.b64u, 40) },
  { e: 'OKTA_API_TOKEN', keys: ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'], desc: ['Okta API token'], gen: () => '00' + R.str(A.b64u, 40) },
  { e: 'AUTH0_CLIENT_SECRET', keys: ['AUTH0_CLIENT_SECRET'], desc: ['Auth0 client secret'], gen: () => R.str(A.b64u, 64) },
  { e: 'ALGOLIA_ADMIN_KEY', keys: ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_API_KEY'], desc: ['Algolia admin key'], gen: () => R.str(A.hex, 32) },
  { e: 'FIREBASE_CLOUD_MESSAGING_KEY', keys: ['FCM_SERVER_KEY'], desc: ['FCM server key'], gen: () => 'AAAA' + R.str(A.b64u, 7) + ':APA91b' + R.str(A.b64u, 134) },
  { e: 'SQUARE_ACCESS_TOKEN', keys: ['SQUARE_ACCESS_TOKEN'], desc: ['Square production token'], gen: () => 'EAAA' + R.str(A.b64u, 60) },
  { e: 'BRAINTREE_ACCESS_TOKEN', keys: ['BRAINTREE_ACCESS_TOKEN'], desc: ['Braintree token'], gen: () => `access_token$production$${R.str(A.alnumL, 16)}$${R.str(A.hex, 32)}` },
  { e: 'ADYEN_API_KEY', keys: ['ADYEN_API_KEY'], desc: ['Adyen key'], gen: () => 'AQE' + R.str(A.b62, 12) + '.' + R.str(A.b64u, 90) },
  { e: 'PLAID_SECRET', keys: ['PLAID_SECRET'], desc: ['Plaid secret'], gen: () => R.str(A.hex, 30) },
  { e: 'DROPBOX_ACCESS_TOKEN', keys: ['DROPBOX_TOKEN'], desc: ['Dropbox token'], gen: () => 'sl.B' + R.str(A.b64u, 135) },
  { e: 'ASANA_PAT', keys: ['ASANA_TOKEN'], desc: ['Asana PAT'], gen: () => `2/${R.digits(16)}/${R.digits(16)}:${R.str(A.hex, 32)}` },
  { e: 'AIRTABLE_PAT', keys: ['AIRTABLE_API_KEY', 'AIRTABLE_TOKEN'], desc: ['Airtable token'], gen: () => 'pat' + R.str(A.b62, 14) + '.' + R.str(A.hex, 64) },
  { e: 'POSTMAN_API_KEY', keys: ['POSTMAN_API_KEY'], desc: ['Postman key'], gen: () => `PMAK-${R.str(A.hex, 24)}-${R.str(A.hex, 34)}` },
  { e: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', keys: ['GRAFANA_TOKEN', 'GF_TOKEN'], desc: ['Grafana service account token'], gen: () => `glsa_${R.str(A.b62, 32)}_${R.str(A.hex, 8)}` },
  { e: 'GRAFANA_CLOUD_TOKEN', keys: ['GRAFANA_CLOUD_API_KEY'], desc: ['Grafana Cloud token'], gen: () => 'glc_' + b64(JSON.stringify({ o: R.digits(6), n: 'stack-' + R.digits(6) + '-logs', k: R.str(A.b62, 24), m: { r: R.pick(['eu', 'us', 'au']) } })).replace(/=+$/, '') },
  { e: 'CIRCLECI_TOKEN', keys: ['CIRCLE_TOKEN', 'CIRCLECI_TOKEN'], desc: ['CircleCI token'], gen: () => `CCIPAT_${R.str(A.b62, 22)}_${R.str(A.hex, 40)}` },
  { e: 'BUILDKITE_TOKEN', keys: ['BUILDKITE_API_TOKEN'], desc: ['Buildkite token'], gen: () => 'bkua_' + R.str(A.hex, 40) },
  { e: 'SONARQUBE_TOKEN', keys: ['SONAR_TOKEN'], desc: ['Sonar token'], gen: () => R.pick(['squ_', 'sqp_', 'sqa_']) + R.str(A.hex, 40) },
  { e: 'DATABRICKS_TOKEN', keys: ['DATABRICKS_TOKEN'], desc: ['Databricks PAT'], gen: () => 'dapi' + R.str(A.hex, 32) },
  { e: 'REPLICATE_API_TOKEN', keys: ['REPLICATE_API_TOKEN'], desc: ['Replicate token'], gen: () => 'r8_' + R.str(A.b62, 37) },
  { e: 'GROQ_API_KEY', keys: ['GROQ_API_KEY'], desc: ['Groq key'], gen: () => 'gsk_' + R.str(A.b62, 52) },
  { e: 'PERPLEXITY_API_KEY', keys: ['PPLX_API_KEY'], desc: ['Perplexity key'], gen: () => 'pplx-' + R.str(A.b62, 48) },
  { e: 'XAI_API_KEY', keys: ['XAI_API_KEY'], desc: ['xAI key'], gen: () => 'xai-' + R.str(A.b62, 80) },
  { e: 'PINECONE_API_KEY', keys: ['PINECONE_API_KEY'], desc: ['Pinecone key'], gen: () => `pcsk_${R.str(A.b62, 5)}_${R.str(A.b62, 66)}` },
  { e: 'SUPABASE_ACCESS_TOKEN', keys: ['SUPABASE_ACCESS_TOKEN'], desc: ['Supabase access token'], gen: () => 'sbp_' + R.str(A.hex, 40) },
  { e: 'VERCEL_TOKEN', keys: ['VERCEL_TOKEN'], desc: ['Vercel token'], gen: () => R.str(A.b62, 24) },
  { e: 'NETLIFY_AUTH_TOKEN', keys: ['NETLIFY_AUTH_TOKEN'], desc: ['Netlify token'], gen: () => 'nfp_' + R.str(A.b62, 36) },
  { e: 'FLY_API_TOKEN', keys: ['FLY_API_TOKEN'], desc: ['Fly token'], gen: () => 'fm2_' + R.str(A.b64, 180) + '==' },
  { e: 'RUBYGEMS_API_KEY', keys: ['GEM_HOST_API_KEY'], desc: ['RubyGems key'], gen: () => 'rubygems_' + R.str(A.hex, 48) },
  { e: 'NUGET_API_KEY', keys: ['NUGET_API_KEY'], desc: ['NuGet key'], gen: () => 'oy2' + R.str(A.alnumL, 43) },
  { e: 'ARTIFACTORY_API_KEY', keys: ['ARTIFACTORY_API_KEY', 'JFROG_TOKEN'], desc: ['Artifactory key'], gen: () => 'AKCp' + R.str(A.b62, 69) },
  { e: 'AGE_SECRET_KEY', keys: ['SOPS_AGE_KEY'], desc: ['age key'], gen: () => bech32Data('age-secret-key-', R.bytes(32)).toUpperCase() },
  { e: 'MAPBOX_SECRET_TOKEN', keys: ['MAPBOX_SECRET_TOKEN'], desc: ['Mapbox secret token'], gen: () => 'sk.' + b64u(JSON.stringify({ u: R.pick(['acme-maps', 'fleetops']), a: R.str(A.alnumL, 25) })) + '.' + R.str(A.b64u, 22) },
  { e: 'LAUNCHDARKLY_SDK_KEY', keys: ['LD_SDK_KEY'], desc: ['LaunchDarkly SDK key'], gen: () => 'sdk-' + [8, 4, 4, 4, 12].map((n) => R.str(A.hex, n)).join('-') },
  { e: 'SEGMENT_WRITE_KEY', keys: ['SEGMENT_WRITE_KEY'], desc: ['Segment write key'], gen: () => R.str(A.b62, 32) },
  { e: 'PAGERDUTY_API_KEY', keys: ['PAGERDUTY_TOKEN'], desc: ['PagerDuty key'], gen: () => R.str(A.b62 + '_+-', 20) },
  { e: 'DOPPLER_TOKEN', keys: ['DOPPLER_TOKEN'], desc: ['Doppler service token'], gen: () => 'dp.st.' + R.pick(['prd', 'stg', 'dev']) + '.' + R.str(A.b62, 40) },
  { e: 'TAILSCALE_AUTH_KEY', keys: ['TS_AUTHKEY'], desc: ['Tailscale auth key'], gen: () => `tskey-auth-k${R.str(A.b62, 10)}CNTRL-${R.str(A.b62, 32)}` },
  { e: 'NGROK_AUTHTOKEN', keys: ['NGROK_AUTHTOKEN'], desc: ['ngrok authtoken'], gen: () => '2' + R.str(A.b62, 26) + '_' + R.str(A.b62, 21) },
  { e: 'SESSION_COOKIE', keys: ['session', 'connect.sid'], desc: ['session cookie'], gen: () => R.str(A.b64u, 48) + '.' + R.str(A.b64u, 27) },
  { e: 'TOTP_SECRET', keys: ['totp_secret', 'MFA_SEED'], desc: ['2FA seed', 'TOTP secret'], gen: () => R.str(A.b32, 32) },
  { e: 'GITHUB_WEBHOOK_SECRET', keys: ['GITHUB_WEBHOOK_SECRET', 'WEBHOOK_SECRET'], desc: ['webhook secret'], gen: () => R.str(A.hex, 40) },
  { e: 'DJANGO_SECRET_KEY', keys: ['SECRET_KEY', 'DJANGO_SECRET_KEY'], desc: ['Django secret key'], gen: () => R.str(A.alnumL + '!@%^&*(-_=+)', 50) },
  { e: 'RAILS_MASTER_KEY', keys: ['RAILS_MASTER_KEY'], desc: ['Rails master key'], gen: () => R.str(A.hex, 32) },
  { e: 'LARAVEL_APP_KEY', keys: ['APP_KEY'], desc: ['Laravel app key'], gen: () => 'base64:' + rb64(32) },
  { e: 'FLASK_SECRET_KEY', keys: ['FLASK_SECRET_KEY', 'SECRET_KEY'], desc: ['Flask secret'], gen: () => R.str(A.hex, 64) },
  { e: 'NEXTAUTH_SECRET', keys: ['NEXTAUTH_SECRET', 'AUTH_SECRET'], desc: ['NextAuth secret'], gen: () => rb64(32) },
  { e: 'JWT_SIGNING_SECRET', keys: ['JWT_SECRET', 'jwt.secret', 'TOKEN_SIGNING_KEY'], desc: ['JWT signing secret'], gen: () => R.str(A.b64u, 48) },
  { e: 'ENCRYPTION_KEY', keys: ['ENCRYPTION_KEY', 'DATA_KEY', 'MASTER_KEY'], desc: ['encryption key'], gen: () => rb64(32) },
  { e: 'JENKINS_API_TOKEN', keys: ['JENKINS_API_TOKEN', 'JENKINS_TOKEN'], desc: ['Jenkins API token'], gen: () => '11' + R.str(A.hex, 32) },
  { e: 'ALIBABA_ACCESS_KEY_ID', keys: ['ALIBABA_CLOUD_ACCESS_KEY_ID'], desc: ['Alibaba key id'], gen: () => 'LTAI5t' + R.str(A.b62, 18) },
  { e: 'ALIBABA_ACCESS_KEY_SECRET', keys: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'], desc: ['Alibaba secret'], gen: () => R.str(A.b62, 30) },
  { e: 'IBM_CLOUD_API_KEY', keys: ['IBMCLOUD_API_KEY'], desc: ['IBM Cloud API key'], gen: () => R.str(A.b64u, 44) },
  { e: 'CONTENTFUL_PAT', keys: ['CONTENTFUL_MANAGEMENT_TOKEN'], desc: ['Contentful management token'], gen: () => 'CFPAT-' + R.str(A.b64u, 43) },
  { e: 'FACEBOOK_ACCESS_TOKEN', keys: ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN'], desc: ['Facebook page token'], gen: () => 'EAAG' + R.str(A.b62, 180) },
  { e: 'X_BEARER_TOKEN', keys: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], desc: ['Twitter bearer token'], gen: () => 'AAAAAAAAAAAAAAAAAAAAA' + R.str(A.b62, 24) + '%3D' + R.str(A.b62, 50) },
  { e: 'HUBSPOT_PRIVATE_APP_TOKEN', keys: ['HUBSPOT_ACCESS_TOKEN'], desc: ['HubSpot private app token'], gen: () => 'pat-' + R.pick(['na1', 'eu1']) + '-' + [8, 4, 4, 4, 12].map((n) => R.str(A.hex, n)).join('-') },
  { e: 'SALESFORCE_ACCESS_TOKEN', keys: ['SF_ACCESS_TOKEN', 'SFDC_SESSION_ID'], desc: ['Salesforce session id'], gen: () => '00D' + R.str(A.b62, 12) + '!AR' + R.str(A.b62 + '._', 93) },
  { e: 'ZENDESK_API_TOKEN', keys: ['ZENDESK_API_TOKEN'], desc: ['Zendesk API token'], gen: () => R.str(A.b62, 40) },
  { e: 'CLOUDINARY_API_SECRET', keys: ['CLOUDINARY_API_SECRET'], desc: ['Cloudinary secret'], gen: () => R.str(A.b64u, 27) },
  { e: 'DOCKER_REGISTRY_AUTH', keys: ['auth'], desc: ['registry auth'], gen: () => b64(R.pick(['ci-bot', 'deploy', 'robot$builder']) + ':' + password(2)) },
  { e: 'BASIC_AUTH_CREDENTIALS', keys: ['Authorization'], desc: ['basic auth header'], gen: () => b64(R.pick(['admin', 'svc-reporting', 'jenkins', 'api']) + ':' + password()) },
  { e: 'K8S_SECRET_DATA', keys: ['password', 'api-key', 'token'], desc: ['k8s secret'], gen: () => b64(password(2)) },
];
export const byE = Object.fromEntries(CATALOG.map((c) => [c.e, c]));
// deck: cycles through all kinds in shuffled order, so every kind gets used evenly
let deck = [];
export function drawKind(filter = () => true) {
  for (let tries = 0; tries < 400; tries++) {
    if (!deck.length) deck = R.shuffle(CATALOG);
    const c = deck.pop();
    if (filter(c)) return c;
    deck.unshift(c);
  }
  return R.pick(CATALOG.filter(filter));
}
// simple, single-line, shell/env safe token kinds (no PEM, no $ or spaces)
export const simple = (c) => !c.pem && c.e !== 'BRAINTREE_ACCESS_TOKEN' && c.e !== 'AWS_SESSION_TOKEN';
export const sec = (e) => ({ k: 's', e, v: byE[e].gen() });
export const secOf = (c) => ({ k: 's', e: c.e, v: c.gen() });
