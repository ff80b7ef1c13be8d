// blind4: secret catalogue and shared fragment helpers.
import { pick, int, chance, chars, hex, digits, B62, f, S, P, L, join, shuffle } from './lib.mjs';
import * as V from './values.mjs';

// [ENTITY, usual env/config names, generator]
export const SECRETS = [
  ['GITHUB_PAT', ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'], () => V.ghToken('ghp')],
  ['GITHUB_OAUTH_TOKEN', ['GH_OAUTH_TOKEN', 'GITHUB_OAUTH'], () => V.ghToken('gho')],
  ['GITHUB_USER_TO_SERVER_TOKEN', ['GH_USER_TOKEN'], () => V.ghToken('ghu')],
  ['GITHUB_APP_INSTALLATION_TOKEN', ['GITHUB_APP_TOKEN', 'GH_INSTALL_TOKEN'], () => V.ghToken('ghs')],
  ['GITHUB_REFRESH_TOKEN', ['GH_REFRESH_TOKEN'], () => V.ghToken('ghr')],
  ['GITHUB_FINE_GRAINED_PAT', ['GITHUB_TOKEN', 'GH_PAT'], V.ghFine],
  ['AWS_ACCESS_KEY_ID', ['AWS_ACCESS_KEY_ID'], () => V.awsKeyId('AKIA')],
  ['AWS_TEMP_ACCESS_KEY_ID', ['AWS_ACCESS_KEY_ID'], () => V.awsKeyId('ASIA')],
  ['AWS_SECRET_ACCESS_KEY', ['AWS_SECRET_ACCESS_KEY'], V.awsSecret],
  ['AWS_SESSION_TOKEN', ['AWS_SESSION_TOKEN'], V.awsSession],
  ['SLACK_BOT_TOKEN', ['SLACK_BOT_TOKEN', 'SLACK_TOKEN'], V.slackBot],
  ['SLACK_USER_TOKEN', ['SLACK_USER_TOKEN'], V.slackUser],
  ['SLACK_APP_TOKEN', ['SLACK_APP_TOKEN'], V.slackApp],
  ['STRIPE_SECRET_KEY', ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], V.stripeLive],
  ['STRIPE_RESTRICTED_KEY', ['STRIPE_RESTRICTED_KEY'], V.stripeRestricted],
  ['STRIPE_WEBHOOK_SECRET', ['STRIPE_WEBHOOK_SECRET'], V.stripeWebhook],
  ['OPENAI_API_KEY', ['OPENAI_API_KEY'], V.openaiProj],
  ['OPENAI_SERVICE_ACCOUNT_KEY', ['OPENAI_API_KEY', 'OPENAI_SVC_KEY'], V.openaiSvc],
  ['OPENAI_LEGACY_KEY', ['OPENAI_KEY'], V.openaiLegacy],
  ['ANTHROPIC_API_KEY', ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], V.anthropic],
  ['ANTHROPIC_ADMIN_KEY', ['ANTHROPIC_ADMIN_KEY'], V.anthropicAdmin],
  ['HUGGINGFACE_TOKEN', ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], V.hfToken],
  ['GITLAB_PAT', ['GITLAB_TOKEN', 'CI_JOB_PAT'], V.glpat],
  ['GITLAB_RUNNER_TOKEN', ['RUNNER_TOKEN'], V.glrt],
  ['NPM_TOKEN', ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], V.npmToken],
  ['GOOGLE_API_KEY', ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'FIREBASE_API_KEY'], V.googleApiKey],
  ['GOOGLE_OAUTH_CLIENT_SECRET', ['GOOGLE_CLIENT_SECRET'], V.googleOauthSecret],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', ['GOOGLE_ACCESS_TOKEN'], V.googleAccessToken],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', ['GOOGLE_REFRESH_TOKEN'], V.googleRefresh],
  ['AZURE_STORAGE_KEY', ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY'], V.azureStorageKey],
  ['AZURE_CLIENT_SECRET', ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'], V.azureClientSecret],
  ['TWILIO_AUTH_TOKEN', ['TWILIO_AUTH_TOKEN'], V.twilioAuth],
  ['TWILIO_API_KEY', ['TWILIO_API_KEY'], V.twilioApiKey],
  ['SENDGRID_API_KEY', ['SENDGRID_API_KEY'], V.sendgrid],
  ['MAILGUN_API_KEY', ['MAILGUN_API_KEY'], V.mailgun],
  ['DATADOG_API_KEY', ['DD_API_KEY', 'DATADOG_API_KEY'], V.datadogApi],
  ['DATADOG_APP_KEY', ['DD_APP_KEY'], V.datadogApp],
  ['SENTRY_AUTH_TOKEN', ['SENTRY_AUTH_TOKEN'], V.sentryAuth],
  ['SHOPIFY_ACCESS_TOKEN', ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN'], V.shopifyToken],
  ['SHOPIFY_SHARED_SECRET', ['SHOPIFY_API_SECRET'], V.shopifySecret],
  ['DISCORD_BOT_TOKEN', ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'], V.discordBot],
  ['TELEGRAM_BOT_TOKEN', ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], V.telegramBot],
  ['DIGITALOCEAN_TOKEN', ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], V.doToken],
  ['DOPPLER_TOKEN', ['DOPPLER_TOKEN'], V.dopplerToken],
  ['VAULT_TOKEN', ['VAULT_TOKEN'], V.vaultToken],
  ['TERRAFORM_CLOUD_TOKEN', ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io'], V.tfcToken],
  ['CLOUDFLARE_API_TOKEN', ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], V.cloudflareToken],
  ['HEROKU_API_KEY', ['HEROKU_API_KEY'], V.herokuKey],
  ['NEW_RELIC_LICENSE_KEY', ['NEW_RELIC_LICENSE_KEY'], V.newRelicLicense],
  ['NEW_RELIC_USER_KEY', ['NEW_RELIC_API_KEY'], V.newRelicUser],
  ['LINEAR_API_KEY', ['LINEAR_API_KEY'], V.linearKey],
  ['NOTION_TOKEN', ['NOTION_TOKEN', 'NOTION_API_KEY'], V.notionToken],
  ['ATLASSIAN_API_TOKEN', ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], V.atlassianToken],
  ['POSTMAN_API_KEY', ['POSTMAN_API_KEY'], V.postmanKey],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], V.grafanaSa],
  ['PULUMI_ACCESS_TOKEN', ['PULUMI_ACCESS_TOKEN'], V.pulumiToken],
  ['DATABRICKS_TOKEN', ['DATABRICKS_TOKEN'], V.databricksToken],
  ['OKTA_API_TOKEN', ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'], V.oktaToken],
  ['ALGOLIA_ADMIN_KEY', ['ALGOLIA_ADMIN_API_KEY'], V.algoliaAdmin],
  ['MAPBOX_SECRET_TOKEN', ['MAPBOX_SECRET_TOKEN'], V.mapboxSecret],
  ['DJANGO_SECRET_KEY', ['DJANGO_SECRET_KEY', 'SECRET_KEY'], V.djangoSecret],
  ['RAILS_MASTER_KEY', ['RAILS_MASTER_KEY'], V.railsMaster],
  ['FLASK_SECRET_KEY', ['FLASK_SECRET_KEY', 'SESSION_SECRET'], V.flaskSecret],
  ['ENCRYPTION_KEY', ['APP_ENCRYPTION_KEY', 'FIELD_ENCRYPTION_KEY', 'JWT_SIGNING_KEY'], V.encKey32],
  ['WEBHOOK_SECRET', ['WEBHOOK_SECRET', 'GITHUB_WEBHOOK_SECRET'], V.webhookSecret],
  ['GENERIC_API_KEY', ['API_KEY', 'PARTNER_API_KEY', 'X_API_KEY'], V.genericApiKey],
  ['GENERIC_SECRET', ['CLIENT_SECRET', 'APP_SECRET'], V.genericSecret],
  ['CIRCLECI_TOKEN', ['CIRCLE_TOKEN'], V.circleToken],
  ['JFROG_API_KEY', ['ARTIFACTORY_API_KEY'], V.jfrogKey],
  ['DOCKER_HUB_PAT', ['DOCKER_PASSWORD', 'DOCKERHUB_TOKEN'], V.dockerHubPat],
  ['SUPABASE_SERVICE_ROLE_KEY', ['SUPABASE_SERVICE_ROLE_KEY'], V.supabaseServiceKey],
  ['DATABASE_PASSWORD', ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'PGPASSWORD'], V.password],
  ['REDIS_PASSWORD', ['REDIS_PASSWORD'], V.password],
  ['SMTP_PASSWORD', ['SMTP_PASSWORD', 'EMAIL_HOST_PASSWORD'], V.password],
  ['LDAP_BIND_PASSWORD', ['LDAP_BIND_PASSWORD'], V.password],
];
export const SECRET_BY = Object.fromEntries(SECRETS.map((s) => [s[0], s]));
export function sec(entity) {
  const [e, names, gen] = entity ? SECRET_BY[entity] : pick(SECRETS);
  return { entity: e, name: pick(names), value: gen() };
}
// a short-valued secret (for one-line contexts), excludes AWS session token etc
const LONG = new Set(['AWS_SESSION_TOKEN', 'ATLASSIAN_API_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY']);
export function secShort() { let s; do { s = sec(); } while (LONG.has(s.entity)); return s; }
let cyc = [];
// cycle through the catalogue so every kind appears several times
export function secCycle() {
  if (!cyc.length) cyc = shuffle(SECRETS.map((s) => s[0]));
  return sec(cyc.pop());
}

// a non-secret env line: [name, fragment]
export function benignEnv() {
  return pick([
    () => ['NODE_ENV', pick(['production', 'development', 'staging'])],
    () => ['LOG_LEVEL', pick(['info', 'debug', 'warn'])],
    () => ['PORT', String(pick([3000, 8080, 8000, 5000]))],
    () => ['GIT_COMMIT', L('git_sha', V.gitSha())],
    () => ['BUILD_ID', L('build_number', V.buildNo())],
    () => ['APP_VERSION', L('version', V.version())],
    () => ['HOSTNAME', L('hostname', V.hostname())],
    () => ['DEPLOY_ID', L('uuid', V.uuid())],
    () => ['TZ', pick(['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Tokyo'])],
    () => ['STRIPE_PUBLISHABLE_KEY', L('public_key', V.stripePk())],
    () => ['AWS_REGION', pick(['eu-west-1', 'us-east-1', 'ap-northeast-1'])],
    () => ['SENTRY_RELEASE', L('git_sha', V.gitSha())],
    () => ['IMAGE_DIGEST', L('digest', V.imageDigest())],
    () => ['API_KEY_PLACEHOLDER', L('placeholder', V.placeholder())],
    () => ['DB_PASSWORD_FILE', '/run/secrets/db_password'],
    () => ['STARTED_AT', L('timestamp', V.isoTs())],
    () => ['CACHE_BUSTER', L('cache_bust_hash', V.cacheBust())],
    () => ['SECRET_ARN', L('secret_reference', V.secretRef())],
    () => ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    () => ['HOME', pick(['/root', '/home/app', '/home/runner'])],
    () => ['SHLVL', '1'],
    () => ['LANG', pick(['C.UTF-8', 'en_US.UTF-8', 'de_DE.UTF-8'])],
  ])();
}

export const HOSTS = ['api.acme.example', 'payments.globex.example', 'auth.initech.test', 'files.umbrella.example', 'hooks.tyrell.test', 'internal.hooli.example', 'gw.piedpiper.test', 'data.soylent.example'];
export const host = () => pick(HOSTS);
export const DBHOSTS = ['db-primary.acme.test', 'pg.internal.globex.example', 'mysql-01.initech.test', 'mongo.cluster0.umbrella.example', 'redis.cache.hooli.test'];
export const dbhost = () => pick(DBHOSTS);
export const user = () => pick(['app', 'svc_billing', 'admin', 'readonly', 'etl', 'deploy', 'postgres', 'root', 'reporting']);

// connection string with password span; returns fragment
export function connStr() {
  const pw = V.urlPassword();
  const k = int(0, 4);
  if (k === 0) return f`postgres://${user()}:${S('DATABASE_PASSWORD', pw)}@${dbhost()}:5432/${pick(['orders', 'app', 'crm'])}${chance(0.5) ? '?sslmode=require' : ''}`;
  if (k === 1) return f`mysql://${user()}:${S('DATABASE_PASSWORD', pw)}@${dbhost()}:3306/${pick(['shop', 'wp', 'ledger'])}`;
  if (k === 2) return f`mongodb+srv://${user()}:${S('MONGODB_PASSWORD', pw)}@${dbhost()}/${pick(['events', 'users'])}?retryWrites=true&w=majority`;
  if (k === 3) return f`redis://:${S('REDIS_PASSWORD', pw)}@${dbhost()}:6379/0`;
  return f`amqps://${user()}:${S('AMQP_PASSWORD', pw)}@mq.${pick(['acme', 'globex'])}.example:5671/${pick(['%2F', 'prod'])}`;
}

// PII bundle for a person
export function who() {
  const { name, email } = V.personWithEmail();
  return { name, email, phone: V.phone(), city: V.location() };
}

// small log timestamp
export const logTs = () => V.isoTs();
export { V, f, S, P, L, join, pick, int, chance, chars, hex, digits, B62 };
