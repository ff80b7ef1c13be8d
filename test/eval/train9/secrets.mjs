// train9 secret kinds: entity name, a typical variable name, how people call it, a generator.
import { int, pick, chance, str, digits, hex, b62, bytes, cyc, S, DIG, UP, LO, B62, B64, B64U, crc32, base62, wrap, b58check, crc24 } from './lib.mjs';

export function ghToken(prefix) { const r = b62(30); return prefix + r + base62(crc32(Buffer.from(r)), 6); }
export const b64s = (n) => str(B64, n);
export const b64u = (n) => str(B64U, n);
export const b32 = (n) => str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
const UUID = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const b64url = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');

export function jwt(opts = {}) {
  const alg = opts.alg || pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const iat = 1760000000 + int(0, 9000000);
  const payload = opts.payload || pick([
    { sub: String(int(10000, 999999)), name: 'svc-' + pick(['billing', 'ingest', 'export']), iat, exp: iat + 3600 },
    { iss: `https://auth.${pick(['acme', 'globex', 'initech'])}.example/`, sub: `auth0|${hex(24)}`, aud: 'api://default', iat, exp: iat + 86400, scope: 'read:orders write:orders' },
    { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': pick(['prod', 'payments', 'ci']), 'kubernetes.io/serviceaccount/service-account.name': pick(['deployer', 'argocd-server', 'default']), sub: 'system:serviceaccount:prod:deployer' },
    { role: 'service_role', iss: 'supabase', iat, exp: iat + 315360000 },
    { user_id: int(100, 99999), tenant: pick(['eu-1', 'us-2']), roles: ['admin'], jti: hex(16), iat },
  ]);
  const sigLen = { HS256: 43, HS512: 86, RS256: 342, ES256: 86 }[alg];
  return `${b64url({ alg, typ: 'JWT', ...(chance(0.4) ? { kid: hex(8) } : {}) })}.${b64url(payload)}.${b64u(sigLen)}`;
}
const der = (prefixHex, n) => Buffer.concat([Buffer.from(prefixHex, 'hex'), bytes(n)]).toString('base64');
export function pem(kind) {
  kind = kind || pick(['rsa', 'pkcs8', 'ec', 'openssh', 'openssh', 'ec']);
  if (kind === 'rsa') return `-----BEGIN RSA PRIVATE KEY-----\n${wrap(der('308204a40201000282010100', 1180))}\n-----END RSA PRIVATE KEY-----`;
  if (kind === 'pkcs8') return `-----BEGIN PRIVATE KEY-----\n${wrap(der('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 1178))}\n-----END PRIVATE KEY-----`;
  if (kind === 'ec') return `-----BEGIN EC PRIVATE KEY-----\n${wrap(Buffer.concat([Buffer.from('30770201010420', 'hex'), bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), bytes(64)]).toString('base64'))}\n-----END EC PRIVATE KEY-----`;
  if (kind === 'openssh') {
    const s = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
    const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
    const pub = bytes(32), pubBlob = Buffer.concat([s(Buffer.from('ssh-ed25519')), s(pub)]);
    const chk = bytes(4);
    let priv = Buffer.concat([chk, chk, s(Buffer.from('ssh-ed25519')), s(pub), s(Buffer.concat([bytes(32), pub])), s(Buffer.from(pick(['deploy@ci', 'root@bastion', 'jenkins@build-07'])))]);
    let pad = 1; while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([pad++])]);
    const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), s(Buffer.from('none')), s(Buffer.from('none')), s(Buffer.alloc(0)), u32(1), s(pubBlob), s(priv)]);
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  }
  if (kind === 'pgp') { const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), bytes(640)]); const c = crc24(body); const ck = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64'); return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'))}\n=${ck}\n-----END PGP PRIVATE KEY BLOCK-----`; }
}
const WORDS = ['maple', 'orbit', 'Falcon', 'ginger', 'Tundra', 'pixel', 'harbor', 'Quartz', 'lantern', 'mosaic', 'Cobalt', 'sierra', 'Nimbus', 'pepper', 'walrus', 'Zephyr', 'Sommer', 'Frühling', 'soleil', 'Primavera', 'tiger', 'Kaffee'];
export function password(urlSafe = false) {
  const k = int(0, 5);
  let p;
  if (k === 0) p = `${pick(WORDS)}${pick(WORDS)}${int(10, 2025)}${pick(['!', '#', '$', '?', '*', '%'])}`;
  else if (k === 1) p = `${pick(WORDS)}-${pick(WORDS).toLowerCase()}-${pick(WORDS).toLowerCase()}-${int(1, 99)}`;
  else if (k === 2) p = str(B62 + '!@#%^*-_=+', int(16, 28));
  else if (k === 3) p = `${pick(WORDS)}${pick(['@', '#', '&'])}${int(1000, 9999)}${str(UP, 2)}`;
  else if (k === 4) p = str(B62, int(20, 32));
  else p = `${str(UP, 1)}${str(LO, 5)}${digits(3)}${pick(['!', '$', '.'])}${str(B62, 6)}`;
  if (urlSafe) p = p.replace(/[^A-Za-z0-9._~-]/g, () => pick(['-', '_', '.', '~', str(DIG, 1)]));
  return p;
}
const hs = (n) => hex(n);
// [entity, env var, human description, generator]
const K = [
  ['AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'AWS access key id', () => 'AKIA' + b32(16)],
  ['AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS secret key', () => b64s(40)],
  ['AWS_TEMP_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'temporary AWS key id', () => 'ASIA' + b32(16)],
  ['AWS_SESSION_TOKEN', 'AWS_SESSION_TOKEN', 'AWS session token', () => 'IQoJb3JpZ2luX2VjE' + b64s(int(280, 360))],
  ['GITHUB_PAT', 'GITHUB_TOKEN', 'GitHub personal access token', () => ghToken('ghp_')],
  ['GITHUB_OAUTH_TOKEN', 'GH_OAUTH_TOKEN', 'GitHub OAuth token', () => ghToken('gho_')],
  ['GITHUB_USER_TO_SERVER_TOKEN', 'GH_USER_TOKEN', 'GitHub app user token', () => ghToken('ghu_')],
  ['GITHUB_APP_INSTALLATION_TOKEN', 'GH_APP_TOKEN', 'GitHub installation token', () => ghToken('ghs_')],
  ['GITHUB_REFRESH_TOKEN', 'GH_REFRESH_TOKEN', 'GitHub refresh token', () => ghToken('ghr_')],
  ['GITHUB_FINE_GRAINED_PAT', 'GITHUB_PAT', 'fine-grained GitHub token', () => `github_pat_11${str(UP + DIG, 20)}_${b62(59)}`],
  ['GITLAB_PAT', 'GITLAB_TOKEN', 'GitLab token', () => 'glpat-' + str(B62 + '-_', 20)],
  ['GITLAB_RUNNER_TOKEN', 'RUNNER_TOKEN', 'GitLab runner auth token', () => 'glrt-' + str(B62 + '-_', 20)],
  ['GITLAB_TRIGGER_TOKEN', 'CI_TRIGGER_TOKEN', 'pipeline trigger token', () => 'glptt-' + hs(40)],
  ['SLACK_BOT_TOKEN', 'SLACK_BOT_TOKEN', 'Slack bot token', () => `xoxb-${digits(12)}-${digits(13)}-${b62(24)}`],
  ['SLACK_USER_TOKEN', 'SLACK_USER_TOKEN', 'Slack user token', () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hs(32)}`],
  ['SLACK_APP_TOKEN', 'SLACK_APP_TOKEN', 'Slack socket-mode app token', () => `xapp-1-A${str(UP + DIG, 10)}-${digits(13)}-${hs(64)}`],
  ['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY', 'Stripe live secret key', () => 'sk_live_' + (chance(0.5) ? b62(24) : '51' + b62(97))],
  ['STRIPE_RESTRICTED_KEY', 'STRIPE_RK', 'Stripe restricted key', () => 'rk_live_51' + b62(97)],
  ['STRIPE_WEBHOOK_SECRET', 'STRIPE_WEBHOOK_SECRET', 'Stripe webhook signing secret', () => 'whsec_' + b62(32)],
  ['OPENAI_API_KEY', 'OPENAI_API_KEY', 'OpenAI key', () => `sk-proj-${str(B62 + '-_', 58)}T3BlbkFJ${str(B62 + '-_', 58)}`],
  ['OPENAI_LEGACY_KEY', 'OPENAI_KEY', 'old OpenAI key', () => `sk-${b62(20)}T3BlbkFJ${b62(20)}`],
  ['ANTHROPIC_API_KEY', 'ANTHROPIC_API_KEY', 'Anthropic API key', () => `sk-ant-api03-${str(B62 + '-_', 93)}AA`],
  ['ANTHROPIC_ADMIN_KEY', 'ANTHROPIC_ADMIN_KEY', 'Anthropic admin key', () => `sk-ant-admin01-${str(B62 + '-_', 93)}AA`],
  ['HUGGINGFACE_TOKEN', 'HF_TOKEN', 'Hugging Face token', () => 'hf_' + str(UP + LO, 34)],
  ['NPM_TOKEN', 'NPM_TOKEN', 'npm automation token', () => 'npm_' + b62(36)],
  ['DOCKERHUB_PAT', 'DOCKER_PAT', 'Docker Hub access token', () => 'dckr_pat_' + str(B62 + '-_', 27)],
  ['SENDGRID_API_KEY', 'SENDGRID_API_KEY', 'SendGrid key', () => `SG.${str(B62 + '-_', 22)}.${str(B62 + '-_', 43)}`],
  ['TWILIO_AUTH_TOKEN', 'TWILIO_AUTH_TOKEN', 'Twilio auth token', () => hs(32)],
  ['TWILIO_API_KEY', 'TWILIO_API_KEY_SID', 'Twilio API key', () => 'SK' + hs(32)],
  ['MAILGUN_API_KEY', 'MAILGUN_API_KEY', 'Mailgun key', () => `key-${hs(32)}`],
  ['MAILCHIMP_API_KEY', 'MAILCHIMP_KEY', 'Mailchimp key', () => `${hs(32)}-us${int(2, 21)}`],
  ['GOOGLE_API_KEY', 'GOOGLE_API_KEY', 'Google API key', () => 'AIza' + str(B62 + '-_', 35)],
  ['GOOGLE_OAUTH_CLIENT_SECRET', 'GOOGLE_CLIENT_SECRET', 'Google OAuth client secret', () => 'GOCSPX-' + str(B62 + '-_', 28)],
  ['GOOGLE_REFRESH_TOKEN', 'GOOGLE_REFRESH_TOKEN', 'Google refresh token', () => `1//0${str(B62 + '-_', 2)}${str(B62 + '-_', 99)}`],
  ['GCP_SERVICE_ACCOUNT_PRIVATE_KEY', 'GCP_SA_KEY', 'service account key', () => pem('pkcs8')],
  ['AZURE_STORAGE_ACCOUNT_KEY', 'AZURE_STORAGE_KEY', 'storage account key', () => b64s(86) + '=='],
  ['AZURE_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', 'Azure AD client secret', () => `${b62(3)}8Q~${str(B62 + '._~-', 34)}`],
  ['AZURE_SAS_SIGNATURE', 'AZURE_SAS', 'SAS signature', () => encodeURIComponent(b64s(43) + '=')],
  ['AZURE_DEVOPS_PAT', 'AZURE_DEVOPS_EXT_PAT', 'Azure DevOps PAT', () => str('abcdefghijklmnopqrstuvwxyz234567', 52)],
  ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ACCESS_TOKEN', 'Shopify admin token', () => 'shpat_' + hs(32)],
  ['SHOPIFY_SHARED_SECRET', 'SHOPIFY_API_SECRET', 'Shopify app secret', () => 'shpss_' + hs(32)],
  ['DIGITALOCEAN_TOKEN', 'DIGITALOCEAN_TOKEN', 'DigitalOcean token', () => 'dop_v1_' + hs(64)],
  ['HEROKU_API_KEY', 'HEROKU_API_KEY', 'Heroku API key', () => 'HRKU-AA' + str(B62 + '_-', 58)],
  ['DATADOG_API_KEY', 'DD_API_KEY', 'Datadog API key', () => hs(32)],
  ['DATADOG_APP_KEY', 'DD_APP_KEY', 'Datadog application key', () => hs(40)],
  ['NEW_RELIC_LICENSE_KEY', 'NEW_RELIC_LICENSE_KEY', 'New Relic license key', () => hs(36) + 'NRAL'],
  ['NEW_RELIC_USER_KEY', 'NEW_RELIC_API_KEY', 'New Relic user key', () => 'NRAK-' + str(UP + DIG, 27)],
  ['SENTRY_AUTH_TOKEN', 'SENTRY_AUTH_TOKEN', 'Sentry auth token', () => 'sntryu_' + hs(64)],
  ['SENTRY_DSN_KEY', 'SENTRY_DSN', 'Sentry DSN key', () => hs(32)],
  ['PAGERDUTY_API_KEY', 'PAGERDUTY_TOKEN', 'PagerDuty API key', () => 'u+' + str(B62 + '_-', 18)],
  ['ATLASSIAN_API_TOKEN', 'JIRA_API_TOKEN', 'Jira API token', () => 'ATATT3xFfGF0' + str(B62 + '-_', 171) + '=' + str(UP + DIG, 8)],
  ['LINEAR_API_KEY', 'LINEAR_API_KEY', 'Linear key', () => 'lin_api_' + b62(40)],
  ['NOTION_TOKEN', 'NOTION_TOKEN', 'Notion integration secret', () => 'ntn_' + digits(11) + b62(35)],
  ['FIGMA_PAT', 'FIGMA_TOKEN', 'Figma token', () => `figd_${str(B62 + '-_', 40)}`],
  ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_TOKEN', 'Cloudflare API token', () => str(B62 + '-_', 40)],
  ['CLOUDFLARE_GLOBAL_API_KEY', 'CF_API_KEY', 'Cloudflare global key', () => hs(37)],
  ['VAULT_TOKEN', 'VAULT_TOKEN', 'Vault token', () => 'hvs.' + str(B62 + '_-', 90)],
  ['TERRAFORM_CLOUD_TOKEN', 'TFE_TOKEN', 'Terraform Cloud token', () => `${b62(14)}.atlasv1.${b62(67)}`],
  ['PULUMI_ACCESS_TOKEN', 'PULUMI_ACCESS_TOKEN', 'Pulumi token', () => 'pul-' + hs(40)],
  ['DOPPLER_TOKEN', 'DOPPLER_TOKEN', 'Doppler service token', () => `dp.st.${pick(['prd', 'stg', 'dev'])}.${b62(43)}`],
  ['POSTMAN_API_KEY', 'POSTMAN_API_KEY', 'Postman key', () => `PMAK-${hs(24)}-${hs(34)}`],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_TOKEN', 'Grafana service account token', () => `glsa_${b62(32)}_${hs(8)}`],
  ['GRAFANA_CLOUD_TOKEN', 'GRAFANA_CLOUD_TOKEN', 'Grafana Cloud token', () => 'glc_' + b64s(120).replace(/[+/]/g, 'x') + '=='],
  ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN', 'CircleCI token', () => 'CCIPAT_' + b62(22) + '_' + hs(40)],
  ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', 'Telegram bot token', () => `${int(1000000000, 7999999999)}:AA${str(B62 + '_-', 33)}`],
  ['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN', 'Discord bot token', () => `${Buffer.from(String(int(100000000, 999999999)) + digits(9)).toString('base64').replace(/=+$/, '')}.${str(B62 + '_-', 6)}.${str(B62 + '_-', 38)}`],
  ['JWT_BEARER_TOKEN', 'ACCESS_TOKEN', 'access token', () => jwt()],
  ['JWT_SIGNING_SECRET', 'JWT_SECRET', 'JWT signing secret', () => b64s(int(44, 64)).replace(/[+/]/g, 'Q')],
  ['RSA_PRIVATE_KEY', 'TLS_KEY', 'RSA key', () => pem('rsa')],
  ['PKCS8_PRIVATE_KEY', 'PRIVATE_KEY', 'private key', () => pem('pkcs8')],
  ['EC_PRIVATE_KEY', 'EC_KEY', 'EC key', () => pem('ec')],
  ['OPENSSH_PRIVATE_KEY', 'SSH_PRIVATE_KEY', 'deploy key', () => pem('openssh')],
  ['PGP_PRIVATE_KEY', 'GPG_PRIVATE_KEY', 'signing key', () => pem('pgp')],
  ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD', 'Postgres password', () => password(true)],
  ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MySQL root password', () => password(true)],
  ['MONGODB_PASSWORD', 'MONGO_PASSWORD', 'Mongo password', () => password(true)],
  ['REDIS_PASSWORD', 'REDIS_PASSWORD', 'Redis password', () => password(true)],
  ['RABBITMQ_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'RabbitMQ password', () => password(true)],
  ['SMTP_PASSWORD', 'SMTP_PASSWORD', 'SMTP password', () => password()],
  ['LDAP_BIND_PASSWORD', 'LDAP_BIND_PW', 'LDAP bind password', () => password()],
  ['FTP_PASSWORD', 'FTP_PASS', 'FTP password', () => password(true)],
  ['MSSQL_PASSWORD', 'MSSQL_SA_PASSWORD', 'SQL Server sa password', () => password()],
  ['ORACLE_PASSWORD', 'ORACLE_PWD', 'Oracle password', () => password(true)],
  ['SNOWFLAKE_PASSWORD', 'SNOWFLAKE_PASSWORD', 'Snowflake password', () => password()],
  ['ELASTICSEARCH_API_KEY', 'ES_API_KEY', 'Elasticsearch API key', () => Buffer.from(`${b62(20)}:${str(B62 + '-_', 22)}`).toString('base64')],
  ['ELASTIC_PASSWORD', 'ELASTIC_PASSWORD', 'elastic user password', () => password(true)],
  ['KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD', 'Kafka SASL password', () => password()],
  ['CONFLUENT_API_SECRET', 'CONFLUENT_API_SECRET', 'Confluent API secret', () => str(B62 + '+/', 64)],
  ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_ADMIN_API_KEY', 'Algolia admin key', () => hs(32)],
  ['MAPBOX_SECRET_TOKEN', 'MAPBOX_SECRET_TOKEN', 'Mapbox secret token', () => `sk.${b64url({ u: pick(['acme-maps', 'geo-team']), a: hex(24).slice(0, 25) })}.${str(B62 + '-_', 22)}`],
  ['SQUARE_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', 'Square token', () => 'EAAA' + str(B62 + '-_', 60)],
  ['BRAINTREE_ACCESS_TOKEN', 'BRAINTREE_TOKEN', 'Braintree token', () => `access_token$production$${str(LO + DIG, 16)}$${hs(32)}`],
  ['PAYPAL_CLIENT_SECRET', 'PAYPAL_CLIENT_SECRET', 'PayPal client secret', () => 'E' + str(B62 + '-_', 79)],
  ['FIREBASE_SERVER_KEY', 'FCM_SERVER_KEY', 'FCM server key', () => `AAAA${str(B62 + '-_', 7)}:APA91b${str(B62 + '-_', 134)}`],
  ['OKTA_API_TOKEN', 'OKTA_API_TOKEN', 'Okta token', () => '00' + str(B62 + '-_', 40)],
  ['AUTH0_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'Auth0 client secret', () => str(B62 + '-_', 64)],
  ['ARTIFACTORY_API_KEY', 'ARTIFACTORY_API_KEY', 'Artifactory key', () => 'AKCp' + b62(69)],
  ['SONARQUBE_TOKEN', 'SONAR_TOKEN', 'SonarQube token', () => 'squ_' + hs(40)],
  ['NUGET_API_KEY', 'NUGET_API_KEY', 'NuGet key', () => 'oy2' + str(LO + DIG, 43)],
  ['RUBYGEMS_API_KEY', 'GEM_HOST_API_KEY', 'RubyGems key', () => 'rubygems_' + hs(48)],
  ['AGE_SECRET_KEY', 'SOPS_AGE_KEY', 'age identity', () => 'AGE-SECRET-KEY-1' + str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)],
  ['BITCOIN_WIF_PRIVATE_KEY', 'BTC_WIF', 'wallet private key (WIF)', () => b58check(Buffer.concat([Buffer.from([0x80]), bytes(32), Buffer.from([1])]))],
  ['ETHEREUM_PRIVATE_KEY', 'ETH_PRIVATE_KEY', 'deployer wallet key', () => '0x' + hs(64)],
  ['TOTP_SEED', 'TOTP_SECRET', '2FA seed', () => b32(32)],
  ['SSH_KEY_PASSPHRASE', 'SSH_PASSPHRASE', 'key passphrase', () => `${pick(WORDS)} ${pick(WORDS).toLowerCase()} ${pick(WORDS).toLowerCase()} ${int(10, 99)}`],
  ['GPG_PASSPHRASE', 'GPG_PASSPHRASE', 'GPG passphrase', () => password()],
  ['REGISTRY_PASSWORD', 'REGISTRY_PASSWORD', 'registry password', () => password()],
  ['WIFI_PSK', 'WIFI_PSK', 'wifi password', () => password()],
  ['ADMIN_PASSWORD', 'ADMIN_PASSWORD', 'admin password', () => password()],
  ['USER_PASSWORD', 'PASSWORD', 'password', () => password()],
  ['DJANGO_SECRET_KEY', 'DJANGO_SECRET_KEY', 'Django secret key', () => 'django-insecure-' + str(LO + DIG + '!@#$%^&*(-_=+)', 50)],
  ['RAILS_SECRET_KEY_BASE', 'SECRET_KEY_BASE', 'secret_key_base', () => hs(128)],
  ['RAILS_MASTER_KEY', 'RAILS_MASTER_KEY', 'Rails master key', () => hs(32)],
  ['FLASK_SECRET_KEY', 'FLASK_SECRET_KEY', 'Flask secret key', () => hs(48)],
  ['LARAVEL_APP_KEY', 'APP_KEY', 'Laravel app key', () => 'base64:' + b64s(43) + '='],
  ['NEXTAUTH_SECRET', 'NEXTAUTH_SECRET', 'NextAuth secret', () => b64s(43) + '='],
  ['SESSION_SECRET', 'SESSION_SECRET', 'session secret', () => str(B62, 48)],
  ['ENCRYPTION_KEY', 'ENCRYPTION_KEY', 'AES key', () => hs(64)],
  ['WEBHOOK_SIGNING_SECRET', 'WEBHOOK_SECRET', 'webhook secret', () => b62(40)],
  ['OAUTH_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', 'OAuth client secret', () => str(B62 + '-_', 40)],
  ['GENERIC_API_KEY', 'API_KEY', 'API key', () => str(B62, 40)],
  ['BASIC_AUTH_CREDENTIALS', 'BASIC_AUTH', 'basic auth header value', () => Buffer.from(`${pick(['admin', 'deploy', 'ops', 'api'])}:${password()}`).toString('base64')],
  ['DOCKER_AUTH_CONFIG', 'DOCKER_AUTH', 'docker auth', () => Buffer.from(`${pick(['ci-bot', 'robot$push', 'deployer'])}:${password()}`).toString('base64')],
  ['K8S_SECRET_DATA', 'K8S_SECRET', 'k8s secret value', () => Buffer.from(password()).toString('base64')],
  ['KUBE_CLIENT_KEY_DATA', 'KUBE_CLIENT_KEY', 'kubeconfig client key', () => Buffer.from(pem('ec')).toString('base64')],
  ['JENKINS_API_TOKEN', 'JENKINS_TOKEN', 'Jenkins API token', () => '11' + hs(32)],
  ['WORDPRESS_APP_PASSWORD', 'WP_APP_PASSWORD', 'WordPress application password', () => Array.from({ length: 6 }, () => b62(4)).join(' ')],
  ['APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_APP_PASSWORD', 'app-specific password', () => Array.from({ length: 4 }, () => str(LO, 4)).join('-')],
  ['SNMP_COMMUNITY', 'SNMP_COMMUNITY', 'SNMP community', () => password(true)],
  ['RADIUS_SHARED_SECRET', 'RADIUS_SECRET', 'RADIUS secret', () => password()],
  ['IPSEC_PSK', 'IPSEC_PSK', 'IPsec pre-shared key', () => b64s(44)],
  ['NETLIFY_TOKEN', 'NETLIFY_AUTH_TOKEN', 'Netlify token', () => 'nfp_' + b62(36)],
  ['VERCEL_TOKEN', 'VERCEL_TOKEN', 'Vercel token', () => b62(24)],
  ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_ROLE_KEY', 'service_role key', () => jwt({ alg: 'HS256', payload: { iss: 'supabase', ref: str(LO, 20), role: 'service_role', iat: 1700000000 + int(0, 9e7), exp: 2000000000 + int(0, 9e7) } })],
  ['PLANETSCALE_PASSWORD', 'DATABASE_PASSWORD', 'PlanetScale password', () => 'pscale_pw_' + str(B62 + '_-', 43)],
  ['PLANETSCALE_TOKEN', 'PLANETSCALE_SERVICE_TOKEN', 'PlanetScale service token', () => 'pscale_tkn_' + str(B62 + '_-', 43)],
  ['FLY_API_TOKEN', 'FLY_API_TOKEN', 'Fly token', () => 'FlyV1 fm2_' + str(B62 + '_-', 180)],
  ['REPLICATE_API_TOKEN', 'REPLICATE_API_TOKEN', 'Replicate token', () => 'r8_' + b62(37)],
  ['GROQ_API_KEY', 'GROQ_API_KEY', 'Groq key', () => 'gsk_' + b62(52)],
  ['COHERE_API_KEY', 'CO_API_KEY', 'Cohere key', () => b62(40)],
  ['MISTRAL_API_KEY', 'MISTRAL_API_KEY', 'Mistral key', () => b62(32)],
  ['PERPLEXITY_API_KEY', 'PPLX_API_KEY', 'Perplexity key', () => 'pplx-' + b62(48)],
  ['LANGSMITH_API_KEY', 'LANGSMITH_API_KEY', 'LangSmith key', () => `lsv2_pt_${hs(32)}_${hs(10)}`],
  ['PINECONE_API_KEY', 'PINECONE_API_KEY', 'Pinecone key', () => 'pcsk_' + b62(5) + '_' + b62(62)],
  ['XAI_API_KEY', 'XAI_API_KEY', 'xAI key', () => 'xai-' + b62(80)],
  ['OPENROUTER_API_KEY', 'OPENROUTER_API_KEY', 'OpenRouter key', () => 'sk-or-v1-' + hs(64)],
  ['ASANA_PAT', 'ASANA_TOKEN', 'Asana PAT', () => `2/${digits(16)}/${digits(16)}:${hs(32)}`],
  ['AIRTABLE_PAT', 'AIRTABLE_TOKEN', 'Airtable token', () => `pat${b62(14)}.${hs(64)}`],
  ['HUBSPOT_PRIVATE_APP_TOKEN', 'HUBSPOT_TOKEN', 'HubSpot private app token', () => `pat-${pick(['na1', 'eu1'])}-${UUID()}`],
  ['CLICKUP_API_TOKEN', 'CLICKUP_TOKEN', 'ClickUp token', () => `pk_${digits(8)}_${str(UP + DIG, 32)}`],
  ['RESEND_API_KEY', 'RESEND_API_KEY', 'Resend key', () => `re_${b62(8)}_${b62(24)}`],
  ['BUILDKITE_TOKEN', 'BUILDKITE_API_TOKEN', 'Buildkite token', () => 'bkua_' + hs(40)],
  ['TAILSCALE_AUTH_KEY', 'TS_AUTHKEY', 'Tailscale auth key', () => `tskey-auth-k${b62(11)}CNTRL-${b62(33)}`],
  ['NGROK_AUTHTOKEN', 'NGROK_AUTHTOKEN', 'ngrok authtoken', () => `${b62(27)}_${b62(21)}`],
  ['EASYPOST_API_KEY', 'EASYPOST_API_KEY', 'EasyPost key', () => 'EZAK' + hs(54)],
  ['BREVO_API_KEY', 'BREVO_API_KEY', 'Brevo key', () => `xkeysib-${hs(64)}-${b62(16)}`],
  ['PLAID_SECRET', 'PLAID_SECRET', 'Plaid secret', () => hs(30)],
  ['FASTLY_API_TOKEN', 'FASTLY_API_TOKEN', 'Fastly token', () => str(B62 + '-_', 32)],
  ['CODECOV_UPLOAD_TOKEN', 'CODECOV_TOKEN', 'Codecov token', () => UUID()],
];
export const KINDS = K.map(([e, env, desc, g]) => ({ e, env, desc, g }));
export const KIND_BY = Object.fromEntries(KINDS.map((k) => [k.e, k]));
// a short, non-PEM, single-line kind (for inline contexts); round-robin so all get used
const SHORT = KINDS.filter((k) => !/PRIVATE_KEY$|CLIENT_KEY_DATA/.test(k.e) || /ETHEREUM|BITCOIN/.test(k.e));
export function anyKind() { return cyc('kind', SHORT); }
export function sec(kindName) { const k = kindName ? KIND_BY[kindName] : anyKind(); return { k, m: S(k.e, k.g()) }; }
export const SEC = (name) => { const k = KIND_BY[name]; if (!k) throw new Error('no kind ' + name); return S(k.e, k.g()); };
