// blind15 secret generators. Every value is random from the seeded PRNG.
import { A, githubChecksum, S } from './lib.mjs';

const WORDS = ['harbor', 'lantern', 'quartz', 'meadow', 'violet', 'tango', 'copper', 'saffron', 'glacier', 'pepper', 'orbit', 'walnut', 'falcon', 'maple', 'cobalt', 'thunder', 'pickle', 'mango', 'winter', 'rocket', 'sunflower', 'biscuit', 'ember', 'nimbus', 'paprika', 'zebra', 'kiwi', 'marble', 'otter', 'canyon', 'sommer', 'fuchs', 'gato', 'soleil', 'luna', 'tigre', 'kirsche', 'nuvem', 'fragola', 'drache'];
const SYM = '!@#$%&*?+=-_.~^';
export function chosenPassword(r) {
  const w = () => r.pick(WORDS);
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  switch (r.int(0, 7)) {
    case 0: return cap(w()) + r.digits(r.int(2, 4)) + r.pick([...SYM]);
    case 1: return w() + r.pick([...SYM]) + cap(w()) + r.digits(2);
    case 2: return [w(), w(), w(), w()].join(r.pick(['-', '.', '_', ' ']).trim() || '-');
    case 3: return cap(w()).replace(/a/g, '@').replace(/o/g, '0') + r.int(1970, 2025) + r.pick([...SYM]);
    case 4: return r.pick([...SYM]) + cap(w()) + cap(w()) + r.digits(3);
    case 5: return cap(w()) + '_' + cap(w()) + '_' + r.digits(2) + r.pick([...SYM]) + r.pick([...SYM]);
    case 6: return w() + r.int(10, 99) + w().toUpperCase() + r.pick([...SYM]);
    default: return r.str(A.B62 + '!#%*+-', r.int(12, 24));
  }
}
export const randomPassword = (r) => r.str(A.B62 + '!#$%&*+-=?@^_', r.int(14, 32));
const b64 = (r, n) => r.str(A.B64, n);
const b64u = (r, n) => r.str(A.B64U, n);
const hex = (r, n) => r.str(A.HEX, n);
const b62 = (r, n) => r.str(A.B62, n);
const gh = (p) => (r) => { const body = b62(r, 30); return p + body + githubChecksum(body); };
const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const b64std = (buf) => buf.toString('base64');
const b64url = (s) => Buffer.from(s).toString('base64url');

export function jwt(r, alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512'])) {
  const h = { alg, typ: 'JWT' }; if (alg !== 'HS256' && r.chance(0.5)) h.kid = hex(r, 16);
  const now = 1760000000 + r.int(0, 30000000);
  const p = r.pick([
    () => ({ sub: String(r.int(10000, 999999)), iat: now, exp: now + 3600, scope: r.pick(['read write', 'admin', 'billing:read']) }),
    () => ({ iss: `https://auth.${r.pick(['acme', 'corp', 'svc'])}.example/`, aud: r.pick(['api', 'console', 'mobile']), sub: uuid(r), iat: now, exp: now + 86400 }),
    () => ({ 'kubernetes.io/serviceaccount/namespace': r.pick(['default', 'payments', 'ops']), 'kubernetes.io/serviceaccount/service-account.name': r.pick(['deployer', 'ci-bot', 'reader']), sub: 'system:serviceaccount:ops:deployer' }),
    () => ({ user_id: r.int(1, 99999), role: r.pick(['owner', 'member', 'service']), jti: hex(r, 24), iat: now }),
  ])();
  const sigLen = { HS256: 43, HS512: 86, RS256: 342, ES256: 86 }[alg];
  return b64url(JSON.stringify(h)) + '.' + b64url(JSON.stringify(p)) + '.' + b64u(r, sigLen);
}

// single-line secret kinds: entity -> generator
export const KINDS = {
  GITHUB_PERSONAL_ACCESS_TOKEN: gh('ghp_'), GITHUB_OAUTH_TOKEN: gh('gho_'), GITHUB_USER_TO_SERVER_TOKEN: gh('ghu_'),
  GITHUB_SERVER_TO_SERVER_TOKEN: gh('ghs_'), GITHUB_REFRESH_TOKEN: gh('ghr_'),
  GITHUB_FINE_GRAINED_PAT: (r) => 'github_pat_' + b62(r, 22) + '_' + b62(r, 59),
  GITLAB_PAT: (r) => 'glpat-' + r.str(A.B62 + '-_', 20), GITLAB_RUNNER_TOKEN: (r) => 'glrt-' + r.str(A.B62 + '-_', 20),
  GITLAB_DEPLOY_TOKEN: (r) => 'gldt-' + r.str(A.B62 + '-_', 20), GITLAB_PIPELINE_TRIGGER: (r) => 'glptt-' + hex(r, 40),
  AWS_ACCESS_KEY: (r) => 'AKIA' + r.str(A.B32, 16), AWS_TEMP_ACCESS_KEY: (r) => 'ASIA' + r.str(A.B32, 16),
  AWS_SECRET_KEY: (r) => b64(r, 40), AWS_SESSION_TOKEN: (r) => 'IQoJb3JpZ2luX2VjE' + b64(r, 250 + r.int(0, 80)),
  SLACK_BOT_TOKEN: (r) => `xoxb-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${b62(r, 24)}`,
  SLACK_USER_TOKEN: (r) => `xoxp-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${r.digits(13)}-${hex(r, 32)}`,
  SLACK_APP_TOKEN: (r) => `xapp-1-A${r.str(A.ALNU, 10)}-${r.digits(13)}-${hex(r, 64)}`,
  SLACK_WEBHOOK_PATH: (r) => `T${r.str(A.ALNU, 8)}/B${r.str(A.ALNU, 10)}/${b62(r, 24)}`,
  STRIPE_SECRET_KEY: (r) => 'sk_live_' + b62(r, r.pick([24, 99])), STRIPE_RESTRICTED_KEY: (r) => 'rk_live_' + b62(r, r.pick([24, 99])),
  STRIPE_WEBHOOK_SECRET: (r) => 'whsec_' + b62(r, 32), STRIPE_TEST_SECRET_KEY: (r) => 'sk_test_' + b62(r, 99),
  OPENAI_API_KEY: (r) => 'sk-proj-' + r.str(A.B62 + '-_', 64) + 'T3BlbkFJ' + r.str(A.B62 + '-_', 64),
  OPENAI_LEGACY_KEY: (r) => 'sk-' + b62(r, 20) + 'T3BlbkFJ' + b62(r, 20),
  OPENAI_SVCACCT_KEY: (r) => 'sk-svcacct-' + r.str(A.B62 + '-_', 64) + 'T3BlbkFJ' + r.str(A.B62 + '-_', 64),
  ANTHROPIC_API_KEY: (r) => 'sk-ant-api03-' + b64u(r, 93) + 'AA', ANTHROPIC_ADMIN_KEY: (r) => 'sk-ant-admin01-' + b64u(r, 93) + 'AA',
  JWT: (r) => jwt(r), K8S_SERVICE_ACCOUNT_TOKEN: (r) => jwt(r, 'RS256'),
  GOOGLE_API_KEY: (r) => 'AIza' + r.str(A.B62 + '-_', 35), GOOGLE_OAUTH_CLIENT_SECRET: (r) => 'GOCSPX-' + r.str(A.B62 + '-_', 28),
  GOOGLE_OAUTH_REFRESH_TOKEN: (r) => '1//0' + r.str(A.B62 + '-_', 99),
  FIREBASE_FCM_SERVER_KEY: (r) => 'AAAA' + r.str(A.B62 + '-_', 7) + ':APA91b' + r.str(A.B62 + '-_', 134),
  AZURE_STORAGE_KEY: (r) => b64(r, 86) + '==', AZURE_CLIENT_SECRET: (r) => r.str(A.B62, 3) + r.int(1, 8) + 'Q~' + r.str(A.B62 + '-_.~', 34),
  AZURE_SAS_SIGNATURE: (r) => encodeURIComponent(b64(r, 43) + '='), AZURE_DEVOPS_PAT: (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52),
  DIGITALOCEAN_TOKEN: (r) => 'dop_v1_' + hex(r, 64), DIGITALOCEAN_OAUTH: (r) => 'doo_v1_' + hex(r, 64),
  NPM_TOKEN: (r) => 'npm_' + b62(r, 36), PYPI_TOKEN: (r) => 'pypi-AgEIcHlwaS5vcmc' + r.str(A.B64U, 70 + r.int(0, 60)),
  DOCKERHUB_PAT: (r) => 'dckr_pat_' + r.str(A.B62 + '-_', 27), HUGGINGFACE_TOKEN: (r) => 'hf_' + r.str(A.UP + A.LOW, 34),
  SHOPIFY_ACCESS_TOKEN: (r) => 'shpat_' + hex(r, 32), SHOPIFY_SHARED_SECRET: (r) => 'shpss_' + hex(r, 32),
  SHOPIFY_CUSTOM_APP_TOKEN: (r) => 'shpca_' + hex(r, 32),
  SENDGRID_API_KEY: (r) => 'SG.' + r.str(A.B62 + '-_', 22) + '.' + r.str(A.B62 + '-_', 43),
  TWILIO_API_KEY_SECRET: (r) => b62(r, 32), TWILIO_AUTH_TOKEN: (r) => hex(r, 32),
  MAILGUN_API_KEY: (r) => 'key-' + hex(r, 32), MAILCHIMP_API_KEY: (r) => hex(r, 32) + '-us' + r.int(1, 21),
  SQUARE_ACCESS_TOKEN: (r) => 'EAAA' + r.str(A.B62 + '-_', 60), SQUARE_OAUTH_SECRET: (r) => 'sq0csp-' + r.str(A.B62 + '-_', 43),
  LINEAR_API_KEY: (r) => 'lin_api_' + b62(r, 40), NOTION_TOKEN: (r) => 'ntn_' + r.digits(11) + b62(r, 35),
  ATLASSIAN_API_TOKEN: (r) => 'ATATT3xFfGF0' + r.str(A.B62 + '-_', 170) + '=' + hex(r, 8).toUpperCase(),
  POSTMAN_API_KEY: (r) => 'PMAK-' + hex(r, 24) + '-' + hex(r, 34), GRAFANA_SERVICE_ACCOUNT_TOKEN: (r) => 'glsa_' + b62(r, 32) + '_' + hex(r, 8),
  GRAFANA_CLOUD_TOKEN: (r) => 'glc_' + b64(r, 80).replace(/[+/]/g, 'x') + '==',
  NEW_RELIC_USER_KEY: (r) => 'NRAK-' + r.str(A.ALNU, 27), NEW_RELIC_INSERT_KEY: (r) => 'NRII-' + r.str(A.B62 + '-_', 32),
  DATADOG_API_KEY: (r) => hex(r, 32), DATADOG_APP_KEY: (r) => hex(r, 40),
  SENTRY_AUTH_TOKEN: (r) => 'sntrys_' + b64u(r, 120), SENTRY_DSN_KEY: (r) => hex(r, 32),
  DOPPLER_TOKEN: (r) => 'dp.pt.' + b62(r, 43), PULUMI_TOKEN: (r) => 'pul-' + hex(r, 40),
  TERRAFORM_CLOUD_TOKEN: (r) => b62(r, 14) + '.atlasv1.' + b62(r, 67), VAULT_TOKEN: (r) => 'hvs.' + r.str(A.B62 + '-_', 90),
  VAULT_BATCH_TOKEN: (r) => 'hvb.' + r.str(A.B62 + '-_', 120),
  DATABRICKS_TOKEN: (r) => 'dapi' + hex(r, 32), AIRTABLE_PAT: (r) => 'pat' + b62(r, 14) + '.' + hex(r, 64),
  ASANA_PAT: (r) => `2/${r.digits(16)}/${r.digits(16)}:${hex(r, 32)}`, FIGMA_PAT: (r) => 'figd_' + r.str(A.B62 + '-_', 40),
  DROPBOX_TOKEN: (r) => 'sl.' + r.str(A.B62 + '-_', 135), OKTA_API_TOKEN: (r) => '00' + r.str(A.B62 + '-_', 40),
  FACEBOOK_ACCESS_TOKEN: (r) => 'EAAB' + b62(r, 180), TWITTER_BEARER_TOKEN: (r) => 'AAAAAAAAAAAAAAAAAAAAA' + b62(r, 30) + '%3D' + b62(r, 50),
  DISCORD_BOT_TOKEN: (r) => Buffer.from(r.digits(18)).toString('base64').replace(/=+$/, '') + '.' + r.str(A.B62 + '-_', 6) + '.' + r.str(A.B62 + '-_', 38),
  DISCORD_WEBHOOK_TOKEN: (r) => r.str(A.B62 + '-_', 68), TELEGRAM_BOT_TOKEN: (r) => r.int(100000000, 9999999999) + ':AA' + r.str(A.B62 + '-_', 33),
  MAPBOX_SECRET_TOKEN: (r) => 'sk.eyJ1Ijoi' + b62(r, 50) + '.' + r.str(A.B62 + '-_', 22),
  ALGOLIA_ADMIN_KEY: (r) => hex(r, 32), CONTENTFUL_PAT: (r) => 'CFPAT-' + r.str(A.B62 + '-_', 43),
  NETLIFY_TOKEN: (r) => 'nfp_' + b62(r, 36), FLY_TOKEN: (r) => 'fo1_' + r.str(A.B62 + '-_', 43), RENDER_API_KEY: (r) => 'rnd_' + b62(r, 32),
  SUPABASE_SERVICE_KEY: (r) => 'sbp_' + hex(r, 40), SUPABASE_SECRET_KEY: (r) => 'sb_secret_' + r.str(A.B62 + '-_', 31),
  PLANETSCALE_PASSWORD: (r) => 'pscale_pw_' + r.str(A.B62 + '-_', 43), PLANETSCALE_TOKEN: (r) => 'pscale_tkn_' + r.str(A.B62 + '-_', 43),
  CLOUDFLARE_API_TOKEN: (r) => r.str(A.B62 + '-_', 40), CLOUDFLARE_GLOBAL_KEY: (r) => hex(r, 37),
  CLOUDFLARE_ORIGIN_CA_KEY: (r) => 'v1.0-' + hex(r, 24) + '-' + hex(r, 146),
  FASTLY_API_TOKEN: (r) => r.str(A.B62 + '-_', 32), BUILDKITE_TOKEN: (r) => 'bkua_' + hex(r, 40),
  CIRCLECI_TOKEN: (r) => 'CCIPAT_' + b62(r, 22) + '_' + hex(r, 40), SONARQUBE_TOKEN: (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + hex(r, 40),
  JFROG_API_KEY: (r) => 'AKCp' + b62(r, 69), JFROG_IDENTITY_TOKEN: (r) => 'cmVmdGtuOjAxOj' + b62(r, 50),
  NUGET_API_KEY: (r) => 'oy2' + r.str(A.LOW + A.DIG, 43), RUBYGEMS_API_KEY: (r) => 'rubygems_' + hex(r, 48),
  CLOJARS_TOKEN: (r) => 'CLOJARS_' + hex(r, 60), CRATES_IO_TOKEN: (r) => 'cio' + b62(r, 32),
  SHIPPO_TOKEN: (r) => 'shippo_live_' + hex(r, 40), EASYPOST_KEY: (r) => 'EZAK' + hex(r, 54),
  PLAID_SECRET: (r) => hex(r, 30), BRAINTREE_ACCESS_TOKEN: (r) => `access_token$production$${r.str(A.ALNL, 16)}$${hex(r, 32)}`,
  PAYPAL_CLIENT_SECRET: (r) => 'E' + r.str(A.B62 + '-_', 79), ADYEN_API_KEY: (r) => 'AQE' + r.str(A.B62 + '+/=', 150),
  RAZORPAY_KEY_SECRET: (r) => b62(r, 24), MOLLIE_API_KEY: (r) => 'live_' + b62(r, 30), FLUTTERWAVE_SECRET_KEY: (r) => 'FLWSECK-' + hex(r, 32) + '-X',
  PAYSTACK_SECRET_KEY: (r) => 'sk_live_' + hex(r, 40), COINBASE_API_SECRET: (r) => b64(r, 86) + '==',
  INTERCOM_ACCESS_TOKEN: (r) => 'dG9rOj' + b64(r, 54) + '=', ZENDESK_API_TOKEN: (r) => b62(r, 40),
  HUBSPOT_PRIVATE_APP_TOKEN: (r) => 'pat-' + r.pick(['na1', 'eu1']) + '-' + uuid(r), SALESFORCE_SESSION_ID: (r) => '00D' + b62(r, 12) + '!' + r.str(A.B62 + '._', 96),
  SEGMENT_WRITE_KEY: (r) => b62(r, 32), MIXPANEL_API_SECRET: (r) => hex(r, 32), LAUNCHDARKLY_SDK_KEY: (r) => 'sdk-' + uuid(r),
  LAUNCHDARKLY_API_TOKEN: (r) => 'api-' + uuid(r), ROLLBAR_TOKEN: (r) => hex(r, 32), BUGSNAG_API_KEY: (r) => hex(r, 32),
  HONEYCOMB_API_KEY: (r) => 'hcaik_' + r.str(A.ALNL, 58), PAGERDUTY_API_KEY: (r) => 'u+' + r.str(A.B62 + '_-', 18),
  OPSGENIE_API_KEY: (r) => uuid(r), AGE_SECRET_KEY: (r) => 'AGE-SECRET-KEY-1' + r.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  WIREGUARD_PRIVATE_KEY: (r) => b64(r, 43) + '=', DOCKER_AUTH_BASE64: (r) => b64std(Buffer.from(r.pick(['deploy', 'ci', 'robot$push', 'svc-reg']) + ':' + randomPassword(r))),
  BASIC_AUTH_BASE64: (r) => b64std(Buffer.from(r.pick(['admin', 'ops', 'reporter', 'api', 'jenkins']) + ':' + chosenPassword(r))),
  K8S_SECRET_DATA: (r) => b64std(Buffer.from(randomPassword(r))),
  DJANGO_SECRET_KEY: (r) => 'django-insecure-' + r.str(A.LOW + A.DIG + '!@#$%^&*(-_=+)', 50), RAILS_SECRET_KEY_BASE: (r) => hex(r, 128),
  RAILS_MASTER_KEY: (r) => hex(r, 32), LARAVEL_APP_KEY: (r) => 'base64:' + b64(r, 43) + '=', FLASK_SECRET_KEY: (r) => hex(r, 48),
  NEXTAUTH_SECRET: (r) => b64(r, 43) + '=', SYMFONY_APP_SECRET: (r) => hex(r, 32), JWT_SIGNING_SECRET: (r) => r.str(A.B62 + '-_', r.int(32, 64)),
  SESSION_SECRET: (r) => r.str(A.B62, r.int(24, 48)), COOKIE_SECRET: (r) => b64u(r, 43), ENCRYPTION_KEY_HEX: (r) => hex(r, 64),
  FERNET_KEY: (r) => b64u(r, 43) + '=', TOTP_SEED: (r) => r.str(A.B32, 32), PHOENIX_SECRET_KEY_BASE: (r) => b64(r, 64),
  SSH_PASSWORD: chosenPassword, SMTP_PASSWORD: randomPassword, LDAP_BIND_PASSWORD: chosenPassword, REDIS_PASSWORD: randomPassword,
  RABBITMQ_PASSWORD: chosenPassword, MONGODB_PASSWORD: randomPassword, MYSQL_PASSWORD: chosenPassword, POSTGRES_PASSWORD: randomPassword,
  MSSQL_SA_PASSWORD: chosenPassword, ORACLE_PASSWORD: randomPassword, ELASTICSEARCH_PASSWORD: randomPassword, KAFKA_SASL_PASSWORD: randomPassword,
  DATABASE_PASSWORD: chosenPassword, WIFI_PSK: chosenPassword, VPN_PRESHARED_KEY: (r) => r.str(A.B62, 32), SNMP_COMMUNITY: (r) => r.pick(WORDS) + r.str(A.B62, 8),
  RADIUS_SHARED_SECRET: randomPassword, FTP_PASSWORD: chosenPassword, USER_PASSWORD: chosenPassword, ADMIN_PASSWORD: chosenPassword,
  KEYSTORE_PASSWORD: chosenPassword, PASSPHRASE: (r) => Array.from({ length: r.int(4, 6) }, () => r.pick(WORDS)).join(r.pick([' ', '-'])),
  GENERIC_API_KEY_HEX: (r) => hex(r, r.pick([24, 32, 40, 48, 64])), GENERIC_API_KEY_B62: (r) => b62(r, r.int(20, 56)),
  GENERIC_TOKEN_B64: (r) => b64(r, r.pick([28, 40, 44, 60])) + r.pick(['', '=']), GENERIC_TOKEN_B64URL: (r) => b64u(r, r.int(22, 86)),
  GENERIC_CLIENT_SECRET: (r) => r.str(A.B62 + '-_~.', r.int(28, 48)), GENERIC_SIGNING_KEY: (r) => hex(r, 64),
  GENERIC_ACCESS_TOKEN_UPPER: (r) => r.str(A.ALNU, r.int(20, 40)), GENERIC_SECRET_DASHED: (r) => [b62(r, 8), b62(r, 8), b62(r, 8), b62(r, 8)].join('-'),
  WEBHOOK_SIGNING_SECRET: (r) => r.str(A.B62, 40), HMAC_SECRET: (r) => b64(r, 44),
  MINIO_SECRET_KEY: (r) => b62(r, 40), ALIBABA_ACCESS_KEY_SECRET: (r) => b62(r, 30), ALIBABA_ACCESS_KEY_ID: (r) => 'LTAI' + b62(r, 20),
  TENCENT_SECRET_ID: (r) => 'AKID' + b62(r, 32), IBM_CLOUD_API_KEY: (r) => r.str(A.B62 + '-_', 44), ORACLE_CLOUD_AUTH_TOKEN: (r) => r.str(A.B62 + '()<>;:.{}[]', 20),
  HEROKU_API_KEY: (r) => 'HRKU-AA' + r.str(A.B62 + '-_', 58), VERCEL_TOKEN: (r) => b62(r, 24), TRAVIS_TOKEN: (r) => r.str(A.B62 + '-_', 22),
  CODECOV_TOKEN: (r) => uuid(r), SNYK_TOKEN: (r) => uuid(r), PREFECT_API_KEY: (r) => 'pnu_' + b62(r, 36), REPLICATE_TOKEN: (r) => 'r8_' + b62(r, 37),
  GROQ_API_KEY: (r) => 'gsk_' + b62(r, 52), MISTRAL_API_KEY: (r) => b62(r, 32), COHERE_API_KEY: (r) => b62(r, 40), PERPLEXITY_API_KEY: (r) => 'pplx-' + b62(r, 48),
  XAI_API_KEY: (r) => 'xai-' + b62(r, 80), LANGSMITH_API_KEY: (r) => 'lsv2_pt_' + hex(r, 32) + '_' + hex(r, 10),
  PINECONE_API_KEY: (r) => 'pcsk_' + b62(r, 6) + '_' + b62(r, 63), WANDB_API_KEY: (r) => hex(r, 40), TWITCH_CLIENT_SECRET: (r) => r.str(A.ALNL, 30),
  SPOTIFY_CLIENT_SECRET: (r) => hex(r, 32), ZOOM_CLIENT_SECRET: (r) => b62(r, 32), DOCUSIGN_SECRET: (r) => uuid(r),
  AUTH0_CLIENT_SECRET: (r) => r.str(A.B62 + '-_', 64), CLERK_SECRET_KEY: (r) => 'sk_live_' + b62(r, 50), TYPEFORM_TOKEN: (r) => 'tfp_' + b62(r, 44) + '_' + b62(r, 14),
  LOKALISE_TOKEN: (r) => hex(r, 40), YANDEX_API_KEY: (r) => 'AQVN' + r.str(A.B62 + '-_', 36), RECAPTCHA_SECRET: (r) => '6L' + r.str(A.B62 + '-_', 38),
};
export const KIND_NAMES = Object.keys(KINDS);
export const PASSWORDY = ['SSH_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD', 'MONGODB_PASSWORD', 'MYSQL_PASSWORD', 'POSTGRES_PASSWORD', 'MSSQL_SA_PASSWORD', 'ORACLE_PASSWORD', 'ELASTICSEARCH_PASSWORD', 'KAFKA_SASL_PASSWORD', 'DATABASE_PASSWORD', 'FTP_PASSWORD', 'USER_PASSWORD', 'ADMIN_PASSWORD', 'KEYSTORE_PASSWORD', 'WIFI_PSK', 'PASSPHRASE'];
export const NOPREFIX = ['GENERIC_API_KEY_HEX', 'GENERIC_API_KEY_B62', 'GENERIC_TOKEN_B64', 'GENERIC_TOKEN_B64URL', 'GENERIC_CLIENT_SECRET', 'GENERIC_SIGNING_KEY', 'GENERIC_ACCESS_TOKEN_UPPER', 'GENERIC_SECRET_DASHED', 'WEBHOOK_SIGNING_SECRET', 'HMAC_SECRET', 'SESSION_SECRET', 'ENCRYPTION_KEY_HEX', 'VPN_PRESHARED_KEY'];

// ---- PEM keys with real DER structure ----
function derLen(n) { if (n < 128) return Buffer.from([n]); if (n < 256) return Buffer.from([0x81, n]); return Buffer.from([0x82, n >> 8, n & 255]); }
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
const int = (b) => tlv(0x02, b);
const posInt = (r, n) => { const b = r.bytes(n); b[0] |= 0x80; return int(Buffer.concat([Buffer.from([0]), b])); };
const OID_RSA = Buffer.from('06092a864886f70d0101010500', 'hex');
function rsaPkcs1(r) { return seq(int(Buffer.from([0])), posInt(r, 256), int(Buffer.from([1, 0, 1])), posInt(r, 256), posInt(r, 128), posInt(r, 128), posInt(r, 128), posInt(r, 128), posInt(r, 128)); }
const wrap = (b64s, w) => b64s.match(new RegExp(`.{1,${w}}`, 'g'));
function pem(label, der, w = 64) { return [`-----BEGIN ${label}-----`, ...wrap(der.toString('base64'), w), `-----END ${label}-----`]; }
function sshStr(b) { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); }
function openssh(r) {
  const pk = r.bytes(32), seed = r.bytes(32), chk = r.bytes(4);
  const pub = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pk)]);
  let priv = Buffer.concat([chk, chk, sshStr('ssh-ed25519'), sshStr(pk), sshStr(Buffer.concat([seed, pk])), sshStr(r.pick(['deploy@ci-runner', 'backup', 'ops@bastion', 'id_ed25519']))]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i); priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4); one.writeUInt32BE(1);
  const der = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), one, sshStr(pub), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', der, 70);
}
function crc24(buf) { let c = 0xB704CE; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= 0x1864CFB; } } return c & 0xFFFFFF; }
function pgp(r) { const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), r.bytes(r.int(700, 900))]); const c = crc24(body); return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...wrap(body.toString('base64'), 64), '=' + Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64'), '-----END PGP PRIVATE KEY BLOCK-----']; }
export const PEM_KINDS = {
  RSA_PRIVATE_KEY: (r) => pem('RSA PRIVATE KEY', rsaPkcs1(r)),
  PKCS8_PRIVATE_KEY: (r) => pem('PRIVATE KEY', seq(int(Buffer.from([0])), tlv(0x30, OID_RSA), tlv(0x04, rsaPkcs1(r)))),
  EC_PRIVATE_KEY: (r) => pem('EC PRIVATE KEY', seq(int(Buffer.from([1])), tlv(0x04, r.bytes(32)), tlv(0xa0, Buffer.from('06082a8648ce3d030107', 'hex')), tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))))),
  OPENSSH_PRIVATE_KEY: openssh,
  PGP_PRIVATE_KEY: pgp,
  ENCRYPTED_PRIVATE_KEY: (r) => pem('ENCRYPTED PRIVATE KEY', seq(seq(Buffer.from('06092a864886f70d01050d', 'hex'), seq(r.bytes(60))), tlv(0x04, r.bytes(r.int(600, 700))))),
};
// returns array of lines; caller joins with '\n', '\n' + indent, or '\\n'
export const pemLines = (r, kind) => PEM_KINDS[kind](r);

// cycling picker that guarantees every kind is used
export function cycler(r, names) { let q = []; return () => { if (!q.length) q = r.shuffle(names); return q.pop(); }; }
export function sec(r, entity) { return S(entity, KINDS[entity](r)); }
export { uuid };
