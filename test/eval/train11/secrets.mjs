// Secret value generators: ENTITY -> (rng) => format-valid fake value.
import { CS } from './rng.mjs';
import { githubChecksum } from './checksums.mjs';
const b64 = (s) => Buffer.from(s).toString('base64');
const b64u = (s) => Buffer.from(s).toString('base64url');
const hexOf = (r, n) => r.str(CS.hex, n);
const uuid = (r) => `${hexOf(r, 8)}-${hexOf(r, 4)}-4${hexOf(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hexOf(r, 3)}-${hexOf(r, 12)}`;
const tk = (prefix, cs, n, suffix = '') => (r) => prefix + r.str(CS[cs] || cs, n) + suffix;
function gh(prefix) { return (r) => { const body = r.str(CS.alnum, 30); return `${prefix}_${body}${githubChecksum(body)}`; }; }
const WORDS = ['sunflower', 'Bayern', 'dragon', 'monkey', 'Liverpool', 'princess', 'Fluffy', 'Biscuit', 'tigre', 'Schatz', 'soleil', 'amore', 'Mariposa', 'kiwi', 'Gandalf', 'pumpkin', 'Rocket', 'Nemo', 'Kasia', 'Sakura', 'hamster', 'Pirate', 'Winter', 'Sommer', 'Primavera', 'Dublin', 'Toulouse', 'bigfoot', 'Mustang', 'lemon'];
export function humanPassword(r) {
  const w = r.pick(WORDS), y = r.pick(['1987', '2019', '2024', '99', '07', '1234', '2025', '88', '']);
  const sym = r.pick(['!', '#', '$', '!!', '*', '?', '&', '_', '.']);
  switch (r.int(0, 6)) {
    case 0: return `${w}${y}${sym}`;
    case 1: return `${w[0].toUpperCase()}${w.slice(1).replace(/o/g, '0').replace(/a/g, '4').replace(/e/g, '3')}${sym}${y}`;
    case 2: return [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS), r.pick(WORDS)].map((x) => x.toLowerCase()).join(r.pick(['-', '.', '_']));
    case 3: return `${r.pick(['Ilove', 'My', 'Go', 'Team'])}${w}${y || '12'}`;
    case 4: return `${w}_${r.pick(WORDS)}${r.int(1, 99)}${sym}`;
    case 5: return `${r.pick(['Passw0rd', 'Welcome', 'Qwerty', 'Letmein', 'Admin'])}${r.pick(['2024', '@2025', '#1', '123!', '!'])}`.replace('@', '#');
    default: return `${w}${r.int(10, 9999)}`;
  }
}
export function randomPassword(r, n = 20) { return r.str(CS.alnum + '!#%^*-_=+~', n - 2) + r.str(CS.alnum, 2); }
export function urlSafePassword(r) { return r.chance(0.5) ? r.str(CS.alnum, r.int(14, 28)) : humanPassword(r).replace(/[!#$&*?.]/g, '_'); }
function pem(label, bodyLen, prefix = '') { return (r) => { const body = prefix + r.str(CS.b64, bodyLen - prefix.length - 2) + r.pick(['==', 'AB', 'Qw', 'g=']); const lines = body.match(/.{1,64}/g); return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`; }; }
export function jwt(r, claims) {
  const h = b64u(JSON.stringify({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const p = b64u(JSON.stringify(claims || { sub: String(r.int(1000, 999999)), iat: 1700000000 + r.int(0, 90000000), role: r.pick(['admin', 'service_role', 'user', 'reader']), iss: r.pick(['auth.corp.example', 'sso.test', 'idp.internal.invalid']) }));
  return `${h}.${p}.${r.str(CS.b64u, 43)}`;
}
export const SECRETS = {
  GITHUB_PERSONAL_ACCESS_TOKEN: gh('ghp'), GITHUB_OAUTH_TOKEN: gh('gho'), GITHUB_USER_TO_SERVER_TOKEN: gh('ghu'),
  GITHUB_SERVER_TO_SERVER_TOKEN: gh('ghs'), GITHUB_REFRESH_TOKEN: gh('ghr'),
  GITHUB_FINE_GRAINED_PAT: (r) => `github_pat_11${r.str(CS.upper, 9)}0${r.str(CS.alnum, 10)}_${r.str(CS.alnum, 59)}`,
  GITLAB_PAT: tk('glpat-', CS.alnum + '-_', 20), GITLAB_RUNNER_TOKEN: tk('glrt-', CS.alnum + '-_', 20),
  GITLAB_PIPELINE_TRIGGER: tk('glptt-', 'hex', 40), GITLAB_DEPLOY_TOKEN: tk('gldt-', CS.alnum, 20),
  AWS_ACCESS_KEY: (r) => 'AKIA' + r.str(CS.b32, 16), AWS_TEMP_ACCESS_KEY: (r) => 'ASIA' + r.str(CS.b32, 16),
  AWS_SECRET_KEY: tk('', 'b64', 40), AWS_SESSION_TOKEN: (r) => 'IQoJb3JpZ2luX2Vj' + r.str(CS.b64, 300),
  AWS_BEDROCK_API_KEY: tk('ABSK', 'b64', 132),
  SLACK_BOT_TOKEN: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.str(CS.alnum, 24)}`,
  SLACK_USER_TOKEN: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${hexOf(r, 32)}`,
  SLACK_APP_TOKEN: (r) => `xapp-1-A${r.str(CS.upper, 10)}-${r.digits(13)}-${hexOf(r, 64)}`,
  SLACK_WEBHOOK_SECRET: tk('', 'alnum', 24), SLACK_SIGNING_SECRET: tk('', 'hex', 32),
  STRIPE_SECRET_KEY: tk('sk_live_', 'alnum', 99), STRIPE_RESTRICTED_KEY: tk('rk_live_', 'alnum', 99),
  STRIPE_WEBHOOK_SECRET: tk('whsec_', 'alnum', 32), STRIPE_TEST_SECRET_KEY: tk('sk_test_', 'alnum', 99),
  OPENAI_API_KEY: (r) => `sk-proj-${r.str(CS.alnum + '-_', 74)}T3BlbkFJ${r.str(CS.alnum + '-_', 74)}`,
  OPENAI_LEGACY_KEY: (r) => `sk-${r.str(CS.alnum, 20)}T3BlbkFJ${r.str(CS.alnum, 20)}`,
  OPENAI_SERVICE_ACCOUNT_KEY: (r) => `sk-svcacct-${r.str(CS.alnum + '-_', 74)}T3BlbkFJ${r.str(CS.alnum + '-_', 74)}`,
  ANTHROPIC_API_KEY: (r) => `sk-ant-api03-${r.str(CS.alnum + '-_', 93)}AA`,
  ANTHROPIC_ADMIN_KEY: (r) => `sk-ant-admin01-${r.str(CS.alnum + '-_', 93)}AA`,
  GOOGLE_API_KEY: tk('AIza', CS.alnum + '-_', 35), GOOGLE_OAUTH_CLIENT_SECRET: tk('GOCSPX-', CS.alnum + '-_', 28),
  GOOGLE_OAUTH_REFRESH_TOKEN: tk('1//0', CS.alnum + '-_', 99), GOOGLE_OAUTH_ACCESS_TOKEN: tk('ya29.a0', CS.alnum + '-_', 150),
  AZURE_STORAGE_ACCOUNT_KEY: (r) => r.str(CS.b64, 86) + '==', AZURE_CLIENT_SECRET: (r) => r.str(CS.alnum, 3) + '8Q~' + r.str(CS.alnum + '_.-~', 34),
  AZURE_SAS_SIGNATURE: (r) => r.str(CS.alnum, 43) + '%3D', AZURE_DEVOPS_PAT: tk('', 'b32l', 52),
  AZURE_OPENAI_KEY: tk('', 'hex', 32), AZURE_COSMOS_KEY: (r) => r.str(CS.b64, 86) + '==',
  TWILIO_API_KEY: tk('SK', 'hex', 32), TWILIO_AUTH_TOKEN: tk('', 'hex', 32),
  SENDGRID_API_KEY: (r) => `SG.${r.str(CS.alnum + '-_', 22)}.${r.str(CS.alnum + '-_', 43)}`,
  MAILGUN_API_KEY: tk('key-', 'hex', 32), MAILCHIMP_API_KEY: (r) => hexOf(r, 32) + '-us' + r.int(1, 21),
  POSTMARK_SERVER_TOKEN: uuid, RESEND_API_KEY: tk('re_', CS.alnum + '_', 32), BREVO_API_KEY: (r) => `xkeysib-${hexOf(r, 64)}-${r.str(CS.alnum, 16)}`,
  NPM_TOKEN: tk('npm_', 'alnum', 36), PYPI_UPLOAD_TOKEN: tk('pypi-AgE', CS.alnum + '-_', 150), RUBYGEMS_API_KEY: tk('rubygems_', 'hex', 48),
  NUGET_API_KEY: tk('oy2', CS.letters + '0123456789', 43), DOCKERHUB_PAT: tk('dckr_pat_', CS.alnum + '-_', 27),
  HUGGINGFACE_TOKEN: tk('hf_', CS.letters + CS.LETTERS, 34), REPLICATE_API_TOKEN: tk('r8_', 'alnum', 37), GROQ_API_KEY: tk('gsk_', 'alnum', 52),
  PERPLEXITY_API_KEY: tk('pplx-', 'alnum', 48), COHERE_API_KEY: tk('', 'alnum', 40), MISTRAL_API_KEY: tk('', 'alnum', 32),
  DEEPSEEK_API_KEY: tk('sk-', 'hex', 32), OPENROUTER_API_KEY: tk('sk-or-v1-', 'hex', 64), TOGETHER_API_KEY: tk('', 'hex', 64),
  ELEVENLABS_API_KEY: tk('sk_', 'hex', 48), DEEPGRAM_API_KEY: tk('', 'hex', 40), PINECONE_API_KEY: tk('pcsk_', CS.alnum + '_', 70),
  LANGSMITH_API_KEY: (r) => `lsv2_pt_${hexOf(r, 32)}_${hexOf(r, 10)}`, WANDB_API_KEY: tk('', 'hex', 40), KAGGLE_KEY: tk('', 'hex', 32),
  SHOPIFY_ACCESS_TOKEN: tk('shpat_', 'hex', 32), SHOPIFY_SHARED_SECRET: tk('shpss_', 'hex', 32), SHOPIFY_CUSTOM_APP_TOKEN: tk('shpca_', 'hex', 32),
  ATLASSIAN_API_TOKEN: (r) => 'ATATT3xFfGF0' + r.str(CS.alnum + '-_', 170) + '=' + r.str(CS.HEX, 8),
  LINEAR_API_KEY: tk('lin_api_', 'alnum', 40), NOTION_TOKEN: tk('ntn_', 'alnum', 46), AIRTABLE_PAT: (r) => `pat${r.str(CS.alnum, 14)}.${hexOf(r, 64)}`,
  ASANA_PAT: (r) => `2/${r.digits(16)}/${r.digits(16)}:${hexOf(r, 32)}`, CLICKUP_API_TOKEN: (r) => `pk_${r.digits(8)}_${r.str(CS.upper, 32)}`,
  FIGMA_PAT: tk('figd_', CS.alnum + '-_', 40), DISCORD_BOT_TOKEN: (r) => `${b64(r.digits(18)).replace(/=+$/, '')}.${r.str(CS.alnum + '-_', 6)}.${r.str(CS.alnum + '-_', 38)}`,
  DISCORD_WEBHOOK_TOKEN: tk('', CS.alnum + '-_', 68), TELEGRAM_BOT_TOKEN: (r) => `${r.int(100000000, 7999999999)}:AA${r.str(CS.alnum + '-_', 33)}`,
  DIGITALOCEAN_TOKEN: tk('dop_v1_', 'hex', 64), DIGITALOCEAN_OAUTH_TOKEN: tk('doo_v1_', 'hex', 64), HEROKU_API_KEY: tk('HRKU-AA', CS.alnum + '-_', 58),
  NETLIFY_TOKEN: tk('nfp_', 'alnum', 36), VERCEL_TOKEN: tk('', 'alnum', 24), FLY_API_TOKEN: (r) => 'FlyV1 fm2_' + r.str(CS.b64, 120),
  RENDER_API_KEY: tk('rnd_', 'alnum', 32), CLOUDFLARE_API_TOKEN: tk('', CS.alnum + '-_', 40), CLOUDFLARE_GLOBAL_API_KEY: tk('', 'hex', 37),
  CLOUDFLARE_ORIGIN_CA_KEY: tk('v1.0-', 'hex', 146), DATADOG_API_KEY: tk('', 'hex', 32), DATADOG_APP_KEY: tk('', 'hex', 40),
  NEWRELIC_USER_KEY: tk('NRAK-', 'upper', 27), NEWRELIC_LICENSE_KEY: tk('', 'hex', 36, 'NRAL'), SENTRY_AUTH_TOKEN: tk('sntryu_', 'hex', 64),
  SENTRY_ORG_TOKEN: tk('sntrys_', 'b64', 120), SENTRY_DSN_KEY: tk('', 'hex', 32), GRAFANA_SERVICE_ACCOUNT_TOKEN: (r) => `glsa_${r.str(CS.alnum, 32)}_${hexOf(r, 8)}`,
  GRAFANA_CLOUD_TOKEN: tk('glc_', 'b64', 100), PAGERDUTY_API_KEY: tk('u+', CS.alnum + '-_', 18), OPSGENIE_API_KEY: uuid, SPLUNK_HEC_TOKEN: uuid,
  ELASTIC_API_KEY: (r) => b64(`${r.str(CS.alnum, 20)}:${r.str(CS.alnum + '-_', 22)}`), ALGOLIA_ADMIN_KEY: tk('', 'hex', 32),
  MAPBOX_SECRET_TOKEN: (r) => `sk.eyJ1Ijoi${r.str(CS.alnum, 20)}In0.${r.str(CS.alnum + '-_', 22)}`,
  TWITTER_BEARER_TOKEN: (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.str(CS.alnum, 30) + '%3D' + r.str(CS.alnum, 50),
  FACEBOOK_ACCESS_TOKEN: tk('EAAG', 'alnum', 180), SQUARE_ACCESS_TOKEN: tk('EAAA', CS.alnum + '-_', 60), SQUARE_OAUTH_SECRET: tk('sq0csp-', CS.alnum + '-_', 43),
  BRAINTREE_ACCESS_TOKEN: (r) => `access_token$production$${r.str(CS.lower, 16)}$${hexOf(r, 32)}`, PLAID_SECRET: tk('', 'hex', 30),
  ADYEN_API_KEY: (r) => 'AQE' + r.str(CS.alnum, 30) + '+' + r.str(CS.b64, 100), PAYPAL_CLIENT_SECRET: tk('E', CS.alnum + '-_', 79),
  COINBASE_API_SECRET: tk('', 'b64', 88), BINANCE_API_SECRET: tk('', 'alnum', 64), OKTA_API_TOKEN: tk('00', CS.alnum + '-_', 40),
  AUTH0_CLIENT_SECRET: tk('', CS.alnum + '-_', 64), CLERK_SECRET_KEY: tk('sk_live_', 'alnum', 46), SUPABASE_ACCESS_TOKEN: tk('sbp_', 'hex', 40),
  SUPABASE_SERVICE_ROLE_KEY: (r) => jwt(r, { iss: 'supabase', ref: r.str(CS.letters, 20), role: 'service_role', iat: 1700000000 + r.int(0, 9e7), exp: 2000000000 + r.int(0, 9e7) }),
  PLANETSCALE_PASSWORD: tk('pscale_pw_', CS.alnum + '-_', 43), PLANETSCALE_TOKEN: tk('pscale_tkn_', CS.alnum + '-_', 43),
  CONFLUENT_API_SECRET: tk('', 'b64', 64), DATABRICKS_TOKEN: tk('dapi', 'hex', 32), TERRAFORM_CLOUD_TOKEN: (r) => `${r.str(CS.alnum, 14)}.atlasv1.${r.str(CS.alnum, 67)}`,
  VAULT_TOKEN: tk('hvs.', CS.alnum + '-_', 90), VAULT_BATCH_TOKEN: tk('hvb.', CS.alnum + '-_', 130), PULUMI_ACCESS_TOKEN: tk('pul-', 'hex', 40),
  DOPPLER_TOKEN: tk('dp.st.', 'alnum', 43), ONEPASSWORD_SERVICE_TOKEN: (r) => 'ops_eyJ' + r.str(CS.b64u, 300),
  CIRCLECI_PAT: (r) => `CCIPAT_${r.str(CS.alnum, 22)}_${hexOf(r, 40)}`, BUILDKITE_TOKEN: tk('bkua_', 'hex', 40), SONARQUBE_TOKEN: tk('squ_', 'hex', 40),
  SNYK_TOKEN: uuid, CODECOV_TOKEN: uuid, LAUNCHDARKLY_SDK_KEY: (r) => 'sdk-' + uuid(r), LAUNCHDARKLY_API_KEY: (r) => 'api-' + uuid(r),
  SEGMENT_WRITE_KEY: tk('', 'alnum', 32), POSTHOG_PERSONAL_KEY: tk('phx_', 'alnum', 47), HUBSPOT_PRIVATE_APP_TOKEN: (r) => 'pat-eu1-' + uuid(r),
  INTERCOM_ACCESS_TOKEN: (r) => 'dG9rOj' + r.str(CS.b64, 54) + '=', ZENDESK_API_TOKEN: tk('', 'alnum', 40),
  SALESFORCE_ACCESS_TOKEN: (r) => `00D${r.str(CS.alnum, 12)}!${r.str(CS.alnum + '.', 96)}`, DROPBOX_ACCESS_TOKEN: tk('sl.B', CS.alnum + '-_', 135),
  TWITCH_CLIENT_SECRET: tk('', 'lower', 30), ETHERSCAN_API_KEY: tk('', 'upper', 34), INFURA_PROJECT_SECRET: tk('', 'hex', 32),
  ETHEREUM_PRIVATE_KEY: tk('0x', 'hex', 64), WIREGUARD_PRIVATE_KEY: (r) => r.str(CS.b64, 42) + r.pick(['A=', 'E=', 'I=', 'M=']),
  SHOPIFY_PARTNER_TOKEN: tk('prtapi_', 'hex', 32), TYPEFORM_TOKEN: tk('tfp_', CS.alnum + '_', 59), CONTENTFUL_TOKEN: tk('CFPAT-', CS.alnum + '-_', 43),
  // generic / framework / human
  DATABASE_PASSWORD: (r) => (r.chance(0.5) ? urlSafePassword(r) : r.str(CS.alnum, r.int(16, 32))),
  PASSWORD: humanPassword, RANDOM_SECRET_TOKEN: (r) => r.pick([() => r.str(CS.alnum, r.int(24, 48)), () => hexOf(r, r.pick([32, 40, 48, 64])), () => r.str(CS.b64u, r.int(22, 44))])(),
  BASIC_AUTH_B64: (r) => b64(`${r.pick(['deploy', 'admin', 'ci-bot', 'svc_reports', 'jenkins', 'grafana'])}:${urlSafePassword(r)}`),
  DOCKER_CONFIG_AUTH: (r) => b64(`${r.pick(['builder', 'robot$ci', 'pusher', 'AWS'])}:${r.str(CS.alnum, r.int(20, 36))}`),
  K8S_SECRET_DATA: (r) => b64(r.chance(0.5) ? urlSafePassword(r) : r.str(CS.alnum, 32)),
  DJANGO_SECRET_KEY: (r) => 'django-insecure-' + r.str(CS.lower + '!@#%^&*(-_=+)', 50).replace(/@/g, '#'),
  RAILS_SECRET_KEY_BASE: tk('', 'hex', 128), RAILS_MASTER_KEY: tk('', 'hex', 32), LARAVEL_APP_KEY: (r) => 'base64:' + r.str(CS.b64, 43) + '=',
  FLASK_SECRET_KEY: tk('', 'hex', 48), NEXTAUTH_SECRET: (r) => r.str(CS.b64, 43) + '=', JWT_SIGNING_SECRET: tk('', CS.alnum, 48),
  SESSION_SECRET: tk('', CS.alnum + '-_', 40), ENCRYPTION_KEY: tk('', 'hex', 64), HMAC_KEY: tk('', 'b64', 44), WEBHOOK_SECRET: tk('', CS.alnum, 32),
  SMTP_PASSWORD: (r) => (r.chance(0.5) ? humanPassword(r) : r.str(CS.lower, 16)), LDAP_BIND_PASSWORD: humanPassword,
  REDIS_PASSWORD: (r) => r.str(CS.alnum, 32), RABBITMQ_PASSWORD: urlSafePassword, MONGODB_PASSWORD: urlSafePassword, WIFI_PSK: humanPassword,
  SSH_PASSWORD: humanPassword, TOTP_SEED: tk('', 'b32', 32), OAUTH_CLIENT_SECRET: tk('', CS.alnum + '-_~.', 40), REFRESH_TOKEN: tk('', CS.b64u, 64),
  SESSION_COOKIE: (r) => 's%3A' + r.str(CS.alnum + '-_', 32) + '.' + r.str(CS.alnum, 43), JWT: (r) => jwt(r), KEYSTORE_PASSWORD: humanPassword,
  SSH_KEY_PASSPHRASE: humanPassword, API_KEY_GENERIC: (r) => r.str(CS.alnum, r.int(28, 44)), ENCRYPTION_PASSPHRASE: humanPassword,
  PGP_PASSPHRASE: humanPassword, ADMIN_PASSWORD: humanPassword, ANSIBLE_VAULT_PASSWORD: humanPassword, BACKUP_ENCRYPTION_KEY: tk('', 'b64', 44),
  BIP39_MNEMONIC: (r) => r.sample(['abandon', 'lunar', 'orbit', 'velvet', 'casino', 'thunder', 'maple', 'river', 'jacket', 'oxygen', 'pencil', 'zebra', 'coral', 'hedgehog', 'silk', 'ritual', 'empty', 'glide', 'tomato', 'august', 'bronze', 'diesel', 'fossil', 'kettle'], 12).join(' '),
  PRIVATE_KEY_RSA: pem('RSA PRIVATE KEY', 1592, 'MIIEowIBAAKCAQEA'), PRIVATE_KEY_PKCS8: pem('PRIVATE KEY', 1620, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ'),
  PRIVATE_KEY_EC: pem('EC PRIVATE KEY', 164, 'MHcCAQEEI'), PRIVATE_KEY_OPENSSH: pem('OPENSSH PRIVATE KEY', 400, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA'),
  PRIVATE_KEY_ED25519_PKCS8: pem('PRIVATE KEY', 64, 'MC4CAQAwBQYDK2VwBCIEI'),
  PGP_PRIVATE_KEY: (r) => { const lines = (r.str(CS.b64, 640)).match(/.{1,64}/g); return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBG${lines.join('\n')}\n=${r.str(CS.b64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`; },
};
export const SECRET_KINDS = Object.keys(SECRETS);
export const BIG_SECRETS = new Set(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_PKCS8', 'PGP_PRIVATE_KEY', 'PRIVATE_KEY_OPENSSH']);
export { uuid, b64, jwt as makeJwt };
