// Secret generators: format-valid, all random from the seeded PRNG.
import * as R from './prng.mjs';
import { githubChecksum } from './checksums.mjs';
const { alnum, hex, digits, upper, lower, lowalnum, b64u, b32, uuid, pick, int, chance } = R;
const b64s = (n) => R.chars(R.B64, n);

// ---------- human passwords ----------
const WORDS = ['sommer', 'winter', 'dragon', 'falcon', 'mango', 'Bella', 'tigre', 'soleil', 'primavera', 'kitsune', 'zorro', 'lemon', 'harbor', 'Schatz', 'banane', 'orchid', 'cricket', 'maple', 'koala', 'nebula', 'pizza', 'forest', 'Hamburg', 'Lisboa', 'Malaga', 'Toulouse', 'Bruno', 'Luna', 'Max', 'Milou', 'gato', 'chien', 'Fenster', 'kawa', 'sakura', 'hockey', 'tennis', 'guitar', 'Rocket', 'Pinguin'];
const SYM = ['!', '#', '$', '%', '*', '?', '.', '-', '_', '+', '~', '=', '^'];
const leet = (w) => w.replace(/a/g, () => (chance(0.5) ? '4' : 'a')).replace(/e/g, () => (chance(0.5) ? '3' : 'e')).replace(/o/g, () => (chance(0.4) ? '0' : 'o')).replace(/i/g, () => (chance(0.3) ? '1' : 'i'));
const cap = (w) => w[0].toUpperCase() + w.slice(1);
export function humanPassword() {
  const w = pick(WORDS), w2 = pick(WORDS), y = String(int(1968, 2026)), s = pick(SYM);
  switch (int(0, 9)) {
    case 0: return cap(w) + y + s;
    case 1: return cap(leet(w)) + s + int(10, 99);
    case 2: return cap(w) + cap(w2) + int(1, 999);
    case 3: return `${lower(1)}${cap(w)}${s}${digits(4)}`;
    case 4: return [w, w2, pick(WORDS)].map((x) => x.toLowerCase()).join(pick(['-', '_', '.'])) + int(1, 9);
    case 5: return pick(['Qwertz', 'Azerty', 'Qwerty', 'Asdf', 'Zxcv']) + s + digits(int(3, 6));
    case 6: return cap(w) + pick(['Apr', 'Jun', 'Oct', 'Dez', 'Ene']) + String(int(1, 28)).padStart(2, '0') + s;
    case 7: return `${cap(w)}${s}${cap(w2)}${s}${y.slice(2)}`;
    case 8: return 'Mi' + cap(w) + '_' + cap(w2) + digits(2);
    default: return leet(w + w2).replace(/^./, (c) => c.toUpperCase()) + y.slice(2) + s + s;
  }
}
export const urlSafePassword = () => (chance(0.5) ? alnum(int(12, 24)) : humanPassword().replace(/[^A-Za-z0-9._~-]/g, '') + digits(2) + '~');
export const randomPassword = () => R.chars(R.AN + '!#%*+-=?^_~', int(14, 32));
const pw = () => (chance(0.55) ? humanPassword() : randomPassword());

// ---------- PEM / structured keys ----------
function derLen(n) { return n < 128 ? Buffer.from([n]) : n < 256 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 255]); }
const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
function derInt(n) { const b = R.bytes(n); b[0] |= 0x80; return der(0x02, Buffer.concat([Buffer.from([0]), b])); }
const wrap = (s, w) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
const pem = (label, buf, w = 64) => `-----BEGIN ${label}-----\n${wrap(buf.toString('base64'), w)}\n-----END ${label}-----`;
function pkcs1() { return der(0x30, Buffer.concat([Buffer.from([2, 1, 0]), derInt(256), Buffer.from([2, 3, 1, 0, 1]), derInt(255), derInt(128), derInt(128), derInt(128), derInt(127), derInt(128)])); }
export const rsaPem = () => pem('RSA PRIVATE KEY', pkcs1());
export const pkcs8Pem = () => {
  if (chance(0.5)) return pem('PRIVATE KEY', Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), R.bytes(32)]));
  const algo = Buffer.from('300d06092a864886f70d0101010500', 'hex');
  return pem('PRIVATE KEY', der(0x30, Buffer.concat([Buffer.from([2, 1, 0]), algo, der(0x04, pkcs1())])));
};
export const ecPem = () => pem('EC PRIVATE KEY', Buffer.concat([Buffer.from('30770201010420', 'hex'), R.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), R.bytes(64)]));
const sshStr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n >>> 0); return l; };
export function opensshPem() {
  const pk = R.bytes(32), sk = R.bytes(32), chk = R.int(0, 0x7fffffff);
  const pub = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pk)]);
  let priv = Buffer.concat([u32(chk), u32(chk), sshStr('ssh-ed25519'), sshStr(pk), sshStr(Buffer.concat([sk, pk])), sshStr(`${lower(int(3, 8))}@${pick(['laptop', 'build-07', 'ws-lin', 'mbp'])}`)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pub), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
function crc24(buf) { let crc = 0xb704ce; for (const x of buf) { crc ^= x << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }
export function pgpPem() {
  const body = Buffer.concat([Buffer.from([0x95, 0x01, 0xd8, 0x04]), R.bytes(int(380, 470))]);
  const c = crc24(body); const cb = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function jwt(extra = {}) {
  const alg = pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(chance(0.4) ? { kid: lowalnum(8) } : {}) })).toString('base64url');
  const now = int(1700000000, 1790000000);
  const p = Buffer.from(JSON.stringify({ sub: chance(0.5) ? uuid() : 'user_' + digits(6), iat: now, exp: now + 3600 * int(1, 720), ...(chance(0.5) ? { scope: pick(['read write', 'admin', 'orders:read', 'svc']) } : {}), ...extra })).toString('base64url');
  return `${h}.${p}.${b64u(alg.startsWith('HS') ? 43 : 86)}`;
}
const gh = (p) => { const r = alnum(30); return `${p}_${r}${githubChecksum(r)}`; };
const basic = (u, p) => Buffer.from(`${u}:${p}`).toString('base64');
const USERS = ['deploy', 'ci-bot', 'svc_reports', 'admin', 'backup', 'jenkins', 'app', 'etl_user', 'grafana', 'readonly'];

// ---------- the table: [entity, generator, key names used in configs, prose name] ----------
export const SPECS = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', () => gh('ghp'), ['github_token', 'gh_pat', 'GH_TOKEN'], 'GitHub token'],
  ['GITHUB_OAUTH_TOKEN', () => gh('gho'), ['oauth_token', 'github_oauth'], 'GitHub OAuth token'],
  ['GITHUB_APP_INSTALLATION_TOKEN', () => gh('ghs'), ['installation_token', 'gh_app_token'], 'GitHub app token'],
  ['GITHUB_USER_TO_SERVER_TOKEN', () => gh('ghu'), ['ghu_token', 'user_server_token'], 'GitHub user token'],
  ['GITHUB_REFRESH_TOKEN', () => gh('ghr'), ['gh_refresh', 'refresh_token'], 'GitHub refresh token'],
  ['GITHUB_FINE_GRAINED_PAT', () => `github_pat_11${upper(1)}${alnum(19)}_${alnum(59)}`, ['github_pat', 'repo_token'], 'fine-grained PAT'],
  ['AWS_ACCESS_KEY', () => 'AKIA' + R.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), ['aws_access_key_id', 'accessKeyId'], 'AWS key id'],
  ['AWS_TEMPORARY_ACCESS_KEY', () => 'ASIA' + R.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), ['aws_access_key_id', 'sts_key_id'], 'AWS STS key'],
  ['AWS_SECRET_KEY', () => b64s(40), ['aws_secret_access_key', 'secretAccessKey'], 'AWS secret'],
  ['AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2Vj' + b64s(int(300, 380)), ['aws_session_token', 'sessionToken'], 'AWS session token'],
  ['SLACK_BOT_TOKEN', () => `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`, ['slack_bot_token', 'SLACK_TOKEN'], 'Slack bot token'],
  ['SLACK_USER_TOKEN', () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`, ['slack_user_token'], 'Slack user token'],
  ['SLACK_APP_TOKEN', () => `xapp-1-A${upper(2)}${digits(8)}-${digits(13)}-${hex(64)}`, ['slack_app_token', 'socket_token'], 'Slack app-level token'],
  ['STRIPE_SECRET_KEY', () => `sk_live_51${alnum(22)}${alnum(72)}`, ['stripe_secret_key', 'STRIPE_SK'], 'Stripe live key'],
  ['STRIPE_RESTRICTED_KEY', () => `rk_live_51${alnum(94)}`, ['stripe_restricted_key'], 'Stripe restricted key'],
  ['STRIPE_WEBHOOK_SECRET', () => 'whsec_' + alnum(32), ['stripe_webhook_secret', 'endpoint_secret'], 'Stripe webhook secret'],
  ['OPENAI_API_KEY', () => `sk-proj-${b64u(58)}T3BlbkFJ${b64u(58)}`, ['openai_api_key', 'OPENAI_KEY'], 'OpenAI key'],
  ['OPENAI_LEGACY_KEY', () => `sk-${alnum(20)}T3BlbkFJ${alnum(20)}`, ['openai_key', 'gpt_key'], 'OpenAI key'],
  ['OPENAI_SERVICE_ACCOUNT_KEY', () => `sk-svcacct-${b64u(58)}T3BlbkFJ${b64u(58)}`, ['openai_svc_key'], 'OpenAI service key'],
  ['ANTHROPIC_API_KEY', () => `sk-ant-api03-${b64u(93)}AA`, ['anthropic_api_key', 'CLAUDE_KEY'], 'Anthropic key'],
  ['ANTHROPIC_ADMIN_KEY', () => `sk-ant-admin01-${b64u(93)}AA`, ['anthropic_admin_key'], 'Anthropic admin key'],
  ['JWT', () => jwt(), ['id_token', 'access_token', 'jwt'], 'JWT'],
  ['RSA_PRIVATE_KEY', rsaPem, ['private_key'], 'RSA key', true],
  ['PKCS8_PRIVATE_KEY', pkcs8Pem, ['private_key'], 'private key', true],
  ['EC_PRIVATE_KEY', ecPem, ['ec_key'], 'EC key', true],
  ['OPENSSH_PRIVATE_KEY', opensshPem, ['ssh_key'], 'SSH key', true],
  ['PGP_PRIVATE_KEY', pgpPem, ['gpg_key'], 'PGP key', true],
  ['GOOGLE_API_KEY', () => 'AIza' + R.chars(R.AN + '-_', 35), ['google_api_key', 'maps_key', 'firebase_api_key'], 'Google API key'],
  ['GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + R.chars(R.AN + '-_', 28), ['client_secret', 'google_client_secret'], 'Google client secret'],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', () => `1//0${alnum(1)}${R.chars(R.AN + '-_', 99)}`, ['refresh_token', 'gcloud_refresh'], 'Google refresh token'],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', () => `ya29.a0${R.chars(R.AN + '-_', 150)}`, ['gcp_access_token'], 'Google access token'],
  ['AZURE_STORAGE_ACCOUNT_KEY', () => R.bytes(64).toString('base64'), ['AccountKey', 'azure_storage_key'], 'Azure storage key'],
  ['AZURE_CLIENT_SECRET', () => `${alnum(3)}8Q~${R.chars(R.AN + '._~-', 34)}`, ['azure_client_secret', 'AZURE_CLIENT_SECRET'], 'Azure client secret'],
  ['AZURE_SAS_SIGNATURE', () => encodeURIComponent(R.bytes(32).toString('base64')), ['sig', 'sas_sig'], 'SAS signature'],
  ['AZURE_DEVOPS_PAT', () => lowalnum(52), ['azdo_pat', 'AZURE_DEVOPS_EXT_PAT'], 'Azure DevOps PAT'],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', () => 'glpat-' + R.chars(R.AN + '-_', 20), ['gitlab_token', 'GITLAB_PAT'], 'GitLab token'],
  ['GITLAB_RUNNER_TOKEN', () => 'glrt-' + R.chars(R.AN + '-_', 20), ['runner_token'], 'runner token'],
  ['GITLAB_DEPLOY_TOKEN', () => 'gldt-' + R.chars(R.AN + '-_', 20), ['deploy_token'], 'deploy token'],
  ['GITLAB_PIPELINE_TRIGGER_TOKEN', () => 'glptt-' + hex(40), ['trigger_token'], 'trigger token'],
  ['NPM_ACCESS_TOKEN', () => 'npm_' + alnum(36), ['npm_token', '_authToken'], 'npm token'],
  ['PYPI_UPLOAD_TOKEN', () => 'pypi-AgEIcHlwaS5vcmcCJ' + R.chars(R.AN + '-_', 150), ['pypi_token', 'password'], 'PyPI token'],
  ['DOCKERHUB_ACCESS_TOKEN', () => 'dckr_pat_' + R.chars(R.AN + '-_', 27), ['docker_token', 'DOCKERHUB_TOKEN'], 'Docker Hub token'],
  ['HEROKU_API_KEY', () => uuid(), ['heroku_api_key', 'HEROKU_API_KEY'], 'Heroku API key'],
  ['DIGITALOCEAN_TOKEN', () => 'dop_v1_' + hex(64), ['do_token', 'DIGITALOCEAN_ACCESS_TOKEN'], 'DigitalOcean token'],
  ['SENDGRID_API_KEY', () => `SG.${R.chars(R.AN + '-_', 22)}.${R.chars(R.AN + '-_', 43)}`, ['sendgrid_api_key', 'SMTP_PASS'], 'SendGrid key'],
  ['TWILIO_AUTH_TOKEN', () => hex(32), ['twilio_auth_token', 'TWILIO_TOKEN'], 'Twilio auth token'],
  ['TWILIO_API_KEY', () => 'SK' + hex(32), ['twilio_api_key_sid'], 'Twilio API key'],
  ['MAILGUN_API_KEY', () => `key-${hex(32)}`, ['mailgun_key', 'MAILGUN_API_KEY'], 'Mailgun key'],
  ['MAILCHIMP_API_KEY', () => `${hex(32)}-us${int(1, 21)}`, ['mailchimp_key'], 'Mailchimp key'],
  ['SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + hex(32), ['shopify_token', 'X-Shopify-Access-Token'], 'Shopify token'],
  ['SHOPIFY_SHARED_SECRET', () => 'shpss_' + hex(32), ['shopify_secret'], 'Shopify shared secret'],
  ['DATADOG_API_KEY', () => hex(32), ['dd_api_key', 'DD_API_KEY'], 'Datadog API key'],
  ['DATADOG_APP_KEY', () => hex(40), ['dd_app_key', 'DD_APP_KEY'], 'Datadog app key'],
  ['NEW_RELIC_LICENSE_KEY', () => hex(36) + 'NRAL', ['license_key', 'NEW_RELIC_LICENSE_KEY'], 'New Relic license key'],
  ['NEW_RELIC_USER_KEY', () => 'NRAK-' + upper(27), ['newrelic_api_key'], 'New Relic user key'],
  ['SENTRY_AUTH_TOKEN', () => 'sntryu_' + hex(64), ['sentry_auth_token', 'SENTRY_AUTH_TOKEN'], 'Sentry token'],
  ['SENTRY_ORG_TOKEN', () => 'sntrys_eyJ' + R.chars(R.AN, 120) + '_' + R.chars(R.AN + '+/', 43), ['sentry_org_token'], 'Sentry org token'],
  ['VAULT_TOKEN', () => 'hvs.' + R.chars(R.AN + '-_', 90), ['vault_token', 'VAULT_TOKEN'], 'Vault token'],
  ['VAULT_BATCH_TOKEN', () => 'hvb.' + R.chars(R.AN + '-_', 130), ['vault_batch_token'], 'Vault batch token'],
  ['TERRAFORM_CLOUD_TOKEN', () => `${alnum(14)}.atlasv1.${alnum(67)}`, ['tfc_token', 'token'], 'Terraform Cloud token'],
  ['CLOUDFLARE_API_TOKEN', () => R.chars(R.AN + '-_', 40), ['cloudflare_api_token', 'CF_API_TOKEN'], 'Cloudflare token'],
  ['CLOUDFLARE_GLOBAL_API_KEY', () => hex(37), ['cf_global_key', 'X-Auth-Key'], 'Cloudflare global key'],
  ['CLOUDFLARE_ORIGIN_CA_KEY', () => 'v1.0-' + hex(24) + '-' + hex(146), ['origin_ca_key'], 'origin CA key'],
  ['DISCORD_BOT_TOKEN', () => `M${R.chars(R.AN, 25)}.${R.chars(R.AN + '-_', 6)}.${R.chars(R.AN + '-_', 38)}`, ['discord_token', 'DISCORD_BOT_TOKEN'], 'Discord bot token'],
  ['TELEGRAM_BOT_TOKEN', () => `${int(1, 7)}${digits(9)}:AA${R.chars(R.AN + '-_', 33)}`, ['telegram_token', 'TG_BOT_TOKEN'], 'Telegram bot token'],
  ['LINEAR_API_KEY', () => 'lin_api_' + alnum(40), ['linear_api_key'], 'Linear key'],
  ['NOTION_INTEGRATION_TOKEN', () => (chance(0.5) ? 'secret_' + alnum(43) : 'ntn_' + digits(11) + alnum(35)), ['notion_token', 'NOTION_API_KEY'], 'Notion token'],
  ['ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + R.chars(R.AN + '-_', 170) + '=' + hex(8).toUpperCase(), ['jira_api_token', 'confluence_token'], 'Atlassian token'],
  ['ASANA_PERSONAL_ACCESS_TOKEN', () => `2/${digits(16)}/${digits(16)}:${hex(32)}`, ['asana_pat'], 'Asana PAT'],
  ['FIGMA_PERSONAL_ACCESS_TOKEN', () => 'figd_' + R.chars(R.AN + '-_', 40), ['figma_token'], 'Figma token'],
  ['POSTMAN_API_KEY', () => `PMAK-${hex(24)}-${hex(34)}`, ['postman_api_key'], 'Postman key'],
  ['HUGGINGFACE_TOKEN', () => 'hf_' + alnum(34), ['hf_token', 'HUGGING_FACE_HUB_TOKEN'], 'Hugging Face token'],
  ['REPLICATE_API_TOKEN', () => 'r8_' + alnum(37), ['replicate_api_token'], 'Replicate token'],
  ['GROQ_API_KEY', () => 'gsk_' + alnum(52), ['groq_api_key'], 'Groq key'],
  ['PERPLEXITY_API_KEY', () => 'pplx-' + alnum(48), ['pplx_key'], 'Perplexity key'],
  ['XAI_API_KEY', () => 'xai-' + alnum(80), ['xai_api_key', 'GROK_KEY'], 'xAI key'],
  ['COHERE_API_KEY', () => alnum(40), ['cohere_api_key', 'CO_API_KEY'], 'Cohere key'],
  ['MISTRAL_API_KEY', () => alnum(32), ['mistral_api_key'], 'Mistral key'],
  ['DEEPSEEK_API_KEY', () => 'sk-' + hex(32), ['deepseek_api_key'], 'DeepSeek key'],
  ['OKTA_API_TOKEN', () => '00' + R.chars(R.AN + '-_', 40), ['okta_api_token', 'SSWS'], 'Okta token'],
  ['AUTH0_CLIENT_SECRET', () => R.chars(R.AN + '-_', 64), ['auth0_client_secret'], 'Auth0 client secret'],
  ['FIREBASE_CLOUD_MESSAGING_KEY', () => `AAAA${R.chars(R.AN + '-_', 7)}:APA91b${R.chars(R.AN + '-_', 134)}`, ['fcm_server_key', 'server_key'], 'FCM server key'],
  ['ALGOLIA_ADMIN_KEY', () => hex(32), ['algolia_admin_key', 'ALGOLIA_API_KEY'], 'Algolia admin key'],
  ['PLAID_SECRET', () => hex(30), ['plaid_secret'], 'Plaid secret'],
  ['SQUARE_ACCESS_TOKEN', () => 'EAAA' + R.chars(R.AN + '-_', 60), ['square_access_token'], 'Square token'],
  ['PAYPAL_CLIENT_SECRET', () => 'E' + R.chars(R.AN + '-_', 79), ['paypal_client_secret', 'PAYPAL_SECRET'], 'PayPal secret'],
  ['BRAINTREE_ACCESS_TOKEN', () => `access_token$production$${lowalnum(16)}$${hex(32)}`, ['braintree_token'], 'Braintree token'],
  ['ADYEN_API_KEY', () => 'AQE' + R.chars(R.AN + '+/=', 120), ['adyen_api_key', 'X-API-Key'], 'Adyen key'],
  ['RAZORPAY_KEY_SECRET', () => alnum(24), ['razorpay_key_secret'], 'Razorpay secret'],
  ['SHIPPO_API_TOKEN', () => 'shippo_live_' + hex(40), ['shippo_token'], 'Shippo token'],
  ['EASYPOST_API_KEY', () => 'EZAK' + hex(54), ['easypost_api_key'], 'EasyPost key'],
  ['PULUMI_ACCESS_TOKEN', () => 'pul-' + hex(40), ['pulumi_access_token'], 'Pulumi token'],
  ['DOPPLER_TOKEN', () => `dp.st.${pick(['prd', 'dev', 'stg'])}.${alnum(40)}`, ['doppler_token'], 'Doppler token'],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', () => 'ops_eyJ' + R.chars(R.AN, 400), ['op_service_account_token'], '1Password service token'],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', () => `glsa_${alnum(32)}_${hex(8)}`, ['grafana_token', 'GF_TOKEN'], 'Grafana token'],
  ['GRAFANA_CLOUD_TOKEN', () => 'glc_eyJ' + R.chars(R.AN, 150) + '==', ['grafana_cloud_token'], 'Grafana Cloud token'],
  ['CIRCLECI_PERSONAL_TOKEN', () => `CCIPAT_${alnum(22)}_${hex(40)}`, ['circle_token'], 'CircleCI token'],
  ['BUILDKITE_API_TOKEN', () => 'bkua_' + hex(40), ['buildkite_token'], 'Buildkite token'],
  ['SONARQUBE_TOKEN', () => pick(['squ_', 'sqp_', 'sqa_']) + hex(40), ['sonar_token', 'SONAR_TOKEN'], 'Sonar token'],
  ['SNYK_TOKEN', () => uuid(), ['snyk_token', 'SNYK_TOKEN'], 'Snyk token'],
  ['JFROG_ACCESS_TOKEN', () => 'cmVmdGtuOjAxOjE3' + alnum(48), ['jfrog_token', 'ARTIFACTORY_ACCESS_TOKEN'], 'JFrog token'],
  ['ARTIFACTORY_API_KEY', () => 'AKCp8' + alnum(68), ['artifactory_api_key'], 'Artifactory key'],
  ['CONFLUENT_API_SECRET', () => R.chars(R.AN + '+/', 64), ['sasl.password', 'confluent_secret'], 'Confluent secret'],
  ['DATABRICKS_TOKEN', () => 'dapi' + hex(32), ['databricks_token', 'DATABRICKS_TOKEN'], 'Databricks token'],
  ['MONGODB_ATLAS_PRIVATE_KEY', () => uuid(), ['atlas_private_key'], 'Atlas private key'],
  ['RENDER_API_KEY', () => 'rnd_' + alnum(32), ['render_api_key'], 'Render key'],
  ['FLY_IO_TOKEN', () => 'FlyV1 fm2_' + R.chars(R.AN + '+/', 200), ['fly_api_token'], 'Fly token'],
  ['VERCEL_TOKEN', () => alnum(24), ['vercel_token', 'VERCEL_TOKEN'], 'Vercel token'],
  ['NETLIFY_ACCESS_TOKEN', () => 'nfp_' + alnum(36), ['netlify_auth_token'], 'Netlify token'],
  ['SUPABASE_SERVICE_ROLE_KEY', () => jwt({ role: 'service_role', iss: 'supabase' }), ['supabase_service_key', 'SUPABASE_SERVICE_ROLE_KEY'], 'Supabase service key'],
  ['SUPABASE_ACCESS_TOKEN', () => 'sbp_' + hex(40), ['supabase_access_token'], 'Supabase token'],
  ['PLANETSCALE_PASSWORD', () => 'pscale_pw_' + R.chars(R.AN + '-_', 43), ['planetscale_password'], 'PlanetScale password'],
  ['NEON_API_KEY', () => 'napi_' + lowalnum(64), ['neon_api_key'], 'Neon key'],
  ['TWITTER_BEARER_TOKEN', () => 'AAAAAAAAAAAAAAAAAAAAA' + alnum(31) + '%3D' + alnum(50), ['twitter_bearer', 'X_BEARER_TOKEN'], 'X bearer token'],
  ['FACEBOOK_ACCESS_TOKEN', () => 'EAA' + alnum(int(150, 200)), ['fb_access_token', 'META_TOKEN'], 'Meta token'],
  ['LINE_CHANNEL_SECRET', () => hex(32), ['line_channel_secret'], 'LINE channel secret'],
  ['ZOOM_CLIENT_SECRET', () => alnum(32), ['zoom_client_secret'], 'Zoom client secret'],
  ['INTERCOM_ACCESS_TOKEN', () => 'dG9rOj' + R.chars(R.AN, 54) + '=', ['intercom_token'], 'Intercom token'],
  ['ZENDESK_API_TOKEN', () => alnum(40), ['zendesk_api_token'], 'Zendesk token'],
  ['HUBSPOT_PRIVATE_APP_TOKEN', () => `pat-${pick(['na1', 'eu1', 'na2'])}-${uuid()}`, ['hubspot_token'], 'HubSpot token'],
  ['SALESFORCE_ACCESS_TOKEN', () => `00D${alnum(12)}!${R.chars(R.AN + '._', 96)}`, ['sf_access_token', 'sessionId'], 'Salesforce session'],
  ['AIRTABLE_PERSONAL_ACCESS_TOKEN', () => `pat${alnum(14)}.${hex(64)}`, ['airtable_pat'], 'Airtable token'],
  ['CONTENTFUL_MANAGEMENT_TOKEN', () => 'CFPAT-' + R.chars(R.AN + '-_', 43), ['contentful_token'], 'Contentful token'],
  ['MAPBOX_SECRET_TOKEN', () => `sk.eyJ1Ijoi${alnum(20)}iLCJhIjoi${alnum(20)}In0.${R.chars(R.AN + '-_', 22)}`, ['mapbox_secret', 'MAPBOX_DOWNLOADS_TOKEN'], 'Mapbox secret token'],
  ['ALIBABA_ACCESS_KEY_ID', () => 'LTAI' + alnum(20), ['aliyun_access_key_id'], 'Aliyun key id'],
  ['ALIBABA_ACCESS_KEY_SECRET', () => alnum(30), ['aliyun_access_key_secret'], 'Aliyun secret'],
  ['TENCENT_SECRET_ID', () => 'AKID' + alnum(32), ['tencent_secret_id'], 'Tencent SecretId'],
  ['IBM_CLOUD_API_KEY', () => R.chars(R.AN + '-_', 44), ['ibmcloud_api_key', 'IC_API_KEY'], 'IBM Cloud key'],
  ['AGE_SECRET_KEY', () => 'AGE-SECRET-KEY-1' + R.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), ['age_key'], 'age identity'],
  ['NUGET_API_KEY', () => 'oy2' + lowalnum(43), ['nuget_api_key'], 'NuGet key'],
  ['RUBYGEMS_API_KEY', () => 'rubygems_' + hex(48), ['gem_host_api_key'], 'RubyGems key'],
  ['CRATES_IO_TOKEN', () => 'cio' + alnum(32), ['cargo_registry_token'], 'crates token'],
  ['SAUCE_LABS_ACCESS_KEY', () => uuid(), ['sauce_access_key'], 'Sauce Labs key'],
  ['BROWSERSTACK_ACCESS_KEY', () => alnum(20), ['browserstack_access_key'], 'BrowserStack key'],
  ['LAUNCHDARKLY_SDK_KEY', () => 'sdk-' + uuid(), ['ld_sdk_key'], 'LaunchDarkly SDK key'],
  ['SEGMENT_WRITE_KEY', () => alnum(32), ['segment_write_key'], 'Segment write key'],
  ['MIXPANEL_API_SECRET', () => hex(32), ['mixpanel_secret'], 'Mixpanel secret'],
  ['PAGERDUTY_API_KEY', () => R.chars(R.AN + '-_+', 20), ['pagerduty_token', 'PD_TOKEN'], 'PagerDuty key'],
  ['OPSGENIE_API_KEY', () => uuid(), ['opsgenie_api_key'], 'Opsgenie key'],
  ['ROLLBAR_ACCESS_TOKEN', () => hex(32), ['rollbar_token'], 'Rollbar token'],
  ['HONEYCOMB_API_KEY', () => 'hcaik_' + lowalnum(58), ['honeycomb_key', 'HONEYCOMB_API_KEY'], 'Honeycomb key'],
  ['SPLUNK_HEC_TOKEN', () => uuid().toUpperCase(), ['hec_token', 'splunk_token'], 'Splunk HEC token'],
  ['CODECOV_TOKEN', () => uuid(), ['codecov_token'], 'Codecov token'],
  ['KUBERNETES_SERVICE_ACCOUNT_TOKEN', () => jwt({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': pick(['prod', 'default', 'billing']) }), ['token'], 'service account token'],
  ['KUBERNETES_SECRET_DATA', () => Buffer.from(pw()).toString('base64'), ['password', 'db-password'], 'k8s secret'],
  ['DOCKER_CONFIG_AUTH', () => basic(pick(USERS), pw()), ['auth'], 'docker auth'],
  ['BASIC_AUTH_CREDENTIALS', () => basic(pick(USERS), pw()), ['Authorization'], 'basic auth'],
  ['DATABASE_PASSWORD', () => pw(), ['db_password', 'DB_PASS', 'database.password', 'spring.datasource.password', 'PGPASSWORD'], 'DB password'],
  ['MYSQL_ROOT_PASSWORD', () => pw(), ['MYSQL_ROOT_PASSWORD', 'mysql_root_pw'], 'MySQL root password'],
  ['REDIS_PASSWORD', () => pw(), ['redis_password', 'requirepass', 'REDIS_AUTH'], 'Redis password'],
  ['RABBITMQ_PASSWORD', () => pw(), ['rabbitmq_password', 'amqp_pass'], 'RabbitMQ password'],
  ['ELASTICSEARCH_PASSWORD', () => pw(), ['elastic_password', 'ELASTIC_PASSWORD'], 'Elastic password'],
  ['LDAP_BIND_PASSWORD', () => pw(), ['bind_password', 'ldap_bind_pw', 'bindCredential'], 'LDAP bind password'],
  ['SMTP_PASSWORD', () => pw(), ['smtp_password', 'MAIL_PASSWORD', 'smtp_pass'], 'SMTP password'],
  ['ROOT_PASSWORD', () => humanPassword(), ['root_password', 'admin_password'], 'root password'],
  ['USER_PASSWORD', () => humanPassword(), ['password', 'passwd', 'pwd', 'pass'], 'password'],
  ['WIFI_PASSWORD', () => (chance(0.6) ? humanPassword() + (chance(0.5) ? digits(2) : '') : alnum(int(12, 24))), ['wpa_passphrase', 'wifi_password', 'psk'], 'Wi-Fi password'],
  ['WIFI_PSK_HEX', () => hex(64), ['psk'], 'WPA PSK'],
  ['VPN_PRESHARED_KEY', () => (chance(0.5) ? R.bytes(32).toString('base64') : randomPassword()), ['preshared_key', 'PresharedKey', 'ipsec_psk'], 'VPN pre-shared key'],
  ['WIREGUARD_PRIVATE_KEY', () => R.bytes(32).toString('base64'), ['PrivateKey'], 'WireGuard key'],
  ['SNMP_COMMUNITY_STRING', () => lower(int(4, 8)) + pick(['-ro', '_rw', 'Net', '']) + digits(int(2, 4)), ['community', 'snmp_community'], 'SNMP community'],
  ['TOTP_SEED', () => b32(32), ['totp_secret', 'otp_seed', 'mfa_secret'], 'TOTP seed'],
  ['JAVA_KEYSTORE_PASSWORD', () => pw(), ['keystore.password', 'storePassword', 'javax.net.ssl.keyStorePassword'], 'keystore password'],
  ['GPG_PASSPHRASE', () => pw(), ['gpg_passphrase', 'GPG_PASSPHRASE'], 'GPG passphrase'],
  ['ANSIBLE_VAULT_PASSWORD', () => pw(), ['vault_password', 'ANSIBLE_VAULT_PASSWORD'], 'vault password'],
  ['DJANGO_SECRET_KEY', () => 'django-insecure-' + R.chars(LOWSYM, 50), ['SECRET_KEY', 'DJANGO_SECRET_KEY'], 'Django secret key'],
  ['RAILS_SECRET_KEY_BASE', () => hex(128), ['secret_key_base', 'SECRET_KEY_BASE'], 'Rails secret_key_base'],
  ['RAILS_MASTER_KEY', () => hex(32), ['RAILS_MASTER_KEY'], 'Rails master key'],
  ['FLASK_SECRET_KEY', () => hex(int(24, 32) * 2), ['SECRET_KEY', 'flask_secret'], 'Flask secret'],
  ['LARAVEL_APP_KEY', () => 'base64:' + R.bytes(32).toString('base64'), ['APP_KEY'], 'Laravel APP_KEY'],
  ['NEXTAUTH_SECRET', () => R.bytes(32).toString('base64'), ['NEXTAUTH_SECRET', 'AUTH_SECRET'], 'NextAuth secret'],
  ['JWT_SIGNING_SECRET', () => (chance(0.5) ? hex(64) : R.chars(R.AN + '-_', int(32, 48))), ['jwt_secret', 'JWT_SIGNING_KEY', 'token_secret', 'jwtKey'], 'JWT signing secret'],
  ['SESSION_SECRET', () => R.chars(R.AN + '-_', int(24, 48)), ['session_secret', 'cookie_secret', 'SESSION_KEY'], 'session secret'],
  ['ENCRYPTION_KEY', () => (chance(0.5) ? hex(64) : R.bytes(32).toString('base64')), ['encryption_key', 'data_key', 'AES_KEY', 'master_key'], 'encryption key'],
  ['HMAC_SIGNING_KEY', () => hex(int(32, 64)), ['hmac_key', 'signing_key', 'request_signing_secret'], 'HMAC key'],
  ['WEBHOOK_SIGNING_SECRET', () => R.chars(R.AN, int(24, 40)), ['webhook_secret', 'signing_secret', 'X-Hub-Signature secret'], 'webhook secret'],
  ['OAUTH_CLIENT_SECRET', () => R.chars(R.AN + '-_.~', int(32, 64)), ['client_secret', 'clientSecret', 'oauth_secret', 'consumer_secret'], 'client secret'],
  ['GENERIC_API_KEY', () => R.chars(pick([R.AN, R.HEX, R.LO + R.DIG]), int(24, 48)), ['api_key', 'apikey', 'x-api-key', 'key', 'auth_key'], 'API key'],
  ['GENERIC_API_SECRET', () => R.chars(R.AN + '-_', int(32, 64)), ['api_secret', 'app_secret', 'secret', 'partner_secret'], 'API secret'],
  ['GENERIC_ACCESS_TOKEN', () => R.chars(R.AN + '-_.', int(28, 72)), ['access_token', 'token', 'auth_token', 'bearer'], 'access token'],
  ['UNPREFIXED_RANDOM_TOKEN', () => R.chars(pick([R.AN, R.AN + '-_', R.HEX, R.B32]), int(20, 64)), ['x_gateway_credential', 'partnerPassphrase', 'hmacPepper', 'svc_auth_blob', 'upstream_sig', 'tenant_shared_key', 'bridgeAccessCode', 'ingest_cookie', 'feedKey', 'license_unlock', 'relay_secret_material', 'callback_verifier', 'unseal_share', 'quux_credential', 'kiosk_pin_salt', 'sync_handshake', 'mesh_join_token', 'ops_magic', 'telemetry_writekey', 'tunnel_auth'], 'token'],
  ['SIGNING_KEY', () => R.bytes(pick([32, 48, 64])).toString('base64'), ['signing_key', 'sig_key', 'cosign_key_material', 'manifest_signer'], 'signing key'],
  ['SERVICE_ACCOUNT_PASSWORD', () => pw(), ['svc_password', 'service_account_password', 'run_as_password'], 'service account password'],
  ['FTP_PASSWORD', () => pw(), ['ftp_password', 'sftp_pass'], 'FTP password'],
  ['PROXY_PASSWORD', () => urlSafePassword(), ['proxy_password', 'https_proxy_pass'], 'proxy password'],
  ['REGISTRY_PASSWORD', () => pw(), ['registry_password', 'CI_REGISTRY_PASSWORD'], 'registry password'],
  ['CONNECTION_STRING_PASSWORD', () => urlSafePassword(), ['Password', 'pwd'], 'connection password'],
  ['SAML_SIGNING_CERT_KEY_PASSWORD', () => pw(), ['saml_key_password', 'sp_key_passphrase'], 'SAML key passphrase'],
  ['DEVICE_ADMIN_PIN', () => digits(int(6, 8)), ['admin_pin', 'unlock_pin'], 'admin PIN'],
  ['BITLOCKER_RECOVERY_KEY', () => Array.from({ length: 8 }, () => String(int(0, 65535) * 11).padStart(6, '0')).join('-'), ['recovery_key'], 'BitLocker recovery key'],
  ['CRYPTO_WALLET_SEED_PHRASE', () => Array.from({ length: 12 }, () => pick(BIP)).join(' '), ['mnemonic', 'seed_phrase'], 'seed phrase'],
  ['ETHEREUM_PRIVATE_KEY', () => '0x' + hex(64), ['private_key', 'DEPLOYER_KEY', 'wallet_pk'], 'wallet private key'],
];
const LOWSYM = 'abcdefghijklmnopqrstuvwxyz0123456789!%^*(-_=+)';
const BIP = ['abandon', 'battle', 'cactus', 'dolphin', 'eager', 'fabric', 'garlic', 'hazard', 'ice', 'jungle', 'kidney', 'ladder', 'magnet', 'napkin', 'oyster', 'panda', 'quantum', 'rabbit', 'saddle', 'tenant', 'umbrella', 'valley', 'walnut', 'youth', 'zebra', 'anchor', 'bronze', 'clinic', 'desert', 'elbow'];
export const BY = Object.fromEntries(SPECS.map((s) => [s[0], s]));
const single = SPECS.filter((s) => !s[4]);
const nextSingle = R.deck(single);
const nextPem = R.deck(SPECS.filter((s) => s[4]));
// mk: make a labelled secret object; entity by name or from the deck
export function mk(entity, meta) { const sp = entity ? BY[entity] : nextSingle(); if (!sp) throw new Error('no spec ' + entity); return { family: 'secrets', entity: sp[0], v: sp[1](), key: pick(sp[2]), prose: sp[3], meta }; }
export const anySecret = () => mk(null);
export function pemSecret() { const sp = nextPem(); return { family: 'secrets', entity: sp[0], v: sp[1](), key: pick(sp[2]), prose: sp[3] }; }
export const GENERIC = ['GENERIC_API_KEY', 'GENERIC_API_SECRET', 'GENERIC_ACCESS_TOKEN', 'UNPREFIXED_RANDOM_TOKEN', 'OAUTH_CLIENT_SECRET', 'HMAC_SIGNING_KEY', 'SIGNING_KEY', 'WEBHOOK_SIGNING_SECRET', 'JWT_SIGNING_SECRET', 'SESSION_SECRET', 'ENCRYPTION_KEY'];
export const PASSWORDS = ['DATABASE_PASSWORD', 'USER_PASSWORD', 'ROOT_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'FTP_PASSWORD', 'REDIS_PASSWORD', 'WIFI_PASSWORD', 'GPG_PASSPHRASE', 'VPN_PRESHARED_KEY'];
export const UNUSUAL_KEYS = BY.UNPREFIXED_RANDOM_TOKEN[2];
