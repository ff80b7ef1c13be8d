// Secret value generators: entity name -> generator, plus config key names it often sits under.
import { CS } from './prng.mjs';
import { ghChecksum, bech32Encode, convertBits } from './checksums.mjs';
import { pem, rsaParts, rsaPkcs1Der, rsaPkcs8Der, ecKey, ecSec1Der, ecPkcs8Der, edKey, opensshPrivate } from './keys.mjs';

const WORDS = ('sonnenblume kartoffel marmelade papillon girasole mariposa tulpe kirsikka blabeere cappuccino mondschein leuchtturm ' +
  'quokka falcon harbor walrus tortuga pinguim kolibri zeppelin ananas brezel croissant ' +
  'pomelo lantern copper meadow glacier saffron thistle ember orchard canyon pebble juniper velvet basalt harpoon ' +
  'nebula otter quartz tundra willow yonder zinnia biscuit cobalt dynamo fjord gondola hazel igloo jasmine kestrel lagoon').split(' ');
const CAP = (w) => w[0].toUpperCase() + w.slice(1);
const SEASONS = ['Sommer', 'Winter', 'Herbst', 'Fruehling', 'Summer', 'Autumn', 'Printemps', 'Verano', 'Inverno', 'Zima', 'Lato', 'Kesä'];
const YEARS = ['2019', '2021', '2022', '2023', '2024', '2025', '24', '25', '1987', '1993'];
const SYM = '!#$%&*?@+.';

export function humanPassword(r) {
  switch (r.int(9)) {
    case 0: return r.pick(SEASONS) + r.pick(YEARS) + r.pick(SYM);
    case 1: return CAP(r.pick(WORDS)) + r.pick(SYM) + r.digits(r.range(2, 4));
    case 2: return r.pick(WORDS) + r.digits(r.range(2, 3)) + CAP(r.pick(WORDS));
    case 3: return CAP(r.pick(WORDS)).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + r.digits(2) + r.pick(SYM);
    case 4: return `${CAP(r.pick(WORDS))}-${CAP(r.pick(WORDS))}-${r.digits(2)}`;
    case 5: return r.pick(WORDS) + '_' + r.pick(WORDS) + r.pick(YEARS);
    case 6: return CAP(r.pick(WORDS)) + r.pick(YEARS) + r.pick(SYM) + r.str(CS.upper, 1);
    case 7: return r.str(CS.alnum, r.range(10, 14)) + r.pick(SYM);
    default: return `${r.pick(WORDS)}.${r.pick(WORDS)}.${r.digits(3)}`;
  }
}
export function strongPassword(r, n = r.range(14, 28), sym = '!$%&*+-=?@^_~.') {
  let s = r.str(CS.alnum + sym, n);
  s = r.str(CS.upper, 1) + s.slice(1, -2) + r.digits(1) + r.str(sym, 1);
  return s;
}
export const urlSafePassword = (r, n = r.range(12, 24)) => r.str(CS.alnum, n - 2) + r.str('-_.~', 1) + r.digits(1);
export function passphrase(r, sep = r.pick(['-', ' ', '.', '_', ' '])) {
  const n = r.range(4, 6); const w = []; for (let i = 0; i < n; i++) w.push(r.pick(WORDS));
  if (r.chance(0.3)) w[r.int(n)] += r.digits(1);
  return w.join(sep);
}
const MNEMONIC = ('abandon ability absorb acoustic adapt admit advance aerobic afford again agent alarm album alley amateur anchor ' +
  'ancient angle antenna anxiety arena armor artwork auction autumn avocado bacon balcony bamboo banner barrel basket beach ' +
  'believe bicycle blanket blossom bracket breeze bridge broccoli bubble cabin cactus camera canal carbon castle cherry ' +
  'chimney cinnamon citizen clever coconut comfort copper cradle crystal cushion dawn debris denial desert dolphin donkey').split(' ');
export const mnemonic = (r, n = r.pick([12, 12, 24, 18])) => Array.from({ length: n }, () => r.pick(MNEMONIC)).join(' ');

const gh = (r, p) => { const x = r.str(CS.alnum, 30); return `gh${p}_${x}${ghChecksum(x)}`; };
const b64 = (r, n) => r.str(CS.b64, n);
const b64pad = (r, bytes) => r.bytes(bytes).toString('base64');
const b64u = (r, n) => r.str(CS.b64url, n);
const jsonB64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
export function jwt(r, claims = {}) {
  const alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'RS384', 'EdDSA']);
  const hdr = r.chance(0.5) ? { alg, typ: 'JWT' } : { typ: 'JWT', alg, kid: r.hex(12) };
  const now = 1690000000 + r.int(60000000);
  const pl = { sub: claims.sub || r.pick(['svc-', 'user:', 'u_', '']) + r.digits(r.range(4, 9)), iat: now, exp: now + r.pick([900, 3600, 86400, 2592000]), ...claims };
  if (r.chance(0.5)) pl.iss = `https://${r.pick(['auth', 'sso', 'id', 'login'])}.${r.pick(['corp', 'acme', 'intra', 'shop'])}.example`;
  if (r.chance(0.4)) pl.scope = r.pick(['read write', 'admin', 'orders:read', 'openid profile']);
  const sigLen = alg.startsWith('HS256') ? 43 : alg === 'HS512' ? 86 : alg === 'ES256' ? 86 : alg === 'EdDSA' ? 86 : 342;
  return `${jsonB64(hdr)}.${jsonB64(pl)}.${b64u(r, sigLen)}`;
}
const akid = (r, p = 'AKIA') => p + r.str(CS.b32.replace(/[01]/g, ''), 16);
function bitlocker(r) { const g = []; for (let i = 0; i < 8; i++) g.push(String(11 * r.int(65535)).padStart(6, '0')); return g.join('-'); }
function ageKey(r) { const data = convertBits([...r.bytes(32)], 8, 5); return bech32Encode('age-secret-key-', data, false).toUpperCase(); }
export function recoveryCode(r, style) {
  switch (style ?? r.int(6)) {
    case 0: return `${r.hex(5)}-${r.hex(5)}`;
    case 1: return `${r.digits(4)} ${r.digits(4)}`;
    case 2: return `${r.str(CS.b32, 4)}-${r.str(CS.b32, 4)}-${r.str(CS.b32, 4)}`;
    case 3: return r.str(CS.lowalnum, 10);
    case 4: return r.digits(8);
    default: return `${r.str(CS.upalnum, 5)}-${r.str(CS.upalnum, 5)}`;
  }
}
export function totpSeed(r) {
  const n = r.pick([16, 26, 32, 32, 52]);
  const s = r.str(CS.b32, n);
  return r.chance(0.25) ? s.match(/.{1,4}/g).join(' ') : r.chance(0.15) ? s.toLowerCase() : s;
}
function pemOf(r, type) {
  switch (type) {
    case 'rsa1024': return pem('RSA PRIVATE KEY', rsaPkcs1Der(rsaParts(r, 1024)));
    case 'rsa2048': return pem('RSA PRIVATE KEY', rsaPkcs1Der(rsaParts(r, 2048)));
    case 'pkcs8rsa': return pem('PRIVATE KEY', rsaPkcs8Der(rsaParts(r, r.pick([1024, 2048]))));
    case 'ec': return pem('EC PRIVATE KEY', ecSec1Der(ecKey(r)));
    case 'pkcs8ec': return pem('PRIVATE KEY', ecPkcs8Der(ecKey(r)));
    case 'pkcs8ed': return pem('PRIVATE KEY', edKey(r).p8);
    case 'sshed': return opensshPrivate(r, 'ed25519', r.pick(['deploy@ci-runner-3', 'ops@bastion', 'backup', 'jenkins@build02', '']));
    case 'sshrsa': return opensshPrivate(r, 'rsa', r.pick(['root@nas', 'svc-sync@files01', '']));
    default: throw new Error(type);
  }
}

// [entity, generator, config key names (any ecosystem), category]
// categories: human (hand-typed), token (vendor format), generic (random under odd names), pem, cred (auth blobs)
const E = [];
const def = (e, gen, keys, cat = 'token') => E.push({ e, gen, keys: keys.split('|'), cat });

// code hosting / CI
def('GITHUB_PERSONAL_ACCESS_TOKEN', (r) => gh(r, 'p'), 'GH_TOKEN|github_token|GITHUB_PAT|gh.token|scm_pat');
def('GITHUB_OAUTH_TOKEN', (r) => gh(r, 'o'), 'oauth_token|GH_OAUTH|gho');
def('GITHUB_USER_TO_SERVER_TOKEN', (r) => gh(r, 'u'), 'app_user_token|GHU_TOKEN');
def('GITHUB_SERVER_TO_SERVER_TOKEN', (r) => gh(r, 's'), 'installation_token|GHS_TOKEN|ci.gh_install');
def('GITHUB_REFRESH_TOKEN', (r) => gh(r, 'r'), 'gh_refresh|refresh_token_gh');
def('GITHUB_FINE_GRAINED_PAT', (r) => `github_pat_11${r.str(CS.upalnum, 20)}_${r.str(CS.alnum, 59)}`, 'GITHUB_PAT_FG|fine_grained_pat|scm.token');
def('GITLAB_PERSONAL_ACCESS_TOKEN', (r) => `glpat-${r.str(CS.alnum + '-_', 20)}`, 'GITLAB_TOKEN|gl_pat|private_token');
def('GITLAB_RUNNER_TOKEN', (r) => `glrt-${r.str(CS.alnum + '-_', 20)}`, 'runner_token|token|REGISTRATION_TOKEN');
def('GITLAB_PIPELINE_TRIGGER_TOKEN', (r) => `glptt-${r.hex(40)}`, 'TRIGGER_TOKEN|trigger_token');
def('BITBUCKET_APP_PASSWORD', (r) => `ATBB${r.str(CS.alnum, 28)}${r.HEX(8)}`, 'BB_APP_PASSWORD|bitbucket_app_pw');
def('CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${r.str(CS.alnum, 22)}_${r.hex(40)}`, 'CIRCLE_TOKEN|circleci_token');
def('JENKINS_API_TOKEN', (r) => `11${r.hex(32)}`, 'JENKINS_TOKEN|jenkins.apiToken|JENKINS_API_KEY');
def('BUILDKITE_AGENT_TOKEN', (r) => `bkua_${r.hex(40)}`, 'BUILDKITE_AGENT_TOKEN|agent_token');
def('DRONE_RPC_SECRET', (r) => r.hex(32), 'DRONE_RPC_SECRET|drone_secret');
def('TRAVIS_API_TOKEN', (r) => r.str(CS.alnum, 22), 'TRAVIS_TOKEN|travis_api_token');
// cloud
def('AWS_ACCESS_KEY', (r) => akid(r, 'AKIA'), 'aws_access_key_id|AWS_ACCESS_KEY_ID|accessKeyId|access_key');
def('AWS_TEMPORARY_ACCESS_KEY', (r) => akid(r, 'ASIA'), 'aws_access_key_id|AccessKeyId|AWS_ACCESS_KEY_ID');
def('AWS_SECRET_KEY', (r) => r.str(CS.alnum + '+/', 40), 'aws_secret_access_key|AWS_SECRET_ACCESS_KEY|secretAccessKey|secret_key');
def('AWS_SESSION_TOKEN', (r) => `IQoJb3JpZ2luX2Vj${b64(r, r.range(300, 420))}`, 'aws_session_token|AWS_SESSION_TOKEN|SessionToken');
def('GCP_API_KEY', (r) => `AIza${r.str(CS.alnum + '-_', 35)}`, 'GOOGLE_API_KEY|maps_key|firebase_api_key|gcp.apiKey');
def('GCP_OAUTH_CLIENT_SECRET', (r) => `GOCSPX-${r.str(CS.alnum + '-_', 28)}`, 'client_secret|GOOGLE_CLIENT_SECRET');
def('GOOGLE_OAUTH_REFRESH_TOKEN', (r) => `1//0${r.str(CS.alnum + '-_', r.range(95, 100))}`, 'refresh_token|GOOGLE_REFRESH_TOKEN');
def('GOOGLE_OAUTH_ACCESS_TOKEN', (r) => `ya29.${r.str(CS.alnum + '-_', r.range(150, 190))}`, 'access_token|GOOGLE_ACCESS_TOKEN');
def('AZURE_STORAGE_ACCOUNT_KEY', (r) => b64pad(r, 64), 'AccountKey|AZURE_STORAGE_KEY|storage_account_key');
def('AZURE_CLIENT_SECRET', (r) => `${r.str(CS.alnum, 3)}8Q~${r.str(CS.alnum + '_-.~', 34)}`, 'AZURE_CLIENT_SECRET|clientSecret|client_secret');
def('AZURE_SAS_SIGNATURE', (r) => encodeURIComponent(b64pad(r, 32)), 'sig|sas_sig');
def('AZURE_DEVOPS_PAT', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), 'AZURE_DEVOPS_EXT_PAT|ado_pat|System.AccessToken');
def('AZURE_SERVICE_BUS_KEY', (r) => b64pad(r, 32), 'SharedAccessKey|servicebus_key');
def('DIGITALOCEAN_TOKEN', (r) => `dop_v1_${r.hex(64)}`, 'DIGITALOCEAN_TOKEN|do_token');
def('LINODE_API_TOKEN', (r) => r.hex(64), 'LINODE_TOKEN|linode_token');
def('HETZNER_API_TOKEN', (r) => r.str(CS.alnum, 64), 'HCLOUD_TOKEN|hcloud_token');
def('CLOUDFLARE_API_TOKEN', (r) => r.str(CS.alnum + '-_', 40), 'CLOUDFLARE_API_TOKEN|CF_API_TOKEN|cf_token');
def('CLOUDFLARE_GLOBAL_API_KEY', (r) => r.hex(37), 'CF_API_KEY|cloudflare_global_key');
def('ALIBABA_ACCESS_KEY_ID', (r) => `LTAI${r.str(CS.alnum, 20)}`, 'ALIBABA_CLOUD_ACCESS_KEY_ID|aliyun_ak');
def('ALIBABA_ACCESS_KEY_SECRET', (r) => r.str(CS.alnum, 30), 'ALIBABA_CLOUD_ACCESS_KEY_SECRET|aliyun_sk');
def('IBM_CLOUD_API_KEY', (r) => r.str(CS.alnum + '-_', 44), 'IBMCLOUD_API_KEY|ibm_api_key');
def('VULTR_API_KEY', (r) => r.str(CS.upalnum, 36), 'VULTR_API_KEY|vultr_key');
def('HEROKU_API_KEY', (r) => `HRKU-AA${r.str(CS.alnum + '_-', 58)}`, 'HEROKU_API_KEY|heroku_token');
def('NETLIFY_AUTH_TOKEN', (r) => `nfp_${r.str(CS.alnum, 36)}`, 'NETLIFY_AUTH_TOKEN|netlify_token');
def('VERCEL_TOKEN', (r) => r.str(CS.alnum, 24), 'VERCEL_TOKEN|vercel_token');
def('FLY_API_TOKEN', (r) => `FlyV1 fm2_${b64(r, 120)}`, 'FLY_API_TOKEN|fly_token');
def('SUPABASE_ACCESS_TOKEN', (r) => `sbp_${r.hex(40)}`, 'SUPABASE_ACCESS_TOKEN|supabase_pat');
def('SUPABASE_SERVICE_ROLE_KEY', (r) => jwt(r, { role: 'service_role' }), 'SUPABASE_SERVICE_ROLE_KEY|service_role_key');
def('FIREBASE_CLOUD_MESSAGING_KEY', (r) => `AAAA${r.str(CS.alnum + '-_', 7)}:APA91b${r.str(CS.alnum + '-_', 134)}`, 'FCM_SERVER_KEY|fcm_server_key');
def('TERRAFORM_CLOUD_TOKEN', (r) => `${r.str(CS.alnum, 14)}.atlasv1.${r.str(CS.alnum, 67)}`, 'TFE_TOKEN|TF_TOKEN_app_terraform_io|token');
def('VAULT_TOKEN', (r) => `hvs.${r.str(CS.alnum + '_-', 24)}`, 'VAULT_TOKEN|vault_token|X-Vault-Token');
def('VAULT_UNSEAL_KEY', (r) => b64pad(r, 33), 'unseal_key|Unseal Key 1|unseal_share');
def('PULUMI_ACCESS_TOKEN', (r) => `pul-${r.hex(40)}`, 'PULUMI_ACCESS_TOKEN');
def('DOPPLER_TOKEN', (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.str(CS.alnum, 40)}`, 'DOPPLER_TOKEN');
def('DOCKER_HUB_TOKEN', (r) => `dckr_pat_${r.str(CS.alnum + '-_', 27)}`, 'DOCKER_TOKEN|REGISTRY_PAT|docker_pat');
def('NPM_ACCESS_TOKEN', (r) => `npm_${r.str(CS.alnum, 36)}`, 'NPM_TOKEN|_authToken|npm_token');
def('PYPI_UPLOAD_TOKEN', (r) => `pypi-AgEI${b64u(r, r.range(140, 170))}`, 'TWINE_PASSWORD|pypi_token|password');
def('RUBYGEMS_API_KEY', (r) => `rubygems_${r.hex(48)}`, 'GEM_HOST_API_KEY|rubygems_api_key');
def('NUGET_API_KEY', (r) => `oy2${r.str(CS.lowalnum, 43)}`, 'NUGET_API_KEY|nuget_key');
def('CARGO_REGISTRY_TOKEN', (r) => `cio${r.str(CS.alnum, 32)}`, 'CARGO_REGISTRY_TOKEN|token');
def('ARTIFACTORY_API_KEY', (r) => `AKCp${r.str(CS.alnum, 69)}`, 'ARTIFACTORY_API_KEY|artifactory_key|X-JFrog-Art-Api');
def('SONARQUBE_TOKEN', (r) => `squ_${r.hex(40)}`, 'SONAR_TOKEN|sonar.login');
def('TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${r.str(CS.alnum, 11)}-${r.str(CS.alnum, 32)}`, 'TS_AUTHKEY|tailscale_authkey');
def('NGROK_AUTHTOKEN', (r) => `2${r.str(CS.alnum, 26)}_${r.str(CS.alnum, 21)}`, 'NGROK_AUTHTOKEN|authtoken');
def('ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', (r) => `ops_eyJ${b64u(r, 200)}`, 'OP_SERVICE_ACCOUNT_TOKEN');
def('AGE_SECRET_KEY', ageKey, 'AGE_SECRET_KEY|SOPS_AGE_KEY|identity');
// messaging
def('SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.str(CS.alnum, 24)}`, 'SLACK_BOT_TOKEN|slack.bot_token|bot_token');
def('SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`, 'SLACK_USER_TOKEN|user_token');
def('SLACK_APP_TOKEN', (r) => `xapp-1-A${r.str(CS.upalnum, 10)}-${r.digits(13)}-${r.hex(64)}`, 'SLACK_APP_TOKEN|app_level_token');
def('SLACK_WEBHOOK_SECRET', (r) => r.str(CS.alnum, 24), 'SLACK_WEBHOOK|webhook_url');
def('DISCORD_BOT_TOKEN', (r) => `${Buffer.from(r.digits(18)).toString('base64').replace(/=+$/, '')}.${r.str(CS.alnum + '-_', 6)}.${r.str(CS.alnum + '-_', 38)}`, 'DISCORD_TOKEN|discord.bot_token');
def('DISCORD_WEBHOOK_TOKEN', (r) => r.str(CS.alnum + '-_', 68), 'DISCORD_WEBHOOK');
def('TELEGRAM_BOT_TOKEN', (r) => `${r.range(1, 7)}${r.digits(9)}:AA${r.str(CS.alnum + '-_', 33)}`, 'TELEGRAM_BOT_TOKEN|tg_token|bot_token');
def('TWILIO_AUTH_TOKEN', (r) => r.hex(32), 'TWILIO_AUTH_TOKEN|twilio.auth_token');
def('TWILIO_API_SECRET', (r) => r.str(CS.alnum, 32), 'TWILIO_API_SECRET');
def('SENDGRID_API_KEY', (r) => `SG.${r.str(CS.alnum + '-_', 22)}.${r.str(CS.alnum + '-_', 43)}`, 'SENDGRID_API_KEY|sendgrid_key|smtp_password');
def('MAILGUN_API_KEY', (r) => `key-${r.hex(32)}`, 'MAILGUN_API_KEY|mailgun_key');
def('MAILCHIMP_API_KEY', (r) => `${r.hex(32)}-us${r.range(1, 21)}`, 'MAILCHIMP_API_KEY|mc_api_key');
def('MESSAGEBIRD_ACCESS_KEY', (r) => r.str(CS.alnum, 25), 'MESSAGEBIRD_API_KEY');
def('VONAGE_API_SECRET', (r) => r.str(CS.alnum, 16), 'VONAGE_API_SECRET|nexmo_secret');
def('PUSHER_APP_SECRET', (r) => r.hex(20), 'PUSHER_APP_SECRET|pusher_secret');
def('ZOOM_CLIENT_SECRET', (r) => r.str(CS.alnum, 32), 'ZOOM_CLIENT_SECRET');
// payments / commerce
def('STRIPE_SECRET_KEY', (r) => `sk_live_${r.str(CS.alnum, r.pick([24, 99]))}`, 'STRIPE_SECRET_KEY|stripe.secret|STRIPE_API_KEY');
def('STRIPE_RESTRICTED_KEY', (r) => `rk_live_${r.str(CS.alnum, r.pick([24, 99]))}`, 'STRIPE_RESTRICTED_KEY');
def('STRIPE_WEBHOOK_SECRET', (r) => `whsec_${r.str(CS.alnum, 32)}`, 'STRIPE_WEBHOOK_SECRET|endpoint_secret');
def('PAYPAL_CLIENT_SECRET', (r) => `E${r.str(CS.alnum + '-_', 79)}`, 'PAYPAL_CLIENT_SECRET|paypal.secret');
def('SQUARE_ACCESS_TOKEN', (r) => `EAAA${r.str(CS.alnum + '-_', 60)}`, 'SQUARE_ACCESS_TOKEN');
def('BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str(CS.lowalnum, 16)}$${r.hex(32)}`, 'BRAINTREE_ACCESS_TOKEN');
def('ADYEN_API_KEY', (r) => `AQE${r.str(CS.alnum, 8)}+${r.str(CS.alnum + '+/', 90)}`, 'ADYEN_API_KEY');
def('RAZORPAY_KEY_SECRET', (r) => r.str(CS.alnum, 24), 'RAZORPAY_KEY_SECRET');
def('SHOPIFY_ACCESS_TOKEN', (r) => `shpat_${r.hex(32)}`, 'SHOPIFY_ACCESS_TOKEN|X-Shopify-Access-Token');
def('SHOPIFY_SHARED_SECRET', (r) => `shpss_${r.hex(32)}`, 'SHOPIFY_API_SECRET');
def('PLAID_SECRET', (r) => r.hex(30), 'PLAID_SECRET');
def('EASYPOST_API_KEY', (r) => `EZAK${r.hex(54)}`, 'EASYPOST_API_KEY');
def('SHIPPO_API_TOKEN', (r) => `shippo_live_${r.hex(40)}`, 'SHIPPO_TOKEN');
// AI
def('OPENAI_API_KEY', (r) => r.chance(0.7) ? `sk-proj-${r.str(CS.alnum + '-_', 74)}T3BlbkFJ${r.str(CS.alnum + '-_', 74)}` : `sk-${r.str(CS.alnum, 20)}T3BlbkFJ${r.str(CS.alnum, 20)}`, 'OPENAI_API_KEY|openai.api_key|OPENAI_KEY');
def('ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${r.str(CS.alnum + '-_', 93)}AA`, 'ANTHROPIC_API_KEY|anthropic_key');
def('HUGGINGFACE_TOKEN', (r) => `hf_${r.str(CS.alnum, 34)}`, 'HF_TOKEN|HUGGING_FACE_HUB_TOKEN');
def('COHERE_API_KEY', (r) => r.str(CS.alnum, 40), 'COHERE_API_KEY|CO_API_KEY');
def('REPLICATE_API_TOKEN', (r) => `r8_${r.str(CS.alnum, 37)}`, 'REPLICATE_API_TOKEN');
def('GROQ_API_KEY', (r) => `gsk_${r.str(CS.alnum, 52)}`, 'GROQ_API_KEY');
def('MISTRAL_API_KEY', (r) => r.str(CS.alnum, 32), 'MISTRAL_API_KEY');
def('PERPLEXITY_API_KEY', (r) => `pplx-${r.str(CS.alnum, 48)}`, 'PERPLEXITY_API_KEY');
// monitoring
def('DATADOG_API_KEY', (r) => r.hex(32), 'DD_API_KEY|datadog.api_key|api_key');
def('DATADOG_APP_KEY', (r) => r.hex(40), 'DD_APP_KEY|application_key');
def('NEW_RELIC_LICENSE_KEY', (r) => `${r.hex(36)}NRAL`, 'NEW_RELIC_LICENSE_KEY|license_key');
def('NEW_RELIC_USER_KEY', (r) => `NRAK-${r.str(CS.upalnum, 27)}`, 'NEW_RELIC_API_KEY');
def('SENTRY_DSN_KEY', (r) => r.hex(32), 'SENTRY_DSN|dsn');
def('SENTRY_AUTH_TOKEN', (r) => `sntrys_${b64u(r, 110)}`, 'SENTRY_AUTH_TOKEN');
def('GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${r.str(CS.alnum, 32)}_${r.hex(8)}`, 'GRAFANA_TOKEN|grafana_sa_token');
def('GRAFANA_CLOUD_TOKEN', (r) => `glc_${b64(r, 120)}`, 'GRAFANA_CLOUD_API_KEY');
def('PAGERDUTY_API_KEY', (r) => `u+${r.str(CS.alnum + '_-', 18)}`, 'PAGERDUTY_TOKEN|pd_api_key');
def('PAGERDUTY_ROUTING_KEY', (r) => `R0${r.str(CS.upalnum, 30)}`, 'routing_key|PD_ROUTING_KEY');
def('HONEYCOMB_API_KEY', (r) => `hcaik_${r.str(CS.lowalnum, 58)}`, 'HONEYCOMB_API_KEY|x-honeycomb-team');
def('ROLLBAR_ACCESS_TOKEN', (r) => r.hex(32), 'ROLLBAR_ACCESS_TOKEN|post_server_item');
def('BUGSNAG_API_KEY', (r) => r.hex(32), 'BUGSNAG_API_KEY');
def('LOGDNA_INGESTION_KEY', (r) => r.hex(32), 'MZ_INGESTION_KEY|logdna_key');
def('ELASTIC_API_KEY', (r) => Buffer.from(`${r.str(CS.alnum + '-_', 20)}:${r.str(CS.alnum + '-_', 22)}`).toString('base64'), 'ELASTIC_API_KEY|api_key');
// SaaS
def('ATLASSIAN_API_TOKEN', (r) => `ATATT3xFfGF0${r.str(CS.alnum + '-_', 172)}=${r.HEX(8)}`, 'JIRA_API_TOKEN|CONFLUENCE_TOKEN|atlassian_token');
def('NOTION_INTEGRATION_TOKEN', (r) => r.chance(0.5) ? `secret_${r.str(CS.alnum, 43)}` : `ntn_${r.digits(11)}${r.str(CS.alnum, 35)}`, 'NOTION_TOKEN|notion_api_key');
def('LINEAR_API_KEY', (r) => `lin_api_${r.str(CS.alnum, 40)}`, 'LINEAR_API_KEY');
def('AIRTABLE_PERSONAL_ACCESS_TOKEN', (r) => `pat${r.str(CS.alnum, 14)}.${r.hex(64)}`, 'AIRTABLE_TOKEN');
def('ASANA_PERSONAL_ACCESS_TOKEN', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, 'ASANA_PAT');
def('FIGMA_PERSONAL_ACCESS_TOKEN', (r) => `figd_${r.str(CS.alnum + '-_', 40)}`, 'FIGMA_TOKEN');
def('HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, 'HUBSPOT_ACCESS_TOKEN');
def('SALESFORCE_ACCESS_TOKEN', (r) => `00D${r.str(CS.alnum, 12)}!AQ${r.str(CS.alnum, 4)}.${r.str(CS.alnum + '._', 96)}`, 'SF_ACCESS_TOKEN|sessionId');
def('ZENDESK_API_TOKEN', (r) => r.str(CS.alnum, 40), 'ZENDESK_API_TOKEN');
def('INTERCOM_ACCESS_TOKEN', (r) => `dG9rOj${b64(r, 54)}=`, 'INTERCOM_TOKEN');
def('CONTENTFUL_DELIVERY_TOKEN', (r) => r.str(CS.alnum + '-_', 43), 'CONTENTFUL_ACCESS_TOKEN');
def('ALGOLIA_ADMIN_API_KEY', (r) => r.hex(32), 'ALGOLIA_ADMIN_KEY|algolia_write_key');
def('MAPBOX_SECRET_TOKEN', (r) => `sk.eyJ1Ijoi${b64u(r, 50)}.${b64u(r, 22)}`, 'MAPBOX_SECRET_TOKEN|MAPBOX_DOWNLOADS_TOKEN');
def('OKTA_API_TOKEN', (r) => `00${r.str(CS.alnum + '-_', 40)}`, 'OKTA_API_TOKEN|okta_token');
def('AUTH0_CLIENT_SECRET', (r) => r.str(CS.alnum + '-_', 64), 'AUTH0_CLIENT_SECRET');
def('DROPBOX_ACCESS_TOKEN', (r) => `sl.${r.str(CS.alnum + '-_', 136)}`, 'DROPBOX_TOKEN');
def('TWITCH_CLIENT_SECRET', (r) => r.str(CS.lowalnum, 30), 'TWITCH_CLIENT_SECRET');
def('TWITTER_BEARER_TOKEN', (r) => `AAAAAAAAAAAAAAAAAAAAA${r.str(CS.alnum, 28)}%3D${r.str(CS.alnum, 50)}`, 'TWITTER_BEARER_TOKEN|X_BEARER');
def('FACEBOOK_ACCESS_TOKEN', (r) => `EAA${r.str(CS.alnum, 180)}`, 'FB_ACCESS_TOKEN|page_access_token');
def('FACEBOOK_APP_SECRET', (r) => r.hex(32), 'FB_APP_SECRET|facebook.app_secret');
def('SPOTIFY_CLIENT_SECRET', (r) => r.hex(32), 'SPOTIFY_CLIENT_SECRET');
def('STEAM_WEB_API_KEY', (r) => r.HEX(32), 'STEAM_API_KEY');
def('RECAPTCHA_SECRET_KEY', (r) => `6L${r.str(CS.alnum + '-_', 38)}`, 'RECAPTCHA_SECRET|recaptcha.secret_key');
def('LAUNCHDARKLY_SDK_KEY', (r) => `sdk-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, 'LD_SDK_KEY');
def('SEGMENT_WRITE_KEY', (r) => r.str(CS.alnum, 32), 'SEGMENT_WRITE_KEY');
def('POSTHOG_PERSONAL_API_KEY', (r) => `phx_${r.str(CS.alnum, 43)}`, 'POSTHOG_PERSONAL_API_KEY');
def('CONFLUENT_API_SECRET', (r) => r.str(CS.alnum + '+/', 64), 'sasl.password|CONFLUENT_SECRET');
def('DATABRICKS_TOKEN', (r) => `dapi${r.hex(32)}`, 'DATABRICKS_TOKEN');
def('PLANETSCALE_PASSWORD', (r) => `pscale_pw_${r.str(CS.alnum + '-_', 43)}`, 'DATABASE_PASSWORD|PLANETSCALE_PW');
// application secrets / generic random under odd names
def('JWT_TOKEN', (r) => jwt(r), 'id_token|jwt|Authorization');
def('KUBERNETES_SERVICE_ACCOUNT_TOKEN', (r) => jwt(r, { 'kubernetes.io/serviceaccount/namespace': 'default' }), 'token');
def('JWT_SIGNING_SECRET', (r) => r.str(CS.alnum, r.pick([32, 48, 64])), 'JWT_SECRET|jwt.signing_key|TOKEN_SIGNING_KEY', 'generic');
def('SESSION_SECRET', (r) => r.str(CS.alnum + '-_', r.range(32, 64)), 'SESSION_SECRET|cookie_secret|session.key', 'generic');
def('DJANGO_SECRET_KEY', (r) => `django-insecure-${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)}`.replace('django-insecure-', r.chance(0.5) ? 'django-insecure-' : ''), 'SECRET_KEY|DJANGO_SECRET_KEY', 'generic');
def('RAILS_SECRET_KEY_BASE', (r) => r.hex(128), 'SECRET_KEY_BASE|secret_key_base', 'generic');
def('RAILS_MASTER_KEY', (r) => r.hex(32), 'RAILS_MASTER_KEY', 'generic');
def('LARAVEL_APP_KEY', (r) => `base64:${b64pad(r, 32)}`, 'APP_KEY', 'generic');
def('NEXTAUTH_SECRET', (r) => b64pad(r, 32), 'NEXTAUTH_SECRET|AUTH_SECRET', 'generic');
def('ENCRYPTION_KEY', (r) => r.chance(0.5) ? r.HEX(64) : r.hex(64), 'ENCRYPTION_KEY|data_key|kek|at_rest_key|cipher_key', 'generic');
def('AES_KEY', (r) => b64pad(r, r.pick([16, 32])), 'aes_key|AES_KEY|field_encryption_key', 'generic');
def('HMAC_SECRET', (r) => r.chance(0.5) ? r.hex(64) : r.str(CS.alnum, 40), 'hmac_secret|HMAC_KEY|signature_secret|mac_key', 'generic');
def('WEBHOOK_SIGNING_SECRET', (r) => r.str(CS.alnum, 40), 'WEBHOOK_SECRET|signing_secret|hook_secret', 'generic');
def('OAUTH_CLIENT_SECRET', (r) => r.str(CS.alnum + '-_', r.range(32, 48)), 'client_secret|OAUTH_CLIENT_SECRET|consumer_secret', 'generic');
def('API_KEY', (r) => r.pick([() => r.hex(32), () => r.str(CS.alnum, 40), () => r.str(CS.upalnum, 32), () => `${r.str(CS.lowalnum, 8)}.${r.str(CS.alnum, 32)}`])(), 'api_key|apikey|X-API-Key|API_TOKEN|partner_key', 'generic');
def('BEARER_TOKEN', (r) => r.str(CS.alnum + '-._~', r.range(40, 64)), 'bearer|access_token|auth_token', 'generic');
def('REFRESH_TOKEN', (r) => r.str(CS.alnum + '-_', r.range(48, 80)), 'refresh_token|rt', 'generic');
def('SESSION_COOKIE', (r) => r.str(CS.alnum + '%', r.range(32, 64)).replace(/%/g, '%2F'), 'sessionid|_session|JSESSIONID|connect.sid', 'generic');
def('PASSWORD_PEPPER', (r) => r.str(CS.alnum + '+/', 44), 'pepper|password_pepper|PEPPER', 'generic');
def('MASTER_KEY', (r) => r.str(CS.b32, 52), 'master_key|MEILI_MASTER_KEY|root_key', 'generic');
def('SHARED_SECRET', (r) => r.str(CS.alnum, r.range(24, 40)), 'shared_secret|psk|sharedKey|secret', 'generic');
def('SIGNING_KEY', (r) => r.chance(0.5) ? r.HEX(48) : b64pad(r, 48), 'signing_key|sig_key|seal_key|ticket_key', 'generic');
def('TLS_SESSION_TICKET_KEY', (r) => b64pad(r, 80), 'session_ticket_key|ssl_session_ticket_key', 'generic');
def('MACHINE_IDENTITY_SECRET', (r) => r.str(CS.upalnum, 40), 'machine_secret|node_secret|agent_secret|enrollment_secret', 'generic');
def('ANSIBLE_VAULT_PASSWORD', (r) => r.chance(0.5) ? passphrase(r, '-') : strongPassword(r), 'vault_password|ANSIBLE_VAULT_PASSWORD', 'generic');
def('MINIO_SECRET_KEY', (r) => r.str(CS.alnum + '+/', 40), 'MINIO_SECRET_KEY|MINIO_ROOT_PASSWORD|secretKey', 'generic');
def('WIREGUARD_PRIVATE_KEY', (r) => b64pad(r, 32), 'PrivateKey|private_key|wg_private_key', 'generic');
def('WIREGUARD_PRESHARED_KEY', (r) => b64pad(r, 32), 'PresharedKey|preshared_key', 'generic');
def('IPSEC_PRE_SHARED_KEY', (r) => r.chance(0.5) ? strongPassword(r) : r.hex(48), 'psk|pre-shared-key|ike_psk', 'generic');
def('SNMP_COMMUNITY_STRING', (r) => r.str(CS.alnum, r.range(10, 16)), 'community|snmp_community|rocommunity', 'generic');
def('RADIUS_SHARED_SECRET', (r) => strongPassword(r, 18), 'secret|radius_secret', 'generic');
def('KUBERNETES_SECRET_DATA', (r) => Buffer.from(r.chance(0.5) ? strongPassword(r) : r.str(CS.alnum, 32)).toString('base64'), 'password|token|api-key', 'generic');
def('LICENSE_KEY', (r) => Array.from({ length: 5 }, () => r.str(CS.upalnum, 5)).join('-'), 'license_key|LICENSE|product_key|serial', 'generic');
// credentials typed by people (passwords, PINs, passphrases, codes)
def('DATABASE_PASSWORD', (r) => r.chance(0.5) ? strongPassword(r) : humanPassword(r), 'password|DB_PASSWORD|db_pass|POSTGRES_PASSWORD|MYSQL_ROOT_PASSWORD|spring.datasource.password', 'human');
def('REDIS_PASSWORD', (r) => r.str(CS.alnum, r.range(16, 32)), 'requirepass|REDIS_PASSWORD|redis.password', 'human');
def('MONGODB_PASSWORD', (r) => urlSafePassword(r), 'MONGO_INITDB_ROOT_PASSWORD|mongo_password', 'human');
def('RABBITMQ_PASSWORD', (r) => humanPassword(r), 'RABBITMQ_DEFAULT_PASS|amqp_password', 'human');
def('LDAP_BIND_PASSWORD', (r) => strongPassword(r), 'bindpw|LDAP_BIND_PASSWORD|ldap.bind.password', 'human');
def('SMTP_PASSWORD', (r) => r.chance(0.5) ? humanPassword(r) : r.str(CS.lower, 16), 'SMTP_PASSWORD|smtp_pass|mail.password|EMAIL_HOST_PASSWORD', 'human');
def('EMAIL_ACCOUNT_PASSWORD', humanPassword, 'email_password|mailbox_pw', 'human');
def('FTP_PASSWORD', humanPassword, 'ftp_password|FTP_PASS', 'human');
def('SSH_PASSWORD', humanPassword, 'ssh_pass|ansible_ssh_pass|ansible_password', 'human');
def('ROOT_PASSWORD', (r) => r.chance(0.5) ? strongPassword(r) : humanPassword(r), 'root_password|rootpw', 'human');
def('ADMIN_PASSWORD', humanPassword, 'admin_password|ADMIN_PASS|GF_SECURITY_ADMIN_PASSWORD|initialAdminPassword', 'human');
def('SERVICE_ACCOUNT_PASSWORD', (r) => strongPassword(r, 24), 'svc_password|service_password|bind_password', 'human');
def('WIFI_PASSWORD', (r) => r.chance(0.3) ? passphrase(r, r.pick(['-', ''])) : humanPassword(r), 'wpa_passphrase|psk|wifi_password', 'human');
def('VPN_PASSWORD', humanPassword, 'vpn_password|auth-user-pass', 'human');
def('ROUTER_ADMIN_PASSWORD', humanPassword, 'router_pw', 'human');
def('NAS_PASSWORD', humanPassword, 'nas_password', 'human');
def('CAMERA_PASSWORD', (r) => r.str(CS.alnum, 8) + r.digits(2), 'camera_password|rtsp_password', 'human');
def('PRINTER_ADMIN_PASSWORD', (r) => r.str(CS.alnum, 10), 'printer_pin', 'human');
def('BIOS_PASSWORD', humanPassword, 'bios_password', 'human');
def('SHARED_ACCOUNT_PASSWORD', humanPassword, 'shared_login', 'human');
def('TEMPORARY_PASSWORD', (r) => r.pick([() => `Welcome${r.digits(3)}!`, () => `Start-${r.str(CS.alnum, 6)}`, () => r.str(CS.alnum, 12), () => `Temp${r.digits(4)}${r.pick(SYM)}`])(), 'initial_password|temp_password', 'human');
def('KEYSTORE_PASSWORD', (r) => strongPassword(r, 16), 'storePassword|keystore.password|KEYSTORE_PASS|keyPassword', 'human');
def('PFX_PASSWORD', humanPassword, 'pfx_password|CertificatePassword', 'human');
def('SSH_KEY_PASSPHRASE', (r) => passphrase(r), 'ssh_key_passphrase', 'human');
def('GPG_PASSPHRASE', (r) => passphrase(r), 'GPG_PASSPHRASE|gpg.passphrase|signing.password', 'human');
def('DISK_ENCRYPTION_PASSPHRASE', (r) => passphrase(r), 'luks_passphrase|filevault_password', 'human');
def('PASSWORD_MANAGER_MASTER_PASSWORD', (r) => passphrase(r, r.pick([' ', '-', '.'])), 'master_password', 'human');
def('CRYPTO_WALLET_MNEMONIC', (r) => mnemonic(r), 'mnemonic|seed_phrase|MNEMONIC', 'human');
def('BITLOCKER_RECOVERY_KEY', bitlocker, 'recovery_key', 'human');
def('RECOVERY_CODE', (r) => recoveryCode(r), 'recovery_code|backup_code', 'human');
def('TOTP_SEED', totpSeed, 'totp_secret|otp_seed|mfa_secret|TOTP_KEY|2fa_secret', 'human');
def('ACCOUNT_RECOVERY_KEY', (r) => Array.from({ length: 7 }, () => r.str(CS.upalnum, 4)).join('-'), 'recovery_key', 'human');
def('DEVICE_PIN', (r) => r.digits(r.pick([4, 6, 6, 8])), 'pin|unlock_pin', 'human');
def('SIM_PIN', (r) => r.digits(4), 'sim_pin', 'human');
def('SIM_PUK', (r) => r.digits(8), 'puk', 'human');
def('PAYMENT_CARD_PIN', (r) => r.digits(4), 'card_pin', 'human');
def('VOICEMAIL_PIN', (r) => r.digits(r.pick([4, 5, 6])), 'voicemail_pin', 'human');
def('DOOR_ACCESS_CODE', (r) => r.digits(r.pick([4, 5, 6])), 'door_code|gate_code', 'human');
def('ALARM_CODE', (r) => r.digits(4), 'alarm_code', 'human');
def('SAFE_COMBINATION', (r) => `${r.range(1, 99)}-${r.range(1, 99)}-${r.range(1, 99)}`, 'safe_combo', 'human');
def('MEETING_PASSCODE', (r) => r.chance(0.5) ? r.digits(r.pick([6, 8])) : r.str(CS.alnum, 6), 'meeting_password|pwd', 'human');
def('PASSWORD', (r) => r.chance(0.5) ? humanPassword(r) : strongPassword(r), 'password|passwd|pass|pwd|secret|kennwort|motdepasse|contrasena|senha|parola|wachtwoord|haslo|passord|salasana', 'human');
// auth blobs
def('BASIC_AUTH_CREDENTIALS', (r) => Buffer.from(`${r.pick(['admin', 'deploy', 'ci-bot', 'svc_reports', 'grafana', 'jenkins', 'ops'])}:${humanPassword(r)}`).toString('base64'), 'Authorization', 'cred');
def('DOCKER_REGISTRY_AUTH', (r) => Buffer.from(`${r.pick(['robot$ci', 'deploy', 'pullbot', '_json_key', 'AWS'])}:${strongPassword(r, 24)}`).toString('base64'), 'auth', 'cred');
def('NPMRC_AUTH', (r) => Buffer.from(`${r.pick(['builder', 'release-bot', 'fe-team'])}:${strongPassword(r, 20)}`).toString('base64'), '_auth', 'cred');
// private keys
def('RSA_PRIVATE_KEY', (r) => pemOf(r, r.pick(['rsa1024', 'rsa2048'])), 'private_key|tls.key|key.pem', 'pem');
def('EC_PRIVATE_KEY', (r) => pemOf(r, 'ec'), 'ec_key|tls.key|signing_key', 'pem');
def('PRIVATE_KEY', (r) => pemOf(r, r.pick(['pkcs8rsa', 'pkcs8ec', 'pkcs8ed', 'pkcs8ec'])), 'private_key|privateKey|apns_key', 'pem');
def('OPENSSH_PRIVATE_KEY', (r) => pemOf(r, r.pick(['sshed', 'sshed', 'sshrsa'])), 'ssh_key|id_ed25519|deploy_key', 'pem');

export const SECRETS = E;
export const secretByName = Object.fromEntries(E.map((x) => [x.e, x]));
export const byCat = (cat) => E.filter((x) => x.cat === cat);
