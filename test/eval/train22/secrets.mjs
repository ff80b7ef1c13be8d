// Secret kinds: generator + typical variable names (UPPER_SNAKE; other styles are derived).
// All values are random from the seeded PRNG. None may contain the word "example".
import { A } from './prng.mjs';
import { ghChecksum, bech32Encode, convertBits } from './checks.mjs';
import { rsaPem, ecPem, ed25519Pem, opensshPrivate, pgpPrivate } from './keys.mjs';

const an = (r, n) => r.str(A.ALNUM, n);
const lan = (r, n) => r.str(A.LOALNUM, n);
const uan = (r, n) => r.str(A.UPALNUM, n);
const u64 = (r, n) => r.str(A.B64URL, n);
const b64 = (r, n) => r.str(A.B64, n);
const hx = (r, n) => r.hex(n);
export const uuid4 = (r) => {
  const h = r.hex(32).split('');
  h[12] = '4'; h[16] = '89ab'[r.int(0, 3)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
const gh = (p) => (r) => { const x = an(r, 30); return `${p}_${x}${ghChecksum(x)}`; };
const b64bytes = (r, n) => r.bytes(n).toString('base64');

// ---------- human-typed passwords ----------
const WORDS = ['tulipan', 'kasztan', 'wiewiorka', 'Sommer', 'Regenschirm', 'Fuchsbau', 'papillon', 'girasol', 'limone', 'vlinder', 'bjork', 'lumihiutale',
  'kedi', 'deniz', 'jablko', 'mysicka', 'sakura', 'hanami', 'tigre', 'orchidea', 'kaktus', 'pingwin', 'zmija', 'sokol', 'Marmelade', 'ciasteczko',
  'blueberry', 'gravel', 'lantern', 'walrus', 'teapot', 'pumpkin', 'maple', 'thunder', 'copper', 'velvet', 'otter', 'saffron', 'pelican', 'cactus',
  'kotek', 'pierogi', 'palacinka', 'bukva', 'medved', 'varenyk', 'papaya', 'mango', 'ajvar', 'koala'];
const SYM = '!#$%&*+-.=?@^_~';
export function humanPassword(r, { noSym = '', ascii = true } = {}) {
  const w = () => { const x = r.pick(WORDS); return r.chance(0.5) ? x[0].toUpperCase() + x.slice(1) : x; };
  const sym = () => { let s; do { s = r.pick(SYM.split('')); } while (noSym.includes(s)); return s; };
  const leet = (s) => s.replace(/a/g, () => (r.chance(0.5) ? '@' : 'a')).replace(/o/g, () => (r.chance(0.4) ? '0' : 'o')).replace(/e/g, () => (r.chance(0.4) ? '3' : 'e'));
  let v = r.pick([
    () => `${w()}${r.int(1, 2025)}${sym()}`,
    () => `${w()}${sym()}${r.int(10, 99)}`,
    () => `${w()}-${w()}-${r.int(1, 99)}`,
    () => `${w()}${w()}${sym()}${r.int(1, 9)}`,
    () => `${leet(w())}${sym()}${r.int(100, 999)}`,
    () => `${sym()}${w()}${r.int(2000, 2025)}`,
    () => `${w()}.${w()}.${r.int(10, 99)}`,
  ])();
  if (!ascii && r.chance(0.4)) v = v.replace(/o/, 'ö').replace(/a/, 'ą');
  if (noSym) v = [...v].filter((c) => !noSym.includes(c)).join('');
  return v;
}
export function strongPassword(r, len, noSym = '') {
  const cs = A.ALNUM + [...SYM].filter((c) => !noSym.includes(c)).join('');
  let v;
  do { v = r.str(cs, len ?? r.int(14, 28)); } while (!/[0-9]/.test(v) || !/[A-Z]/.test(v));
  return v;
}
const pw = (r) => (r.chance(0.55) ? strongPassword(r) : humanPassword(r));
const pwUrl = (r) => (r.chance(0.5) ? strongPassword(r, undefined, '@:/?#%&=+$ ') : humanPassword(r, { noSym: '@:/?#%&=+$ ' }));

// ---------- JWT ----------
export function jwt(r, { alg, payload } = {}) {
  alg = alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'RS256']);
  const header = { alg, typ: 'JWT' };
  if (alg.startsWith('RS') || alg.startsWith('ES')) header.kid = r.hex(16);
  const now = 1700000000 + r.int(0, 40000000);
  const p = payload || {
    iss: `https://${r.pick(['auth', 'login', 'sso', 'id'])}.${r.pick(['nordwind', 'kestrel-labs', 'meridian-bank', 'harbourline'])}.example/`,
    sub: r.chance(0.5) ? uuid4(r) : String(r.int(10000, 9999999)),
    aud: r.pick(['api', 'billing-api', 'mobile-app', 'console']),
    iat: now, exp: now + r.pick([900, 3600, 86400]),
    scope: r.pick(['read write', 'openid profile', 'admin', 'orders:read']),
  };
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sigLen = alg.startsWith('RS') ? 256 : alg === 'ES256' ? 64 : alg === 'HS512' ? 64 : 32;
  return `${enc(header)}.${enc(p)}.${r.bytes(sigLen).toString('base64url')}`;
}
const basic = (r) => {
  const user = r.pick(['deploy', 'ci-bot', 'admin', 'svc-backup', 'grafana', 'jenkins', 'reporter', 'k.nowak', 'ops']);
  return Buffer.from(`${user}:${strongPassword(r, r.int(12, 24))}`).toString('base64');
};

// ---------- registry ----------
// env: typical variable names; ctx: where the kind naturally appears (used by the config kinds).
const K = [];
const def = (name, gen, env, tags = 'cfg') => K.push({ name, gen, env, tags });

def('GITHUB_PERSONAL_ACCESS_TOKEN', gh('ghp'), ['GITHUB_TOKEN', 'GH_TOKEN', 'GH_PAT', 'GITHUB_PAT']);
def('GITHUB_OAUTH_TOKEN', gh('gho'), ['GH_OAUTH_TOKEN', 'OAUTH_GH']);
def('GITHUB_USER_TO_SERVER_TOKEN', gh('ghu'), ['GH_APP_USER_TOKEN']);
def('GITHUB_INSTALLATION_TOKEN', gh('ghs'), ['GH_INSTALLATION_TOKEN', 'GITHUB_APP_TOKEN']);
def('GITHUB_REFRESH_TOKEN', gh('ghr'), ['GH_REFRESH_TOKEN']);
def('GITHUB_FINE_GRAINED_PAT', (r) => `github_pat_${an(r, 22)}_${an(r, 59)}`, ['GITHUB_FG_TOKEN', 'GH_FINE_GRAINED']);
def('AWS_ACCESS_KEY', (r) => 'AKIA' + r.str(A.B32.slice(0, 32), 16), ['AWS_ACCESS_KEY_ID', 'S3_ACCESS_KEY']);
def('AWS_TEMP_ACCESS_KEY', (r) => 'ASIA' + r.str(A.B32.slice(0, 32), 16), ['AWS_ACCESS_KEY_ID']);
def('AWS_SECRET_KEY', (r) => b64(r, 40), ['AWS_SECRET_ACCESS_KEY', 'S3_SECRET_KEY']);
def('AWS_SESSION_TOKEN', (r) => r.pick(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE']) + b64(r, r.int(180, 260)), ['AWS_SESSION_TOKEN']);
def('SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${an(r, 24)}`, ['SLACK_BOT_TOKEN', 'SLACK_TOKEN']);
def('SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${hx(r, 32)}`, ['SLACK_USER_TOKEN']);
def('SLACK_APP_TOKEN', (r) => `xapp-1-A${uan(r, 10)}-${r.digits(13)}-${hx(r, 64)}`, ['SLACK_APP_TOKEN']);
def('STRIPE_SECRET_KEY', (r) => `sk_live_${an(r, r.pick([24, 99]))}`, ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY']);
def('STRIPE_RESTRICTED_KEY', (r) => `rk_live_${an(r, 99)}`, ['STRIPE_RESTRICTED_KEY']);
def('STRIPE_WEBHOOK_SECRET', (r) => `whsec_${an(r, 32)}`, ['STRIPE_WEBHOOK_SECRET', 'STRIPE_SIGNING_SECRET']);
def('OPENAI_API_KEY', (r) => `sk-proj-${u64(r, 74)}T3BlbkFJ${u64(r, 74)}`, ['OPENAI_API_KEY']);
def('OPENAI_LEGACY_KEY', (r) => `sk-${an(r, 20)}T3BlbkFJ${an(r, 20)}`, ['OPENAI_KEY', 'OPENAI_API_KEY']);
def('ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${u64(r, 93)}AA`, ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY']);
def('ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${u64(r, 93)}AA`, ['ANTHROPIC_ADMIN_KEY']);
def('GOOGLE_API_KEY', (r) => `AIza${u64(r, 35)}`, ['GOOGLE_API_KEY', 'GOOGLE_MAPS_KEY', 'FIREBASE_API_KEY']);
def('GOOGLE_OAUTH_CLIENT_SECRET', (r) => `GOCSPX-${u64(r, 28)}`, ['GOOGLE_CLIENT_SECRET']);
def('GOOGLE_OAUTH_REFRESH_TOKEN', (r) => `1//0${r.str('abcdefg', 1)}${u64(r, 98)}`, ['GOOGLE_REFRESH_TOKEN']);
def('GOOGLE_OAUTH_ACCESS_TOKEN', (r) => `ya29.${u64(r, 150)}`, ['GOOGLE_ACCESS_TOKEN']);
def('AZURE_STORAGE_ACCOUNT_KEY', (r) => b64bytes(r, 64), ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY']);
def('AZURE_CLIENT_SECRET', (r) => `${an(r, 3)}8Q~${r.str(A.ALNUM + '_~.-', 31)}`, ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET']);
def('AZURE_SAS_SIGNATURE', (r) => encodeURIComponent(b64bytes(r, 32)), ['AZURE_SAS_SIG'], 'url');
def('AZURE_DEVOPS_PAT', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT']);
def('NPM_ACCESS_TOKEN', (r) => { const x = an(r, 30); return `npm_${x}${ghChecksum(x)}`; }, ['NPM_TOKEN', 'NODE_AUTH_TOKEN']);
def('PYPI_API_TOKEN', (r) => `pypi-AgE${u64(r, 150)}`, ['PYPI_TOKEN', 'TWINE_PASSWORD']);
def('GITLAB_PERSONAL_ACCESS_TOKEN', (r) => `glpat-${u64(r, 20)}`, ['GITLAB_TOKEN', 'GL_TOKEN', 'CI_JOB_PAT']);
def('GITLAB_RUNNER_TOKEN', (r) => `glrt-${u64(r, 20)}`, ['RUNNER_TOKEN', 'CI_SERVER_TOKEN']);
def('GITLAB_DEPLOY_TOKEN', (r) => `gldt-${u64(r, 20)}`, ['DEPLOY_TOKEN']);
def('GITLAB_TRIGGER_TOKEN', (r) => `glptt-${hx(r, 40)}`, ['TRIGGER_TOKEN']);
def('DOCKER_HUB_PAT', (r) => `dckr_pat_${u64(r, 27)}`, ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD']);
def('DIGITALOCEAN_TOKEN', (r) => `dop_v1_${hx(r, 64)}`, ['DIGITALOCEAN_TOKEN', 'DO_API_TOKEN']);
def('DIGITALOCEAN_OAUTH_TOKEN', (r) => `doo_v1_${hx(r, 64)}`, ['DO_OAUTH_TOKEN']);
def('SENDGRID_API_KEY', (r) => `SG.${u64(r, 22)}.${u64(r, 43)}`, ['SENDGRID_API_KEY']);
def('MAILGUN_API_KEY', (r) => `key-${hx(r, 32)}`, ['MAILGUN_API_KEY']);
def('MAILCHIMP_API_KEY', (r) => `${hx(r, 32)}-us${r.int(1, 21)}`, ['MAILCHIMP_API_KEY']);
def('TWILIO_AUTH_TOKEN', (r) => hx(r, 32), ['TWILIO_AUTH_TOKEN']);
def('TWILIO_API_KEY_SECRET', (r) => an(r, 32), ['TWILIO_API_SECRET']);
def('SHOPIFY_ACCESS_TOKEN', (r) => `shpat_${hx(r, 32)}`, ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN']);
def('SHOPIFY_SHARED_SECRET', (r) => `shpss_${hx(r, 32)}`, ['SHOPIFY_API_SECRET']);
def('SHOPIFY_CUSTOM_APP_TOKEN', (r) => `shpca_${hx(r, 32)}`, ['SHOPIFY_CUSTOM_TOKEN']);
def('HUGGINGFACE_TOKEN', (r) => `hf_${r.str(A.UP + A.LO, 34)}`, ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']);
def('DATABRICKS_TOKEN', (r) => `dapi${hx(r, 32)}`, ['DATABRICKS_TOKEN']);
def('TERRAFORM_CLOUD_TOKEN', (r) => `${an(r, 14)}.atlasv1.${an(r, 67)}`, ['TF_TOKEN_app_terraform_io', 'TFC_TOKEN']);
def('VAULT_SERVICE_TOKEN', (r) => `hvs.CAESI${u64(r, 86)}`, ['VAULT_TOKEN']);
def('VAULT_BATCH_TOKEN', (r) => `hvb.AAAAAQ${u64(r, 120)}`, ['VAULT_BATCH_TOKEN']);
def('NEW_RELIC_LICENSE_KEY', (r) => `${hx(r, 36)}NRAL`, ['NEW_RELIC_LICENSE_KEY']);
def('NEW_RELIC_USER_KEY', (r) => `NRAK-${uan(r, 27)}`, ['NEW_RELIC_API_KEY']);
def('DATADOG_API_KEY', (r) => hx(r, 32), ['DD_API_KEY', 'DATADOG_API_KEY']);
def('DATADOG_APP_KEY', (r) => hx(r, 40), ['DD_APP_KEY']);
def('SENTRY_DSN_KEY', (r) => hx(r, 32), ['SENTRY_DSN'], 'dsn');
def('SENTRY_AUTH_TOKEN', (r) => `sntryu_${hx(r, 64)}`, ['SENTRY_AUTH_TOKEN']);
def('LINEAR_API_KEY', (r) => `lin_api_${an(r, 40)}`, ['LINEAR_API_KEY']);
def('NOTION_INTEGRATION_TOKEN', (r) => (r.chance(0.5) ? `secret_${an(r, 43)}` : `ntn_${r.digits(11)}${an(r, 35)}`), ['NOTION_TOKEN', 'NOTION_API_KEY']);
def('ATLASSIAN_API_TOKEN', (r) => `ATATT3xFfGF0${u64(r, 170)}=${r.HEX(8)}`, ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN']);
def('CLOUDFLARE_API_TOKEN', (r) => u64(r, 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']);
def('CLOUDFLARE_GLOBAL_API_KEY', (r) => hx(r, 37), ['CF_API_KEY']);
def('FASTLY_API_TOKEN', (r) => u64(r, 32), ['FASTLY_API_TOKEN']);
def('OKTA_API_TOKEN', (r) => `00${u64(r, 40)}`, ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN']);
def('SQUARE_ACCESS_TOKEN', (r) => `EAAA${u64(r, 60)}`, ['SQUARE_ACCESS_TOKEN']);
def('SQUARE_OAUTH_SECRET', (r) => `sq0csp-${u64(r, 43)}`, ['SQUARE_APP_SECRET']);
def('BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${lan(r, 16)}$${hx(r, 32)}`, ['BRAINTREE_ACCESS_TOKEN']);
def('DISCORD_BOT_TOKEN', (r) => `${Buffer.from(String(r.int(1, 9)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${u64(r, 6)}.${u64(r, 38)}`, ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN']);
def('TELEGRAM_BOT_TOKEN', (r) => `${r.int(1, 9)}${r.digits(9)}:AA${u64(r, 33)}`, ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN']);
def('NUGET_API_KEY', (r) => `oy2${lan(r, 43)}`, ['NUGET_API_KEY']);
def('RUBYGEMS_API_KEY', (r) => `rubygems_${hx(r, 48)}`, ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY']);
def('POSTMAN_API_KEY', (r) => `PMAK-${hx(r, 24)}-${hx(r, 34)}`, ['POSTMAN_API_KEY']);
def('PLANETSCALE_PASSWORD', (r) => `pscale_pw_${u64(r, 43)}`, ['PLANETSCALE_DB_PASSWORD']);
def('PLANETSCALE_SERVICE_TOKEN', (r) => `pscale_tkn_${u64(r, 43)}`, ['PLANETSCALE_SERVICE_TOKEN']);
def('SUPABASE_ACCESS_TOKEN', (r) => `sbp_${hx(r, 40)}`, ['SUPABASE_ACCESS_TOKEN']);
def('SUPABASE_SERVICE_ROLE_KEY', (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.str(A.LO, 20), role: 'service_role', iat: 1700000000 + r.int(0, 9e6), exp: 2000000000 + r.int(0, 9e6) } }), ['SUPABASE_SERVICE_ROLE_KEY']);
def('VERCEL_TOKEN', (r) => an(r, 24), ['VERCEL_TOKEN']);
def('NETLIFY_AUTH_TOKEN', (r) => `nfp_${an(r, 36)}`, ['NETLIFY_AUTH_TOKEN']);
def('FLY_API_TOKEN', (r) => `fo1_${u64(r, 43)}`, ['FLY_API_TOKEN']);
def('PULUMI_ACCESS_TOKEN', (r) => `pul-${hx(r, 40)}`, ['PULUMI_ACCESS_TOKEN']);
def('DOPPLER_TOKEN', (r) => `dp.${r.pick(['st', 'pt', 'sa'])}.${r.pick(['prd', 'stg', 'dev'])}.${an(r, 43)}`, ['DOPPLER_TOKEN']);
def('GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${an(r, 32)}_${hx(r, 8)}`, ['GRAFANA_TOKEN', 'GF_SA_TOKEN']);
def('GRAFANA_CLOUD_TOKEN', (r) => `glc_${u64(r, 80)}`, ['GRAFANA_CLOUD_API_KEY']);
def('ALGOLIA_ADMIN_KEY', (r) => hx(r, 32), ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_WRITE_KEY']);
def('MAPBOX_SECRET_TOKEN', (r) => `sk.${Buffer.from(JSON.stringify({ u: r.pick(['maps-team', 'geo-ops', 'fleetviz']), a: lan(r, 25) })).toString('base64url')}.${u64(r, 22)}`, ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN']);
def('ADOBE_CLIENT_SECRET', (r) => `p8e-${u64(r, 32)}`, ['ADOBE_CLIENT_SECRET']);
def('AGE_SECRET_KEY', (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5, true), '1').toUpperCase(), ['SOPS_AGE_KEY']);
def('FIREBASE_CLOUD_MESSAGING_KEY', (r) => `AAAA${u64(r, 7)}:APA91b${u64(r, 134)}`, ['FCM_SERVER_KEY']);
def('FACEBOOK_ACCESS_TOKEN', (r) => `EAAG${an(r, 180)}`, ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN']);
def('TWITTER_BEARER_TOKEN', (r) => `AAAAAAAAAAAAAAAAAAAAA${an(r, 25)}%3D${an(r, 50)}`, ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN']);
def('DYNATRACE_API_TOKEN', (r) => `dt0c01.${uan(r, 24)}.${uan(r, 64)}`, ['DT_API_TOKEN']);
def('PREFECT_API_KEY', (r) => `pnu_${an(r, 36)}`, ['PREFECT_API_KEY']);
def('SONARQUBE_TOKEN', (r) => `${r.pick(['squ', 'sqp', 'sqa'])}_${hx(r, 40)}`, ['SONAR_TOKEN']);
def('JFROG_API_KEY', (r) => `AKCp${an(r, 69)}`, ['JFROG_API_KEY', 'ARTIFACTORY_API_KEY']);
def('CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${an(r, 22)}_${hx(r, 40)}`, ['CIRCLECI_TOKEN']);
def('BUILDKITE_API_TOKEN', (r) => `bkua_${hx(r, 40)}`, ['BUILDKITE_API_TOKEN']);
def('TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${an(r, 11)}CNTRL-${an(r, 33)}`, ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY']);
def('NGROK_AUTHTOKEN', (r) => `2${an(r, 26)}_${an(r, 21)}`, ['NGROK_AUTHTOKEN']);
def('ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', (r) => `ops_eyJ${u64(r, 220)}`, ['OP_SERVICE_ACCOUNT_TOKEN']);
def('CONTENTFUL_MANAGEMENT_TOKEN', (r) => `CFPAT-${u64(r, 43)}`, ['CONTENTFUL_MANAGEMENT_TOKEN']);
def('LAUNCHDARKLY_SDK_KEY', (r) => `sdk-${uuid4(r)}`, ['LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY']);
def('CONSUL_ACL_TOKEN', (r) => uuid4(r), ['CONSUL_HTTP_TOKEN']);
def('SEGMENT_WRITE_KEY', (r) => an(r, 32), ['SEGMENT_WRITE_KEY']);
def('ASANA_PERSONAL_TOKEN', (r) => `2/${r.digits(16)}/${r.digits(16)}:${hx(r, 32)}`, ['ASANA_PAT']);
def('CLICKUP_API_TOKEN', (r) => `pk_${r.digits(8)}_${uan(r, 32)}`, ['CLICKUP_TOKEN']);
def('AIRTABLE_PAT', (r) => `pat${an(r, 14)}.${hx(r, 64)}`, ['AIRTABLE_API_KEY', 'AIRTABLE_PAT']);
def('TYPEFORM_TOKEN', (r) => `tfp_${an(r, 44)}_${an(r, 14)}`, ['TYPEFORM_TOKEN']);
def('ZENDESK_API_TOKEN', (r) => an(r, 40), ['ZENDESK_API_TOKEN']);
def('HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${uuid4(r)}`, ['HUBSPOT_ACCESS_TOKEN']);
def('SALESFORCE_SESSION_ID', (r) => `00D${an(r, 12)}!AQ${r.str(A.ALNUM + '.', 94)}`, ['SF_ACCESS_TOKEN', 'SFDC_SESSION']);
def('COHERE_API_KEY', (r) => an(r, 40), ['COHERE_API_KEY', 'CO_API_KEY']);
def('MISTRAL_API_KEY', (r) => an(r, 32), ['MISTRAL_API_KEY']);
def('GROQ_API_KEY', (r) => `gsk_${an(r, 52)}`, ['GROQ_API_KEY']);
def('REPLICATE_API_TOKEN', (r) => `r8_${an(r, 37)}`, ['REPLICATE_API_TOKEN']);
def('PERPLEXITY_API_KEY', (r) => `pplx-${an(r, 48)}`, ['PERPLEXITY_API_KEY', 'PPLX_API_KEY']);
def('XAI_API_KEY', (r) => `xai-${an(r, 80)}`, ['XAI_API_KEY', 'GROK_API_KEY']);
def('OPENROUTER_API_KEY', (r) => `sk-or-v1-${hx(r, 64)}`, ['OPENROUTER_API_KEY']);
def('DEEPSEEK_API_KEY', (r) => `sk-${hx(r, 32)}`, ['DEEPSEEK_API_KEY']);
def('TOGETHER_API_KEY', (r) => hx(r, 64), ['TOGETHER_API_KEY']);
def('ELEVENLABS_API_KEY', (r) => `sk_${hx(r, 48)}`, ['ELEVENLABS_API_KEY', 'XI_API_KEY']);
def('LANGSMITH_API_KEY', (r) => `lsv2_${r.pick(['pt', 'sk'])}_${hx(r, 32)}_${hx(r, 10)}`, ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY']);
def('PINECONE_API_KEY', (r) => `pcsk_${an(r, 5)}_${an(r, 60)}`, ['PINECONE_API_KEY']);
def('WANDB_API_KEY', (r) => hx(r, 40), ['WANDB_API_KEY']);
def('PLAID_SECRET', (r) => hx(r, 30), ['PLAID_SECRET']);
def('PLAID_ACCESS_TOKEN', (r) => `access-production-${uuid4(r)}`, ['PLAID_ACCESS_TOKEN']);
def('MOLLIE_API_KEY', (r) => `live_${an(r, 30)}`, ['MOLLIE_API_KEY']);
def('RAZORPAY_KEY_SECRET', (r) => an(r, 24), ['RAZORPAY_KEY_SECRET']);
def('PAYSTACK_SECRET_KEY', (r) => `sk_live_${hx(r, 40)}`, ['PAYSTACK_SECRET_KEY']);
def('FLUTTERWAVE_SECRET_KEY', (r) => `FLWSECK-${hx(r, 32)}-X`, ['FLW_SECRET_KEY']);
def('ADYEN_API_KEY', (r) => `AQE${r.pick(['h', 'y', 'r'])}mfx${u64(r, 120)}`, ['ADYEN_API_KEY']);
def('BINANCE_API_SECRET', (r) => an(r, 64), ['BINANCE_API_SECRET', 'BINANCE_SECRET']);
def('KRAKEN_PRIVATE_KEY', (r) => b64bytes(r, 64), ['KRAKEN_API_SECRET']);
def('ETHERSCAN_API_KEY', (r) => uan(r, 34), ['ETHERSCAN_API_KEY']);
def('INFURA_PROJECT_SECRET', (r) => hx(r, 32), ['INFURA_PROJECT_SECRET', 'INFURA_API_KEY']);
def('ALCHEMY_API_KEY', (r) => u64(r, 32), ['ALCHEMY_API_KEY']);
def('ETHEREUM_PRIVATE_KEY', (r) => `0x${hx(r, 64)}`, ['DEPLOYER_PRIVATE_KEY', 'WALLET_PRIVATE_KEY', 'ETH_PRIVATE_KEY']);
def('WIREGUARD_PRIVATE_KEY', (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }, ['WG_PRIVATE_KEY'], 'wg');
def('TOTP_SEED', (r) => r.str(A.B32, 32), ['TOTP_SECRET', 'MFA_SEED', 'OTP_SECRET']);
def('PAGERDUTY_INTEGRATION_KEY', (r) => hx(r, 32), ['PAGERDUTY_ROUTING_KEY', 'PD_INTEGRATION_KEY']);
def('PAGERDUTY_API_KEY', (r) => `u+${u64(r, 18)}`, ['PAGERDUTY_TOKEN']);
def('OPSGENIE_API_KEY', (r) => uuid4(r), ['OPSGENIE_API_KEY']);
def('POSTMARK_SERVER_TOKEN', (r) => uuid4(r), ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN']);
def('SPARKPOST_API_KEY', (r) => hx(r, 40), ['SPARKPOST_API_KEY']);
def('BREVO_API_KEY', (r) => `xkeysib-${hx(r, 64)}-${an(r, 16)}`, ['BREVO_API_KEY', 'SENDINBLUE_API_KEY']);
def('RESEND_API_KEY', (r) => `re_${an(r, 8)}_${an(r, 24)}`, ['RESEND_API_KEY']);
def('MANDRILL_API_KEY', (r) => `md-${u64(r, 22)}`, ['MANDRILL_API_KEY']);
def('PUSHER_APP_SECRET', (r) => hx(r, 20), ['PUSHER_APP_SECRET']);
def('ABLY_API_KEY', (r) => `${an(r, 6)}.${an(r, 6)}:${u64(r, 43)}`, ['ABLY_API_KEY']);
def('MEILISEARCH_MASTER_KEY', (r) => u64(r, 32), ['MEILI_MASTER_KEY']);
def('TYPESENSE_API_KEY', (r) => an(r, 32), ['TYPESENSE_API_KEY']);
def('QDRANT_API_KEY', (r) => u64(r, 36), ['QDRANT_API_KEY']);
def('CLOUDINARY_API_SECRET', (r) => u64(r, 27), ['CLOUDINARY_API_SECRET']);
def('HERE_API_KEY', (r) => u64(r, 43), ['HERE_API_KEY']);
def('OPENWEATHER_API_KEY', (r) => hx(r, 32), ['OWM_API_KEY', 'OPENWEATHER_API_KEY']);
def('YANDEX_OAUTH_TOKEN', (r) => `y0_AgAAAA${u64(r, 50)}`, ['YANDEX_OAUTH_TOKEN']);
def('BACKBLAZE_APPLICATION_KEY', (r) => `K00${r.str(A.ALNUM + '+/', 28)}`, ['B2_APPLICATION_KEY']);
def('MINIO_SECRET_KEY', (r) => an(r, 40), ['MINIO_SECRET_KEY', 'MINIO_ROOT_PASSWORD']);
def('INFLUXDB_TOKEN', (r) => `${b64(r, 86)}==`, ['INFLUX_TOKEN', 'DOCKER_INFLUXDB_INIT_ADMIN_TOKEN']);
def('JENKINS_API_TOKEN', (r) => `11${hx(r, 32)}`, ['JENKINS_API_TOKEN', 'JENKINS_TOKEN']);
def('DJANGO_SECRET_KEY', (r) => r.str(A.LOALNUM + '!@#%^&*(-_=+)', 50), ['DJANGO_SECRET_KEY', 'SECRET_KEY']);
def('FLASK_SECRET_KEY', (r) => hx(r, 64), ['FLASK_SECRET_KEY', 'SECRET_KEY']);
def('RAILS_SECRET_KEY_BASE', (r) => hx(r, 128), ['SECRET_KEY_BASE']);
def('RAILS_MASTER_KEY', (r) => hx(r, 32), ['RAILS_MASTER_KEY']);
def('LARAVEL_APP_KEY', (r) => `base64:${b64bytes(r, 32)}`, ['APP_KEY']);
def('NEXTAUTH_SECRET', (r) => b64bytes(r, 32), ['NEXTAUTH_SECRET', 'AUTH_SECRET']);
def('JWT_SIGNING_SECRET', (r) => (r.chance(0.5) ? hx(r, 64) : u64(r, 48)), ['JWT_SECRET', 'JWT_SIGNING_KEY', 'TOKEN_SECRET']);
def('SESSION_SECRET', (r) => u64(r, r.int(32, 48)), ['SESSION_SECRET', 'COOKIE_SECRET']);
def('ENCRYPTION_KEY', (r) => b64bytes(r, 32), ['ENCRYPTION_KEY', 'DATA_KEY', 'AES_KEY']);
def('HMAC_SIGNING_KEY', (r) => hx(r, 64), ['HMAC_KEY', 'SIGNING_KEY']);
def('WEBHOOK_SIGNING_SECRET', (r) => `whk_${an(r, 40)}`, ['WEBHOOK_SECRET']);
def('OAUTH_CLIENT_SECRET', (r) => u64(r, r.int(32, 48)), ['OAUTH_CLIENT_SECRET', 'CLIENT_SECRET', 'OIDC_CLIENT_SECRET']);
def('OAUTH_REFRESH_TOKEN', (r) => `rt_${u64(r, 64)}`, ['REFRESH_TOKEN']);
def('OPAQUE_BEARER_TOKEN', (r) => u64(r, r.int(40, 64)), ['API_TOKEN', 'ACCESS_TOKEN', 'BEARER_TOKEN']);
def('GENERIC_API_KEY', (r) => `${r.pick(['key', 'ak', 'api', 'live'])}_${an(r, r.int(28, 40))}`, ['API_KEY', 'SERVICE_API_KEY', 'PARTNER_KEY']);
def('JWT_ACCESS_TOKEN', (r) => jwt(r), ['ACCESS_TOKEN', 'ID_TOKEN', 'AUTH_TOKEN']);
def('KUBERNETES_SA_TOKEN', (r) => jwt(r, { alg: 'RS256', payload: { iss: 'kubernetes/serviceaccount', namespace: r.pick(['prod', 'payments', 'default', 'monitoring']), serviceaccount: r.pick(['deployer', 'ci', 'argo', 'backup']), iat: 1700000000 + r.int(0, 9e6), sub: 'system:serviceaccount:' + r.pick(['prod', 'ci']) + ':' + r.pick(['deployer', 'robot']) } }), ['K8S_TOKEN']);
def('BASIC_AUTH_CREDENTIALS', basic, ['BASIC_AUTH'], 'b64');
def('DOCKER_REGISTRY_AUTH', basic, ['DOCKER_AUTH'], 'b64');
def('K8S_SECRET_DATA', (r) => Buffer.from(pw(r)).toString('base64'), ['K8S_SECRET'], 'b64');
// passwords by context
for (const [n, env] of [
  ['DATABASE_PASSWORD', ['DB_PASSWORD', 'DATABASE_PASSWORD', 'DB_PASS']], ['POSTGRES_PASSWORD', ['POSTGRES_PASSWORD', 'PGPASSWORD']],
  ['MYSQL_PASSWORD', ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD']], ['MONGODB_PASSWORD', ['MONGO_INITDB_ROOT_PASSWORD', 'MONGO_PASSWORD']],
  ['REDIS_PASSWORD', ['REDIS_PASSWORD', 'REDIS_AUTH']], ['RABBITMQ_PASSWORD', ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD']],
  ['SMTP_PASSWORD', ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD']], ['LDAP_BIND_PASSWORD', ['LDAP_BIND_PASSWORD', 'LDAP_PASSWORD']],
  ['FTP_PASSWORD', ['FTP_PASSWORD', 'SFTP_PASS']], ['KEYSTORE_PASSWORD', ['KEYSTORE_PASSWORD', 'KEY_STORE_PASS']],
  ['TRUSTSTORE_PASSWORD', ['TRUSTSTORE_PASSWORD']], ['ADMIN_PASSWORD', ['ADMIN_PASSWORD', 'ADMIN_PASS', 'ROOT_PASSWORD']],
  ['ELASTIC_PASSWORD', ['ELASTIC_PASSWORD', 'ES_PASSWORD']], ['GRAFANA_ADMIN_PASSWORD', ['GF_SECURITY_ADMIN_PASSWORD']],
  ['MSSQL_SA_PASSWORD', ['MSSQL_SA_PASSWORD', 'SA_PASSWORD']], ['ORACLE_PASSWORD', ['ORACLE_PASSWORD', 'ORACLE_PWD']],
  ['SNOWFLAKE_PASSWORD', ['SNOWFLAKE_PASSWORD']], ['CLICKHOUSE_PASSWORD', ['CLICKHOUSE_PASSWORD']], ['CASSANDRA_PASSWORD', ['CASSANDRA_PASSWORD']],
  ['NEO4J_PASSWORD', ['NEO4J_PASSWORD']], ['COUCHDB_PASSWORD', ['COUCHDB_PASSWORD']], ['KAFKA_SASL_PASSWORD', ['KAFKA_SASL_PASSWORD', 'KAFKA_PASSWORD']],
  ['MQTT_PASSWORD', ['MQTT_PASSWORD']], ['ARTIFACTORY_PASSWORD', ['ARTIFACTORY_PASSWORD']], ['HELM_REPO_PASSWORD', ['HELM_REPO_PASSWORD']],
  ['RESTIC_PASSWORD', ['RESTIC_PASSWORD']], ['BORG_PASSPHRASE', ['BORG_PASSPHRASE']], ['GPG_PASSPHRASE', ['GPG_PASSPHRASE', 'SIGNING_KEY_PASSPHRASE']],
  ['VNC_PASSWORD', ['VNC_PASSWORD']], ['IPMI_PASSWORD', ['IPMI_PASSWORD', 'BMC_PASSWORD']], ['SIP_PASSWORD', ['SIP_PASSWORD']],
  ['TURN_STATIC_AUTH_SECRET', ['TURN_SECRET']], ['RADIUS_SHARED_SECRET', ['RADIUS_SECRET']], ['SNMP_COMMUNITY_STRING', ['SNMP_COMMUNITY']],
  ['ANSIBLE_VAULT_PASSWORD', ['ANSIBLE_VAULT_PASSWORD']], ['ANSIBLE_BECOME_PASSWORD', ['ANSIBLE_BECOME_PASS']], ['WIFI_PASSPHRASE', ['WIFI_PSK', 'WPA_PASSPHRASE']],
  ['VPN_PRESHARED_KEY', ['VPN_PSK', 'IPSEC_PSK']], ['SSH_PASSWORD', ['SSH_PASSWORD', 'SSHPASS']], ['SVN_PASSWORD', ['SVN_PASSWORD']],
]) def(n, n === 'SNMP_COMMUNITY_STRING' ? (r) => `${r.pick(['mon', 'ro', 'netops', 'sw'])}-${an(r, 12)}` : pw, env, 'pw');
def('NETRC_PASSWORD', (r) => (r.chance(0.5) ? strongPassword(r, undefined, ' #') : humanPassword(r, { noSym: ' #' })), [], 'file');
def('PGPASS_PASSWORD', (r) => (r.chance(0.5) ? strongPassword(r, undefined, ':\\ ') : humanPassword(r, { noSym: ':\\ ' })), [], 'file');
def('PYPIRC_PASSWORD', (r) => strongPassword(r, undefined, '%# ;'), [], 'file');
def('GIT_CREDENTIAL_TOKEN', (r) => (r.chance(0.5) ? gh('ghp')(r) : `glpat-${u64(r, 20)}`), [], 'file');
def('MAVEN_SETTINGS_PASSWORD', (r) => strongPassword(r, undefined, '<>&"\''), [], 'file');
def('WINDOWS_AUTOLOGON_PASSWORD', (r) => humanPassword(r, { noSym: '"\\' }), [], 'file');
def('POWERSHELL_PLAINTEXT_PASSWORD', (r) => humanPassword(r, { noSym: '"\'`$' }), [], 'file');
def('CONNECTION_STRING_PASSWORD', (r) => strongPassword(r, undefined, ';"\'= '), [], 'file');
def('URL_EMBEDDED_PASSWORD', pwUrl, [], 'url');
def('CHAT_SHARED_PASSWORD', (r) => humanPassword(r, { ascii: false }), [], 'chat');
def('TEMPORARY_PASSWORD', (r) => (r.chance(0.5) ? `${r.pick(['Temp', 'Welcome', 'Start', 'Reset'])}${r.pick(SYM.split(''))}${r.int(1000, 9999)}${r.str(A.LO, 2)}` : strongPassword(r, 12)), [], 'chat');
def('DOOR_ALARM_DISARM_CODE', (r) => `${r.digits(r.pick([6, 8]))}#`, [], 'chat');
def('BCRYPT_PASSWORD_HASH', (r) => `$2${r.pick(['a', 'b', 'y'])}$${r.pick(['10', '12'])}$${r.str('./' + A.ALNUM, 53)}`, ['ADMIN_PASSWORD_HASH'], 'hash');
def('SHA512CRYPT_SHADOW_HASH', (r) => `$6$${r.str('./' + A.ALNUM, 16)}$${r.str('./' + A.ALNUM, 86)}`, [], 'hash');
def('APR1_HTPASSWD_HASH', (r) => `$apr1$${r.str('./' + A.ALNUM, 8)}$${r.str('./' + A.ALNUM, 22)}`, [], 'hash');
def('CISCO_TYPE9_SECRET', (r) => `$9$${r.str('./' + A.ALNUM, 14)}$${r.str('./' + A.ALNUM, 43)}`, [], 'hash');
def('UNUSUAL_KEY_RANDOM_SECRET', (r) => r.pick([() => hx(r, r.pick([32, 40, 64])), () => u64(r, r.int(24, 48)), () => b64bytes(r, r.pick([24, 32, 48]))])(), [], 'odd');
// key material
def('RSA_PRIVATE_KEY', (r) => rsaPem(r, r.pick([2048, 2048, 1024]), 'pkcs1'), ['RSA_PRIVATE_KEY'], 'pem');
def('PKCS8_RSA_PRIVATE_KEY', (r) => rsaPem(r, 2048, 'pkcs8'), ['PRIVATE_KEY'], 'pem');
def('EC_PRIVATE_KEY', (r) => ecPem(r, r.pick(['p256', 'p384', 'k256']), 'sec1'), ['EC_PRIVATE_KEY'], 'pem');
def('PKCS8_EC_PRIVATE_KEY', (r) => ecPem(r, r.pick(['p256', 'p384']), 'pkcs8'), ['SIGNING_PRIVATE_KEY'], 'pem');
def('ED25519_PRIVATE_KEY', (r) => ed25519Pem(r), ['ED25519_KEY'], 'pem');
def('OPENSSH_PRIVATE_KEY', (r) => opensshPrivate(r, r.pick(['ed25519', 'ed25519', 'ecdsa']), `${r.pick(['deploy', 'ci', 'backup', 'ola', 'root'])}@${r.pick(['build-07', 'laptop', 'bastion', 'nas'])}`), ['SSH_PRIVATE_KEY', 'DEPLOY_KEY'], 'pem');
def('PGP_PRIVATE_KEY', (r) => pgpPrivate(r, `${r.pick(['Release Signing', 'Backup Bot', 'Packaging Team'])} <${r.pick(['release', 'backup', 'pkg'])}@${r.pick(['nordwind', 'harbourline', 'kilnworks'])}.example>`, 1600000000 + r.int(0, 1e8)), ['GPG_PRIVATE_KEY'], 'pem');
def('KUBECONFIG_CLIENT_KEY_DATA', (r) => Buffer.from(ecPem(r, 'p256', 'sec1') + '\n').toString('base64'), [], 'b64');
def('K8S_TLS_PRIVATE_KEY_DATA', (r) => Buffer.from(ecPem(r, r.pick(['p256', 'p384']), r.pick(['sec1', 'pkcs8'])) + '\n').toString('base64'), [], 'b64');
def('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', (r) => rsaPem(r, 2048, 'pkcs8').replace(/\n/g, '\\n') + '\\n', [], 'json');

export const SECRET_KINDS = K;
export const SECRET_BY_NAME = Object.fromEntries(K.map((k) => [k.name, k]));
export function secretValue(r, name) {
  const k = SECRET_BY_NAME[name];
  if (!k) throw new Error('unknown secret kind ' + name);
  for (;;) {
    const v = k.gen(r);
    if (!/example/i.test(v) && v.trim() === v && v.length > 0) return v;
  }
}
// kinds usable as KEY=VALUE anywhere
export const CONFIG_KINDS = K.filter((k) => k.env.length > 0 && ['cfg', 'pw'].includes(k.tags)).map((k) => k.name);
export const TOKEN_KINDS = K.filter((k) => k.env.length > 0 && k.tags === 'cfg').map((k) => k.name);
export const PASSWORD_KINDS = K.filter((k) => k.tags === 'pw').map((k) => k.name);
export { humanPassword as human, strongPassword as strong, pw as anyPassword, pwUrl as urlPassword };
