// Secret catalogue: entity name -> generator and the key names it is stored under.
// Values are format-valid shapes generated from the seed only.
import crypto from 'node:crypto';
import { S } from './doc.mjs';
import { ALNUM, B64, B64URL, BASE32 } from './prng.mjs';
import { ghChecksum, bech32Encode, convertBits } from './checksums.mjs';
import * as K from './keys.mjs';

const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const TOKCH = ALNUM + '_-';
const b64 = (buf) => buf.toString('base64');
const b64u = (x) => Buffer.from(x).toString('base64url');
export const uuid = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };

// ---------- passwords ----------
const WORDS = ['lumi', 'korppi', 'Mond', 'Zebra', 'kawa', 'stol', 'Nebel', 'sauna', 'Kiwi', 'tundra', 'Pfeffer', 'rakkaus', 'Otter', 'galaxy', 'pivo',
  'Sakura', 'Fjord', 'borscht', 'Tango', 'limon', 'Wolke', 'kapusta', 'Orkan', 'sirocco', 'Delfin', 'mango', 'Kater', 'Zitrone'];
export function password(r, flavor) {
  flavor = flavor ?? r.wpick([[4, 'random'], [3, 'phrase'], [2, 'human'], [1, 'hex']]);
  if (flavor === 'random') { const n = r.int(12, 26); return r.chars(ALNUM, 1) + r.chars(ALNUM + ALNUM + '!%^*_+=-.', n - 2) + r.chars(ALNUM + '!*', 1); }
  if (flavor === 'phrase') { const sep = r.pick(['-', '_', '.', '+']); return [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS)].join(sep) + sep + r.int(10, 999); }
  if (flavor === 'human') return r.pick(WORDS).replace(/^./, (c) => c.toUpperCase()) + r.pick(['', '_', '.']) + r.int(1970, 2025) + r.pick(['!', '#', '?', '*', '$']);
  return r.hex(r.pick([24, 32, 40]));
}
// password safe inside URL userinfo without encoding
export function urlPassword(r) {
  const f = r.wpick([[4, 'a'], [2, 'b'], [1, 'c']]);
  if (f === 'a') return r.chars(ALNUM, 1) + r.chars(ALNUM + '_.~-!*', r.int(10, 22)) + r.chars(ALNUM, 1);
  if (f === 'b') return r.pick(WORDS) + r.pick(['-', '_', '.']) + r.pick(WORDS) + r.int(10, 99);
  return r.hex(32);
}

// ---------- JWT ----------
const ISS = ['https://auth.corp.example', 'https://login.shop.test/oidc', 'https://sso.lan.example/realms/main', 'https://id.tenant.invalid', 'kubernetes/serviceaccount'];
export function jwt(r, opts = {}) {
  const alg = opts.alg ?? r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'EdDSA', 'RS384']);
  const header = { alg, typ: 'JWT' }; if (!alg.startsWith('HS') && r.chance(0.7)) header.kid = r.chars(TOKCH, r.pick([16, 27, 43]));
  const iat = 1690000000 + r.int(0, 60000000);
  const payload = opts.payload ?? Object.fromEntries([
    ['iss', r.pick(ISS)], ['sub', r.chance(0.5) ? uuid(r) : String(r.int(1000, 99999999))], ['aud', r.pick(['api', 'gateway', 'https://api.shop.test', 'account'])],
    ['iat', iat], ['exp', iat + r.pick([900, 3600, 86400, 604800])], ...(r.chance(0.5) ? [['scope', r.pick(['read write', 'openid profile email', 'admin', 'orders:read'])]] : []),
    ...(r.chance(0.4) ? [['jti', r.hex(16)]] : []),
  ]);
  const h = b64u(JSON.stringify(header)), p = b64u(JSON.stringify(payload));
  let sig;
  if (alg.startsWith('HS')) sig = crypto.createHmac(alg === 'HS512' ? 'sha512' : 'sha256', r.bytes(32)).update(`${h}.${p}`).digest('base64url');
  else sig = r.bytes(alg === 'ES256' || alg === 'EdDSA' ? 64 : alg === 'RS384' || alg === 'RS256' ? 256 : 256).toString('base64url');
  return `${h}.${p}.${sig}`;
}

// ---------- PEM private keys ----------
export function rsaBits(r) { return r.wpick([[6, 2048], [3, 1024], [1, 3072]]); }
export function privatePem(r, which) {
  if (which === 'rsa1') return K.pem('RSA PRIVATE KEY', K.rsaPkcs1Der(K.rsaKey(r, rsaBits(r))));
  if (which === 'pkcs8') {
    const t = r.pick(['rsa', 'ec', 'ed', 'ed']);
    if (t === 'rsa') return K.pem('PRIVATE KEY', K.rsaPkcs8Der(K.rsaKey(r, r.pick([1024, 2048]))));
    if (t === 'ec') return K.pem('PRIVATE KEY', K.ecPkcs8Der(K.ecKey(r, r.pick(['p256', 'p384']))));
    return K.pem('PRIVATE KEY', K.edKey(r).pkcs8);
  }
  if (which === 'ec') return K.pem('EC PRIVATE KEY', K.ecSec1Der(K.ecKey(r, r.wpick([[3, 'p256'], [1, 'p384']]))));
  if (which === 'openssh') {
    const t = r.wpick([[5, 'ed25519'], [2, 'ecdsa'], [1, 'rsa']]);
    const k = t === 'ed25519' ? K.edKey(r) : t === 'ecdsa' ? K.ecKey(r, 'p256') : K.rsaKey(r, r.pick([1024, 2048]));
    return K.opensshPrivate(r, t, k, `${r.pick(['deploy', 'ci', 'backup', 'anna', 'ops', 'build'])}@${r.pick(['bastion', 'laptop', 'runner-07', 'nas', 'jump01'])}`);
  }
  if (which === 'enc') {
    const inner = r.chance(0.5) ? K.edKey(r).pkcs8 : K.ecPkcs8Der(K.ecKey(r, 'p256'));
    return K.pem('ENCRYPTED PRIVATE KEY', K.encryptedPkcs8Der(r, inner, password(r, 'phrase')));
  }
  if (which === 'pgp') return K.pgpKeyBlock(r, `${r.pick(['Release Signing', 'Backup Key', 'Ops Team', 'Billing Export'])} <${r.pick(['release', 'backup', 'ops', 'billing'])}@${r.pick(['corp.example', 'infra.test', 'builds.example'])}>`, true, 1600000000 + r.int(0, 100000000));
  throw new Error(which);
}
// how a multi-line block is embedded: raw, indented continuation lines, or \n-escaped
export function pemAs(pemText, mode, indent = '  ') {
  if (mode === 'escaped') return pemText.replace(/\n/g, '\\n');
  if (mode === 'indent') return pemText.split('\n').join('\n' + indent);
  return pemText;
}

// ---------- catalogue ----------
const CAT = new Map();
function def(e, g, keys, opts = {}) { CAT.set(e, { e, g, keys: keys.split('|'), ...opts }); }
const gh = (p) => (r) => { const x = r.chars(ALNUM, 30); return `${p}_${x}${ghChecksum(x)}`; };
const pfx = (p, n, al = ALNUM) => (r) => p + r.chars(al, n);

def('GITHUB_PERSONAL_ACCESS_TOKEN', gh('ghp'), 'github token|gh token|github pat|git auth token|personal access token');
def('GITHUB_OAUTH_TOKEN', gh('gho'), 'github oauth token|oauth token|gh oauth');
def('GITHUB_USER_TO_SERVER_TOKEN', gh('ghu'), 'github app user token|ghu token|user to server token');
def('GITHUB_SERVER_TO_SERVER_TOKEN', gh('ghs'), 'github app installation token|installation token|ghs token');
def('GITHUB_REFRESH_TOKEN', gh('ghr'), 'github refresh token|gh refresh token');
def('GITHUB_FINE_GRAINED_PAT', (r) => `github_pat_11${r.chars(UALNUM, 20)}_${r.chars(ALNUM, 59)}`, 'github fine grained token|gh fg pat|repo token');
def('GITLAB_PERSONAL_ACCESS_TOKEN', pfx('glpat-', 20, TOKCH), 'gitlab token|gitlab pat|gl token|ci job token override');
def('GITLAB_PIPELINE_TRIGGER_TOKEN', pfx('glptt-', 40, HEX), 'gitlab trigger token|pipeline trigger token');
def('GITLAB_RUNNER_TOKEN', pfx('glrt-', 20, TOKCH), 'runner token|gitlab runner auth token');
def('GITLAB_DEPLOY_TOKEN', pfx('gldt-', 20, TOKCH), 'deploy token|gitlab deploy token');
def('GITLAB_FEED_TOKEN', pfx('glft-', 20, TOKCH), 'feed token|gitlab feed token');
def('AWS_ACCESS_KEY', pfx('AKIA', 16, BASE32), 'aws access key id|access key id|aws key id');
def('AWS_TEMPORARY_ACCESS_KEY', pfx('ASIA', 16, BASE32), 'aws access key id|sts access key id|temp access key');
def('AWS_SECRET_KEY', (r) => r.chars(ALNUM + '/+', 40), 'aws secret access key|secret access key|aws secret key');
def('AWS_SESSION_TOKEN', (r) => 'IQoJb3JpZ2luX2Vj' + r.chars(B64, r.int(300, 420)) + r.pick(['', '=', '==']), 'aws session token|session token|security token');
def('AWS_SES_SMTP_PASSWORD', (r) => 'B' + r.chars(ALNUM + '/+', 43), 'ses smtp password|smtp password ses');
def('GOOGLE_API_KEY', pfx('AIza', 35, TOKCH), 'google api key|maps api key|firebase api key|gcp api key');
def('GOOGLE_OAUTH_CLIENT_SECRET', pfx('GOCSPX-', 28, TOKCH), 'google client secret|oauth client secret google');
def('GOOGLE_OAUTH_ACCESS_TOKEN', (r) => 'ya29.a0' + r.chars(TOKCH, r.int(140, 200)), 'google access token|gcloud access token');
def('GOOGLE_OAUTH_REFRESH_TOKEN', (r) => '1//0' + r.chars(ALNUM, 1) + r.chars(TOKCH, r.int(90, 100)), 'google refresh token|gdrive refresh token');
def('GCP_SERVICE_ACCOUNT_KEY', (r) => pemAs(K.pem('PRIVATE KEY', K.rsaPkcs8Der(K.rsaKey(r, 2048))), 'escaped'), 'private key', { big: true, json: true });
def('AZURE_STORAGE_ACCOUNT_KEY', (r) => b64(r.bytes(64)), 'azure storage key|account key|storage account key');
def('AZURE_SAS_SIGNATURE', (r) => encodeURIComponent(b64(r.bytes(32))), 'sig|sas signature', { query: true });
def('AZURE_CLIENT_SECRET', (r) => r.chars(ALNUM, 3) + r.int(0, 9) + 'Q~' + r.chars(ALNUM + '_.~-', 34), 'azure client secret|client secret|arm client secret');
def('AZURE_DEVOPS_PAT', (r) => r.chars('abcdefghijklmnopqrstuvwxyz234567', 52), 'azure devops pat|ado pat|azdo token');
def('AZURE_COSMOSDB_KEY', (r) => b64(r.bytes(64)), 'cosmos key|cosmosdb primary key|cosmos account key');
def('AZURE_SERVICE_BUS_SHARED_ACCESS_KEY', (r) => b64(r.bytes(32)), 'shared access key|servicebus key');
def('AZURE_FUNCTION_KEY', (r) => r.chars(ALNUM + '_-', 54) + '==', 'function key|x functions key|azure function code');
def('SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${r.chars(ALNUM, 24)}`, 'slack bot token|slack token|bot token');
def('SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.hex(32)}`, 'slack user token|slack legacy token');
def('SLACK_APP_TOKEN', (r) => `xapp-1-A${r.chars(UALNUM, 10)}-${r.digits(13)}-${r.hex(64)}`, 'slack app token|socket mode token');
def('SLACK_WEBHOOK_SECRET', (r) => r.chars(ALNUM, 24), 'slack webhook', { urlPath: true });
def('SLACK_CONFIG_REFRESH_TOKEN', (r) => `xoxe-1-${r.chars(ALNUM, 140)}`, 'slack config refresh token');
def('DISCORD_BOT_TOKEN', (r) => `${b64u(String(r.int(100000000, 999999999)) + r.digits(9)).replace(/=/g, '')}.${r.chars(TOKCH, 6)}.${r.chars(TOKCH, 38)}`, 'discord token|discord bot token');
def('DISCORD_WEBHOOK_TOKEN', (r) => r.chars(TOKCH, 68), 'discord webhook', { urlPath: true });
def('TELEGRAM_BOT_TOKEN', (r) => `${r.int(100000000, 7999999999)}:AA${r.chars(TOKCH, 33)}`, 'telegram bot token|tg token|bot api token');
def('TWILIO_AUTH_TOKEN', (r) => r.hex(32), 'twilio auth token|twilio token');
def('TWILIO_API_KEY', pfx('SK', 32, HEX), 'twilio api key|twilio api key sid');
def('SENDGRID_API_KEY', (r) => `SG.${r.chars(TOKCH, 22)}.${r.chars(TOKCH, 43)}`, 'sendgrid api key|sendgrid key|mail api key');
def('MAILGUN_API_KEY', pfx('key-', 32, HEX), 'mailgun api key|mailgun key');
def('MAILCHIMP_API_KEY', (r) => `${r.hex(32)}-us${r.int(1, 21)}`, 'mailchimp api key|newsletter api key');
def('POSTMARK_SERVER_TOKEN', uuid, 'postmark server token|postmark api token|x postmark server token');
def('MAILJET_SECRET_KEY', (r) => r.hex(32), 'mailjet secret key|mj apikey private');
def('BREVO_API_KEY', (r) => `xkeysib-${r.hex(64)}-${r.chars(ALNUM, 16)}`, 'brevo api key|sendinblue key');
def('STRIPE_SECRET_KEY', (r) => 'sk_live_' + r.chars(ALNUM, r.pick([24, 99])), 'stripe secret key|stripe api key|stripe key');
def('STRIPE_RESTRICTED_KEY', (r) => 'rk_live_' + r.chars(ALNUM, r.pick([24, 99])), 'stripe restricted key|stripe rk');
def('STRIPE_WEBHOOK_SECRET', pfx('whsec_', 32, ALNUM), 'stripe webhook secret|webhook signing secret stripe');
def('PAYPAL_CLIENT_SECRET', pfx('E', 79, TOKCH), 'paypal client secret|paypal secret');
def('BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.chars(LALNUM, 16)}$${r.hex(32)}`, 'braintree access token');
def('SQUARE_ACCESS_TOKEN', pfx('EAAA', 60, TOKCH), 'square access token|square token');
def('SQUARE_OAUTH_SECRET', pfx('sq0csp-', 43, TOKCH), 'square oauth secret|square application secret');
def('ADYEN_API_KEY', (r) => 'AQE' + r.chars(ALNUM, 2) + 'hmfxL' + r.chars(ALNUM + '+/', 80) + '=-' + r.chars(ALNUM + '+/', 43) + '=-' + r.chars(ALNUM, 16), 'adyen api key|x api key adyen');
def('RAZORPAY_KEY_SECRET', (r) => r.chars(ALNUM, 24), 'razorpay key secret|rzp secret');
def('PLAID_SECRET', (r) => r.hex(30), 'plaid secret|plaid production secret');
def('SHOPIFY_ACCESS_TOKEN', pfx('shpat_', 32, HEX), 'shopify access token|shopify admin token');
def('SHOPIFY_SHARED_SECRET', pfx('shpss_', 32, HEX), 'shopify shared secret|shopify app secret');
def('SHOPIFY_CUSTOM_APP_TOKEN', pfx('shpca_', 32, HEX), 'shopify custom app token');
def('SHOPIFY_PRIVATE_APP_PASSWORD', pfx('shppa_', 32, HEX), 'shopify private app password|shopify password');
def('OPENAI_API_KEY', (r) => `sk-proj-${r.chars(TOKCH, 74)}T3BlbkFJ${r.chars(TOKCH, 74)}`, 'openai api key|openai key|llm api key');
def('OPENAI_LEGACY_API_KEY', (r) => `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`, 'openai api key|openai key|gpt key');
def('OPENAI_SERVICE_ACCOUNT_KEY', (r) => `sk-svcacct-${r.chars(TOKCH, 74)}T3BlbkFJ${r.chars(TOKCH, 74)}`, 'openai service account key|openai svc key');
def('ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${r.chars(TOKCH, 93)}AA`, 'anthropic api key|claude api key|anthropic key');
def('ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${r.chars(TOKCH, 93)}AA`, 'anthropic admin key|anthropic admin api key');
def('HUGGINGFACE_TOKEN', pfx('hf_', 34, ALNUM), 'hf token|huggingface token|hugging face hub token');
def('REPLICATE_API_TOKEN', pfx('r8_', 37, ALNUM), 'replicate api token|replicate token');
def('GROQ_API_KEY', pfx('gsk_', 52, ALNUM), 'groq api key|groq key');
def('COHERE_API_KEY', (r) => r.chars(ALNUM, 40), 'cohere api key|co api key');
def('MISTRAL_API_KEY', (r) => r.chars(ALNUM, 32), 'mistral api key|mistral key');
def('PERPLEXITY_API_KEY', pfx('pplx-', 48, ALNUM), 'perplexity api key|pplx key');
def('XAI_API_KEY', pfx('xai-', 80, ALNUM), 'xai api key|grok api key');
def('OPENROUTER_API_KEY', pfx('sk-or-v1-', 64, HEX), 'openrouter api key|openrouter key');
def('LANGSMITH_API_KEY', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, 'langsmith api key|langchain api key');
def('PINECONE_API_KEY', (r) => `pcsk_${r.chars(ALNUM, 5)}_${r.chars(ALNUM, 60)}`, 'pinecone api key|vector db key');
def('ELEVENLABS_API_KEY', pfx('sk_', 48, HEX), 'elevenlabs api key|xi api key|tts api key');
def('NPM_ACCESS_TOKEN', pfx('npm_', 36, ALNUM), 'npm token|npm auth token|node auth token');
def('PYPI_API_TOKEN', (r) => 'pypi-' + Buffer.concat([Buffer.from([2, 1, 0x0c]), Buffer.from('pkgs.example'), Buffer.from([2, 0x25]), Buffer.from('{"permissions": "user", "version": 1}'), Buffer.from([0, 6, 0x20]), r.bytes(32)]).toString('base64url').replace(/=+$/, '') + r.chars(TOKCH, 60), 'pypi token|twine password|pypi api token');
def('RUBYGEMS_API_KEY', pfx('rubygems_', 48, HEX), 'rubygems api key|gem host api key');
def('NUGET_API_KEY', pfx('oy2', 43, LALNUM), 'nuget api key|nuget key');
def('DOCKER_HUB_PAT', pfx('dckr_pat_', 27, TOKCH), 'docker hub token|docker pat|registry password');
def('DOCKER_REGISTRY_AUTH', (r) => b64(Buffer.from(`${r.pick(['ci-bot', 'deploy', 'robot$pusher', 'svc-build', 'anna.k'])}:${urlPassword(r)}`)), 'auth', { basic: true });
def('HTTP_BASIC_AUTH', (r) => b64(Buffer.from(`${r.pick(['admin', 'api', 'jenkins', 'metrics', 'kiosk', 'scanner'])}:${urlPassword(r)}`)), 'basic auth', { basic: true });
def('NPM_LEGACY_AUTH', (r) => b64(Buffer.from(`${r.pick(['builder', 'release-bot', 'pkg-admin'])}:${urlPassword(r)}`)), '_auth', { basic: true });
def('ARTIFACTORY_API_KEY', pfx('AKCp', 69, ALNUM), 'artifactory api key|jfrog api key|art api key');
def('SONARQUBE_TOKEN', pfx('squ_', 40, HEX), 'sonar token|sonarqube token|sonar login');
def('SNYK_TOKEN', uuid, 'snyk token|snyk auth token');
def('CODECOV_TOKEN', uuid, 'codecov token|coverage upload token');
def('CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${r.chars(ALNUM, 22)}_${r.hex(40)}`, 'circleci token|circle token');
def('BUILDKITE_API_TOKEN', pfx('bkua_', 40, HEX), 'buildkite api token|buildkite token');
def('TERRAFORM_CLOUD_TOKEN', (r) => `${r.chars(ALNUM, 14)}.atlasv1.${r.chars(ALNUM, 67)}`, 'tfe token|terraform cloud token|atlas token');
def('PULUMI_ACCESS_TOKEN', pfx('pul-', 40, HEX), 'pulumi access token|pulumi token');
def('VAULT_SERVICE_TOKEN', (r) => 'hvs.' + r.chars(TOKCH, r.pick([24, 90])), 'vault token|vault service token');
def('VAULT_BATCH_TOKEN', (r) => 'hvb.' + r.chars(TOKCH, 120), 'vault batch token');
def('DOPPLER_SERVICE_TOKEN', (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.chars(ALNUM, 40)}`, 'doppler token|doppler service token');
def('DIGITALOCEAN_PAT', pfx('dop_v1_', 64, HEX), 'digitalocean token|do token|doctl token');
def('DIGITALOCEAN_OAUTH_TOKEN', pfx('doo_v1_', 64, HEX), 'digitalocean oauth token');
def('CLOUDFLARE_API_TOKEN', (r) => r.chars(TOKCH, 40), 'cloudflare api token|cf api token|cf token');
def('CLOUDFLARE_GLOBAL_API_KEY', (r) => r.hex(37), 'cloudflare api key|cf global key|x auth key');
def('FASTLY_API_TOKEN', (r) => r.chars(TOKCH, 32), 'fastly api token|fastly key');
def('HEROKU_API_KEY', (r) => 'HRKU-AA' + r.chars(TOKCH, 58), 'heroku api key|heroku token');
def('NETLIFY_ACCESS_TOKEN', pfx('nfp_', 36, ALNUM), 'netlify auth token|netlify token');
def('VERCEL_TOKEN', (r) => r.chars(ALNUM, 24), 'vercel token|now token');
def('FLY_IO_TOKEN', (r) => 'fm2_' + r.chars(B64, 180), 'fly api token|fly token');
def('RENDER_API_KEY', pfx('rnd_', 32, ALNUM), 'render api key');
def('SUPABASE_ACCESS_TOKEN', pfx('sbp_', 40, HEX), 'supabase access token|supabase token');
def('SUPABASE_SERVICE_ROLE_KEY', (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1700000000 + r.int(0, 9e7), exp: 2000000000 + r.int(0, 9e7) } }), 'supabase service role key|service role key|supabase key');
def('PLANETSCALE_PASSWORD', pfx('pscale_pw_', 43, TOKCH), 'planetscale password|database password', { urlsafe: true });
def('NEON_DATABASE_PASSWORD', pfx('npg_', 12, ALNUM), 'neon password|pg password', { urlsafe: true });
def('DATABRICKS_TOKEN', (r) => 'dapi' + r.hex(32) + (r.chance(0.5) ? '-' + r.int(2, 3) : ''), 'databricks token|databricks pat');
def('CONFLUENT_API_SECRET', (r) => r.chars(ALNUM + '+/', 64), 'confluent api secret|kafka api secret|sasl password');
def('MONGODB_ATLAS_PRIVATE_KEY', uuid, 'atlas private key|mongodb atlas private key');
def('TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${r.chars(ALNUM, 10)}CNTRL-${r.chars(ALNUM, 33)}`, 'tailscale auth key|ts authkey');
def('NGROK_AUTHTOKEN', (r) => `${r.int(1, 2)}${r.chars(ALNUM, 26)}_${r.chars(ALNUM, 21)}`, 'ngrok authtoken|ngrok token');
def('GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${r.chars(ALNUM, 32)}_${r.hex(8)}`, 'grafana token|grafana service account token');
def('GRAFANA_CLOUD_TOKEN', (r) => 'glc_' + b64(Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: r.pick(['stack-writer', 'metrics-push', 'logs-ro']), k: r.chars(ALNUM, 24), m: { r: r.pick(['eu', 'us', 'au']) } }))), 'grafana cloud token|gcloud access policy token');
def('GRAFANA_API_KEY', (r) => b64(Buffer.from(JSON.stringify({ k: r.chars(ALNUM, 32), n: r.pick(['dash-export', 'ci', 'alerts']), id: r.int(1, 40) }))), 'grafana api key|grafana key');
def('DATADOG_API_KEY', (r) => r.hex(32), 'datadog api key|dd api key');
def('DATADOG_APP_KEY', (r) => r.hex(40), 'datadog app key|dd app key|dd application key');
def('NEW_RELIC_LICENSE_KEY', (r) => r.hex(36) + 'NRAL', 'new relic license key|nr license key');
def('NEW_RELIC_USER_API_KEY', pfx('NRAK-', 27, UALNUM), 'new relic api key|nr user key');
def('SENTRY_DSN_KEY', (r) => r.hex(32), 'sentry dsn', { urlUser: true });
def('SENTRY_AUTH_TOKEN', (r) => r.chance(0.5) ? 'sntryu_' + r.hex(64) : 'sntrys_' + b64u(JSON.stringify({ iat: 1700000000 + r.int(0, 9e7), url: 'https://errors.corp.example', region_url: 'https://de.errors.corp.example', org: r.pick(['acme', 'nordwind']) })) + '_' + r.chars(ALNUM + '/+', 43), 'sentry auth token|sentry token');
def('DYNATRACE_API_TOKEN', (r) => `dt0c01.${r.chars(UALNUM, 24)}.${r.chars(UALNUM, 64)}`, 'dynatrace api token|dt api token');
def('SPLUNK_HEC_TOKEN', (r) => uuid(r).toUpperCase(), 'splunk hec token|hec token');
def('HONEYCOMB_API_KEY', (r) => 'hcaik_01' + r.chars(LALNUM, 56), 'honeycomb api key|honeycomb key');
def('ROLLBAR_ACCESS_TOKEN', (r) => r.hex(32), 'rollbar access token|rollbar token');
def('PAGERDUTY_API_KEY', (r) => 'u+' + r.chars(TOKCH, 18), 'pagerduty api key|pd token');
def('OPSGENIE_API_KEY', uuid, 'opsgenie api key|genie key');
def('LAUNCHDARKLY_SDK_KEY', (r) => 'sdk-' + uuid(r), 'launchdarkly sdk key|ld sdk key');
def('SEGMENT_WRITE_KEY', (r) => r.chars(ALNUM, 32), 'segment write key|analytics write key');
def('MIXPANEL_API_SECRET', (r) => r.hex(32), 'mixpanel api secret|mixpanel secret');
def('ALGOLIA_ADMIN_API_KEY', (r) => r.hex(32), 'algolia admin key|algolia api key');
def('MAPBOX_SECRET_TOKEN', (r) => 'sk.' + b64u(JSON.stringify({ u: r.pick(['cartoteam', 'fieldops', 'atlasmaps']), a: 'cl' + r.chars(LALNUM, 23) })) + '.' + r.chars(TOKCH, 22), 'mapbox secret token|mapbox download token');
def('OKTA_API_TOKEN', (r) => '00' + r.chars(TOKCH, 40), 'okta api token|okta token|ssws token');
def('AUTH0_CLIENT_SECRET', (r) => r.chars(TOKCH, 64), 'auth0 client secret|idp client secret');
def('ATLASSIAN_API_TOKEN', (r) => 'ATATT3xFfGF0' + r.chars(TOKCH, 170) + '=' + r.HEX(8), 'atlassian api token|jira api token|confluence token');
def('LINEAR_API_KEY', pfx('lin_api_', 40, ALNUM), 'linear api key|linear token');
def('NOTION_INTEGRATION_TOKEN', pfx('ntn_', 46, ALNUM), 'notion token|notion integration secret');
def('AIRTABLE_PAT', (r) => `pat${r.chars(ALNUM, 14)}.${r.hex(64)}`, 'airtable pat|airtable token');
def('FIGMA_PAT', (r) => `figd_${r.chars(TOKCH, 40)}`, 'figma token|figma pat');
def('ASANA_PAT', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, 'asana pat|asana token');
def('HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['eu1', 'na1', 'na2'])}-${uuid(r)}`, 'hubspot token|hubspot private app token|crm api token');
def('SALESFORCE_ACCESS_TOKEN', (r) => `00D${r.chars(ALNUM, 12)}!AQ${r.chars(ALNUM, 4)}AR${r.chars(ALNUM + '._', 92)}`, 'salesforce access token|sf session id|sfdc token');
def('INTERCOM_ACCESS_TOKEN', (r) => b64(Buffer.from(`tok:${uuid(r)}:1:0`)).replace(/=+$/, '') + '=', 'intercom access token|intercom token');
def('ZENDESK_API_TOKEN', (r) => r.chars(ALNUM, 40), 'zendesk api token|zendesk token');
def('DROPBOX_ACCESS_TOKEN', (r) => 'sl.B' + r.chars(TOKCH, 134), 'dropbox access token|dropbox token');
def('TWITTER_BEARER_TOKEN', (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.chars(ALNUM, 25) + '%3D' + r.chars(ALNUM, 50), 'twitter bearer token|x bearer token');
def('FACEBOOK_PAGE_ACCESS_TOKEN', (r) => 'EAA' + r.chars(ALNUM, 4) + 'ZD' + r.chars(ALNUM, 160), 'facebook page token|fb access token|meta page token');
def('TWITCH_CLIENT_SECRET', (r) => r.chars(LALNUM, 30), 'twitch client secret');
def('SPOTIFY_CLIENT_SECRET', (r) => r.hex(32), 'spotify client secret');
// generic credentials
def('DATABASE_PASSWORD', (r) => password(r), 'db password|database password|db pass|pg password|postgres password', { pw: true });
def('MYSQL_PASSWORD', (r) => password(r), 'mysql password|mysql root password|mariadb password', { pw: true });
def('SQLSERVER_PASSWORD', (r) => password(r, r.pick(['random', 'human'])), 'sa password|mssql password', { pw: true });
def('JDBC_PASSWORD', (r) => password(r), 'jdbc password|datasource password', { pw: true });
def('REDIS_PASSWORD', (r) => r.chance(0.5) ? r.hex(32) : password(r), 'redis password|redis auth|requirepass', { pw: true });
def('MONGODB_PASSWORD', (r) => urlPassword(r), 'mongo password|mongodb password', { pw: true, urlsafe: true });
def('RABBITMQ_PASSWORD', (r) => urlPassword(r), 'rabbitmq password|amqp password', { pw: true, urlsafe: true });
def('ELASTICSEARCH_PASSWORD', (r) => password(r), 'elastic password|es password', { pw: true });
def('KAFKA_SASL_PASSWORD', (r) => password(r), 'sasl password|kafka password', { pw: true });
def('LDAP_BIND_PASSWORD', (r) => password(r), 'ldap bind password|bind pw|ldap password', { pw: true });
def('SMTP_PASSWORD', (r) => password(r), 'smtp password|mail password|email host password', { pw: true });
def('FTP_PASSWORD', (r) => urlPassword(r), 'ftp password|sftp password', { pw: true, urlsafe: true });
def('ADMIN_PASSWORD', (r) => password(r), 'admin password|initial admin password|root password', { pw: true });
def('WIFI_PSK', (r) => password(r, r.pick(['phrase', 'human', 'random'])), 'wifi password|wpa psk|psk', { pw: true });
def('KEYSTORE_PASSWORD', (r) => password(r), 'keystore password|store password|key password', { pw: true });
def('SSH_KEY_PASSPHRASE', (r) => password(r, 'phrase'), 'ssh passphrase|key passphrase', { pw: true });
def('VPN_PRESHARED_KEY', (r) => r.chance(0.5) ? b64(r.bytes(32)) : password(r), 'ipsec psk|preshared key|vpn secret', { pw: true });
def('SNMP_COMMUNITY_STRING', (r) => r.pick(['c0mmun1ty', 'netops', 'mon']) + '-' + r.chars(ALNUM, 10), 'snmp community|community string|ro community', { pw: true });
def('PROXY_PASSWORD', (r) => urlPassword(r), 'proxy password|http proxy password', { pw: true, urlsafe: true });
def('SSHPASS_PASSWORD', (r) => password(r, r.pick(['random', 'human'])), 'ssh password|sshpass', { pw: true });
def('CIFS_MOUNT_PASSWORD', (r) => urlPassword(r), 'smb password|cifs password', { pw: true, urlsafe: true });
def('VNC_PASSWORD', (r) => r.chars(ALNUM, 8), 'vnc password', { pw: true });
def('SIP_PASSWORD', (r) => r.chars(ALNUM, 16), 'sip password|sip secret', { pw: true });
def('MQTT_PASSWORD', (r) => urlPassword(r), 'mqtt password|broker password', { pw: true, urlsafe: true });
def('MINIO_SECRET_KEY', (r) => r.chars(ALNUM + '/+', 40), 'minio secret key|s3 secret key|minio root password');
def('RESTIC_PASSWORD', (r) => password(r, 'phrase'), 'restic password|backup passphrase|borg passphrase', { pw: true });
def('ANSIBLE_BECOME_PASSWORD', (r) => password(r), 'ansible become password|become pass|sudo password', { pw: true });
def('SNOWFLAKE_PASSWORD', (r) => password(r), 'snowflake password|warehouse password', { pw: true });
def('ENCRYPTION_KEY_HEX', (r) => r.hex(64), 'encryption key|data key|master key hex');
def('AES_KEY_BASE64', (r) => b64(r.bytes(32)), 'aes key|cipher key|field encryption key');
def('DJANGO_SECRET_KEY', (r) => (r.chance(0.5) ? 'django-insecure-' : '') + r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50), 'django secret key|secret key');
def('RAILS_SECRET_KEY_BASE', (r) => r.hex(128), 'secret key base|rails secret');
def('RAILS_MASTER_KEY', (r) => r.hex(32), 'rails master key|master key');
def('LARAVEL_APP_KEY', (r) => 'base64:' + b64(r.bytes(32)), 'app key|laravel key');
def('FLASK_SECRET_KEY', (r) => r.hex(r.pick([24, 32, 48])), 'flask secret key|secret key');
def('NEXTAUTH_SECRET', (r) => b64(r.bytes(32)), 'nextauth secret|auth secret');
def('SESSION_SECRET', (r) => r.chars(ALNUM, r.int(32, 64)), 'session secret|express session secret');
def('COOKIE_SIGNING_KEY', (r) => r.chars(B64URL, 43), 'cookie secret|cookie signing key');
def('JWT_SIGNING_SECRET', (r) => r.chance(0.5) ? r.chars(ALNUM, r.int(32, 64)) : b64(r.bytes(48)), 'jwt secret|jwt signing key|token secret');
def('WEBHOOK_SIGNING_SECRET', (r) => r.chars(ALNUM, 40), 'webhook secret|hook signing secret|hmac secret');
def('OAUTH_CLIENT_SECRET', (r) => r.chars(TOKCH, r.pick([32, 40, 48])), 'client secret|oauth client secret|oidc client secret');
def('OAUTH_REFRESH_TOKEN', (r) => r.chars(TOKCH, r.int(48, 96)), 'refresh token');
def('GENERIC_API_KEY', (r) => r.chars(ALNUM, r.pick([32, 40, 48])), 'api key|apikey|x api key|service key');
def('BEARER_TOKEN', (r) => r.chars(TOKCH + '.', r.int(40, 80)), 'access token|bearer token|auth token');
def('SESSION_COOKIE', (r) => r.chars(ALNUM + '%', r.int(32, 64)), 'session id|sid|sessionid');
def('JSON_WEB_TOKEN', (r) => jwt(r), 'jwt|id token|access token');
def('KUBERNETES_SERVICE_ACCOUNT_TOKEN', (r) => jwt(r, { alg: 'RS256', payload: { aud: ['https://oidc.k8s.prod.example'], exp: 1790000000 + r.int(0, 9e6), iat: 1750000000 + r.int(0, 9e6), iss: 'https://oidc.k8s.prod.example', 'kubernetes.io': { namespace: r.pick(['prod', 'payments', 'kube-system', 'ci']), serviceaccount: { name: r.pick(['deployer', 'argocd-manager', 'backup-operator']), uid: uuid(r) } }, sub: 'system:serviceaccount:prod:deployer' } }), 'token|service account token');
def('KUBERNETES_SECRET_DATA', (r) => b64(Buffer.from(password(r))), 'password|db password|api token|secret');
def('KUBECONFIG_CLIENT_KEY_DATA', (r) => b64(Buffer.from(K.pem('EC PRIVATE KEY', K.ecSec1Der(K.ecKey(r, 'p256'))) + '\n')), 'client key data', { medium: true });
def('ARGOCD_AUTH_TOKEN', (r) => jwt(r, { alg: 'HS256', payload: { iss: 'argocd', sub: 'ci-deployer:apiKey', nbf: 1720000000 + r.int(0, 9e6), iat: 1720000000 + r.int(0, 9e6), jti: uuid(r) } }), 'argocd auth token|argocd token');
def('AIRFLOW_FERNET_KEY', (r) => b64u(r.bytes(32)) + '=', 'fernet key');
def('WIREGUARD_PRIVATE_KEY', (r) => { const k = r.bytes(32); k[0] &= 248; k[31] &= 127; k[31] |= 64; return b64(k); }, 'private key|wg private key');
def('AGE_SECRET_KEY', (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5, true), false).toUpperCase(), 'age key|sops age key');
def('TOTP_SEED', (r) => r.chars(BASE32, 32), 'totp secret|otp secret|mfa seed');
def('ETHEREUM_PRIVATE_KEY', (r) => '0x' + r.hex(64), 'eth private key|wallet private key|deployer key');
def('BINANCE_API_SECRET', (r) => r.chars(ALNUM, 64), 'binance api secret|exchange secret');
def('DOCKER_CONFIG_JSON', (r) => b64(Buffer.from(JSON.stringify({ auths: { [`registry.${r.pick(['corp', 'lab', 'ops'])}.example`]: { auth: b64(Buffer.from(`${r.pick(['deploy', 'robot$ci', 'puller'])}:${urlPassword(r)}`)) } } }))), '.dockerconfigjson', { medium: true, dockerjson: true });
def('MEETING_PASSCODE', (r) => r.chars(ALNUM, r.pick([10, 32])), 'meeting passcode|pwd', { query2: true });
def('DOOR_KEYPAD_MASTER_CODE', (r) => r.digits(r.pick([6, 8])) + '#', 'master code|alarm code', { pw: true });
def('PRIVATE_KEY', (r) => privatePem(r, 'pkcs8'), 'private key', { big: true });
def('RSA_PRIVATE_KEY', (r) => privatePem(r, 'rsa1'), 'rsa private key|private key', { big: true });
def('EC_PRIVATE_KEY', (r) => privatePem(r, 'ec'), 'ec private key|private key', { big: true });
def('OPENSSH_PRIVATE_KEY', (r) => privatePem(r, 'openssh'), 'ssh private key|deploy key', { big: true });
def('ENCRYPTED_PRIVATE_KEY', (r) => privatePem(r, 'enc'), 'encrypted private key|private key', { big: true });
def('PGP_PRIVATE_KEY', (r) => privatePem(r, 'pgp'), 'pgp private key|signing key|gpg private key', { big: true });

export const SECRET_ENTITIES = [...CAT.keys()];
// values that are keys/seeds/passwords rather than bearer tokens sent to an API
export const NON_BEARER = new Set(['ETHEREUM_PRIVATE_KEY', 'WIREGUARD_PRIVATE_KEY', 'AGE_SECRET_KEY', 'TOTP_SEED', 'ENCRYPTION_KEY_HEX', 'AES_KEY_BASE64', 'DJANGO_SECRET_KEY',
  'RAILS_SECRET_KEY_BASE', 'RAILS_MASTER_KEY', 'LARAVEL_APP_KEY', 'FLASK_SECRET_KEY', 'NEXTAUTH_SECRET', 'SESSION_SECRET', 'COOKIE_SIGNING_KEY', 'JWT_SIGNING_SECRET', 'WEBHOOK_SIGNING_SECRET',
  'AIRFLOW_FERNET_KEY', 'KUBERNETES_SECRET_DATA', 'MEETING_PASSCODE', 'DOOR_KEYPAD_MASTER_CODE', 'STRIPE_WEBHOOK_SECRET', 'MINIO_SECRET_KEY', 'AWS_SECRET_KEY', 'BINANCE_API_SECRET', 'CONFLUENT_API_SECRET',
  'TWILIO_AUTH_TOKEN', 'SHOPIFY_SHARED_SECRET', 'SQUARE_OAUTH_SECRET', 'PAYPAL_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', 'TWITCH_CLIENT_SECRET',
  'SPOTIFY_CLIENT_SECRET', 'MIXPANEL_API_SECRET', 'PLAID_SECRET', 'RAZORPAY_KEY_SECRET', 'MAILJET_SECRET_KEY', 'AZURE_STORAGE_ACCOUNT_KEY', 'AZURE_COSMOSDB_KEY', 'AZURE_SERVICE_BUS_SHARED_ACCESS_KEY', 'SESSION_COOKIE', 'AWS_ACCESS_KEY', 'AWS_TEMPORARY_ACCESS_KEY', 'TWILIO_API_KEY', 'AWS_SES_SMTP_PASSWORD', 'MONGODB_ATLAS_PRIVATE_KEY', 'SENTRY_DSN_KEY', 'SLACK_WEBHOOK_SECRET', 'DISCORD_WEBHOOK_TOKEN', 'AZURE_SAS_SIGNATURE']);
export const DB_PASSWORDS = new Set(['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'SQLSERVER_PASSWORD', 'JDBC_PASSWORD', 'REDIS_PASSWORD', 'MONGODB_PASSWORD', 'RABBITMQ_PASSWORD', 'ELASTICSEARCH_PASSWORD', 'KAFKA_SASL_PASSWORD', 'SNOWFLAKE_PASSWORD', 'PLANETSCALE_PASSWORD', 'NEON_DATABASE_PASSWORD']);
export const catalogue = (e) => { const c = CAT.get(e); if (!c) throw new Error('no secret ' + e); return c; };
export const BASIC_AUTH_ENTITIES = SECRET_ENTITIES.filter((e) => CAT.get(e).basic);
export const PEM_ENTITIES = SECRET_ENTITIES.filter((e) => CAT.get(e).big);

// ---------- key name styling ----------
export function styleKey(words, style) {
  const w = words.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').trim().split(/\s+/);
  switch (style) {
    case 'env': return w.join('_').toUpperCase();
    case 'snake': return w.join('_');
    case 'camel': return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'pascal': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'kebab': return w.join('-');
    case 'dot': return w.join('.');
    case 'title': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('-');
    case 'words': return w.join(' ');
    default: return w.join('_');
  }
}

// ---------- the deck: balanced choice of secret kinds ----------
export class SecretDeck {
  constructor() { this.used = new Map(SECRET_ENTITIES.map((e) => [e, 0])); this.pending = new Map(); }
  count(e) { return (this.used.get(e) || 0) + (this.pending.get(e) || 0); }
  // filter: (catalogue entry) => bool
  next(r, filter = (c) => !c.big && !c.medium) {
    const cands = SECRET_ENTITIES.filter((e) => filter(CAT.get(e)));
    let min = Infinity; for (const e of cands) min = Math.min(min, this.count(e));
    const pool = cands.filter((e) => this.count(e) <= min + 1);
    const low = pool.filter((e) => this.count(e) === min);
    return r.chance(0.7) ? r.pick(low) : r.pick(pool);
  }
  take(e) { this.pending.set(e, (this.pending.get(e) || 0) + 1); }
  commit() { for (const [e, n] of this.pending) this.used.set(e, (this.used.get(e) || 0) + n); this.pending.clear(); }
  rollback() { this.pending.clear(); }
}
export const deck = new SecretDeck();

// A drawn secret: { e, value, key(style) , entry }
export function draw(r, filter) {
  const e = deck.next(r, filter); return make(r, e);
}
export function make(r, e) {
  const c = catalogue(e); deck.take(e);
  const value = c.g(r); const kw = r.pick(c.keys);
  return { e, value, kw, entry: c, key: (style) => styleKey(kw, style), span: (v) => S(v ?? value, e) };
}
export const SEC = (r, e) => make(r, e).span();
