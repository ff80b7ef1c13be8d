// Secret value generators: vendor-prefixed tokens, unprefixed credentials, passwords, passphrases.
import { R, A, Deck } from './prng.mjs';
import { ghChecksum, bech32Encode, convertBits, BECH32 } from './checks.mjs';
import { jwt, b64u } from './keys.mjs';

const r = (a, n) => R.str(a, n);
const B64U = A.b64url;
const hex = (n) => r(A.hexl, n);
const gh = (p) => { const x = r(A.alnum, 30); return p + x + ghChecksum(x); };
export const uuid4 = () => {
  const h = hex(32).split('');
  h[12] = '4'; h[16] = '89ab'[R.int(0, 3)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
const noPad = (s) => s.replace(/=+$/, '');
const handle = () => R.pick(['ops', 'build', 'ci', 'data', 'svc', 'infra', 'platform', 'growth', 'billing', 'etl', 'ml']) + '-' + r(A.alnuml, 4);
const now = () => 1767225600 + R.int(0, 9000000); // 2026-01-01 .. mid-2026

function ageKey() {
  const data = convertBits([...R.bytes(32)], 8, 5);
  return bech32Encode('age-secret-key-', data, BECH32).toUpperCase();
}
function grafanaCloud() {
  const o = { o: String(R.int(100000, 999999)), n: 'stack-' + R.int(100000, 999999) + '-' + R.pick(['alloy', 'hm-read', 'otlp', 'logs-write']), k: r(A.alnum, 24), m: { r: R.pick(['prod-eu-west-2', 'prod-us-east-0', 'prod-ap-southeast-1']) } };
  return 'glc_' + Buffer.from(JSON.stringify(o)).toString('base64');
}
function discord() {
  const id = String(R.int(1, 9)) + r(A.digit, 17);
  return noPad(Buffer.from(id).toString('base64')) + '.' + r(B64U, 6) + '.' + r(B64U, 38);
}
function intercom() { return Buffer.from('tok:' + uuid4() + ':1:0').toString('base64'); }
function onePassword() {
  return 'ops_' + b64u({ email: r(A.alnuml, 12) + '@' + r(A.alnuml, 10) + '.invalid', secretKey: 'A3-' + r(A.alnumu, 6) + '-' + r(A.alnumu, 6), srpX: hex(64), muk: { alg: 'A256GCM', k: r(B64U, 43), kty: 'oct' }, deviceUuid: r(A.alnuml, 26) });
}
export function jwtGeneric() {
  const alg = R.pick(['HS256', 'HS256', 'RS256', 'ES256', 'HS512', 'EdDSA']);
  const h = R.chance(0.5) ? { alg, typ: 'JWT' } : { typ: 'JWT', alg, kid: r(A.alnum, 10) };
  const iat = now();
  const p = R.pick([
    () => ({ sub: String(R.int(10000, 9999999)), name: 'svc-' + r(A.alnuml, 6), iat }),
    () => ({ iss: 'https://auth.' + R.pick(['acme', 'kestrel', 'nordwind', 'orbit']) + '.example/', sub: uuid4(), aud: R.pick(['api', 'billing-api', 'mobile']), exp: iat + 3600, iat, scope: R.pick(['read write', 'orders:read', 'admin']) }),
    () => ({ user_id: R.int(1000, 999999), role: R.pick(['user', 'admin', 'support']), exp: iat + 86400 }),
    () => ({ sid: r(A.alnum, 20), tenant: r(A.alnuml, 8), iat, exp: iat + 900 }),
  ])();
  return jwt(h, p);
}
export const kubeSaJwt = () => { const iat = now(); return jwt({ alg: 'RS256', kid: r(B64U, 43) }, { aud: ['api'], exp: iat + 31536000, iat, iss: 'kubernetes/serviceaccount', 'kubernetes.io': { namespace: R.pick(['default', 'payments', 'ci', 'monitoring']), serviceaccount: { name: R.pick(['deployer', 'argo', 'runner', 'backup']), uid: uuid4() } }, sub: 'system:serviceaccount:ci:deployer' }); };
export const supabaseJwt = () => { const iat = now(); return jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: r(A.lower, 20), role: 'service_role', iat, exp: iat + 315360000 }); };

// ---------- passwords ----------
const WORDS = ['velvet', 'orbit', 'cactus', 'lantern', 'harbor', 'pepper', 'glacier', 'meadow', 'copper', 'falcon', 'willow', 'tangerine', 'thunder', 'biscuit', 'marble', 'nectar', 'quartz', 'saddle', 'timber', 'violet', 'walrus', 'zephyr', 'anchor', 'bramble', 'cobalt', 'dragon', 'ember', 'fjord', 'gravel', 'hazel', 'igloo', 'jasper', 'kettle', 'lemon', 'mango', 'nutmeg', 'oyster', 'pixel', 'quiver', 'rocket', 'sparrow', 'tundra', 'umbrella', 'vortex', 'wombat', 'yonder', 'zinc', 'canyon', 'river', 'pickle', 'saffron', 'mosaic', 'puzzle', 'otter', 'banjo', 'noodle', 'cobweb', 'garnet', 'lilac', 'pebble'];
const WORDS_INTL = ['sonnenblume', 'regenbogen', 'schmetterling', 'papillon', 'fenetre', 'mariposa', 'tortuga', 'girasole', 'farfalla', 'zonnebloem', 'kotek', 'slonce', 'sakura', 'yuki', 'haneul', 'baleia', 'chuva', 'kirsikka', 'kanelbulle', 'ayakkabi'];
const NAMEWORDS = ['Milou', 'Bella', 'Rex', 'Luna', 'Simba', 'Charlie', 'Nala', 'Mochi', 'Kira', 'Bruno', 'Pumuckl', 'Felix', 'Oscar', 'Tigger', 'Baloo'];
const SYM = '!#%*+-.=?@^_~';
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const leet = (s) => s.replace(/a/g, () => (R.chance(0.6) ? '4' : '@')).replace(/e/g, () => (R.chance(0.6) ? '3' : 'e')).replace(/o/g, () => (R.chance(0.7) ? '0' : 'o')).replace(/i/g, () => (R.chance(0.5) ? '1' : '!')).replace(/s/g, () => (R.chance(0.4) ? '$' : 's'));

const leetSafe = (s) => s.replace(/a/g, '4').replace(/e/g, () => (R.chance(0.6) ? '3' : 'e')).replace(/o/g, '0').replace(/i/g, '1');
const EMAILISH = /@[A-Za-z0-9-]+\.[A-Za-z0-9-]|:\/\//;
export function machinePassword(opts = {}) {
  const len = opts.len || R.int(14, 32);
  const sym = opts.urlSafe ? '-._~' : opts.noSym ? '' : SYM;
  const alpha = A.alnum + sym;
  for (;;) {
    const s = r(A.letters, 1) + r(alpha, len - 2) + r(A.alnum, 1);
    if (/[0-9]/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s) && !/example/i.test(s) && !EMAILISH.test(s)) return s;
  }
}
export function humanPassword(opts = {}) {
  const safe = opts.urlSafe;
  const year = () => String(R.pick([R.int(1960, 2009), R.int(2015, 2026), R.int(0, 99)])).padStart(2, '0');
  const sy = () => (safe ? R.pick(['-', '_', '.', '~']) : R.pick(['!', '!', '?', '#', '*', '.', '@', '%', '+']));
  let s;
  for (;;) {
    s = R.pick([
      () => cap(R.pick(WORDS_INTL)) + year() + sy(),
      () => cap(R.pick(WORDS)) + sy() + year(),
      () => (safe ? leetSafe : leet)(cap(R.pick(WORDS)) + R.pick(WORDS)) + R.int(1, 99),
      () => R.pick(NAMEWORDS) + year() + (R.chance(0.5) ? sy() : ''),
      () => R.pick(['Qwerty', 'Asdf', 'Zxcv', 'Qaz']) + sy() + R.int(100, 9999),
      () => R.pick(['Winter', 'Sommer', 'Herbst', 'Primavera', 'Verano', 'Automne', 'Spring']) + year() + sy(),
      () => cap(R.pick(WORDS)) + cap(R.pick(WORDS)) + R.int(1, 9) + sy(),
      () => R.pick(['iloveyou', 'letmein', 'trustno1', 'welcome', 'monkey']) + R.int(10, 999) + (R.chance(0.5) ? sy() : ''),
    ])();
    if (s.length >= 6 && !/example/i.test(s) && !EMAILISH.test(s)) return s;
  }
}
export function passphrase(opts = {}) {
  const n = R.int(3, 5);
  const ws = R.sample(R.chance(0.2) ? [...WORDS, ...WORDS_INTL] : WORDS, n);
  const style = opts.noSpace ? R.int(1, 4) : R.int(0, 4);
  let s;
  if (style === 0) s = ws.join(' ');
  else if (style === 1) s = ws.join('-');
  else if (style === 2) s = ws.map(cap).join('');
  else if (style === 3) s = ws.join('.');
  else s = ws.join('_');
  if (R.chance(0.4)) s += (style === 0 ? ' ' : style === 2 ? '' : R.pick(['-', '.', '_'])) + R.int(1, 99);
  return s;
}

// ---------- vendor / format catalogue ----------
// e: entity name; g: generator; k: typical key names (space separated words); vendor: has a vendor prefix/shape
const V = (e, g, k, vendor = true) => ({ e, g, k, vendor });
export const CATALOGUE = [
  V('GITHUB_PERSONAL_ACCESS_TOKEN', () => gh('ghp_'), ['github token', 'gh token', 'github pat', 'git push token']),
  V('GITHUB_OAUTH_TOKEN', () => gh('gho_'), ['github oauth token', 'gh oauth access']),
  V('GITHUB_USER_TO_SERVER_TOKEN', () => gh('ghu_'), ['github app user token', 'gh user token']),
  V('GITHUB_INSTALLATION_TOKEN', () => gh('ghs_'), ['github app installation token', 'gh installation token']),
  V('GITHUB_REFRESH_TOKEN', () => gh('ghr_'), ['github refresh token', 'gh app refresh']),
  V('GITHUB_FINE_GRAINED_PAT', () => 'github_pat_' + r(A.alnum, 22) + '_' + r(A.alnum, 59), ['github fine grained token', 'gh pat']),
  V('GITLAB_PERSONAL_ACCESS_TOKEN', () => 'glpat-' + r(A.alnum + '_-', 20), ['gitlab token', 'gitlab private token', 'gl pat']),
  V('GITLAB_PIPELINE_TRIGGER_TOKEN', () => 'glptt-' + hex(40), ['gitlab trigger token', 'pipeline trigger']),
  V('GITLAB_RUNNER_TOKEN', () => 'glrt-' + r(A.alnum + '_-', 20), ['runner token', 'gitlab runner auth token']),
  V('GITLAB_DEPLOY_TOKEN', () => 'gldt-' + r(A.alnum + '_-', 20), ['gitlab deploy token', 'deploy token password']),
  V('AWS_ACCESS_KEY_ID', () => 'AKIA' + r(A.b32, 16), ['aws access key id', 'aws access key', 's3 access key']),
  V('AWS_TEMPORARY_ACCESS_KEY_ID', () => 'ASIA' + r(A.b32, 16), ['aws access key id', 'sts access key']),
  V('AWS_SECRET_ACCESS_KEY', () => r(A.alnum + '+/', 40), ['aws secret access key', 'aws secret key', 's3 secret']),
  V('AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2VjE' + r(A.b64, R.int(260, 340)), ['aws session token', 'aws security token']),
  V('SLACK_BOT_TOKEN', () => `xoxb-${r(A.digit, R.int(10, 13))}-${r(A.digit, 13)}-${r(A.alnum, 24)}`, ['slack bot token', 'slack token']),
  V('SLACK_USER_TOKEN', () => `xoxp-${r(A.digit, 11)}-${r(A.digit, 11)}-${r(A.digit, 13)}-${hex(32)}`, ['slack user token', 'slack legacy token']),
  V('SLACK_APP_TOKEN', () => `xapp-1-A${r(A.alnumu, 10)}-${r(A.digit, 13)}-${hex(64)}`, ['slack app token', 'socket mode token']),
  V('SLACK_CONFIG_REFRESH_TOKEN', () => 'xoxe-1-' + r(A.alnum, 146), ['slack config refresh token']),
  V('STRIPE_SECRET_KEY', () => 'sk_live_' + (R.chance(0.6) ? '51' + r(A.alnum, 97) : r(A.alnum, 24)), ['stripe secret key', 'stripe api key', 'stripe sk']),
  V('STRIPE_RESTRICTED_KEY', () => 'rk_live_51' + r(A.alnum, 97), ['stripe restricted key', 'stripe rk']),
  V('STRIPE_WEBHOOK_SECRET', () => 'whsec_' + r(A.alnum, 32), ['stripe webhook secret', 'stripe signing secret']),
  V('OPENAI_PROJECT_API_KEY', () => 'sk-proj-' + r(B64U, 74) + 'T3BlbkFJ' + r(B64U, 74), ['openai api key', 'llm api key', 'openai key']),
  V('OPENAI_LEGACY_API_KEY', () => 'sk-' + r(A.alnum, 20) + 'T3BlbkFJ' + r(A.alnum, 20), ['openai api key', 'gpt key']),
  V('OPENAI_SERVICE_ACCOUNT_KEY', () => 'sk-svcacct-' + r(B64U, 74) + 'T3BlbkFJ' + r(B64U, 74), ['openai service account key']),
  V('OPENAI_ADMIN_KEY', () => 'sk-admin-' + r(B64U, 74) + 'T3BlbkFJ' + r(B64U, 74), ['openai admin key']),
  V('ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + r(B64U, 93) + 'AA', ['anthropic api key', 'claude api key', 'llm key']),
  V('ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + r(B64U, 93) + 'AA', ['anthropic admin key']),
  V('GOOGLE_API_KEY', () => 'AIza' + r(B64U, 35), ['google api key', 'maps api key', 'firebase api key', 'gcp key']),
  V('GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + r(B64U, 28), ['google client secret', 'oauth google secret']),
  V('GOOGLE_OAUTH_ACCESS_TOKEN', () => 'ya29.' + r(B64U, R.int(140, 200)), ['google access token', 'gcloud token']),
  V('GOOGLE_OAUTH_REFRESH_TOKEN', () => '1//0' + r(B64U, 99), ['google refresh token']),
  V('AZURE_STORAGE_ACCOUNT_KEY', () => R.bytes(64).toString('base64'), ['azure storage key', 'storage account key', 'blob account key']),
  V('AZURE_SAS_SIGNATURE', () => encodeURIComponent(R.bytes(32).toString('base64')), ['sas sig']),
  V('AZURE_AD_CLIENT_SECRET', () => r(A.alnum, 3) + R.int(0, 9) + 'Q~' + r(A.alnum + '_~.-', 34), ['azure client secret', 'aad client secret', 'entra app secret']),
  V('AZURE_DEVOPS_PAT', () => r(A.b32l, 52), ['azure devops pat', 'ado token', 'azdo pat']),
  V('AZURE_COSMOSDB_KEY', () => R.bytes(64).toString('base64'), ['cosmos key', 'cosmosdb primary key']),
  V('AZURE_SERVICE_BUS_KEY', () => R.bytes(32).toString('base64'), ['service bus shared access key', 'sb key']),
  V('AZURE_OPENAI_API_KEY', () => hex(32), ['azure openai key', 'aoai api key']),
  V('TWILIO_AUTH_TOKEN', () => hex(32), ['twilio auth token', 'sms auth token']),
  V('TWILIO_API_SECRET', () => r(A.alnum, 32), ['twilio api secret']),
  V('SENDGRID_API_KEY', () => 'SG.' + r(B64U, 22) + '.' + r(B64U, 43), ['sendgrid api key', 'mail api key', 'smtp api key']),
  V('MAILGUN_API_KEY', () => 'key-' + hex(32), ['mailgun api key', 'mailgun key']),
  V('MAILCHIMP_API_KEY', () => hex(32) + '-us' + R.int(1, 21), ['mailchimp api key', 'newsletter api key']),
  V('NPM_ACCESS_TOKEN', () => gh('npm_'), ['npm token', 'npm auth token', 'node auth token']),
  V('DOCKER_HUB_PAT', () => 'dckr_pat_' + r(B64U, 27), ['docker hub token', 'dockerhub pat', 'registry password']),
  V('HUGGINGFACE_TOKEN', () => 'hf_' + r(A.letters, 34), ['hf token', 'huggingface token', 'hub token']),
  V('SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + hex(32), ['shopify access token', 'shopify admin token']),
  V('SHOPIFY_CUSTOM_APP_TOKEN', () => 'shpca_' + hex(32), ['shopify custom app token']),
  V('SHOPIFY_SHARED_SECRET', () => 'shpss_' + hex(32), ['shopify shared secret', 'shopify api secret']),
  V('ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + r(B64U, 171) + '=' + r(A.hexu, 8), ['jira api token', 'confluence token', 'atlassian token']),
  V('ATLASSIAN_APP_PASSWORD', () => 'ATBB' + r(A.alnum, 32), ['app password', 'atlassian app password']),
  V('DATADOG_API_KEY', () => hex(32), ['dd api key', 'datadog api key']),
  V('DATADOG_APP_KEY', () => hex(40), ['dd app key', 'datadog application key']),
  V('NEW_RELIC_LICENSE_KEY', () => hex(36) + 'NRAL', ['new relic license key', 'nr license key']),
  V('NEW_RELIC_USER_API_KEY', () => 'NRAK-' + r(A.alnumu, 27), ['new relic api key', 'nr user key']),
  V('SENTRY_USER_AUTH_TOKEN', () => 'sntryu_' + hex(64), ['sentry auth token', 'sentry token']),
  V('VAULT_SERVICE_TOKEN', () => 'hvs.CAESI' + r(B64U, 86), ['vault token', 'vault addr token']),
  V('VAULT_BATCH_TOKEN', () => 'hvb.AAAAAQ' + r(B64U, 132), ['vault batch token']),
  V('TERRAFORM_CLOUD_TOKEN', () => r(A.alnum, 14) + '.atlasv1.' + r(A.alnum, 67), ['tfe token', 'terraform cloud token', 'tf api token']),
  V('DIGITALOCEAN_PAT', () => 'dop_v1_' + hex(64), ['digitalocean token', 'do token', 'doctl token']),
  V('DIGITALOCEAN_OAUTH_TOKEN', () => 'doo_v1_' + hex(64), ['digitalocean oauth token']),
  V('LINEAR_API_KEY', () => 'lin_api_' + r(A.alnum, 40), ['linear api key', 'linear token']),
  V('NOTION_INTEGRATION_TOKEN', () => 'ntn_' + r(A.digit, 11) + r(A.alnum, 35), ['notion token', 'notion integration secret']),
  V('NOTION_LEGACY_SECRET', () => 'secret_' + r(A.alnum, 43), ['notion api key']),
  V('FIGMA_PAT', () => 'figd_' + r(B64U, 40), ['figma token', 'figma pat']),
  V('POSTMAN_API_KEY', () => 'PMAK-' + hex(24) + '-' + hex(34), ['postman api key']),
  V('PULUMI_ACCESS_TOKEN', () => 'pul-' + hex(40), ['pulumi access token']),
  V('GRAFANA_SERVICE_ACCOUNT_TOKEN', () => 'glsa_' + r(A.alnum, 32) + '_' + hex(8), ['grafana token', 'grafana service account token']),
  V('GRAFANA_CLOUD_TOKEN', grafanaCloud, ['grafana cloud token', 'otlp auth token']),
  V('CLOUDFLARE_API_TOKEN', () => r(B64U, 40), ['cloudflare api token', 'cf api token', 'dns api token']),
  V('CLOUDFLARE_ORIGIN_CA_KEY', () => 'v1.0-' + hex(24) + '-' + hex(146), ['origin ca key', 'cloudflare origin key']),
  V('FASTLY_API_TOKEN', () => r(B64U, 32), ['fastly api token', 'cdn token']),
  V('HEROKU_API_KEY', () => 'HRKU-AA' + r(B64U, 58), ['heroku api key']),
  V('NETLIFY_PAT', () => 'nfp_' + r(A.alnum, 36), ['netlify auth token']),
  V('VERCEL_TOKEN', () => r(A.alnum, 24), ['vercel token']),
  V('SUPABASE_ACCESS_TOKEN', () => 'sbp_' + hex(40), ['supabase access token']),
  V('SUPABASE_SERVICE_ROLE_KEY', supabaseJwt, ['supabase service role key', 'supabase service key']),
  V('PLANETSCALE_PASSWORD', () => 'pscale_pw_' + r(B64U, 43), ['planetscale password', 'database password']),
  V('PLANETSCALE_SERVICE_TOKEN', () => 'pscale_tkn_' + r(B64U, 43), ['planetscale service token']),
  V('RUBYGEMS_API_KEY', () => 'rubygems_' + hex(48), ['gem host api key', 'rubygems api key']),
  V('NUGET_API_KEY', () => 'oy2' + r(A.alnuml, 43), ['nuget api key']),
  V('SQUARE_ACCESS_TOKEN', () => 'EAAA' + r(B64U, 60), ['square access token']),
  V('SQUARE_OAUTH_SECRET', () => 'sq0csp-' + r(B64U, 43), ['square oauth secret', 'square application secret']),
  V('BRAINTREE_ACCESS_TOKEN', () => 'access_token$production$' + r(A.alnuml, 16) + '$' + hex(32), ['braintree access token']),
  V('PAYPAL_CLIENT_SECRET', () => 'E' + r(B64U, 79), ['paypal client secret', 'paypal secret']),
  V('MOLLIE_API_KEY', () => 'live_' + r(A.alnum, 30), ['mollie api key', 'mollie key']),
  V('FACEBOOK_ACCESS_TOKEN', () => 'EAAG' + r(A.alnum, R.int(150, 190)), ['facebook access token', 'fb page token', 'meta graph token']),
  V('TWITTER_BEARER_TOKEN', () => 'AAAAAAAAAAAAAAAAAAAAA' + r(A.alnum, 20) + '%3D' + r(A.alnum, 50), ['twitter bearer token', 'x api bearer']),
  V('DISCORD_BOT_TOKEN', discord, ['discord token', 'discord bot token']),
  V('TELEGRAM_BOT_TOKEN', () => r(A.digit, 10) + ':AA' + r(B64U, 33), ['telegram bot token', 'tg token']),
  V('OKTA_API_TOKEN', () => '00' + r(B64U, 40), ['okta api token', 'okta token']),
  V('AUTH0_CLIENT_SECRET', () => r(B64U, 64), ['auth0 client secret']),
  V('ALGOLIA_ADMIN_API_KEY', () => hex(32), ['algolia admin key', 'algolia api key']),
  V('MAPBOX_SECRET_TOKEN', () => 'sk.' + noPad(b64u({ u: handle(), a: r(A.alnuml, 25) })) + '.' + r(B64U, 22), ['mapbox secret token', 'mapbox downloads token']),
  V('LAUNCHDARKLY_SDK_KEY', () => 'sdk-' + uuid4(), ['launchdarkly sdk key', 'ld sdk key']),
  V('CIRCLECI_PERSONAL_TOKEN', () => 'CCIPAT_' + r(A.alnum, 22) + '_' + hex(40), ['circleci token', 'circle token']),
  V('BUILDKITE_API_TOKEN', () => 'bkua_' + hex(40), ['buildkite api token']),
  V('DOPPLER_SERVICE_TOKEN', () => 'dp.st.' + R.pick(['prd', 'stg', 'dev']) + '.' + r(A.alnum, 43), ['doppler token']),
  V('ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', onePassword, ['op service account token']),
  V('AGE_SECRET_KEY', ageKey, ['age key', 'sops age key']),
  V('JENKINS_API_TOKEN', () => '11' + hex(32), ['jenkins api token', 'jenkins token']),
  V('SONARQUBE_TOKEN', () => R.pick(['squ_', 'sqp_', 'sqa_']) + hex(40), ['sonar token', 'sonar login']),
  V('ARTIFACTORY_API_KEY', () => 'AKCp' + r(A.alnum, 69), ['artifactory api key', 'jfrog api key']),
  V('ARTIFACTORY_REFERENCE_TOKEN', () => 'cmVmdGtuOjAxOj' + r(A.alnum, 50), ['jfrog access token', 'artifactory token']),
  V('CONFLUENT_API_SECRET', () => r(A.alnum + '+/', 64), ['confluent api secret', 'kafka api secret']),
  V('DATABRICKS_TOKEN', () => 'dapi' + hex(32), ['databricks token', 'dbx token']),
  V('OPENROUTER_API_KEY', () => 'sk-or-v1-' + hex(64), ['openrouter api key', 'router key']),
  V('GROQ_API_KEY', () => 'gsk_' + r(A.alnum, 52), ['groq api key']),
  V('REPLICATE_API_TOKEN', () => 'r8_' + r(A.alnum, 37), ['replicate api token']),
  V('PERPLEXITY_API_KEY', () => 'pplx-' + r(A.alnum, 48), ['perplexity api key']),
  V('XAI_API_KEY', () => 'xai-' + r(A.alnum, 80), ['xai api key', 'grok key']),
  V('LANGSMITH_API_KEY', () => R.pick(['lsv2_pt_', 'lsv2_sk_']) + hex(32) + '_' + hex(10), ['langsmith api key', 'langchain api key']),
  V('PINECONE_API_KEY', () => 'pcsk_' + r(A.alnum, 5) + '_' + r(A.alnum, 63), ['pinecone api key', 'vector db key']),
  V('TAILSCALE_AUTH_KEY', () => 'tskey-auth-k' + r(A.alnum, 11) + 'CNTRL-' + r(A.alnum, 33), ['tailscale auth key', 'ts authkey']),
  V('NGROK_AUTHTOKEN', () => '2' + r(A.alnum, 26) + '_' + r(A.alnum, 21), ['ngrok authtoken', 'tunnel token']),
  V('EASYPOST_API_KEY', () => 'EZAK' + r(A.alnum, 54), ['easypost api key', 'shipping api key']),
  V('PLAID_SECRET', () => hex(30), ['plaid secret']),
  V('INTERCOM_ACCESS_TOKEN', intercom, ['intercom access token', 'intercom token']),
  V('ZENDESK_API_TOKEN', () => r(A.alnum, 40), ['zendesk api token', 'helpdesk token']),
  V('HUBSPOT_PRIVATE_APP_TOKEN', () => 'pat-' + R.pick(['na1', 'eu1', 'na2']) + '-' + uuid4(), ['hubspot token', 'hubspot private app token', 'crm token']),
  V('SALESFORCE_ACCESS_TOKEN', () => '00D' + r(A.alnum, 12) + '!AQ' + r(A.alnum, 2) + 'AR' + r(A.alnum + '._', 92), ['sf access token', 'salesforce session id']),
  V('ASANA_PAT', () => '2/' + r(A.digit, 16) + '/' + r(A.digit, 16) + ':' + hex(32), ['asana token', 'asana pat']),
  V('DROPBOX_ACCESS_TOKEN', () => 'sl.u.' + r(B64U, 140), ['dropbox token', 'dropbox access token']),
  V('CONTENTFUL_PAT', () => 'CFPAT-' + r(B64U, 43), ['contentful management token', 'cma token']),
  V('TYPEFORM_PAT', () => 'tfp_' + r(B64U, 44) + '_' + r(A.alnum, 14), ['typeform token']),
  V('AIRTABLE_PAT', () => 'pat' + r(A.alnum, 14) + '.' + hex(64), ['airtable token', 'airtable pat']),
  V('BREVO_API_KEY', () => 'xkeysib-' + hex(64) + '-' + r(A.alnum, 16), ['brevo api key', 'sendinblue key']),
  V('RESEND_API_KEY', () => 're_' + r(A.alnum, 8) + '_' + r(A.alnum, 24), ['resend api key', 'email api key']),
  V('PREFECT_API_KEY', () => 'pnu_' + r(A.alnum, 36), ['prefect api key']),
  V('DBT_CLOUD_TOKEN', () => R.pick(['dbtc_', 'dbtu_']) + r(B64U, 50), ['dbt cloud token', 'dbt api key']),
  V('HONEYCOMB_INGEST_KEY', () => 'hcaik_01' + r(A.alnuml, 56), ['honeycomb api key', 'honeycomb ingest key']),
  V('RAPIDAPI_KEY', () => r(A.alnum, 10) + 'msh' + r(A.alnum, 23) + 'p1' + r(A.alnum, 12), ['rapidapi key', 'x rapidapi key']),
  V('FLY_IO_TOKEN', () => 'fm2_' + r(A.b64, R.int(180, 240)), ['fly api token', 'fly access token']),
  V('RENDER_API_KEY', () => 'rnd_' + r(A.alnum, 32), ['render api key']),
  V('SHIPPO_API_TOKEN', () => 'shippo_live_' + hex(40), ['shippo token', 'shippo api token']),
  V('ALIBABA_ACCESS_KEY_ID', () => 'LTAI' + r(A.alnum, 20), ['aliyun access key id', 'alibaba access key']),
  V('ALIBABA_ACCESS_KEY_SECRET', () => r(A.alnum, 30), ['aliyun access key secret', 'alibaba secret']),
  V('TENCENT_SECRET_ID', () => 'AKID' + r(A.alnum, 32), ['tencent secret id', 'tencentcloud secret id']),
  V('IBM_CLOUD_API_KEY', () => r(B64U, 44), ['ibmcloud api key', 'ibm api key']),
  V('HETZNER_API_TOKEN', () => r(A.alnum, 64), ['hcloud token', 'hetzner token']),
  V('YANDEX_OAUTH_TOKEN', () => 'y0_AgAAAA' + r(B64U, 50), ['yandex oauth token', 'yc token']),
  V('FCM_SERVER_KEY', () => 'AAAA' + r(B64U, 7) + ':APA91b' + r(B64U, 134), ['fcm server key', 'firebase server key', 'push server key']),
  V('DOCKER_SWARM_JOIN_TOKEN', () => 'SWMTKN-1-' + r(A.alnuml, 50) + '-' + r(A.alnuml, 25), ['swarm join token']),
  V('KUBEADM_BOOTSTRAP_TOKEN', () => r(A.alnuml, 6) + '.' + r(A.alnuml, 16), ['bootstrap token', 'kubeadm token']),
  V('WIREGUARD_PRIVATE_KEY', () => R.bytes(32).toString('base64'), ['private key', 'wg private key']),
  V('KUBERNETES_SA_TOKEN', kubeSaJwt, ['kube token', 'service account token', 'k8s bearer token']),
  V('MINIO_SECRET_KEY', () => r(A.alnum, 40), ['minio secret key', 'minio root password', 's3 secret key']),
  V('SOFTWARE_LICENSE_KEY', () => [0, 1, 2, 3, 4].map(() => r(A.alnumu.replace(/[O0I1]/g, ''), 5)).join('-'), ['license key', 'product key', 'activation key']),
  // unprefixed, in-house and generic shapes
  V('GENERIC_HEX_SECRET', () => hex(R.pick([32, 40, 48, 64])), ['api key', 'secret', 'token', 'signing key', 'client secret'], false),
  V('GENERIC_BASE62_SECRET', () => r(A.alnum, R.int(24, 48)), ['api key', 'access token', 'auth token', 'app secret'], false),
  V('GENERIC_BASE64_SECRET', () => R.bytes(R.pick([24, 32, 33, 48])).toString(R.chance(0.7) ? 'base64' : 'base64url'), ['secret', 'shared secret', 'hmac key', 'encryption key'], false),
  V('TOTP_SEED', () => r(A.b32, R.pick([16, 26, 32])), ['totp secret', 'mfa seed', 'otp secret', '2fa secret'], false),
  V('INTERNAL_SERVICE_TOKEN', () => R.pick([
    () => 'nxs_live_' + r(A.alnum, 32), () => 'kb1.' + r(B64U, 40), () => 'TKN-PROD-' + r(A.b32, 26),
    () => 'qs_sk_' + hex(40), () => 'ivk_' + r(A.alnum, 40), () => 'mrl-svc-' + hex(12) + '-' + hex(20), () => 'zt2_' + r(A.alnuml, 36),
  ])(), ['internal token', 'service token', 'svc api key', 'mesh token'], false),
  V('SESSION_SIGNING_SECRET', () => r(A.alnum + '!#%*+-=?^_~', R.int(32, 64)), ['session secret', 'cookie secret', 'secret key base'], false),
  V('DJANGO_SECRET_KEY', () => r('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50), ['secret key', 'django secret key'], false),
  V('RAILS_SECRET_KEY_BASE', () => hex(128), ['secret key base'], false),
  V('RAILS_MASTER_KEY', () => hex(32), ['rails master key'], false),
  V('LARAVEL_APP_KEY', () => 'base64:' + R.bytes(32).toString('base64'), ['app key'], false),
  V('NEXTAUTH_SECRET', () => R.bytes(32).toString('base64'), ['nextauth secret', 'auth secret'], false),
  V('JWT_SIGNING_SECRET', () => R.chance(0.5) ? r(A.alnum, 48) : hex(64), ['jwt secret', 'jwt signing key', 'token secret'], false),
  V('ENCRYPTION_KEY', () => R.chance(0.5) ? R.bytes(32).toString('base64') : hex(64), ['encryption key', 'data key', 'aes key', 'master key'], false),
  V('WEBHOOK_SIGNING_SECRET', () => r(A.alnum, R.int(28, 40)), ['webhook secret', 'signing secret', 'hook secret'], false),
  V('OAUTH_CLIENT_SECRET', () => r(B64U, R.int(32, 48)), ['client secret', 'oauth client secret', 'oidc client secret'], false),
  V('OAUTH_REFRESH_TOKEN', () => r(B64U, R.int(48, 80)), ['refresh token'], false),
  V('OPAQUE_BEARER_TOKEN', () => r(A.alnum, R.int(32, 48)), ['access token', 'bearer token'], false),
  V('API_KEY_HEADER_VALUE', () => r(A.alnum, 32), ['x api key', 'api key'], false),
  V('SESSION_COOKIE', () => r(B64U, R.int(32, 48)), ['session'], false),
];
export const BY_ENTITY = Object.fromEntries(CATALOGUE.map((c) => [c.e, c]));
const clean = (g) => { for (;;) { const v = g(); if (!/example/i.test(v)) return v; } };
export const gen = (e) => clean(BY_ENTITY[e].g);
export const VENDOR = CATALOGUE.filter((c) => c.vendor);
export const GENERIC = CATALOGUE.filter((c) => !c.vendor);
export const vendorDeck = new Deck(VENDOR);
export const genericDeck = new Deck(GENERIC);
export const anyDeck = new Deck(CATALOGUE);
// draw an entry and its value
export function draw(deck = anyDeck) { const c = deck.next(); return { e: c.e, v: clean(c.g), k: R.pick(c.k), c }; }

// password-ish entities (value from machinePassword/humanPassword/passphrase) with key words
export const PASSWORD_KINDS = {
  DATABASE_PASSWORD: ['db password', 'database password', 'pg password', 'mysql password', 'datasource password', 'postgres password'],
  SMTP_PASSWORD: ['smtp password', 'mail password', 'smtp pass'],
  LDAP_BIND_PASSWORD: ['ldap bind password', 'bind pw', 'ldap password'],
  REDIS_PASSWORD: ['redis password', 'requirepass', 'cache password'],
  AMQP_PASSWORD: ['rabbitmq password', 'amqp password', 'broker password'],
  KEYSTORE_PASSWORD: ['keystore password', 'truststore password', 'key store pass'],
  ADMIN_PASSWORD: ['admin password', 'root password', 'superuser password', 'initial admin password'],
  SSH_PASSWORD: ['ssh password', 'ssh pass'],
  WIFI_PSK: ['wpa psk', 'wifi password', 'psk'],
  SNMP_COMMUNITY: ['snmp community', 'community'],
  VPN_PRESHARED_KEY: ['ipsec psk', 'vpn shared secret', 'pre shared key'],
  BACKUP_ENCRYPTION_PASSPHRASE: ['backup passphrase', 'restic password', 'borg passphrase'],
  ANSIBLE_VAULT_PASSWORD: ['vault password', 'ansible vault password'],
  SERVICE_ACCOUNT_PASSWORD: ['service account password', 'svc password', 'bot password'],
};
export const PW_KEYS_INTL = ['passwort', 'kennwort', 'mot_de_passe', 'contraseña', 'senha', 'wachtwoord', 'hasło', 'parola', 'salasana', 'lösenord', 'heslo', 'jelszó', 'пароль', 'パスワード', '비밀번호', '密码', 'sifre', 'mat_khau'];
export const ODD_KEYS = ['x internal sig', 'hmac seed', 'partner shared', 'blob k', 'legacy bridge passphrase', 'cipher material', 'svc cred', 'wh verify', 'bootstrap nonce secret', 'ledger hmac', 'opaque', 'sigil', 'tenant salt secret', 'pepper', 'crypt key', 'relay auth', 'shadow token', 'backchannel key', 'export signing secret', 'edge shared secret', 'beacon key', 'qa override token', 'auth blob', 'inner token', 'credential', 'sekret', 'geheimnis', 'clave secreta', 'cle api', 'chave acesso', 'tajny klucz', 'himitsu', 'k', 'kv 2', 'magic', 'salt', 'handshake', 'bridge key', 'token v2', 'x sig', 'the key', 'do not commit', 'prod only'];
export const pwDeck = new Deck(Object.keys(PASSWORD_KINDS));

export function keyName(words, style) {
  const w = words.split(/[ _.\-]+/).filter(Boolean);
  const c = (s) => s[0].toUpperCase() + s.slice(1);
  switch (style) {
    case 'env': return w.join('_').toUpperCase();
    case 'snake': return w.join('_').toLowerCase();
    case 'camel': return w[0].toLowerCase() + w.slice(1).map(c).join('');
    case 'pascal': return w.map(c).join('');
    case 'kebab': return w.join('-').toLowerCase();
    case 'dot': return w.join('.').toLowerCase();
    default: return w.join('_');
  }
}
export function pwValue(opts = {}) {
  const k = R.int(0, 9);
  if (k < 5) return machinePassword(opts);
  if (k < 8) return humanPassword(opts);
  return passphrase({ noSpace: !opts.allowSpace || opts.urlSafe });
}
