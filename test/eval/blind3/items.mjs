// blind3 config items: (section, key, value pieces) that every config syntax can render.
import { S, L, A } from './lib.mjs';

const HOSTS = {
  pg: ['db-primary.internal.acme.example', 'pg-17.prod.globex.example', 'orders-db.svc.cluster.test', 'postgres.rds.acme.example'],
  my: ['mysql-01.corp.initech.test', 'maria.db.globex.example', 'legacy-mysql.acme.example'],
  mongo: ['cluster0.mongo.acme.example', 'rs0.docdb.globex.example'],
  redis: ['cache-01.internal.acme.example', 'redis.svc.cluster.test', 'sessions.cache.globex.example'],
  mq: ['mq.internal.acme.example', 'rabbit-eu1.globex.example', 'broker.svc.cluster.test'],
};

export function makeItems(ctx) {
  const { r, K, Lk } = ctx;
  const s = (e, v) => S(e, v ?? K[e]());
  const l = (w, v) => L(w, v ?? Lk[w]());
  const user = () => r.pick(['app', 'app_user', 'svc_orders', 'reporting_ro', 'admin', 'billing', 'etl', 'django', 'rails', 'api']);
  const db = () => r.pick(['app', 'orders', 'crm_prod', 'analytics', 'ledger', 'inventory']);
  // each: [section, key, pieces, isSecretItem]
  const secretItems = [
    () => ['database', 'url', ['postgres://', user(), ':', s('POSTGRES_PASSWORD', K.urlpw()), '@', r.pick(HOSTS.pg), ':5432/', db(), r.pick(['', '?sslmode=require'])]],
    () => ['database', 'password', [s('POSTGRES_PASSWORD')]],
    () => ['database', 'mysql_dsn', ['mysql://', user(), ':', s('MYSQL_PASSWORD', K.urlpw()), '@', r.pick(HOSTS.my), ':3306/', db()]],
    () => ['database', 'jdbc_url', ['jdbc:postgresql://', r.pick(HOSTS.pg), ':5432/', db(), '?user=', user(), ';password=', s('POSTGRES_PASSWORD', K.urlpw())]],
    () => ['database', 'mongo_uri', ['mongodb+srv://', user(), ':', s('MONGODB_PASSWORD'), '@', r.pick(HOSTS.mongo), '/', db(), '?retryWrites=true']],
    () => ['database', 'sqlserver', ['Server=tcp:sql-', r.pick(['eu', 'us', 'ap']), '.db.acme.example,1433;Database=', db(), ';User Id=', user(), ';Password=', s('MSSQL_PASSWORD'), ';Encrypt=True;']],
    () => ['database', 'oracle_connect', [user(), '/', s('ORACLE_PASSWORD', K.urlpw()), '@//ora-fin.corp.initech.test:1521/FINPDB1']],
    () => ['database', 'clickhouse_url', ['clickhouse://default:', s('CLICKHOUSE_PASSWORD'), '@ch-01.analytics.acme.example:9000/events']],
    () => ['database', 'cassandra_password', [s('CASSANDRA_PASSWORD')]],
    () => ['database', 'snowflake_password', [s('SNOWFLAKE_PASSWORD')]],
    () => ['cache', 'redis_url', [r.pick(['redis://', 'rediss://']), r.pick(['', 'default']), ':', s('REDIS_PASSWORD'), '@', r.pick(HOSTS.redis), ':6379/0']],
    () => ['cache', 'redis_password', [s('REDIS_PASSWORD')]],
    () => ['queue', 'amqp_url', ['amqps://', user(), ':', s('RABBITMQ_PASSWORD'), '@', r.pick(HOSTS.mq), ':5671/', r.pick(['%2F', 'orders', 'events'])]],
    () => ['queue', 'nats_url', ['nats://ingest:', s('NATS_PASSWORD'), '@nats.svc.cluster.test:4222']],
    () => ['queue', 'kafka_sasl_jaas', ['org.apache.kafka.common.security.plain.PlainLoginModule required username=\'', r.pick(['ingest', 'cdc', 'svc-orders']), '\' password=\'', s('KAFKA_SASL_PASSWORD', K.urlpw()), '\';']],
    () => ['search', 'elasticsearch_url', ['https://elastic:', s('ELASTICSEARCH_PASSWORD', K.urlpw()), '@search.prod.globex.example:9243']],
    () => ['auth', 'ldap_bind_password', [s('LDAP_BIND_PASSWORD')]],
    () => ['mail', 'smtp_password', [s('SMTP_PASSWORD')]],
    () => ['mail', 'sendgrid_api_key', [s('SENDGRID_API_KEY')]],
    () => ['mail', 'mailgun_api_key', [s('MAILGUN_API_KEY')]],
    () => ['payments', 'stripe_secret_key', [s('STRIPE_SECRET_KEY')]],
    () => ['payments', 'stripe_restricted_key', [s('STRIPE_RESTRICTED_KEY')]],
    () => ['payments', 'stripe_webhook_secret', [s('STRIPE_WEBHOOK_SECRET')]],
    () => ['payments', 'square_access_token', [s('SQUARE_ACCESS_TOKEN')]],
    () => ['ai', 'openai_api_key', [s('OPENAI_API_KEY')]],
    () => ['ai', 'anthropic_api_key', [s('ANTHROPIC_API_KEY')]],
    () => ['ai', 'hf_token', [s('HUGGINGFACE_TOKEN')]],
    () => ['integrations', 'github_token', [s(r.pick(['GITHUB_PAT', 'GITHUB_APP_INSTALLATION_TOKEN', 'GITHUB_FINE_GRAINED_PAT']))]],
    () => ['integrations', 'gitlab_token', [s('GITLAB_PAT')]],
    () => ['integrations', 'slack_bot_token', [s('SLACK_BOT_TOKEN')]],
    () => ['integrations', 'slack_app_token', [s('SLACK_APP_TOKEN')]],
    () => ['integrations', 'slack_webhook_url', ['https://hooks.chat.acme.example/services/T', r.chars(A.upper + A.digit, 10), '/B', r.chars(A.upper + A.digit, 10), '/', s('WEBHOOK_URL_SECRET')]],
    () => ['integrations', 'teams_webhook', ['https://acme.webhook.office.example/webhookb2/', Lk.uuid(), '/IncomingWebhook/', s('WEBHOOK_URL_SECRET', r.chars(A.hex, 32)), '/', Lk.uuid()]],
    () => ['integrations', 'discord_webhook', ['https://chat.gamers.example/api/webhooks/', r.digits(18), '/', s('WEBHOOK_URL_SECRET', r.chars(A.alnum + '-_', 68))]],
    () => ['integrations', 'discord_bot_token', [s('DISCORD_BOT_TOKEN')]],
    () => ['integrations', 'telegram_bot_token', [s('TELEGRAM_BOT_TOKEN')]],
    () => ['integrations', 'twilio_auth_token', [s('TWILIO_AUTH_TOKEN')]],
    () => ['integrations', 'twilio_api_key_secret', [s('TWILIO_API_KEY')]],
    () => ['integrations', 'linear_api_key', [s('LINEAR_API_KEY')]],
    () => ['integrations', 'notion_token', [s('NOTION_INTEGRATION_TOKEN')]],
    () => ['integrations', 'figma_token', [s('FIGMA_TOKEN')]],
    () => ['integrations', 'atlassian_api_token', [s('ATLASSIAN_API_TOKEN')]],
    () => ['integrations', 'postman_api_key', [s('POSTMAN_API_KEY')]],
    () => ['integrations', 'shopify_admin_token', [s('SHOPIFY_ACCESS_TOKEN')]],
    () => ['integrations', 'okta_api_token', [s('OKTA_API_TOKEN')]],
    () => ['integrations', 'google_maps_api_key', [s('GOOGLE_API_KEY')]],
    () => ['integrations', 'google_client_secret', [s('GOOGLE_OAUTH_CLIENT_SECRET')]],
    () => ['integrations', 'mapbox_secret_token', [s('MAPBOX_SECRET_TOKEN')]],
    () => ['integrations', 'algolia_admin_key', [s('ALGOLIA_ADMIN_KEY')]],
    () => ['observability', 'sentry_dsn', ['https://', s('DSN_KEY'), '@o', r.digits(6), '.ingest.errors.acme.example/', r.digits(7)]],
    () => ['observability', 'datadog_api_key', [s('DATADOG_API_KEY')]],
    () => ['observability', 'datadog_app_key', [s('DATADOG_APP_KEY')]],
    () => ['observability', 'newrelic_license_key', [s('NEW_RELIC_LICENSE_KEY')]],
    () => ['observability', 'grafana_token', [s('GRAFANA_SERVICE_ACCOUNT_TOKEN')]],
    () => ['observability', 'sentry_auth_token', [s('SENTRY_AUTH_TOKEN')]],
    () => ['cloud', 'aws_access_key_id', [s('AWS_ACCESS_KEY')]],
    () => ['cloud', 'aws_secret_access_key', [s('AWS_SECRET_KEY')]],
    () => ['cloud', 'azure_storage_connection_string', ['DefaultEndpointsProtocol=https;AccountName=acme', r.pick(['logs', 'media', 'backup']), ';AccountKey=', s('AZURE_STORAGE_KEY'), ';EndpointSuffix=core.storage.acme.example']],
    () => ['cloud', 'azure_client_secret', [s('AZURE_CLIENT_SECRET')]],
    () => ['cloud', 'digitalocean_token', [s('DIGITALOCEAN_TOKEN')]],
    () => ['cloud', 'cloudflare_api_token', [s('CLOUDFLARE_API_TOKEN')]],
    () => ['cloud', 'blob_sas_url', ['https://acmemedia.blob.storage.acme.example/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&sig=', s('AZURE_SAS_SIGNATURE')]],
    () => ['cloud', 'vault_token', [s('VAULT_TOKEN')]],
    () => ['cloud', 'doppler_token', [s('DOPPLER_TOKEN')]],
    () => ['cloud', 'supabase_service_role_key', [s('SUPABASE_SERVICE_ROLE_KEY')]],
    () => ['cloud', 'planetscale_password', [s('PLANETSCALE_PASSWORD')]],
    () => ['app', 'secret_key', [s(r.pick(['DJANGO_SECRET_KEY', 'FLASK_SECRET_KEY', 'SESSION_SECRET']))]],
    () => ['app', 'secret_key_base', [s('RAILS_SECRET_KEY_BASE')]],
    () => ['app', 'jwt_secret', [s('SESSION_SECRET', r.chars(A.alnum + '-_', 64))]],
    () => ['app', 'encryption_key', [s('ENCRYPTION_KEY')]],
    () => ['app', 'webhook_signing_secret', [s('WEBHOOK_SIGNING_SECRET')]],
    () => ['auth', 'oauth_client_secret', [s('OAUTH_CLIENT_SECRET')]],
    () => ['auth', 'admin_password', [s('ADMIN_PASSWORD')]],
    () => ['app', 'internal_api_key', [s('API_KEY')]],
    () => ['storage', 'keystore_password', [s('KEYSTORE_PASSWORD')]],
    () => ['storage', 'sftp_password', [s('SFTP_PASSWORD')]],
  ];
  const lookItems = [
    () => ['database', 'password', [l('env_reference', Lk.env_reference('DB_PASSWORD'))]],
    () => ['database', 'password', [l('vault_reference')]],
    () => ['database', 'password', [l('placeholder')]],
    () => ['database', 'url', ['postgres://', user(), ':', l('env_reference', Lk.env_reference('PGPASSWORD')), '@', r.pick(HOSTS.pg), ':5432/', db()]],
    () => ['database', 'host', [l('hostname')]],
    () => ['cache', 'password', [l('placeholder')]],
    () => ['cache', 'host', [l('hostname')]],
    () => ['payments', 'stripe_publishable_key', [l('stripe_publishable_key')]],
    () => ['payments', 'stripe_secret_key', [l('env_reference', Lk.env_reference('STRIPE_SECRET_KEY'))]],
    () => ['cloud', 'aws_access_key_id', [l('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')]],
    () => ['cloud', 'aws_secret_access_key', [l('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')]],
    () => ['cloud', 'aws_account_id', [l('account_id')]],
    () => ['cloud', 'kms_key_arn', ['arn:aws:kms:eu-central-1:', l('account_id'), ':key/', l('uuid')]],
    () => ['cloud', 'tenant_id', [l('uuid')]],
    () => ['cloud', 'client_id', [l('uuid')]],
    () => ['app', 'build_commit', [l('git_sha')]],
    () => ['app', 'version', [l('version')]],
    () => ['app', 'release', [l('build_number')]],
    () => ['app', 'brand_color', [l('hex_color')]],
    () => ['app', 'map_center', [l('coordinates')]],
    () => ['app', 'deployed_at', [l('timestamp')]],
    () => ['app', 'instance_id', [l('uuid')]],
    () => ['app', 'image', ['registry.acme.example/api@', l('digest')]],
    () => ['auth', 'admin_password_hash', [l(r.pick(['bcrypt_hash', 'argon2_hash']))]],
    () => ['auth', 'jwt_public_key_sha256', [l('hash', r.chars(A.hex, 64))]],
    () => ['auth', 'oauth_client_secret', [l('placeholder')]],
    () => ['integrations', 'github_token', [l('env_reference', Lk.env_reference('GITHUB_TOKEN'))]],
    () => ['integrations', 'slack_bot_token', [l('placeholder')]],
    () => ['mail', 'smtp_password', [l('vault_reference')]],
    () => ['observability', 'trace_sample_id', [l('request_id')]],
    () => ['app', 'checksum_md5', [l('md5')]],
  ];
  const neutralItems = [
    () => ['database', 'pool_size', [String(r.int(5, 50))]],
    () => ['database', 'port', [r.pick(['5432', '3306', '1433'])]],
    () => ['cache', 'ttl_seconds', [String(r.int(60, 86400))]],
    () => ['app', 'log_level', [r.pick(['info', 'debug', 'warn'])]],
    () => ['app', 'region', [r.pick(['eu-west-1', 'us-east-2', 'ap-southeast-1'])]],
    () => ['app', 'environment', [r.pick(['production', 'staging', 'prod-eu'])]],
    () => ['mail', 'smtp_host', [r.pick(['smtp.mail.acme.example', 'relay.globex.example'])]],
    () => ['mail', 'smtp_user', [r.pick(['postmaster', 'no-reply', 'apikey'])]],
    () => ['app', 'timeout_ms', [String(r.int(500, 30000))]],
    () => ['app', 'feature_new_checkout', [r.pick(['true', 'false'])]],
  ];
  return {
    pick(nSecret, nLook, nNeutral) {
      const out = [];
      for (const [pool, n] of [[secretItems, nSecret], [lookItems, nLook], [neutralItems, nNeutral]]) {
        for (const f of r.sample(pool, Math.min(n, pool.length))) out.push(f());
      }
      // stable-ish grouping by section, random order inside
      const order = r.shuffle([...new Set(out.map((i) => i[0]))]);
      return r.shuffle(out).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
    },
  };
}

export const caseKey = (k, style) => {
  const parts = k.split('_');
  if (style === 'UPPER') return parts.join('_').toUpperCase();
  if (style === 'camel') return parts[0] + parts.slice(1).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  if (style === 'Pascal') return parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  if (style === 'kebab') return parts.join('-');
  if (style === 'dot') return parts.join('.');
  return k;
};
