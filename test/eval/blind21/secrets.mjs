// Secret kinds: entity name, key-name stems (words, '|' separates alternatives) and a format-valid generator.
import { ALNUM, LOWNUM, UPNUM, B64, B64URL, B32, UPPER, LOWER } from './prng.mjs';
import { ghChecksum, base32, bech32Encode } from './checksums.mjs';
import * as PEM from './pem.mjs';
import { WORDS, PW_BASES } from './data.mjs';
import { uuid } from './values.mjs';

const AN_ = ALNUM + '-_';
const b64u = (s) => Buffer.from(s).toString('base64url');

export function jwt(r, o = {}) {
  const alg = o.alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'RS256', 'EdDSA']);
  const header = r.chance(0.5) ? { alg, typ: 'JWT' } : r.chance(0.5) ? { typ: 'JWT', alg, kid: r.hex(16) } : { alg, kid: r.str(ALNUM, 10) };
  const now = r.int(1700000000, 1760000000);
  const payload = o.payload || r.pick([
    () => ({ sub: String(r.int(10000, 99999999)), name: o.name || 'svc-backup', iat: now, exp: now + r.pick([900, 3600, 86400, 2592000]) }),
    () => ({ iss: `https://auth.${r.pick(['home', 'corp', 'family', 'shop'])}.test/`, sub: uuid(r), aud: r.pick(['api', 'portal', 'mobile-app']), iat: now, exp: now + 3600, scope: r.pick(['read write', 'openid profile email', 'admin']) }),
    () => ({ role: r.pick(['anon', 'service_role', 'authenticated']), iss: 'supabase', ref: r.str(LOWER, 20), iat: now, exp: now + 315360000 }),
    () => ({ user_id: r.int(1, 99999), tenant: r.pick(['kita-sonnenschein', 'hv-linden', 'acme']), jti: r.hex(16), exp: now + 7200 }),
    () => ({ sub: 'device:' + r.hex(12), iot: true, iat: now }),
  ])();
  const sigLen = { HS256: 32, HS512: 64, RS256: 256, ES256: 64, EdDSA: 64 }[alg];
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${r.bytes(sigLen).toString('base64url')}`;
}

export function humanPassword(r) {
  const w = () => r.pick(WORDS);
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return r.pick([
    () => `${r.pick(PW_BASES)}${r.int(1970, 2024)}${r.pick(['!', '?', '#', '', '.', '$'])}`,
    () => `${cap(w())}${r.pick(['#', '&', '@', '_', '-', '*'])}${r.int(10, 999)}`,
    () => `${r.pick(PW_BASES).toLowerCase()}${r.pick(['_', '.', ''])}${r.pick(['ilove', 'my', 'the'])}${cap(w())}${r.int(1, 99)}`,
    () => `${cap(w())}${cap(w())}${r.int(1, 9)}${r.pick(['!', '%', '+'])}`,
    () => `P@ss-${cap(w())}${r.int(10, 99)}`.replace('P@ss-', r.pick(['P@ss-', 'Pa55', 'Qwe!', 'Zaq1@'])),
    () => `${w()}${r.int(1000, 9999)}${cap(w()).slice(0, 3)}`,
  ])();
}
export function passphrase(r) {
  const n = r.int(3, 5); const ws = []; for (let i = 0; i < n; i++) ws.push(r.pick(WORDS));
  const sep = r.pick(['-', ' ', '.', '_', '']);
  let s = ws.map((x, i) => (sep === '' || r.chance(0.3) ? x[0].toUpperCase() + x.slice(1) : x)).join(sep);
  if (r.chance(0.5)) s += sep === ' ' ? ' ' + r.int(1, 99) : (sep || '-') + r.int(1, 99);
  return s;
}
export function strongPassword(r, n) { n = n || r.int(12, 28); return r.str(ALNUM + '!#%&*+-=?^_~.', n).replace(/^[^A-Za-z0-9]/, 'x'); }
export function machinePassword(r) { return r.pick([() => r.str(ALNUM, r.int(16, 32)), () => strongPassword(r), () => r.hex(r.pick([16, 24, 32])), () => r.str(B64, 24).replace(/\+/g, 'k') + '=='])(); }

function ghTok(prefix) { return (r) => { const x = r.str(ALNUM, 30); return prefix + x + ghChecksum(x); }; }
const basic = (r, user) => Buffer.from(`${user || r.pick(['admin', 'backup', 'ci-bot', 'family', 'robot$deploy', 'jenkins', 'pi', 'svc_scan'])}:${r.chance(0.5) ? humanPassword(r) : r.str(ALNUM, 20)}`).toString('base64');

// [entity, key stems, generator]
export const SECRET_KINDS = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', 'github token|gh token|git hub pat|github pat', ghTok('ghp_')],
  ['GITHUB_OAUTH_TOKEN', 'github oauth token|gh oauth|oauth github', ghTok('gho_')],
  ['GITHUB_USER_TO_SERVER_TOKEN', 'gh app user token|github app user token', ghTok('ghu_')],
  ['GITHUB_APP_INSTALLATION_TOKEN', 'github app token|gh installation token', ghTok('ghs_')],
  ['GITHUB_REFRESH_TOKEN', 'github refresh token|gh refresh', ghTok('ghr_')],
  ['GITHUB_FINE_GRAINED_PAT', 'github pat|gh fine grained|repo token', (r) => 'github_pat_11' + r.str(UPNUM, 9) + '0' + r.str(ALNUM, 11) + '_' + r.str(ALNUM, 59)],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', 'gitlab token|gl token|gitlab pat', (r) => 'glpat-' + r.str(AN_, 20)],
  ['GITLAB_PIPELINE_TRIGGER_TOKEN', 'gitlab trigger token|trigger token', (r) => 'glptt-' + r.hex(40)],
  ['GITLAB_RUNNER_TOKEN', 'runner token|gitlab runner token|ci runner token', (r) => 'glrt-' + r.str(AN_, 20)],
  ['GITLAB_DEPLOY_TOKEN', 'gitlab deploy token|deploy token', (r) => 'gldt-' + r.str(AN_, 20)],
  ['AWS_ACCESS_KEY', 'aws access key id|access key id|aws key id', (r) => 'AKIA' + r.str(B32.slice(0, 26) + '234567', 16)],
  ['AWS_TEMPORARY_ACCESS_KEY', 'aws access key id|sts access key', (r) => 'ASIA' + r.str(B32, 16)],
  ['AWS_SECRET_KEY', 'aws secret access key|secret access key|aws secret', (r) => r.str(ALNUM + '+/', 40)],
  ['AWS_SESSION_TOKEN', 'aws session token|session token|security token', (r) => 'IQoJb3JpZ2luX2Vj' + r.str(ALNUM + '+/', r.int(220, 330)) + '=='],
  ['SLACK_BOT_TOKEN', 'slack bot token|slack token|bot token', (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.str(ALNUM, 24)}`],
  ['SLACK_USER_TOKEN', 'slack user token|slack legacy token', (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.hex(32)}`],
  ['SLACK_APP_TOKEN', 'slack app token|socket mode token', (r) => `xapp-1-A${r.str(UPNUM, 10)}-${r.digits(13)}-${r.hex(64)}`],
  ['SLACK_REFRESH_TOKEN', 'slack refresh token', (r) => 'xoxe-1-' + r.str(ALNUM, 146)],
  ['STRIPE_SECRET_KEY', 'stripe secret key|stripe key|stripe sk', (r) => 'sk_live_' + r.str(ALNUM, r.pick([24, 99]))],
  ['STRIPE_RESTRICTED_KEY', 'stripe restricted key|stripe rk', (r) => 'rk_live_' + r.str(ALNUM, r.pick([24, 99]))],
  ['STRIPE_WEBHOOK_SECRET', 'stripe webhook secret|webhook signing secret', (r) => 'whsec_' + r.str(ALNUM, 32)],
  ['OPENAI_API_KEY', 'openai api key|openai key|llm api key', (r) => 'sk-proj-' + r.str(AN_, 74) + 'T3BlbkFJ' + r.str(AN_, 74)],
  ['OPENAI_LEGACY_KEY', 'openai api key|openai secret', (r) => 'sk-' + r.str(ALNUM, 20) + 'T3BlbkFJ' + r.str(ALNUM, 20)],
  ['OPENAI_SERVICE_ACCOUNT_KEY', 'openai service key|openai svc key', (r) => 'sk-svcacct-' + r.str(AN_, 74) + 'T3BlbkFJ' + r.str(AN_, 74)],
  ['ANTHROPIC_API_KEY', 'anthropic api key|claude api key|anthropic key', (r) => 'sk-ant-api03-' + r.str(AN_, 93) + 'AA'],
  ['ANTHROPIC_ADMIN_KEY', 'anthropic admin key', (r) => 'sk-ant-admin01-' + r.str(AN_, 93) + 'AA'],
  ['GOOGLE_API_KEY', 'google api key|maps api key|gcp api key|firebase api key', (r) => 'AIza' + r.str(AN_, 35)],
  ['GOOGLE_OAUTH_CLIENT_SECRET', 'google client secret|oauth client secret', (r) => 'GOCSPX-' + r.str(AN_, 28)],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', 'google refresh token|gmail refresh token', (r) => '1//0' + r.pick(['3', '4', '9', 'g']) + r.str(AN_, 99)],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', 'google access token|gdrive token', (r) => 'ya29.a0' + r.str(AN_, 150)],
  ['AZURE_STORAGE_ACCOUNT_KEY', 'azure storage key|account key|storage account key', (r) => r.bytes(64).toString('base64')],
  ['AZURE_SAS_SIGNATURE', 'sas token|azure sas', (r) => encodeURIComponent(r.bytes(32).toString('base64'))],
  ['AZURE_AD_CLIENT_SECRET', 'azure client secret|aad client secret|entra client secret', (r) => r.str(ALNUM, 3) + '8Q~' + r.str(ALNUM + '_-.~', 34)],
  ['AZURE_DEVOPS_PAT', 'azure devops pat|ado token|azdo pat', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52)],
  ['AZURE_IOT_SHARED_ACCESS_KEY', 'shared access key|iot hub key|device key', (r) => r.bytes(32).toString('base64')],
  ['AZURE_OPENAI_KEY', 'azure openai key|aoai key', (r) => r.hex(32)],
  ['TWILIO_API_KEY', 'twilio api key|twilio key sid', (r) => 'SK' + r.hex(32)],
  ['TWILIO_AUTH_TOKEN', 'twilio auth token|twilio token', (r) => r.hex(32)],
  ['SENDGRID_API_KEY', 'sendgrid api key|sendgrid key|mail api key', (r) => `SG.${r.str(AN_, 22)}.${r.str(AN_, 43)}`],
  ['MAILGUN_API_KEY', 'mailgun api key|mailgun key', (r) => r.chance(0.5) ? 'key-' + r.hex(32) : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`],
  ['MAILCHIMP_API_KEY', 'mailchimp api key|newsletter api key', (r) => `${r.hex(32)}-us${r.int(1, 21)}`],
  ['BREVO_API_KEY', 'brevo api key|sendinblue key', (r) => `xkeysib-${r.hex(64)}-${r.str(ALNUM, 16)}`],
  ['NPM_ACCESS_TOKEN', 'npm token|node auth token|npm publish token', ghTok('npm_')],
  ['PYPI_API_TOKEN', 'pypi token|twine password|pypi api token', (r) => 'pypi-AgEI' + r.str(AN_, r.int(140, 170))],
  ['DOCKER_HUB_PAT', 'docker pat|docker hub token|registry token', (r) => 'dckr_pat_' + r.str(AN_, 27)],
  ['HEROKU_API_KEY', 'heroku api key|heroku token', (r) => 'HRKU-AA' + r.str(AN_, 58)],
  ['DIGITALOCEAN_TOKEN', 'digitalocean token|do token|doctl token', (r) => 'dop_v1_' + r.hex(64)],
  ['DIGITALOCEAN_OAUTH_TOKEN', 'digitalocean oauth token', (r) => 'doo_v1_' + r.hex(64)],
  ['SHOPIFY_ACCESS_TOKEN', 'shopify access token|shopify admin token', (r) => 'shpat_' + r.hex(32)],
  ['SHOPIFY_SHARED_SECRET', 'shopify shared secret|shopify app secret', (r) => 'shpss_' + r.hex(32)],
  ['SHOPIFY_CUSTOM_APP_TOKEN', 'shopify custom app token', (r) => 'shpca_' + r.hex(32)],
  ['HUGGINGFACE_TOKEN', 'hf token|hugging face token|hub token', (r) => 'hf_' + r.str(UPPER + LOWER, 34)],
  ['DATABRICKS_TOKEN', 'databricks token|dbx token', (r) => 'dapi' + r.hex(32) + (r.chance(0.3) ? '-2' : '')],
  ['ATLASSIAN_API_TOKEN', 'atlassian api token|jira token|confluence token', (r) => 'ATATT3xFfGF0' + r.str(AN_, 170) + '=' + r.hex(8).toUpperCase()],
  ['NOTION_TOKEN', 'notion token|notion api key|notion secret', (r) => r.chance(0.5) ? 'secret_' + r.str(ALNUM, 43) : 'ntn_' + r.digits(11) + r.str(ALNUM, 35)],
  ['LINEAR_API_KEY', 'linear api key|linear key', (r) => 'lin_api_' + r.str(ALNUM, 40)],
  ['POSTMAN_API_KEY', 'postman api key|postman key', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`],
  ['NEW_RELIC_USER_KEY', 'new relic api key|newrelic user key', (r) => 'NRAK-' + r.str(UPNUM, 27)],
  ['NEW_RELIC_LICENSE_KEY', 'new relic license key|nr license', (r) => r.hex(36) + 'NRAL'],
  ['DATADOG_API_KEY', 'dd api key|datadog api key', (r) => r.hex(32)],
  ['DATADOG_APP_KEY', 'dd app key|datadog application key', (r) => r.hex(40)],
  ['SENTRY_AUTH_TOKEN', 'sentry auth token|sentry token', (r) => r.chance(0.5) ? 'sntryu_' + r.hex(64) : 'sntrys_' + b64u(JSON.stringify({ iat: r.int(1700000000, 1750000000) + 0.5, url: 'https://sentry.corp.test', region_url: 'https://de.sentry.corp.test', org: r.pick(['acme', 'kita', 'hv-linden']) })) + '_' + r.str(AN_, 43)],
  ['SENTRY_DSN_KEY', 'sentry dsn', (r) => r.hex(32)],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'grafana token|grafana sa token', (r) => 'glsa_' + r.str(ALNUM, 32) + '_' + r.hex(8)],
  ['GRAFANA_CLOUD_TOKEN', 'grafana cloud token|grafana api key', (r) => 'glc_' + Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'stack-' + r.int(100000, 999999) + '-hm-read', k: r.str(ALNUM, 24), m: { r: r.pick(['eu', 'us', 'au']) } })).toString('base64')],
  ['PULUMI_ACCESS_TOKEN', 'pulumi access token|pulumi token', (r) => 'pul-' + r.hex(40)],
  ['TERRAFORM_CLOUD_TOKEN', 'tfe token|terraform cloud token|atlas token', (r) => r.str(ALNUM, 14) + '.atlasv1.' + r.str(AN_, 67)],
  ['VAULT_TOKEN', 'vault token|hashicorp vault token', (r) => r.chance(0.5) ? 'hvs.' + r.str(AN_, 24) : 'hvs.CAESI' + r.str(AN_, 86)],
  ['VAULT_BATCH_TOKEN', 'vault batch token', (r) => 'hvb.AAAAAQ' + r.str(AN_, 120)],
  ['DOPPLER_TOKEN', 'doppler token|doppler service token', (r) => r.pick(['dp.st.prd.', 'dp.st.stg.', 'dp.pt.', 'dp.sa.']) + r.str(ALNUM, 43)],
  ['CLOUDFLARE_API_TOKEN', 'cloudflare api token|cf api token|cf token', (r) => r.str(AN_, 40)],
  ['CLOUDFLARE_GLOBAL_API_KEY', 'cloudflare api key|cf global key', (r) => r.hex(37)],
  ['CLOUDFLARE_ORIGIN_CA_KEY', 'origin ca key|cf origin key', (r) => 'v1.0-' + r.hex(24) + '-' + r.hex(146)],
  ['FASTLY_API_TOKEN', 'fastly api token|fastly key', (r) => r.str(AN_, 32)],
  ['SQUARE_ACCESS_TOKEN', 'square access token|square token', (r) => 'EAAA' + r.str(AN_, 60)],
  ['SQUARE_OAUTH_SECRET', 'square oauth secret|square app secret', (r) => 'sq0csp-' + r.str(AN_, 43)],
  ['BRAINTREE_ACCESS_TOKEN', 'braintree access token|paypal access token', (r) => `access_token$production$${r.str(LOWNUM, 16)}$${r.hex(32)}`],
  ['ADYEN_API_KEY', 'adyen api key|adyen key', (r) => 'AQE' + r.str(ALNUM, 5) + 'mfxK' + r.str(ALNUM + '+/', 60) + '=-' + r.str(ALNUM + '+/', 43) + '=-' + r.str(ALNUM, 16)],
  ['RAZORPAY_KEY_SECRET', 'razorpay key secret|razorpay secret', (r) => r.str(ALNUM, 24)],
  ['FLUTTERWAVE_SECRET_KEY', 'flutterwave secret key|flw secret', (r) => `FLWSECK-${r.hex(32)}-X`],
  ['PAYSTACK_SECRET_KEY', 'paystack secret key|paystack sk', (r) => 'sk_live_' + r.hex(40)],
  ['DISCORD_BOT_TOKEN', 'discord token|discord bot token|bot token', (r) => `${Buffer.from(String(r.int(1, 9)) + r.digits(r.int(16, 18))).toString('base64').replace(/=+$/, '')}.${r.str(AN_, 6)}.${r.str(AN_, 38)}`],
  ['TELEGRAM_BOT_TOKEN', 'telegram bot token|tg token|telegram token', (r) => `${r.int(1, 7)}${r.digits(9)}:AA${r.str(AN_, 33)}`],
  ['FACEBOOK_ACCESS_TOKEN', 'facebook access token|fb token|meta page token', (r) => 'EAAG' + r.str(ALNUM, r.int(150, 190))],
  ['TWITTER_BEARER_TOKEN', 'twitter bearer token|x bearer token', (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.str(ALNUM, 8) + 'AAAAAA' + r.str(ALNUM, 25) + '%3D' + r.str(ALNUM, 50)],
  ['DROPBOX_ACCESS_TOKEN', 'dropbox token|dropbox access token', (r) => 'sl.B' + r.str(AN_, 134)],
  ['ASANA_PAT', 'asana pat|asana token', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`],
  ['FIGMA_PAT', 'figma token|figma pat', (r) => 'figd_' + r.str(AN_, 40)],
  ['AIRTABLE_PAT', 'airtable token|airtable pat', (r) => 'pat' + r.str(ALNUM, 14) + '.' + r.hex(64)],
  ['CONTENTFUL_TOKEN', 'contentful token|cma token', (r) => 'CFPAT-' + r.str(AN_, 43)],
  ['NETLIFY_TOKEN', 'netlify auth token|netlify token', (r) => 'nfp_' + r.str(ALNUM, 36)],
  ['VERCEL_TOKEN', 'vercel token|now token', (r) => r.str(ALNUM, 24)],
  ['SUPABASE_ACCESS_TOKEN', 'supabase access token|sbp token', (r) => 'sbp_' + r.hex(40)],
  ['SUPABASE_SERVICE_ROLE_KEY', 'supabase service role key|service role key', (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.str(LOWER, 20), role: 'service_role', iat: 1700000000 + r.int(0, 5e7), exp: 2000000000 + r.int(0, 5e7) } })],
  ['FIREBASE_CLOUD_MESSAGING_KEY', 'fcm server key|firebase server key', (r) => 'AAAA' + r.str(AN_, 7) + ':APA91b' + r.str(AN_, 134)],
  ['OKTA_API_TOKEN', 'okta api token|okta token', (r) => '00' + r.str(AN_, 40)],
  ['AUTH0_CLIENT_SECRET', 'auth0 client secret|auth0 secret', (r) => r.str(AN_, 64)],
  ['PLANETSCALE_PASSWORD', 'planetscale password|pscale password', (r) => 'pscale_pw_' + r.str(AN_, 43)],
  ['PLANETSCALE_TOKEN', 'planetscale token|pscale service token', (r) => 'pscale_tkn_' + r.str(AN_, 43)],
  ['CIRCLECI_TOKEN', 'circleci token|circle token', (r) => 'CCIPAT_' + r.str(ALNUM, 22) + '_' + r.hex(40)],
  ['BUILDKITE_TOKEN', 'buildkite token|bk api token', (r) => 'bkua_' + r.hex(40)],
  ['RUBYGEMS_API_KEY', 'gem host api key|rubygems api key', (r) => 'rubygems_' + r.hex(48)],
  ['NUGET_API_KEY', 'nuget api key|nuget key', (r) => 'oy2' + r.str(LOWNUM, 43)],
  ['CLOJARS_TOKEN', 'clojars token|deploy token clojars', (r) => 'CLOJARS_' + r.hex(60)],
  ['ALGOLIA_ADMIN_KEY', 'algolia admin key|algolia api key', (r) => r.hex(32)],
  ['MAPBOX_SECRET_TOKEN', 'mapbox secret token|mapbox token', (r) => 'sk.' + b64u(JSON.stringify({ u: r.pick(['hikeplanner', 'familymaps', 'roomfinder']), a: r.str(LOWNUM, 25) })) + '.' + r.str(AN_, 22)],
  ['OPENROUTER_API_KEY', 'openrouter key|openrouter api key', (r) => 'sk-or-v1-' + r.hex(64)],
  ['GROQ_API_KEY', 'groq api key|groq key', (r) => 'gsk_' + r.str(ALNUM, 52)],
  ['XAI_API_KEY', 'xai api key|grok key', (r) => 'xai-' + r.str(ALNUM, 80)],
  ['PERPLEXITY_API_KEY', 'perplexity key|pplx key', (r) => 'pplx-' + r.str(ALNUM, 48)],
  ['REPLICATE_API_TOKEN', 'replicate api token|replicate token', (r) => 'r8_' + r.str(ALNUM, 37)],
  ['COHERE_API_KEY', 'cohere api key|co api key', (r) => r.str(ALNUM, 40)],
  ['MISTRAL_API_KEY', 'mistral api key|mistral key', (r) => r.str(ALNUM, 32)],
  ['DEEPSEEK_API_KEY', 'deepseek api key|deepseek key', (r) => 'sk-' + r.hex(32)],
  ['LANGSMITH_API_KEY', 'langsmith api key|langchain api key', (r) => `lsv2_${r.pick(['pt', 'sk'])}_${r.hex(32)}_${r.hex(10)}`],
  ['PINECONE_API_KEY', 'pinecone api key|vector db key', (r) => `pcsk_${r.str(ALNUM, 5)}_${r.str(ALNUM, 63)}`],
  ['ELEVENLABS_API_KEY', 'elevenlabs api key|tts api key', (r) => 'sk_' + r.hex(48)],
  ['AGE_SECRET_KEY', 'age secret key|age identity', (r) => bech32Encode('age-secret-key-', r.bytes(32), true)],
  ['JENKINS_API_TOKEN', 'jenkins api token|jenkins token', (r) => '11' + r.hex(32)],
  ['ARTIFACTORY_API_KEY', 'artifactory api key|jfrog key', (r) => 'AKCp8' + r.str(ALNUM, 68)],
  ['ARTIFACTORY_REFERENCE_TOKEN', 'artifactory token|jfrog reference token', (r) => Buffer.from(`reftkn:01:${r.int(1700000000, 2000000000)}:${r.str(ALNUM, 32)}`).toString('base64').replace(/=+$/, '')],
  ['SONARQUBE_TOKEN', 'sonar token|sonarqube token', (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40)],
  ['YANDEX_OAUTH_TOKEN', 'yandex oauth token|yandex token', (r) => 'y0_AgAAAA' + r.str(AN_, 50)],
  ['ALIBABA_ACCESS_KEY_ID', 'alibaba access key id|aliyun access key', (r) => 'LTAI' + r.str(ALNUM, 20)],
  ['ALIBABA_ACCESS_KEY_SECRET', 'alibaba access key secret|aliyun secret', (r) => r.str(ALNUM, 30)],
  ['TENCENT_SECRET_ID', 'tencent secret id|tencentcloud secret id', (r) => 'AKID' + r.str(ALNUM, 32)],
  ['TENCENT_SECRET_KEY', 'tencent secret key|tencentcloud secret key', (r) => r.str(ALNUM, 32)],
  ['IBM_CLOUD_API_KEY', 'ibm cloud api key|ibmcloud api key', (r) => r.str(AN_, 44)],
  ['LINODE_TOKEN', 'linode token|linode api token', (r) => r.hex(64)],
  ['VULTR_API_KEY', 'vultr api key|vultr key', (r) => r.str(UPNUM, 36)],
  ['HETZNER_API_TOKEN', 'hcloud token|hetzner token', (r) => r.str(ALNUM, 64)],
  ['HUBSPOT_PRIVATE_APP_TOKEN', 'hubspot token|hubspot access token', (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`],
  ['SALESFORCE_ACCESS_TOKEN', 'salesforce access token|sf session id', (r) => '00D' + r.str(ALNUM, 12) + '!AQ' + r.str(ALNUM + '._', 92)],
  ['ZENDESK_API_TOKEN', 'zendesk api token|zendesk token', (r) => r.str(ALNUM, 40)],
  ['PAGERDUTY_API_KEY', 'pagerduty api key|pd token', (r) => 'u+' + r.str(AN_, 18)],
  ['PLAID_SECRET', 'plaid secret|plaid client secret', (r) => r.hex(30)],
  ['PLAID_ACCESS_TOKEN', 'plaid access token', (r) => 'access-production-' + uuid(r)],
  ['ETHEREUM_PRIVATE_KEY', 'eth private key|wallet private key|deployer key', (r) => '0x' + r.hex(64)],
  ['WALLET_SEED_PHRASE', 'seed phrase|mnemonic|recovery phrase', (r) => { const n = r.pick([12, 12, 24]); const ws = []; for (let i = 0; i < n; i++) ws.push(r.pick(WORDS)); return ws.join(' '); }],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', 'op service account token|1password token', (r) => 'ops_' + b64u(JSON.stringify({ signInAddress: 'family.vault.test', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.bytes(16).toString('base64url') }, secretKey: 'A3-' + r.str(UPNUM, 6) + '-' + r.str(UPNUM, 26), srpX: r.hex(64), muk: { alg: 'A256GCM', k: r.bytes(32).toString('base64url'), kty: 'oct' } }))],
  ['BITWARDEN_ACCESS_TOKEN', 'bws access token|bitwarden token', (r) => `0.${uuid(r)}.${r.str(ALNUM, 30)}:${r.bytes(16).toString('base64')}`],
  ['TAILSCALE_AUTH_KEY', 'tailscale auth key|ts authkey', (r) => `tskey-${r.pick(['auth', 'api'])}-k${r.str(ALNUM, 11)}CNTRL-${r.str(ALNUM, 33)}`],
  ['NGROK_AUTHTOKEN', 'ngrok authtoken|ngrok token', (r) => `2${r.str(ALNUM, 26)}_${r.str(ALNUM, 21)}`],
  ['FLY_API_TOKEN', 'fly api token|fly token', (r) => 'fo1_' + r.str(AN_, 43)],
  ['RENDER_API_KEY', 'render api key|render key', (r) => 'rnd_' + r.str(ALNUM, 32)],
  ['CONFLUENT_API_SECRET', 'confluent api secret|kafka api secret', (r) => r.str(ALNUM + '+/', 64)],
  ['HONEYCOMB_API_KEY', 'honeycomb api key|honeycomb write key', (r) => r.str(ALNUM, 22)],
  ['LAUNCHDARKLY_SDK_KEY', 'launchdarkly sdk key|ld sdk key', (r) => r.pick(['sdk-', 'api-']) + uuid(r)],
  ['SEGMENT_WRITE_KEY', 'segment write key|analytics write key', (r) => r.str(ALNUM, 32)],
  ['MIXPANEL_API_SECRET', 'mixpanel api secret|mixpanel secret', (r) => r.hex(32)],
  ['ONESIGNAL_REST_API_KEY', 'onesignal rest api key|onesignal key', (r) => 'os_v2_app_' + r.str('abcdefghijklmnopqrstuvwxyz234567', 113)],
  ['EXPO_ACCESS_TOKEN', 'expo token|eas token', (r) => r.str(AN_, 40)],
  ['CLERK_SECRET_KEY', 'clerk secret key|clerk key', (r) => 'sk_live_' + r.str(ALNUM, 46)],
  ['RESEND_API_KEY', 'resend api key|resend key', (r) => `re_${r.str(ALNUM, 8)}_${r.str(ALNUM, 24)}`],
  ['TYPEFORM_TOKEN', 'typeform token|typeform pat', (r) => `tfp_${r.str(ALNUM, 44)}_${r.str(ALNUM, 14)}`],
  ['SPOTIFY_CLIENT_SECRET', 'spotify client secret|spotify secret', (r) => r.hex(32)],
  ['ABLY_API_KEY', 'ably api key|ably key', (r) => `${r.str(ALNUM, 6)}.${r.str(ALNUM, 6)}:${r.str(AN_, 43)}`],
  ['PUSHER_APP_SECRET', 'pusher secret|pusher app secret', (r) => r.hex(20)],
  ['SHIPPO_API_TOKEN', 'shippo token|shippo api token', (r) => 'shippo_live_' + r.hex(40)],
  ['EASYPOST_API_KEY', 'easypost api key|easypost key', (r) => 'EZAK' + r.hex(54)],
  ['TWITCH_CLIENT_SECRET', 'twitch client secret|twitch secret', (r) => r.str(LOWNUM, 30)],
  ['ELASTIC_API_KEY', 'elastic api key|es api key', (r) => Buffer.from(`${r.str(AN_, 20)}:${r.str(AN_, 22)}`).toString('base64')],
  ['CODECOV_UPLOAD_TOKEN', 'codecov token', (r) => uuid(r)],
  ['HOME_ASSISTANT_TOKEN', 'ha token|home assistant token|hass token', (r) => jwt(r, { alg: 'HS256', payload: { iss: r.hex(32), iat: 1700000000 + r.int(0, 5e7), exp: 2000000000 + r.int(0, 5e7) } })],
  // ---- credentials without a vendor prefix
  ['GENERIC_API_KEY', 'api key|apikey|x api key|client key|access key', (r) => r.str(ALNUM, r.pick([24, 32, 40, 48]))],
  ['GENERIC_SECRET', 'secret|client secret|app secret|shared secret', (r) => r.bytes(r.pick([24, 32, 48])).toString('base64')],
  ['HEX_SECRET', 'secret hex|signing secret|master key', (r) => r.hex(r.pick([32, 40, 64]))],
  ['BASE32_SECRET', 'otp secret|totp seed|mfa secret|2fa key', (r) => base32(r.bytes(r.pick([10, 20]))).replace(/=+$/, '')],
  ['SESSION_SECRET', 'session secret|cookie secret|express session secret', (r) => r.str(ALNUM, r.int(32, 64))],
  ['ENCRYPTION_KEY', 'encryption key|aes key|data key|crypt key', (r) => r.chance(0.5) ? r.hex(64) : r.bytes(32).toString('base64')],
  ['HMAC_KEY', 'hmac key|hmac secret|signature key', (r) => r.str(ALNUM, 40)],
  ['DJANGO_SECRET_KEY', 'django secret key|secret key', (r) => 'django-insecure-'.slice(0, r.chance(0.3) ? 16 : 0) + r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)],
  ['RAILS_SECRET_KEY_BASE', 'secret key base|rails secret', (r) => r.hex(128)],
  ['RAILS_MASTER_KEY', 'rails master key|master key', (r) => r.hex(32)],
  ['LARAVEL_APP_KEY', 'app key|laravel key', (r) => 'base64:' + r.bytes(32).toString('base64')],
  ['NEXTAUTH_SECRET', 'nextauth secret|auth secret', (r) => r.bytes(32).toString('base64')],
  ['JWT_SIGNING_SECRET', 'jwt secret|jwt signing key|token secret', (r) => r.str(ALNUM + '-_', r.int(32, 64))],
  ['OAUTH_CLIENT_SECRET', 'client secret|oauth secret|consumer secret', (r) => r.str(AN_, r.pick([32, 40, 48]))],
  ['OAUTH_REFRESH_TOKEN', 'refresh token|offline token', (r) => r.str(AN_, r.int(40, 90))],
  ['OAUTH_ACCESS_TOKEN', 'access token|bearer token|auth token', (r) => r.str(ALNUM + '-._~', r.int(30, 64))],
  ['WEBHOOK_SECRET', 'webhook secret|hook secret|signing secret', (r) => r.str(ALNUM, r.int(24, 48))],
  ['SESSION_COOKIE', 'session|sid|connect sid', (r) => r.chance(0.5) ? 's%3A' + r.str(AN_, 32) + '.' + r.str(ALNUM, 43) : r.str(LOWNUM, 32)],
  ['JSON_WEB_TOKEN', 'jwt|id token|access token|token', (r) => jwt(r)],
  ['BASIC_AUTH_CREDENTIALS', 'basic auth|auth', (r) => basic(r)],
  ['DOCKER_REGISTRY_AUTH', 'auth', (r) => basic(r)],
  ['KUBERNETES_SECRET_DATA', 'password|token|api key', (r) => Buffer.from(r.chance(0.5) ? strongPassword(r) : r.str(ALNUM, 32)).toString('base64')],
  ['DATABASE_PASSWORD', 'db password|database password|db pass|pg password|mysql password|mongo password|redis password', (r) => machinePassword(r)],
  ['SMTP_PASSWORD', 'smtp password|mail password|smtp pass', (r) => r.chance(0.5) ? humanPassword(r) : r.str(ALNUM, 16)],
  ['LDAP_BIND_PASSWORD', 'ldap bind password|bind pw|ldap password', (r) => strongPassword(r)],
  ['FTP_PASSWORD', 'ftp password|ftp pass|sftp password', (r) => humanPassword(r)],
  ['SSH_PASSWORD', 'ssh password|ssh pass', (r) => humanPassword(r)],
  ['MQTT_PASSWORD', 'mqtt password|broker password|mqtt pass', (r) => machinePassword(r)],
  ['AMQP_PASSWORD', 'rabbitmq password|amqp password|broker pass', (r) => machinePassword(r)],
  ['PROXY_PASSWORD', 'proxy password|proxy pass', (r) => humanPassword(r)],
  ['HTTP_BASIC_PASSWORD', 'basic auth password|http password|htpasswd', (r) => humanPassword(r)],
  ['COMMAND_LINE_PASSWORD', 'password', (r) => r.chance(0.5) ? humanPassword(r) : strongPassword(r)],
  ['ACCOUNT_PASSWORD', 'password|passwort|mot de passe|contraseña', (r) => humanPassword(r)],
  ['PASSPHRASE', 'passphrase|key passphrase|vault passphrase', (r) => passphrase(r)],
  ['WIFI_PASSWORD', 'wpa passphrase|wifi password|psk|wlan key', (r) => r.chance(0.6) ? passphrase(r).replace(/ /g, '-') : humanPassword(r)],
  ['ROUTER_ADMIN_PASSWORD', 'admin password|web password|router password', (r) => humanPassword(r)],
  ['SNMP_COMMUNITY_STRING', 'snmp community|community', (r) => r.pick(['n3tw0rk', 'h0me', 'mon1tor', 'c0mm']) + r.str(ALNUM, r.int(8, 14))],
  ['RADIUS_SHARED_SECRET', 'radius secret|shared secret', (r) => strongPassword(r, 20)],
  ['VPN_PRESHARED_KEY', 'psk|pre shared key|ipsec psk', (r) => r.chance(0.5) ? r.bytes(32).toString('base64') : strongPassword(r, 24)],
  ['WIREGUARD_PRIVATE_KEY', 'private key|wg private key', (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }],
  ['NETRC_PASSWORD', 'password', (r) => r.chance(0.5) ? humanPassword(r) : r.str(ALNUM, 32)],
  ['PGPASS_PASSWORD', 'password', (r) => machinePassword(r).replace(/:/g, '')],
  ['NPMRC_AUTH_TOKEN', 'auth token', (r) => r.chance(0.5) ? uuid(r).replace(/-/g, '') + r.hex(8) : r.str(AN_, 44)],
  ['PYPIRC_PASSWORD', 'password', (r) => strongPassword(r)],
  ['GIT_CREDENTIALS_PASSWORD', 'password', (r) => r.str(ALNUM, 40)],
  ['BROWSER_SAVED_PASSWORD', 'password', (r) => humanPassword(r)],
  ['PASSWORD_MANAGER_PASSWORD', 'password', (r) => r.chance(0.5) ? strongPassword(r) : humanPassword(r)],
  ['TOTP_SECRET', 'otpauth|totp', (r) => base32(r.bytes(20))],
  ['KEYSTORE_PASSWORD', 'keystore password|store password|key password', (r) => humanPassword(r)],
  ['WINDOWS_AUTOLOGON_PASSWORD', 'default password', (r) => humanPassword(r)],
  ['POWERSHELL_PLAINTEXT_PASSWORD', 'password', (r) => humanPassword(r)],
  ['SERVICE_ACCOUNT_PASSWORD', 'service password|svc password|run as password', (r) => strongPassword(r)],
  ['ONLINE_BANKING_PASSWORD', 'online banking|banking password', (r) => humanPassword(r)],
  ['EMAIL_ACCOUNT_PASSWORD', 'email password|mailbox password|imap password', (r) => humanPassword(r)],
  ['APP_SPECIFIC_PASSWORD', 'app password|app specific password', (r) => `${r.str(LOWER, 4)}-${r.str(LOWER, 4)}-${r.str(LOWER, 4)}-${r.str(LOWER, 4)}`],
  ['KUBECONFIG_CLIENT_KEY_DATA', 'client key data', null],
  ['PPPOE_PASSWORD', 'pppoe password|dsl password', (r) => r.chance(0.5) ? r.digits(8) + r.str(ALNUM, 4) : humanPassword(r)],
  ['ESPHOME_API_ENCRYPTION_KEY', 'api encryption key|noise psk', (r) => r.bytes(32).toString('base64')],
  ['OTA_PASSWORD', 'ota password|update password', (r) => r.hex(32)],
  ['IOT_DEVICE_PASSWORD', 'device password|camera password', (r) => humanPassword(r)],
  ['AZURE_SHARED_ACCESS_KEY', 'shared access key|service bus key', (r) => r.bytes(32).toString('base64')],
  ['INFLUXDB_TOKEN', 'influx token|influxdb token', (r) => r.bytes(64).toString('base64url').replace(/-/g, 'x').replace(/_/g, 'Q') + '=='],
  ['CISCO_TYPE7_PASSWORD', 'password 7', (r) => { const s = String(r.int(0, 15)).padStart(2, '0'); return s + r.hex(r.pick([10, 14, 18, 22])).toUpperCase(); }],
  ['VNC_ENCRYPTED_PASSWORD', 'vnc password', (r) => [...r.bytes(8)].map((b) => b.toString(16).padStart(2, '0')).join(',')],
  ['MEETING_PASSCODE', 'passcode|meeting password', (r) => String(r.int(100000, 999999))],
  ['RSA_PRIVATE_KEY', 'private key|rsa key', null],
  ['EC_PRIVATE_KEY', 'private key|ec key', null],
  ['PKCS8_PRIVATE_KEY', 'private key|signing key', null],
  ['OPENSSH_PRIVATE_KEY', 'private key|ssh key|deploy key', null],
  ['PGP_PRIVATE_KEY_BLOCK', 'private key|pgp key|gpg key', null],
];
export const SECRET = Object.fromEntries(SECRET_KINDS.map(([e, k, g]) => [e, { e, stems: k.split('|').map((s) => s.split(' ')), g }]));
export const PEM_KINDS = ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY_BLOCK'];
// kinds that only make sense in a dedicated context (not in generic key=value rotation)
export const CONTEXT_ONLY = new Set(['DOCKER_REGISTRY_AUTH', 'KUBERNETES_SECRET_DATA', 'NETRC_PASSWORD', 'PGPASS_PASSWORD', 'NPMRC_AUTH_TOKEN', 'PYPIRC_PASSWORD',
  'GIT_CREDENTIALS_PASSWORD', 'BROWSER_SAVED_PASSWORD', 'PASSWORD_MANAGER_PASSWORD', 'TOTP_SECRET', 'WINDOWS_AUTOLOGON_PASSWORD', 'POWERSHELL_PLAINTEXT_PASSWORD',
  'COMMAND_LINE_PASSWORD', 'AZURE_SAS_SIGNATURE', 'SESSION_COOKIE', 'BASIC_AUTH_CREDENTIALS', 'ACCOUNT_PASSWORD', 'ONLINE_BANKING_PASSWORD', 'HTTP_BASIC_PASSWORD',
  'PROXY_PASSWORD', 'WIREGUARD_PRIVATE_KEY', 'SENTRY_DSN_KEY', 'MEETING_PASSCODE', 'KUBECONFIG_CLIENT_KEY_DATA', 'PPPOE_PASSWORD', 'ESPHOME_API_ENCRYPTION_KEY', 'OTA_PASSWORD', 'IOT_DEVICE_PASSWORD', 'CISCO_TYPE7_PASSWORD', 'VNC_ENCRYPTED_PASSWORD', ...PEM_KINDS]);
export const ROTATION_KINDS = SECRET_KINDS.map((k) => k[0]).filter((e) => !CONTEXT_ONLY.has(e));

// PEM generation (pool of RSA keys is made lazily from the seeded stream)
export function pemKey(r, kind, opts = {}) {
  switch (kind) {
    case 'RSA_PRIVATE_KEY': return PEM.pemWrap('RSA PRIVATE KEY', PEM.rsaPkcs1Der(PEM.rsaKey(r, opts.bits || 2048)));
    case 'EC_PRIVATE_KEY': return PEM.pemWrap('EC PRIVATE KEY', PEM.ecSec1Der(PEM.ecKey(r, r.chance(0.8) ? 'prime256v1' : 'secp384r1')));
    case 'PKCS8_PRIVATE_KEY': { const t = opts.type || r.pick(['rsa', 'ec', 'ed25519', 'rsa']);
      if (t === 'rsa') return PEM.pemWrap('PRIVATE KEY', PEM.rsaPkcs8Der(PEM.rsaKey(r, opts.bits || 2048)));
      if (t === 'ec') return PEM.pemWrap('PRIVATE KEY', PEM.ecPkcs8Der(PEM.ecKey(r)));
      return PEM.pemWrap('PRIVATE KEY', PEM.edKey(r).pk8); }
    case 'OPENSSH_PRIVATE_KEY': { const t = opts.type || (r.chance(0.75) ? 'ed25519' : 'rsa');
      return PEM.opensshPrivate(r, t === 'ed25519' ? PEM.edKey(r) : PEM.rsaKey(r, 2048), t, opts.comment || r.pick(['anna@laptop', 'deploy@nas', 'pi@raspberrypi', 'backup', 'ci', 'root@router', 'kai@desktop'])); }
    case 'PGP_PRIVATE_KEY_BLOCK': return PEM.pgpPrivate(r, PEM.edKey(r), opts.uid || 'Backup Key <backup@home.test>', r.int(1500000000, 1750000000));
  }
  throw new Error('pem kind ' + kind);
}

// key-name casing
export function caseKey(words, style) {
  const w = words.map((x) => x.toLowerCase());
  switch (style) {
    case 'UPPER': return w.join('_').toUpperCase();
    case 'snake': return w.join('_');
    case 'camel': return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'Pascal': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'kebab': return w.join('-');
    case 'dot': return w.join('.');
    case 'Title': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join(' ');
  }
  return w.join('_');
}
export const ODD_KEYS = ['k', 'x', 'tok', 'tok2', 'magic', 'blob', 'creds', 'shhh', 'the_thing', 'sekrit', 'zugang', 'schluessel', 'clave_api', 'cle_api', 'mdp', 'haslo',
  'parol', 'sifre', 'senha', 'wachtwoord', 'losenord', 'salasana', 'jelszo', 'heslo', 'kennwort', 'passwd2', 'pw_old', 'DO_NOT_SHARE', 'value', 'v1', 'sig_material',
  'prod_only', 'legacy_key', 'X_TOKEN', 'kEy', 'secret_sauce', 'nonce_seed', 'opaque', 'llave', 'chiave', 'nyckel', 'avain', 'klucz'];
