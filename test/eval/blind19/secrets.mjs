// Secret value generators. Each definition: entity name (this set's own), generator,
// key names used for it in configs (ordinary and unusual), and whether it has a vendor prefix.
import { ALPHA } from './prng.mjs';
import * as C from './checksums.mjs';
import * as K from './keys.mjs';

const b62 = (r, n) => r.str(ALPHA.b62, n);
const b64 = (r, n) => r.str(ALPHA.b64, n);
const b64u = (r, n) => r.str(ALPHA.b64url, n);
const hex = (r, n) => r.hex(n);
const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick('89ab')}${r.hex(3)}-${r.hex(12)}`;
const b64bytes = (r, n) => r.bytes(n).toString('base64');

export function ghToken(r, p) { const x = b62(r, 30); return `gh${p}_${x}${C.githubChecksum(x)}`; }
export function awsKeyId(r, pre = 'AKIA') { return pre + r.str(ALPHA.b32, 16); }

// ---------------------------------------------------------------- human-chosen passwords
const PW_WORDS = ['Sommer', 'Winter', 'Liverpool', 'Bluebird', 'Dragon', 'Sunshine', 'Pelican', 'Marmelade', 'Frühling', 'Primavera', 'Sakura', 'Zima', 'Yaz', 'Bellavista',
  'Tiramisu', 'Kartoffel', 'Hollandia', 'Ajax', 'Galatasaray', 'Schalke', 'Chelsea', 'Buttercup', 'Snoopy', 'Tigrou', 'Mariposa', 'Pomodoro', 'Lighthouse', 'Gazelle', 'Kirschblüte',
  'Cappuccino', 'Stockholm', 'Fenerbahçe', 'Copacabana', 'Bacalhau', 'Pierogi', 'Vesuvio', 'Tulpen', 'Moomin', 'Baobab', 'Kilimanjaro', 'Monsun', 'Wombat'];
const PET = ['Bella', 'Rocky', 'Mimi', 'Luna', 'Oscar', 'Nala', 'Bruno', 'Kira', 'Simba', 'Coco', 'Pablo', 'Fiete'];
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5' };
export function humanPassword(r) {
  const w = r.pick(PW_WORDS), y = String(r.range(1961, 2025)), s = r.pick(['!', '#', '$', '?', '*', '@', '.', '&', '%']);
  return r.pickW([
    [4, () => `${w}${y}${s}`], [2, () => `${w}${r.range(1, 99)}${s}`], [2, () => `${r.pick(PET)}${r.pick(['_', '', '.'])}${y.slice(2)}${s}`],
    [2, () => w.toLowerCase().replace(/[aeios]/g, (c) => (r.chance(0.6) ? LEET[c] : c)) + r.range(10, 999) + s],
    [2, () => `${r.pick(PW_WORDS)}${r.pick(PW_WORDS)}${r.range(1, 99)}`], [1, () => `${s}${w}${r.pick(PET)}${r.range(1, 9)}`],
    [1, () => `${w.slice(0, 1).toLowerCase()}${w.slice(1).toUpperCase()}-${r.range(100, 9999)}`], [1, () => `${r.pick(PET)}&${r.pick(PET)}${y}`],
  ])();
}
const PP_WORDS = {
  en: 'harbor violet tandem lemon tractor galaxy pepper quiet meadow copper ladder orbit velvet cactus sailor window thunder biscuit marble falcon candle puzzle river jacket'.split(' '),
  de: 'kaffee mühle regen brücke tanne wolke fenster zucker laterne igel schiff kompass'.split(' '),
  es: 'tortuga naranja ventana lluvia campana pimienta molino cometa guitarra'.split(' '),
  fr: 'citron nuage bougie hibou marée tiroir cerise phare'.split(' '),
  nl: 'fiets molen tulp regenjas kaas gracht'.split(' '),
};
export function passphrase(r) {
  const lang = r.pickW([[5, 'en'], [2, 'de'], [1, 'es'], [1, 'fr'], [1, 'nl']]);
  const n = r.range(3, 6); const ws = r.sample(PP_WORDS[lang], n);
  return r.pickW([
    [3, () => ws.join(' ')], [3, () => ws.join('-')], [1, () => ws.join('.')], [1, () => ws.map((x) => x[0].toUpperCase() + x.slice(1)).join('') + r.range(1, 99)],
    [1, () => ws.join('_') + r.pick(['!', '7', '42'])],
  ])();
}
export function machinePassword(r) {
  return r.pickW([[3, () => b62(r, r.range(16, 32))], [2, () => r.str(ALPHA.b62 + '!#%*+-_=.~', r.range(14, 28))], [1, () => b64u(r, 24)], [1, () => hex(r, 32)]])();
}
export const anyPassword = (r) => r.pickW([[3, machinePassword], [2, humanPassword], [1, passphrase]])(r);

// ---------------------------------------------------------------- JWT payloads
const ISSUERS = ['https://auth.corp.example/', 'https://login.kestrel-analytics.example', 'https://id.trellis.example/realms/main', 'https://sso.internal.test/oauth2'];
export function jwtToken(r, kind) {
  const now = r.range(1714000000, 1760000000);
  const alg = kind === 'supabase' ? 'HS256' : r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'RS256']);
  const header = alg.startsWith('HS') ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: b64u(r, r.pick([8, 16, 27])) };
  let payload;
  if (kind === 'supabase') payload = { iss: 'supabase', ref: r.str(ALPHA.lower, 20), role: 'service_role', iat: now, exp: now + 315360000 };
  else payload = r.pick([
    { sub: String(r.range(10000, 99999999)), name: 'svc-' + r.pick(['billing', 'etl', 'gateway', 'reports']), iat: now, exp: now + 3600 },
    { iss: r.pick(ISSUERS), sub: uuid(r), aud: r.pick(['api', 'crm-web', 'payroll']), scope: r.pick(['read:all', 'openid profile', 'orders:write invoices:read']), iat: now, exp: now + r.pick([900, 3600, 86400]) },
    { user_id: r.range(100, 99999), role: r.pick(['admin', 'agent', 'viewer']), tenant: r.pick(['eu-1', 'us-2', 'apac']), iat: now },
    { iss: r.pick(ISSUERS), azp: b62(r, 12), jti: uuid(r), typ: 'Bearer', exp: now + 300, iat: now },
  ]);
  return K.jwt(r, header, payload);
}

// ---------------------------------------------------------------- definitions
// keys: typical env/config key names; odd: unusual key names
const D = [];
const def = (e, gen, keys, o = {}) => D.push({ e, gen, keys, vendor: o.vendor ?? true, svc: o.svc || null, odd: o.odd || [] });

// code hosting / registries (token prefixes only, never host names)
def('GITHUB_PERSONAL_ACCESS_TOKEN', (r) => ghToken(r, 'p'), ['GITHUB_TOKEN', 'GH_TOKEN', 'github_pat', 'token'], { svc: 'GitHub' });
def('GITHUB_OAUTH_TOKEN', (r) => ghToken(r, 'o'), ['GITHUB_OAUTH_TOKEN', 'oauth_token'], { svc: 'GitHub' });
def('GITHUB_USER_TO_SERVER_TOKEN', (r) => ghToken(r, 'u'), ['GH_APP_USER_TOKEN', 'user_token'], { svc: 'GitHub' });
def('GITHUB_SERVER_TO_SERVER_TOKEN', (r) => ghToken(r, 's'), ['GITHUB_APP_INSTALLATION_TOKEN', 'installation_token'], { svc: 'GitHub' });
def('GITHUB_REFRESH_TOKEN', (r) => ghToken(r, 'r'), ['GH_REFRESH_TOKEN', 'refresh_token'], { svc: 'GitHub' });
def('GITHUB_FINE_GRAINED_TOKEN', (r) => `github_pat_11${r.str(ALPHA.alnumU, 20)}_${b62(r, 59)}`, ['GITHUB_PAT', 'GH_FG_TOKEN'], { svc: 'GitHub' });
def('GITLAB_PERSONAL_ACCESS_TOKEN', (r) => 'glpat-' + r.str(ALPHA.b62 + '-_', 20), ['GITLAB_TOKEN', 'CI_API_TOKEN', 'private_token'], { svc: 'GitLab' });
def('GITLAB_RUNNER_TOKEN', (r) => 'glrt-' + r.str(ALPHA.b62 + '-_', 20), ['RUNNER_TOKEN', 'registration_token'], { svc: 'GitLab' });
def('GITLAB_DEPLOY_TOKEN', (r) => 'gldt-' + r.str(ALPHA.b62 + '-_', 20), ['DEPLOY_TOKEN'], { svc: 'GitLab' });
def('GITLAB_PIPELINE_TRIGGER_TOKEN', (r) => 'glptt-' + hex(r, 40), ['TRIGGER_TOKEN'], { svc: 'GitLab' });
def('BITBUCKET_APP_PASSWORD', (r) => 'ATBB' + r.str(ALPHA.b62, 28) + r.hex(8).toUpperCase(), ['BITBUCKET_APP_PASSWORD', 'BB_APP_PW'], { svc: 'Bitbucket' });
def('NPM_ACCESS_TOKEN', (r) => 'npm_' + b62(r, 36), ['NPM_TOKEN', '_authToken'], { svc: 'npm' });
def('RUBYGEMS_API_KEY', (r) => 'rubygems_' + hex(r, 48), ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'], { svc: 'RubyGems' });
def('NUGET_API_KEY', (r) => 'oy2' + r.str(ALPHA.b32l, 43), ['NUGET_API_KEY', 'NUGET_KEY'], { svc: 'NuGet' });
def('DOCKER_HUB_TOKEN', (r) => 'dckr_pat_' + r.str(ALPHA.b62 + '-_', 27), ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], { svc: 'Docker Hub' });
def('JFROG_ACCESS_TOKEN', (r) => Buffer.from(`reftkn:01:${r.range(1760000000, 1900000000)}:${b62(r, 31)}`).toString('base64').replace(/=+$/, ''), ['JFROG_ACCESS_TOKEN', 'ARTIFACTORY_TOKEN'], { svc: 'JFrog' });
def('JFROG_API_KEY', (r) => 'AKCp8' + r.str(ALPHA.b62, 68), ['ARTIFACTORY_API_KEY'], { svc: 'JFrog' });
// cloud
def('AWS_ACCESS_KEY', (r) => awsKeyId(r, 'AKIA'), ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'], { svc: 'AWS' });
def('AWS_TEMPORARY_ACCESS_KEY', (r) => awsKeyId(r, 'ASIA'), ['AWS_ACCESS_KEY_ID', 'AccessKeyId'], { svc: 'AWS' });
def('AWS_SECRET_KEY', (r) => b64(r, 40), ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'], { svc: 'AWS' });
def('AWS_SESSION_TOKEN', (r) => 'IQoJb3JpZ2luX2Vj' + r.str(ALPHA.b64, r.range(300, 380)) + r.pick(['', '=']), ['AWS_SESSION_TOKEN', 'SessionToken'], { svc: 'AWS' });
def('AWS_PRESIGNED_URL_SIGNATURE', (r) => hex(r, 64), ['X-Amz-Signature'], { svc: 'AWS' });
def('GCP_API_KEY', (r) => 'AIza' + r.str(ALPHA.b62 + '-_', 35), ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'MAPS_API_KEY', 'firebaseApiKey'], { svc: 'Google' });
def('GCP_OAUTH_CLIENT_SECRET', (r) => 'GOCSPX-' + r.str(ALPHA.b62 + '-_', 28), ['GOOGLE_CLIENT_SECRET', 'client_secret'], { svc: 'Google' });
def('GCP_REFRESH_TOKEN', (r) => '1//0' + r.str(ALPHA.b62 + '-_', 99), ['GOOGLE_REFRESH_TOKEN', 'refresh_token'], { svc: 'Google' });
def('GCP_ACCESS_TOKEN', (r) => 'ya29.a0' + r.str(ALPHA.b62 + '-_', r.range(140, 200)), ['access_token', 'GOOGLE_OAUTH_ACCESS_TOKEN'], { svc: 'Google' });
def('GCP_PRIVATE_KEY_ID', (r) => hex(r, 40), ['private_key_id'], { svc: 'Google' });
def('AZURE_STORAGE_ACCOUNT_KEY', (r) => b64bytes(r, 64), ['AZURE_STORAGE_KEY', 'AccountKey', 'storageAccountKey'], { svc: 'Azure' });
def('AZURE_CLIENT_SECRET', (r) => b62(r, 3) + r.range(0, 9) + 'Q~' + r.str(ALPHA.b62 + '_.-~', 34), ['AZURE_CLIENT_SECRET', 'clientSecret', 'ARM_CLIENT_SECRET'], { svc: 'Azure' });
def('AZURE_SAS_SIGNATURE', (r) => encodeURIComponent(b64bytes(r, 32)), ['sig'], { svc: 'Azure' });
def('AZURE_DEVOPS_PAT', (r) => r.str(ALPHA.b32l, 52), ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT', 'SYSTEM_ACCESSTOKEN'], { svc: 'Azure DevOps' });
def('AZURE_SERVICE_BUS_KEY', (r) => b64bytes(r, 32), ['SharedAccessKey'], { svc: 'Azure' });
def('AZURE_COSMOS_KEY', (r) => b64bytes(r, 64), ['COSMOS_KEY', 'cosmosPrimaryKey'], { svc: 'Azure' });
def('DIGITALOCEAN_TOKEN', (r) => 'dop_v1_' + hex(r, 64), ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], { svc: 'DigitalOcean' });
def('DIGITALOCEAN_OAUTH_TOKEN', (r) => 'doo_v1_' + hex(r, 64), ['DO_OAUTH_TOKEN'], { svc: 'DigitalOcean' });
def('LINODE_TOKEN', (r) => hex(r, 64), ['LINODE_TOKEN', 'LINODE_CLI_TOKEN'], { svc: 'Linode', vendor: false });
def('HETZNER_API_TOKEN', (r) => b62(r, 64), ['HCLOUD_TOKEN'], { svc: 'Hetzner', vendor: false });
def('VULTR_API_KEY', (r) => r.str(ALPHA.alnumU, 36), ['VULTR_API_KEY'], { svc: 'Vultr', vendor: false });
def('CLOUDFLARE_API_TOKEN', (r) => r.str(ALPHA.b62 + '-_', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], { svc: 'Cloudflare', vendor: false });
def('CLOUDFLARE_GLOBAL_API_KEY', (r) => hex(r, 37), ['CF_API_KEY', 'CLOUDFLARE_API_KEY'], { svc: 'Cloudflare', vendor: false });
def('CLOUDFLARE_ORIGIN_CA_KEY', (r) => `v1.0-${hex(r, 24)}-${hex(r, 146)}`, ['CF_ORIGIN_CA_KEY'], { svc: 'Cloudflare' });
def('FASTLY_API_TOKEN', (r) => r.str(ALPHA.b62 + '-_', 32), ['FASTLY_API_TOKEN'], { svc: 'Fastly', vendor: false });
def('HEROKU_API_KEY', (r) => 'HRKU-AA' + r.str(ALPHA.b62 + '-_', 58), ['HEROKU_API_KEY'], { svc: 'Heroku' });
def('NETLIFY_TOKEN', (r) => 'nfp_' + b62(r, 36), ['NETLIFY_AUTH_TOKEN'], { svc: 'Netlify' });
def('VERCEL_TOKEN', (r) => b62(r, 24), ['VERCEL_TOKEN'], { svc: 'Vercel', vendor: false });
def('FLY_API_TOKEN', (r) => 'fo1_' + b64u(r, 43), ['FLY_API_TOKEN'], { svc: 'Fly' });
def('RENDER_API_KEY', (r) => 'rnd_' + b62(r, 32), ['RENDER_API_KEY'], { svc: 'Render' });
def('SUPABASE_ACCESS_TOKEN', (r) => 'sbp_' + hex(r, 40), ['SUPABASE_ACCESS_TOKEN'], { svc: 'Supabase' });
def('SUPABASE_SERVICE_ROLE_KEY', (r) => jwtToken(r, 'supabase'), ['SUPABASE_SERVICE_ROLE_KEY', 'serviceRoleKey'], { svc: 'Supabase' });
def('PLANETSCALE_TOKEN', (r) => 'pscale_tkn_' + b64u(r, 43), ['PLANETSCALE_SERVICE_TOKEN'], { svc: 'PlanetScale' });
def('PLANETSCALE_PASSWORD', (r) => 'pscale_pw_' + b64u(r, 43), ['DATABASE_PASSWORD'], { svc: 'PlanetScale' });
def('HASHICORP_VAULT_TOKEN', (r) => r.chance(0.5) ? 'hvs.' + b62(r, 24) : 'hvs.CAESI' + b64u(r, 86), ['VAULT_TOKEN', 'X-Vault-Token'], { svc: 'Vault' });
def('HASHICORP_VAULT_BATCH_TOKEN', (r) => 'hvb.AAAAAQ' + b64u(r, 130), ['VAULT_TOKEN'], { svc: 'Vault' });
def('TERRAFORM_CLOUD_TOKEN', (r) => `${b62(r, 14)}.atlasv1.${r.str(ALPHA.b62 + '-_', 67)}`, ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io', 'token'], { svc: 'Terraform Cloud' });
def('PULUMI_ACCESS_TOKEN', (r) => 'pul-' + hex(r, 40), ['PULUMI_ACCESS_TOKEN'], { svc: 'Pulumi' });
def('DOPPLER_TOKEN', (r) => r.chance(0.5) ? `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${b62(r, 40)}` : 'dp.pt.' + b62(r, 43), ['DOPPLER_TOKEN'], { svc: 'Doppler' });
// payments / commerce
def('STRIPE_SECRET_KEY', (r) => 'sk_live_' + (r.chance(0.5) ? b62(r, 24) : '51' + b62(r, 97)), ['STRIPE_SECRET_KEY', 'stripe.api_key', 'STRIPE_KEY'], { svc: 'Stripe' });
def('STRIPE_TEST_SECRET_KEY', (r) => 'sk_test_' + (r.chance(0.5) ? b62(r, 24) : '51' + b62(r, 97)), ['STRIPE_TEST_KEY', 'STRIPE_SECRET_KEY'], { svc: 'Stripe' });
def('STRIPE_RESTRICTED_KEY', (r) => 'rk_live_' + (r.chance(0.5) ? b62(r, 24) : '51' + b62(r, 97)), ['STRIPE_RESTRICTED_KEY'], { svc: 'Stripe' });
def('STRIPE_WEBHOOK_SECRET', (r) => 'whsec_' + b62(r, 32), ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret'], { svc: 'Stripe' });
def('SQUARE_ACCESS_TOKEN', (r) => 'EAAA' + r.str(ALPHA.b62 + '-_', 60), ['SQUARE_ACCESS_TOKEN'], { svc: 'Square' });
def('SQUARE_OAUTH_SECRET', (r) => 'sq0csp-' + r.str(ALPHA.b62 + '-_', 43), ['SQUARE_APP_SECRET'], { svc: 'Square' });
def('BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str(ALPHA.alnumL, 16)}$${hex(r, 32)}`, ['BRAINTREE_ACCESS_TOKEN', 'PAYPAL_ACCESS_TOKEN'], { svc: 'PayPal Braintree' });
def('PLAID_SECRET', (r) => hex(r, 30), ['PLAID_SECRET'], { svc: 'Plaid', vendor: false });
def('SHOPIFY_ACCESS_TOKEN', (r) => 'shpat_' + hex(r, 32), ['SHOPIFY_ACCESS_TOKEN', 'X-Shopify-Access-Token'], { svc: 'Shopify' });
def('SHOPIFY_SHARED_SECRET', (r) => 'shpss_' + hex(r, 32), ['SHOPIFY_API_SECRET'], { svc: 'Shopify' });
def('SHOPIFY_CUSTOM_APP_TOKEN', (r) => 'shpca_' + hex(r, 32), ['SHOPIFY_CUSTOM_APP_TOKEN'], { svc: 'Shopify' });
def('SHOPIFY_PRIVATE_APP_PASSWORD', (r) => 'shppa_' + hex(r, 32), ['SHOPIFY_PASSWORD'], { svc: 'Shopify' });
// messaging / email
def('SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(1)}${r.digits(r.pick([10, 11]))}-${r.digits(13)}-${b62(r, 24)}`, ['SLACK_BOT_TOKEN', 'slack_token'], { svc: 'Slack' });
def('SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${hex(r, 32)}`, ['SLACK_USER_TOKEN'], { svc: 'Slack' });
def('SLACK_APP_TOKEN', (r) => `xapp-1-A${r.str(ALPHA.alnumU, 10)}-${r.digits(13)}-${hex(r, 64)}`, ['SLACK_APP_TOKEN'], { svc: 'Slack' });
def('SLACK_WEBHOOK_SECRET', (r) => `T${r.str(ALPHA.alnumU, 8)}/B${r.str(ALPHA.alnumU, 10)}/${b62(r, 24)}`, ['SLACK_WEBHOOK_PATH'], { svc: 'Slack' });
def('DISCORD_BOT_TOKEN', (r) => `${Buffer.from(String(r.range(1, 9)) + r.digits(18)).toString('base64').replace(/=+$/, '')}.${b64u(r, 6)}.${b64u(r, 38)}`, ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'], { svc: 'Discord' });
def('DISCORD_WEBHOOK_TOKEN', (r) => b64u(r, 68), ['DISCORD_WEBHOOK_TOKEN'], { svc: 'Discord' });
def('TELEGRAM_BOT_TOKEN', (r) => `${r.range(100000000, 7999999999)}:AA${b64u(r, 33)}`, ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], { svc: 'Telegram' });
def('TWILIO_API_KEY', (r) => 'SK' + hex(r, 32), ['TWILIO_API_KEY'], { svc: 'Twilio' });
def('TWILIO_AUTH_TOKEN', (r) => hex(r, 32), ['TWILIO_AUTH_TOKEN'], { svc: 'Twilio', vendor: false });
def('SENDGRID_API_KEY', (r) => `SG.${b64u(r, 22)}.${b64u(r, 43)}`, ['SENDGRID_API_KEY', 'SMTP_PASSWORD'], { svc: 'SendGrid' });
def('MAILGUN_API_KEY', (r) => 'key-' + hex(r, 32), ['MAILGUN_API_KEY'], { svc: 'Mailgun' });
def('MAILCHIMP_API_KEY', (r) => `${hex(r, 32)}-us${r.range(1, 21)}`, ['MAILCHIMP_API_KEY'], { svc: 'Mailchimp' });
def('POSTMARK_SERVER_TOKEN', (r) => uuid(r), ['POSTMARK_SERVER_TOKEN', 'X-Postmark-Server-Token'], { svc: 'Postmark', vendor: false });
def('VONAGE_API_SECRET', (r) => b62(r, 16), ['VONAGE_API_SECRET', 'NEXMO_API_SECRET'], { svc: 'Vonage', vendor: false });
// AI providers
def('OPENAI_API_KEY', (r) => `sk-proj-${b64u(r, 74)}T3BlbkFJ${b64u(r, 74)}`, ['OPENAI_API_KEY', 'openai.api_key', 'OPENAI_KEY'], { svc: 'OpenAI' });
def('OPENAI_LEGACY_API_KEY', (r) => `sk-${b62(r, 20)}T3BlbkFJ${b62(r, 20)}`, ['OPENAI_API_KEY'], { svc: 'OpenAI' });
def('OPENAI_SERVICE_ACCOUNT_KEY', (r) => `sk-svcacct-${b64u(r, 74)}T3BlbkFJ${b64u(r, 74)}`, ['OPENAI_API_KEY'], { svc: 'OpenAI' });
def('ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${b64u(r, 93)}AA`, ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], { svc: 'Anthropic' });
def('ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${b64u(r, 93)}AA`, ['ANTHROPIC_ADMIN_KEY'], { svc: 'Anthropic' });
def('HUGGINGFACE_TOKEN', (r) => 'hf_' + r.str(ALPHA.upper + ALPHA.lower, 34), ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], { svc: 'Hugging Face' });
def('REPLICATE_API_TOKEN', (r) => 'r8_' + b62(r, 37), ['REPLICATE_API_TOKEN'], { svc: 'Replicate' });
def('GROQ_API_KEY', (r) => 'gsk_' + b62(r, 52), ['GROQ_API_KEY'], { svc: 'Groq' });
def('PERPLEXITY_API_KEY', (r) => 'pplx-' + b62(r, 48), ['PERPLEXITY_API_KEY'], { svc: 'Perplexity' });
def('XAI_API_KEY', (r) => 'xai-' + b62(r, 80), ['XAI_API_KEY', 'GROK_API_KEY'], { svc: 'xAI' });
def('COHERE_API_KEY', (r) => b62(r, 40), ['COHERE_API_KEY', 'CO_API_KEY'], { svc: 'Cohere', vendor: false });
def('MISTRAL_API_KEY', (r) => b62(r, 32), ['MISTRAL_API_KEY'], { svc: 'Mistral', vendor: false });
def('DEEPSEEK_API_KEY', (r) => 'sk-' + hex(r, 32), ['DEEPSEEK_API_KEY'], { svc: 'DeepSeek' });
// observability
def('DATADOG_API_KEY', (r) => hex(r, 32), ['DD_API_KEY', 'DATADOG_API_KEY'], { svc: 'Datadog', vendor: false });
def('DATADOG_APP_KEY', (r) => hex(r, 40), ['DD_APP_KEY', 'DATADOG_APPLICATION_KEY'], { svc: 'Datadog', vendor: false });
def('NEW_RELIC_LICENSE_KEY', (r) => hex(r, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY', 'license_key'], { svc: 'New Relic' });
def('NEW_RELIC_USER_KEY', (r) => 'NRAK-' + r.str(ALPHA.alnumU, 27), ['NEW_RELIC_API_KEY'], { svc: 'New Relic' });
def('SENTRY_AUTH_TOKEN', (r) => r.chance(0.5) ? 'sntryu_' + hex(r, 64) : 'sntrys_' + Buffer.from(JSON.stringify({ iat: r.range(1714000000, 1760000000), url: 'https://sentry.corp.example', region_url: 'https://eu.sentry.corp.example', org: r.pick(['kestrel', 'trellis', 'okapi']) })).toString('base64').replace(/=+$/, '') + '_' + b64(r, 43), ['SENTRY_AUTH_TOKEN'], { svc: 'Sentry' });
def('SENTRY_DSN_KEY', (r) => hex(r, 32), ['SENTRY_DSN'], { svc: 'Sentry', vendor: false });
def('GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${b62(r, 32)}_${hex(r, 8)}`, ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], { svc: 'Grafana' });
def('GRAFANA_CLOUD_TOKEN', (r) => 'glc_' + Buffer.from(JSON.stringify({ o: r.digits(6), n: 'stack-' + r.digits(6) + '-hm-read', k: b62(r, 24), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0']) } })).toString('base64').replace(/=+$/, ''), ['GRAFANA_CLOUD_API_KEY'], { svc: 'Grafana' });
def('HONEYCOMB_API_KEY', (r) => 'hcaik_01' + r.str(ALPHA.alnumL, 56), ['HONEYCOMB_API_KEY'], { svc: 'Honeycomb' });
def('PAGERDUTY_API_TOKEN', (r) => r.pick(['u+', 'y_', 'e+']) + r.str(ALPHA.b62 + '-_', 18), ['PAGERDUTY_TOKEN', 'PD_API_KEY'], { svc: 'PagerDuty' });
def('ELASTIC_API_KEY', (r) => Buffer.from(`${b62(r, 20)}:${b62(r, 22)}`).toString('base64'), ['ELASTIC_API_KEY', 'ES_API_KEY'], { svc: 'Elastic', vendor: false });
def('SPLUNK_HEC_TOKEN', (r) => uuid(r).toUpperCase(), ['SPLUNK_HEC_TOKEN'], { svc: 'Splunk', vendor: false });
// SaaS
def('ATLASSIAN_API_TOKEN', (r) => `ATATT3xFfGF0${r.str(ALPHA.b62 + '-_', 170)}=${r.hex(8).toUpperCase()}`, ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_TOKEN'], { svc: 'Atlassian' });
def('LINEAR_API_KEY', (r) => 'lin_api_' + b62(r, 40), ['LINEAR_API_KEY'], { svc: 'Linear' });
def('NOTION_TOKEN', (r) => r.chance(0.5) ? 'ntn_' + b62(r, 46) : 'secret_' + b62(r, 43), ['NOTION_TOKEN', 'NOTION_API_KEY'], { svc: 'Notion' });
def('ASANA_PERSONAL_ACCESS_TOKEN', (r) => `2/${r.digits(16)}/${r.digits(16)}:${hex(r, 32)}`, ['ASANA_PAT'], { svc: 'Asana' });
def('AIRTABLE_PERSONAL_ACCESS_TOKEN', (r) => `pat${b62(r, 14)}.${hex(r, 64)}`, ['AIRTABLE_API_KEY', 'AIRTABLE_PAT'], { svc: 'Airtable' });
def('FIGMA_TOKEN', (r) => 'figd_' + b64u(r, 40), ['FIGMA_TOKEN'], { svc: 'Figma' });
def('POSTMAN_API_KEY', (r) => `PMAK-${hex(r, 24)}-${hex(r, 34)}`, ['POSTMAN_API_KEY'], { svc: 'Postman' });
def('HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`, ['HUBSPOT_ACCESS_TOKEN'], { svc: 'HubSpot' });
def('INTERCOM_ACCESS_TOKEN', (r) => Buffer.from(`tok:${uuid(r)}:1:0`).toString('base64').replace(/=+$/, ''), ['INTERCOM_TOKEN'], { svc: 'Intercom' });
def('ZENDESK_API_TOKEN', (r) => b62(r, 40), ['ZENDESK_API_TOKEN'], { svc: 'Zendesk', vendor: false });
def('CONTENTFUL_MANAGEMENT_TOKEN', (r) => 'CFPAT-' + b64u(r, 43), ['CONTENTFUL_MANAGEMENT_TOKEN'], { svc: 'Contentful' });
def('MAPBOX_SECRET_TOKEN', (r) => `sk.${Buffer.from(JSON.stringify({ u: r.pick(['okapi-maps', 'vireo', 'fleetops']), a: r.str(ALPHA.alnumL, 25) })).toString('base64url')}.${b64u(r, 22)}`, ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'], { svc: 'Mapbox' });
def('TWITTER_BEARER_TOKEN', (r) => `AAAAAAAAAAAAAAAAAAAAA${b62(r, 30)}%3D${b62(r, 50)}`, ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], { svc: 'X/Twitter' });
def('FACEBOOK_ACCESS_TOKEN', (r) => 'EAA' + r.pick(['B', 'G', 'J', 'I']) + b62(r, r.range(150, 190)), ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN'], { svc: 'Meta' });
def('OKTA_API_TOKEN', (r) => '00' + r.str(ALPHA.b62 + '-_', 40), ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'], { svc: 'Okta' });
def('AUTH0_CLIENT_SECRET', (r) => r.str(ALPHA.b62 + '-_', 64), ['AUTH0_CLIENT_SECRET'], { svc: 'Auth0', vendor: false });
def('KEYCLOAK_CLIENT_SECRET', (r) => b62(r, 32), ['KEYCLOAK_CLIENT_SECRET', 'KC_CLIENT_SECRET'], { svc: 'Keycloak', vendor: false });
def('FIREBASE_SERVER_KEY', (r) => `AAAA${b64u(r, 7)}:APA91b${b64u(r, 134)}`, ['FCM_SERVER_KEY'], { svc: 'Firebase' });
// CI / dev tooling
def('CIRCLECI_TOKEN', (r) => `CCIPAT_${b62(r, 22)}_${hex(r, 40)}`, ['CIRCLE_TOKEN', 'CIRCLECI_TOKEN'], { svc: 'CircleCI' });
def('BUILDKITE_API_TOKEN', (r) => 'bkua_' + hex(r, 40), ['BUILDKITE_API_TOKEN'], { svc: 'Buildkite' });
def('SONARQUBE_TOKEN', (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + hex(r, 40), ['SONAR_TOKEN'], { svc: 'SonarQube' });
def('NGROK_AUTHTOKEN', (r) => `2${b62(r, 26)}_${b62(r, 21)}`, ['NGROK_AUTHTOKEN', 'authtoken'], { svc: 'ngrok', vendor: false });
def('TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${b62(r, 11)}CNTRL-${b62(r, 33)}`, ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'], { svc: 'Tailscale' });
def('AGE_SECRET_KEY', (r) => C.bech32Encode('age-secret-key-', C.convertBits([...r.bytes(32)], 8, 5, true)).toUpperCase(), ['SOPS_AGE_KEY'], { svc: 'age' });
def('WIREGUARD_PRIVATE_KEY', (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }, ['PrivateKey'], { svc: 'WireGuard', vendor: false });

// ---- credentials without vendor prefix
const G = (e, gen, keys, odd) => def(e, gen, keys, { vendor: false, odd });
G('DATABASE_PASSWORD', anyPassword, ['DB_PASSWORD', 'DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'spring.datasource.password', 'db_pass'], ['pgSecretWord', 'ledger_db_phrase']);
G('CONNECTION_STRING_PASSWORD', machinePassword, [], []);
G('URL_EMBEDDED_PASSWORD', anyPassword, [], []);
G('CLI_PASSWORD', anyPassword, [], []);
G('USER_PASSWORD', humanPassword, ['password', 'passwd', 'pwd', 'user_password'], ['kennwort', 'contraseña', 'motdepasse']);
G('PASSPHRASE', passphrase, ['passphrase', 'KEY_PASSPHRASE', 'gpg_passphrase'], ['unlock_phrase', 'seed_words']);
G('SMTP_PASSWORD', anyPassword, ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'smtp_pass', 'EMAIL_HOST_PASSWORD'], []);
G('LDAP_BIND_PASSWORD', anyPassword, ['LDAP_BIND_PASSWORD', 'bindPassword', 'ldap.bind.credential'], []);
G('REDIS_PASSWORD', machinePassword, ['REDIS_PASSWORD', 'requirepass', 'redis.auth'], []);
G('RABBITMQ_PASSWORD', anyPassword, ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'], []);
G('MONGODB_PASSWORD', machinePassword, ['MONGO_INITDB_ROOT_PASSWORD', 'MONGODB_PASSWORD'], []);
G('KAFKA_SASL_PASSWORD', machinePassword, ['KAFKA_SASL_PASSWORD', 'sasl.password'], []);
G('FTP_PASSWORD', anyPassword, ['FTP_PASSWORD', 'sftp_password'], []);
G('WIFI_PASSWORD', (r) => r.chance(0.5) ? humanPassword(r) : passphrase(r), ['wpa_passphrase', 'psk', 'WLAN-Schlüssel'], []);
G('VPN_PRESHARED_KEY', (r) => r.chance(0.5) ? b64u(r, 32) : machinePassword(r), ['PresharedKey', 'ipsec_psk', 'vpn_psk'], []);
G('KEYSTORE_PASSWORD', anyPassword, ['storePassword', 'keyPassword', 'KEYSTORE_PASSWORD', 'javax.net.ssl.keyStorePassword'], []);
G('ADMIN_PASSWORD', anyPassword, ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD', 'root_password', 'ELASTIC_PASSWORD'], ['break_glass', 'superuser_pw']);
G('SNMP_COMMUNITY_STRING', (r) => r.pick(['noc', 'mon', 'ops']) + r.pick(['-', '_', '']) + b62(r, r.range(10, 16)), ['community', 'snmp_community'], []);
G('PGPASS_PASSWORD', machinePassword, [], []);
G('NETRC_PASSWORD', (r) => r.chance(0.5) ? machinePassword(r) : ghToken(r, 'p').replace(/^ghp_/, 'tok_'), [], []);
G('GIT_CREDENTIAL_TOKEN', (r) => b62(r, r.pick([32, 40])), [], []);
G('API_KEY_HEX', (r) => hex(r, r.pick([32, 40, 48, 64])), ['API_KEY', 'api_key', 'apiKey', 'X-API-Key', 'SERVICE_API_KEY', 'partner_key'], ['zq_signing_material', 'feed_access', 'ledger_sync_k', 'KEYMAT']);
G('API_KEY_BASE62', (r) => b62(r, r.pick([24, 32, 40, 48])), ['API_TOKEN', 'ACCESS_TOKEN', 'auth_token', 'INTEGRATION_TOKEN', 'apiToken'], ['backend_handshake', 'svcAcctCred', 'sesame', 'opaque_blob']);
G('SECRET_KEY_BASE64', (r) => b64bytes(r, r.pick([24, 32, 48])), ['SECRET_KEY', 'APP_SECRET', 'client_secret', 'SIGNING_SECRET'], ['x-internal-credential', 'shared_k', 'vault_unseal_fragment']);
G('TOTP_SEED', (r) => r.str(ALPHA.b32, r.pick([16, 26, 32])), ['totp_secret', 'MFA_SEED', 'otp_key', 'otpauth_secret'], ['second_factor_root']);
G('HMAC_SECRET', (r) => r.chance(0.5) ? hex(r, 64) : b64bytes(r, 32), ['HMAC_SECRET', 'hmac_key', 'WEBHOOK_HMAC'], ['sig_pepper']);
G('ENCRYPTION_KEY', (r) => r.chance(0.5) ? hex(r, 64) : b64bytes(r, 32), ['ENCRYPTION_KEY', 'DATA_KEY', 'AES_KEY', 'field_encryption_key'], ['kek_material', 'cipher_root']);
G('SESSION_SECRET', (r) => r.chance(0.5) ? b62(r, 48) : hex(r, 64), ['SESSION_SECRET', 'COOKIE_SECRET', 'secret_key_base'], []);
G('DJANGO_SECRET_KEY', (r) => (r.chance(0.4) ? 'django-insecure-' : '') + r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50), ['SECRET_KEY', 'DJANGO_SECRET_KEY'], []);
G('RAILS_SECRET_KEY_BASE', (r) => hex(r, 128), ['SECRET_KEY_BASE'], []);
G('RAILS_MASTER_KEY', (r) => hex(r, 32), ['RAILS_MASTER_KEY'], []);
G('LARAVEL_APP_KEY', (r) => 'base64:' + b64bytes(r, 32), ['APP_KEY'], []);
G('FERNET_KEY', (r) => r.bytes(32).toString('base64url') + '=', ['FERNET_KEY', 'AIRFLOW__CORE__FERNET_KEY'], []);
G('NEXTAUTH_SECRET', (r) => b64bytes(r, 32), ['NEXTAUTH_SECRET', 'AUTH_SECRET'], []);
G('JWT_SIGNING_SECRET', (r) => r.chance(0.6) ? b62(r, r.pick([32, 48, 64])) : passphrase(r).replace(/ /g, '-'), ['JWT_SECRET', 'jwt.secret', 'TOKEN_SIGNING_KEY'], []);
G('WEBHOOK_SIGNING_SECRET', (r) => r.chance(0.5) ? hex(r, 40) : b62(r, 32), ['WEBHOOK_SECRET', 'webhook_signing_secret', 'HOOK_TOKEN'], []);
G('OAUTH_CLIENT_SECRET', (r) => r.str(ALPHA.b62 + '-_.~', r.pick([32, 40, 48])), ['OAUTH_CLIENT_SECRET', 'client_secret', 'clientSecret'], []);
G('OAUTH_ACCESS_TOKEN', (r) => r.str(ALPHA.b62 + '-._~', r.range(40, 80)), ['access_token'], []);
G('OAUTH_REFRESH_TOKEN', (r) => r.str(ALPHA.b62 + '-_', r.range(48, 96)), ['refresh_token'], []);
G('BEARER_TOKEN', (r) => r.str(ALPHA.b62 + '-._~', r.range(32, 64)), [], []);
G('SESSION_COOKIE', (r) => r.chance(0.5) ? b64u(r, r.range(40, 90)) : `s%3A${b64u(r, 32)}.${b64u(r, 43)}`, [], []);
G('ANSIBLE_VAULT_PASSWORD', anyPassword, ['vault_password', 'ANSIBLE_VAULT_PASSWORD'], []);
G('MFA_RECOVERY_CODE', (r) => `${r.str(ALPHA.alnumL, 4)}-${r.str(ALPHA.alnumL, 4)}-${r.str(ALPHA.alnumL, 4)}`, [], []);
G('JSON_WEB_TOKEN', (r) => jwtToken(r), ['id_token', 'access_token', 'AUTH_JWT'], []);
G('BASIC_AUTH_CREDENTIALS', (r) => Buffer.from(`${r.pick(['svc-deploy', 'admin', 'reporter', 'etl', 'api', 'jenkins', 'scanner'])}:${anyPassword(r)}`).toString('base64'), [], []);
G('DOCKER_REGISTRY_AUTH', (r) => Buffer.from(`${r.pick(['ci-bot', 'deploy', 'robot$pipeline', 'buildsvc'])}:${r.chance(0.5) ? machinePassword(r) : 'dckr_pat_' + r.str(ALPHA.b62 + '-_', 27)}`).toString('base64'), [], []);
G('KUBERNETES_SECRET_DATA', (r) => Buffer.from(anyPassword(r)).toString('base64'), [], []);
G('SIGNED_URL_TOKEN', (r) => b64u(r, r.range(27, 43)), [], []);

for (const d of D) { // never produce a value containing the word EXAMPLE
  const g = d.gen;
  d.gen = (r) => { for (;;) { const v = g(r); if (!/example/i.test(v)) return v; } };
}
export const SECRET_DEFS = D;
export const SECRET_BY = Object.fromEntries(D.map((d) => [d.e, d]));
export const secret = (r, e) => SECRET_BY[e].gen(r);
export const PEM_KINDS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY'];

// Rotating pickers: every definition comes round in turn (deterministic order),
// so the minimum-kinds requirement does not hang on chance.
const rot = new Map();
export function nextSecretDef(r, filterName, filter) {
  if (!rot.has(filterName)) {
    const list = D.filter(filter || (() => true));
    const order = list.slice(); r.shuffle(order);
    rot.set(filterName, { order, i: 0 });
  }
  const st = rot.get(filterName); const d = st.order[st.i % st.order.length]; st.i++;
  return d;
}
// config-friendly definitions (have a key name)
export const CONFIG_DEFS = D.filter((d) => d.keys.length > 0);

// ---------------------------------------------------------------- PEM private keys
export function rsaFor(r, bits) { // a fresh RSA key (real primes) from the seeded stream
  return K.rsaKey(r, bits);
}
export function privateKeyPem(r, kind, opts = {}) {
  switch (kind) {
    case 'RSA_PRIVATE_KEY': return K.pem('RSA PRIVATE KEY', K.rsaPkcs1Der(rsaFor(r, opts.bits || r.pick([1024, 2048, 2048]))));
    case 'PKCS8_PRIVATE_KEY': { const t = r.pick(['rsa', 'ec', 'ed']); const der = t === 'rsa' ? K.rsaPkcs8Der(rsaFor(r, r.pick([1024, 2048]))) : t === 'ec' ? K.ecPkcs8Der(K.ecKey(r, r.pick(['p256', 'p384']))) : K.edKey(r).pkcs8; return K.pem('PRIVATE KEY', der); }
    case 'EC_PRIVATE_KEY': return K.pem('EC PRIVATE KEY', K.ecSec1Der(K.ecKey(r, r.pick(['p256', 'p256', 'p384']))));
    case 'OPENSSH_PRIVATE_KEY': { const t = r.pickW([[4, 'ed25519'], [1, 'ecdsa'], [1, 'rsa']]); const k = t === 'ed25519' ? K.edKey(r) : t === 'ecdsa' ? K.ecKey(r, 'p256') : rsaFor(r, 1024); return K.opensshPrivate(r, t, k, opts.comment || 'deploy@build-runner'); }
    case 'PGP_PRIVATE_KEY': return K.pgpPrivateBlock(r, opts.uid || 'Release Signing <release@trellis.example>', r.range(1600000000, 1750000000));
  }
  throw new Error(kind);
}
