// Generators of format-valid fake credentials, and the table of credential kinds with the names
// they are usually stored under. Every value is random (seeded): none is a real credential.
import {
  int, pick, bool, chars, digits, hex, alnum, bytes, f,
  B62, ALNUM, B64, B64URL, B32, UPPER, LOWER, DIGITS, HEX, HEXU,
} from './rng.mjs';
import { checksummedToken, b64, b64url, wrap, crc32, base62 } from './crypto_formats.mjs';

const URLSAFE = ALNUM + '-_';

// ---- PEM blocks -------------------------------------------------------------------------------
const h = (s) => Buffer.from(s.replace(/ /g, ''), 'hex');
function der(prefixHex, total) {
  const p = h(prefixHex);
  return Buffer.concat([p, bytes(total - p.length)]);
}
function pem(label, body, width = 64) {
  return `-----BEGIN ${label}-----\n${wrap(b64(body), width)}\n-----END ${label}-----`;
}
function sshString(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}
export function opensshEd25519(comment) {
  const pk = bytes(32);
  const sk = bytes(32);
  const pub = Buffer.concat([sshString('ssh-ed25519'), sshString(pk)]);
  const check = bytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pk),
    sshString(Buffer.concat([sk, pk])), sshString(comment)]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'),
    sshString(''), one, sshString(pub), sshString(priv)]);
  return pem('OPENSSH PRIVATE KEY', blob, 70);
}
export function privateKeyPem(kind = pick(['rsa', 'rsa', 'pkcs8', 'pkcs8', 'ec', 'ec8', 'ssh', 'rsa4096'])) {
  switch (kind) {
    case 'rsa': return pem('RSA PRIVATE KEY', der('308204a40201000282010100', 1192));
    case 'rsa4096': return pem('RSA PRIVATE KEY', der('308209280201000282020100', 2348));
    case 'pkcs8': return pem('PRIVATE KEY', der('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 1218));
    case 'ec': {
      const body = Buffer.concat([h('30770201010420'), bytes(32), h('a00a06082a8648ce3d030107a144034200 04'), bytes(64)]);
      return pem('EC PRIVATE KEY', body);
    }
    case 'ec8': {
      const body = Buffer.concat([h('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420'),
        bytes(32), h('a14403420004'), bytes(64)]);
      return pem('PRIVATE KEY', body);
    }
    case 'encrypted': return pem('ENCRYPTED PRIVATE KEY', der('308205363060', 1338));
    default: return opensshEd25519(`${f.internet.username().toLowerCase()}@${f.word.noun()}`);
  }
}
// Look-alikes: public material.
export function certificatePem() { return pem('CERTIFICATE', der('308203', int(880, 1400))); }
export function publicKeyPem() {
  return pem('PUBLIC KEY', der('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 294));
}
export function sshPublicKey(comment) {
  if (bool()) {
    return 'ssh-ed25519 ' + b64(Buffer.concat([sshString('ssh-ed25519'), sshString(bytes(32))])) + (comment ? ' ' + comment : '');
  }
  const blob = Buffer.concat([sshString('ssh-rsa'), sshString(h('010001')), sshString(Buffer.concat([h('00'), bytes(256)]))]);
  return 'ssh-rsa ' + b64(blob) + (comment ? ' ' + comment : '');
}

// ---- JWTs -------------------------------------------------------------------------------------
export function jwt(claims = {}) {
  const alg = pick(['HS256', 'RS256', 'ES256', 'HS256']);
  const header = pick([{ alg, typ: 'JWT' }, { typ: 'JWT', alg }, { alg, kid: hex(16), typ: 'JWT' }, { alg }]);
  const now = int(1_700_000_000, 1_760_000_000);
  const payload = {
    sub: pick([String(int(1000, 999999)), f.string.uuid(), `user:${f.internet.username()}`]),
    iat: now, exp: now + pick([900, 3600, 86400]),
    ...pick([{}, { iss: `https://auth.${f.internet.domainWord()}.io/` }, { scope: 'read write', aud: 'api' }, { role: 'service_role', iss: 'supabase' }]),
    ...claims,
  };
  const sigLen = alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32;
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(bytes(sigLen))}`;
}

// ---- Individual credential formats -----------------------------------------------------------
export const gen = {
  GITHUB_PERSONAL_ACCESS_TOKEN: () => checksummedToken('ghp_'),
  GITHUB_OAUTH_TOKEN: () => checksummedToken('gho_'),
  GITHUB_APP_TOKEN: () => checksummedToken(pick(['ghs_', 'ghu_'])),
  GITHUB_REFRESH_TOKEN: () => 'ghr_' + chars(B62, 76),
  GITHUB_FINE_GRAINED_PAT: () => `github_pat_11${chars(UPPER + DIGITS, 7)}0${chars(B62, 12)}_${chars(B62, 59)}`,
  GITLAB_PAT: () => 'glpat-' + chars(URLSAFE, 20),
  GITLAB_PIPELINE_TRIGGER_TOKEN: () => 'glptt-' + hex(40),
  GITLAB_RUNNER_TOKEN: () => 'glrt-' + chars(URLSAFE, 20),
  AWS_ACCESS_KEY: () => pick(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + chars(UPPER + '234567', 16),
  AWS_SECRET_KEY: () => chars(ALNUM + '/+', 40),
  AWS_SESSION_TOKEN: () => 'FwoGZXIvYXdzE' + chars(ALNUM + '/+', int(280, 360)) + '=',
  GCP_API_KEY: () => 'AIza' + chars(URLSAFE, 35),
  GOOGLE_OAUTH_CLIENT_SECRET: () => 'GOCSPX-' + chars(URLSAFE, 28),
  GOOGLE_OAUTH_ACCESS_TOKEN: () => 'ya29.' + chars(URLSAFE, int(150, 200)),
  GOOGLE_OAUTH_REFRESH_TOKEN: () => '1//0' + chars(URLSAFE, 99),
  PRIVATE_KEY: () => privateKeyPem(),
  SLACK_BOT_TOKEN: () => `xoxb-${digits(int(10, 13))}-${digits(13)}-${alnum(24)}`,
  SLACK_USER_TOKEN: () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`,
  SLACK_APP_TOKEN: () => `xapp-1-A${chars(UPPER + DIGITS, 10)}-${digits(13)}-${hex(64)}`,
  SLACK_WEBHOOK_URL: () => `https://hooks.slack.com/services/T${chars(UPPER + DIGITS, 10)}/B${chars(UPPER + DIGITS, 10)}/${alnum(24)}`,
  STRIPE_SECRET_KEY: () => 'sk_live_' + pick(['51' + alnum(97), alnum(24)]),
  STRIPE_RESTRICTED_KEY: () => 'rk_live_51' + alnum(97),
  STRIPE_WEBHOOK_SECRET: () => 'whsec_' + alnum(32),
  OPENAI_API_KEY: () => pick([
    () => `sk-proj-${chars(URLSAFE, 74)}T3BlbkFJ${chars(URLSAFE, 74)}`,
    () => `sk-${alnum(20)}T3BlbkFJ${alnum(20)}`,
    () => `sk-svcacct-${chars(URLSAFE, 74)}T3BlbkFJ${chars(URLSAFE, 74)}`,
  ])(),
  ANTHROPIC_API_KEY: () => `sk-ant-api03-${chars(URLSAFE, 93)}AA`,
  ANTHROPIC_ADMIN_KEY: () => `sk-ant-admin01-${chars(URLSAFE, 93)}AA`,
  HUGGINGFACE_TOKEN: () => 'hf_' + chars(UPPER + LOWER, 34),
  JWT: () => jwt(),
  NPM_TOKEN: () => checksummedToken('npm_'),
  PYPI_TOKEN: () => 'pypi-AgEIcHlwaS5vcmc' + chars(URLSAFE, int(120, 180)),
  DOCKERHUB_PAT: () => 'dckr_pat_' + chars(URLSAFE, 27),
  SENDGRID_API_KEY: () => `SG.${chars(URLSAFE, 22)}.${chars(URLSAFE, 43)}`,
  TWILIO_API_KEY: () => 'SK' + hex(32),
  TWILIO_AUTH_TOKEN: () => hex(32),
  MAILGUN_API_KEY: () => 'key-' + hex(32),
  MAILCHIMP_API_KEY: () => `${hex(32)}-us${int(1, 21)}`,
  SHOPIFY_ACCESS_TOKEN: () => pick(['shpat_', 'shpca_', 'shppa_', 'shpss_']) + hex(32),
  DIGITALOCEAN_TOKEN: () => pick(['dop_v1_', 'doo_v1_', 'dor_v1_']) + hex(64),
  HEROKU_API_KEY: () => 'HRKU-AA' + chars(URLSAFE, 58),
  DATABRICKS_TOKEN: () => 'dapi' + hex(32) + pick(['', '-2', '-3']),
  ATLASSIAN_API_TOKEN: () => 'ATATT3xFfGF0' + chars(URLSAFE, 170) + '=' + chars(HEXU, 8),
  AZURE_STORAGE_KEY: () => chars(ALNUM + '/+', 86) + '==',
  AZURE_AD_CLIENT_SECRET: () => `${chars(ALNUM, 3)}${int(7, 8)}Q~${chars(ALNUM + '_~.-', 34)}`,
  DISCORD_BOT_TOKEN: () => `${b64url(digits(18)).replace(/=+$/, '')}.${chars(URLSAFE, 6)}.${chars(URLSAFE, 38)}`,
  DISCORD_WEBHOOK_URL: () => `https://discord.com/api/webhooks/${digits(19)}/${chars(URLSAFE, 68)}`,
  TELEGRAM_BOT_TOKEN: () => `${int(100000000, 7999999999)}:AA${chars(URLSAFE, 33)}`,
  SQUARE_ACCESS_TOKEN: () => pick(['EAAA' + chars(URLSAFE, 60), 'sq0atp-' + chars(URLSAFE, 22)]),
  SQUARE_OAUTH_SECRET: () => 'sq0csp-' + chars(URLSAFE, 43),
  BRAINTREE_ACCESS_TOKEN: () => `access_token$production$${chars(LOWER + DIGITS, 16)}$${hex(32)}`,
  LINEAR_API_KEY: () => 'lin_api_' + alnum(40),
  NOTION_TOKEN: () => pick(['secret_' + alnum(43), 'ntn_' + digits(11) + alnum(35)]),
  PLANETSCALE_TOKEN: () => pick(['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_']) + chars(URLSAFE, 43),
  POSTMAN_API_KEY: () => `PMAK-${hex(24)}-${hex(34)}`,
  NEW_RELIC_API_KEY: () => 'NRAK-' + chars(UPPER + DIGITS, 27),
  DATADOG_API_KEY: () => hex(32),
  SENTRY_AUTH_TOKEN: () => 'sntryu_' + hex(64),
  GRAFANA_TOKEN: () => pick([
    () => 'glsa_' + alnum(32) + '_' + hex(8),
    () => 'glc_' + b64(JSON.stringify({ o: String(int(100000, 999999)), n: 'stack-' + int(1, 999) + '-token', k: alnum(24), m: { r: 'prod-us-east-0' } })).replace(/=+$/, ''),
  ])(),
  VAULT_TOKEN: () => pick(['hvs.' + chars(URLSAFE, 24), 'hvs.CAESI' + chars(URLSAFE, 86), 'hvb.AAAAAQ' + chars(URLSAFE, 128)]),
  TERRAFORM_CLOUD_TOKEN: () => `${alnum(14)}.atlasv1.${alnum(67)}`,
  PULUMI_ACCESS_TOKEN: () => 'pul-' + hex(40),
  DOPPLER_TOKEN: () => `dp.${pick(['st', 'pt', 'sa', 'ct'])}.${pick(['dev', 'prd', 'stg'])}.${alnum(43)}`,
  CLOUDFLARE_API_TOKEN: () => chars(URLSAFE, 40),
  SUPABASE_TOKEN: () => 'sbp_' + hex(40),
  GROQ_API_KEY: () => 'gsk_' + alnum(52),
  REPLICATE_API_TOKEN: () => 'r8_' + alnum(37),
  PERPLEXITY_API_KEY: () => 'pplx-' + alnum(48),
  XAI_API_KEY: () => 'xai-' + alnum(80),
  LANGSMITH_API_KEY: () => `lsv2_${pick(['pt', 'sk'])}_${hex(32)}_${hex(10)}`,
  TWITTER_BEARER_TOKEN: () => 'AAAAAAAAAAAAAAAAAAAAA' + alnum(25) + '%3D' + alnum(50),
  FACEBOOK_ACCESS_TOKEN: () => 'EAA' + alnum(int(150, 200)),
  AGE_SECRET_KEY: () => 'AGE-SECRET-KEY-1' + chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  ALIBABA_ACCESS_KEY: () => 'LTAI' + alnum(20),
  FIGMA_TOKEN: () => 'figd_' + chars(URLSAFE, 40),
  CIRCLECI_TOKEN: () => `CCIPAT_${alnum(22)}_${hex(40)}`,
  BITBUCKET_APP_PASSWORD: () => 'ATBB' + alnum(32) + chars(HEXU, 8),
  DYNATRACE_TOKEN: () => `dt0c01.${chars(UPPER + DIGITS, 24)}.${chars(UPPER + DIGITS, 64)}`,
  RUBYGEMS_API_KEY: () => 'rubygems_' + hex(48),
  MAPBOX_SECRET_TOKEN: () => `sk.eyJ1Ijoi${alnum(int(12, 20))}In0.${chars(URLSAFE, 22)}`,
  OKTA_API_TOKEN: () => '00' + chars(URLSAFE, 40),
  PREFECT_API_KEY: () => 'pnu_' + alnum(36),
  FLY_IO_TOKEN: () => 'FlyV1 fm2_' + chars(URLSAFE + '+/=', int(300, 400)),
  DJANGO_SECRET_KEY: () => 'django-insecure-' + chars(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50),
  RAILS_SECRET_KEY_BASE: () => hex(128),
  LARAVEL_APP_KEY: () => 'base64:' + b64(bytes(32)),
  GENERIC_API_KEY: () => pick([alnum(32), hex(40), chars(URLSAFE, 48), alnum(24) + hex(16)]),
  PASSWORD: () => password(),
  DATABASE_PASSWORD: () => password(true),
  BASIC_AUTH_CREDENTIALS: () => '',  // built by templates: base64(user:password)
  KUBECONFIG_CLIENT_KEY_DATA: () => b64(privateKeyPem(pick(['rsa', 'ec']))),
};

// Realistic human- or tool-made passwords. `urlSafe` avoids characters that would have to be
// percent-encoded in a connection URI.
export function password(urlSafe = false) {
  const special = urlSafe ? '-_.~' : '!#%*-_.+=~^';
  return pick([
    () => f.word.adjective().replace(/^./, (c) => c.toUpperCase()) + pick(special.split('')) + f.word.noun() + int(10, 9999),
    () => chars(ALNUM, int(16, 32)),
    () => chars(ALNUM + special, int(14, 24)),
    () => `${f.word.noun()}${pick(special.split(''))}${f.word.noun()}${pick(special.split(''))}${f.word.verb()}`,
    () => chars(HEX, 32),
    () => b64url(bytes(24)),
  ])();
}

// The name a credential is usually stored under, by kind (several spellings each).
export const varNames = {
  GITHUB_PERSONAL_ACCESS_TOKEN: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'github_token', 'GITHUB_PERSONAL_ACCESS_TOKEN'],
  GITHUB_OAUTH_TOKEN: ['GITHUB_OAUTH_TOKEN', 'oauth_token', 'GH_OAUTH'],
  GITHUB_APP_TOKEN: ['GITHUB_APP_INSTALLATION_TOKEN', 'GH_APP_TOKEN', 'installation_token'],
  GITHUB_REFRESH_TOKEN: ['GITHUB_REFRESH_TOKEN', 'refresh_token'],
  GITHUB_FINE_GRAINED_PAT: ['GITHUB_TOKEN', 'GH_PAT', 'GITHUB_FINE_GRAINED_TOKEN', 'RENOVATE_TOKEN'],
  GITLAB_PAT: ['GITLAB_TOKEN', 'GL_TOKEN', 'CI_JOB_TOKEN_OVERRIDE', 'GITLAB_PRIVATE_TOKEN'],
  GITLAB_PIPELINE_TRIGGER_TOKEN: ['TRIGGER_TOKEN', 'GITLAB_TRIGGER_TOKEN'],
  GITLAB_RUNNER_TOKEN: ['RUNNER_TOKEN', 'CI_SERVER_TOKEN', 'REGISTRATION_TOKEN'],
  AWS_ACCESS_KEY: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'AWS_KEY', 'accessKeyId'],
  AWS_SECRET_KEY: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'AWS_SECRET', 'secretAccessKey'],
  AWS_SESSION_TOKEN: ['AWS_SESSION_TOKEN', 'aws_session_token'],
  GCP_API_KEY: ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'FIREBASE_API_KEY', 'MAPS_API_KEY', 'apiKey'],
  GOOGLE_OAUTH_CLIENT_SECRET: ['GOOGLE_CLIENT_SECRET', 'client_secret', 'OAUTH_CLIENT_SECRET'],
  GOOGLE_OAUTH_ACCESS_TOKEN: ['GOOGLE_ACCESS_TOKEN', 'access_token'],
  GOOGLE_OAUTH_REFRESH_TOKEN: ['GOOGLE_REFRESH_TOKEN', 'refresh_token'],
  SLACK_BOT_TOKEN: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'slack_token', 'SLACK_API_TOKEN'],
  SLACK_USER_TOKEN: ['SLACK_USER_TOKEN', 'SLACK_LEGACY_TOKEN'],
  SLACK_APP_TOKEN: ['SLACK_APP_TOKEN', 'SOCKET_MODE_TOKEN'],
  SLACK_WEBHOOK_URL: ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK', 'webhook_url', 'ALERT_WEBHOOK'],
  STRIPE_SECRET_KEY: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'stripe_secret', 'STRIPE_KEY'],
  STRIPE_RESTRICTED_KEY: ['STRIPE_RESTRICTED_KEY', 'STRIPE_RK'],
  STRIPE_WEBHOOK_SECRET: ['STRIPE_WEBHOOK_SECRET', 'STRIPE_SIGNING_SECRET', 'webhook_secret'],
  OPENAI_API_KEY: ['OPENAI_API_KEY', 'OPENAI_KEY', 'openai_api_key', 'LLM_API_KEY'],
  ANTHROPIC_API_KEY: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY', 'anthropic_api_key'],
  ANTHROPIC_ADMIN_KEY: ['ANTHROPIC_ADMIN_KEY', 'ANTHROPIC_ADMIN_API_KEY'],
  HUGGINGFACE_TOKEN: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'HUGGINGFACEHUB_API_TOKEN', 'hf_token'],
  JWT: ['JWT', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'id_token', 'SESSION_TOKEN'],
  NPM_TOKEN: ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN'],
  PYPI_TOKEN: ['PYPI_TOKEN', 'TWINE_PASSWORD', 'PYPI_API_TOKEN'],
  DOCKERHUB_PAT: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD', 'REGISTRY_TOKEN'],
  SENDGRID_API_KEY: ['SENDGRID_API_KEY', 'SMTP_PASSWORD', 'EMAIL_API_KEY'],
  TWILIO_API_KEY: ['TWILIO_API_KEY', 'TWILIO_API_KEY_SID'],
  TWILIO_AUTH_TOKEN: ['TWILIO_AUTH_TOKEN', 'twilio_auth_token'],
  MAILGUN_API_KEY: ['MAILGUN_API_KEY', 'MAILGUN_KEY'],
  MAILCHIMP_API_KEY: ['MAILCHIMP_API_KEY', 'MC_API_KEY'],
  SHOPIFY_ACCESS_TOKEN: ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN', 'SHOPIFY_API_SECRET'],
  DIGITALOCEAN_TOKEN: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN', 'DIGITALOCEAN_ACCESS_TOKEN'],
  HEROKU_API_KEY: ['HEROKU_API_KEY', 'HEROKU_TOKEN'],
  DATABRICKS_TOKEN: ['DATABRICKS_TOKEN', 'DATABRICKS_PAT'],
  ATLASSIAN_API_TOKEN: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_TOKEN'],
  AZURE_STORAGE_KEY: ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY', 'AccountKey'],
  AZURE_AD_CLIENT_SECRET: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET', 'client_secret'],
  DISCORD_BOT_TOKEN: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN', 'BOT_TOKEN'],
  DISCORD_WEBHOOK_URL: ['DISCORD_WEBHOOK_URL', 'DISCORD_WEBHOOK'],
  TELEGRAM_BOT_TOKEN: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN', 'BOT_TOKEN'],
  SQUARE_ACCESS_TOKEN: ['SQUARE_ACCESS_TOKEN', 'SQUARE_TOKEN'],
  SQUARE_OAUTH_SECRET: ['SQUARE_APPLICATION_SECRET', 'SQUARE_OAUTH_SECRET'],
  BRAINTREE_ACCESS_TOKEN: ['BRAINTREE_ACCESS_TOKEN', 'PAYPAL_ACCESS_TOKEN'],
  LINEAR_API_KEY: ['LINEAR_API_KEY', 'LINEAR_TOKEN'],
  NOTION_TOKEN: ['NOTION_TOKEN', 'NOTION_API_KEY', 'NOTION_INTEGRATION_SECRET'],
  PLANETSCALE_TOKEN: ['PLANETSCALE_SERVICE_TOKEN', 'PSCALE_TOKEN', 'DATABASE_PASSWORD'],
  POSTMAN_API_KEY: ['POSTMAN_API_KEY', 'X_API_KEY'],
  NEW_RELIC_API_KEY: ['NEW_RELIC_API_KEY', 'NEW_RELIC_USER_KEY'],
  DATADOG_API_KEY: ['DD_API_KEY', 'DATADOG_API_KEY'],
  SENTRY_AUTH_TOKEN: ['SENTRY_AUTH_TOKEN', 'SENTRY_TOKEN'],
  GRAFANA_TOKEN: ['GRAFANA_API_KEY', 'GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_CLOUD_TOKEN'],
  VAULT_TOKEN: ['VAULT_TOKEN', 'vault_token'],
  TERRAFORM_CLOUD_TOKEN: ['TFE_TOKEN', 'TF_API_TOKEN', 'TF_TOKEN_app_terraform_io'],
  PULUMI_ACCESS_TOKEN: ['PULUMI_ACCESS_TOKEN'],
  DOPPLER_TOKEN: ['DOPPLER_TOKEN', 'DOPPLER_SERVICE_TOKEN'],
  CLOUDFLARE_API_TOKEN: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN', 'CLOUDFLARE_TOKEN'],
  SUPABASE_TOKEN: ['SUPABASE_ACCESS_TOKEN'],
  GROQ_API_KEY: ['GROQ_API_KEY'],
  REPLICATE_API_TOKEN: ['REPLICATE_API_TOKEN'],
  PERPLEXITY_API_KEY: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
  XAI_API_KEY: ['XAI_API_KEY', 'GROK_API_KEY'],
  LANGSMITH_API_KEY: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'],
  TWITTER_BEARER_TOKEN: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'],
  FACEBOOK_ACCESS_TOKEN: ['FB_ACCESS_TOKEN', 'META_ACCESS_TOKEN', 'WHATSAPP_TOKEN'],
  AGE_SECRET_KEY: ['SOPS_AGE_KEY', 'AGE_KEY'],
  ALIBABA_ACCESS_KEY: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALICLOUD_ACCESS_KEY'],
  FIGMA_TOKEN: ['FIGMA_TOKEN', 'FIGMA_ACCESS_TOKEN'],
  CIRCLECI_TOKEN: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'],
  BITBUCKET_APP_PASSWORD: ['BITBUCKET_APP_PASSWORD', 'BB_TOKEN'],
  DYNATRACE_TOKEN: ['DT_API_TOKEN', 'DYNATRACE_TOKEN'],
  RUBYGEMS_API_KEY: ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'],
  MAPBOX_SECRET_TOKEN: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'],
  OKTA_API_TOKEN: ['OKTA_API_TOKEN', 'OKTA_TOKEN'],
  PREFECT_API_KEY: ['PREFECT_API_KEY'],
  FLY_IO_TOKEN: ['FLY_API_TOKEN'],
  DJANGO_SECRET_KEY: ['SECRET_KEY', 'DJANGO_SECRET_KEY'],
  RAILS_SECRET_KEY_BASE: ['SECRET_KEY_BASE'],
  LARAVEL_APP_KEY: ['APP_KEY'],
  GENERIC_API_KEY: ['API_KEY', 'api_key', 'apiKey', 'X_API_KEY', 'SERVICE_API_KEY', 'PARTNER_API_KEY', 'ALGOLIA_ADMIN_KEY', 'MISTRAL_API_KEY', 'COHERE_API_KEY', 'PINECONE_API_KEY'],
  PASSWORD: ['PASSWORD', 'password', 'ADMIN_PASSWORD', 'SMTP_PASS', 'REDIS_PASSWORD', 'LDAP_BIND_PASSWORD', 'db_password', 'MYSQL_ROOT_PASSWORD', 'RABBITMQ_DEFAULT_PASS'],
  DATABASE_PASSWORD: ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'DATABASE_PASSWORD', 'PGPASSWORD', 'MYSQL_PASSWORD'],
};

// How often each kind appears in generated documents (what agents meet most weighs most).
const weights = {
  GITHUB_PERSONAL_ACCESS_TOKEN: 8, GITHUB_FINE_GRAINED_PAT: 4, AWS_ACCESS_KEY: 8, AWS_SECRET_KEY: 0,
  OPENAI_API_KEY: 7, ANTHROPIC_API_KEY: 6, SLACK_BOT_TOKEN: 5, STRIPE_SECRET_KEY: 5,
  HUGGINGFACE_TOKEN: 4, JWT: 5, GCP_API_KEY: 5, PASSWORD: 5, DATABASE_PASSWORD: 4, GENERIC_API_KEY: 4,
  SLACK_WEBHOOK_URL: 3, NPM_TOKEN: 3, GITLAB_PAT: 3, SENDGRID_API_KEY: 3, TWILIO_AUTH_TOKEN: 2,
  AZURE_AD_CLIENT_SECRET: 2, GOOGLE_OAUTH_CLIENT_SECRET: 2, PRIVATE_KEY: 0, BASIC_AUTH_CREDENTIALS: 0,
  KUBECONFIG_CLIENT_KEY_DATA: 0, AWS_SESSION_TOKEN: 1, FLY_IO_TOKEN: 1, FACEBOOK_ACCESS_TOKEN: 1,
};
export const envKinds = Object.keys(varNames);
export function pickKind() {
  const total = envKinds.reduce((s, k) => s + (weights[k] ?? 1.5), 0);
  let r = f.number.float({ min: 0, max: total });
  for (const k of envKinds) {
    r -= weights[k] ?? 1.5;
    if (r <= 0 && (weights[k] ?? 1.5) > 0) return k;
  }
  return 'GITHUB_PERSONAL_ACCESS_TOKEN';
}
// A random credential: {kind, name, value}.
export function cred(kind = pickKind()) {
  return { kind, name: pick(varNames[kind]), value: gen[kind]() };
}
