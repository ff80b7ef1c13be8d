// Catalogue of fake, format-valid credential kinds (one entity name per kind) and their in-house
// key names. Every value is generated from the seeded PRNG.
import crypto from 'node:crypto';
import { ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, B32, UPPER, LOWER, DIGITS } from './prng.mjs';
import { tokenChecksum, b58check, bech32Encode, convertBits, BECH32 } from './checks.mjs';
import * as K from './keys.mjs';

const URLSAFE = ALNUM + '-_';
const b64 = (buf) => buf.toString('base64');
const b64u = (x) => Buffer.from(x).toString('base64url');
const uuid = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export { uuid };

// ---------- passwords ----------
const WORDS = ['Kaffeebohne', 'Sonnenblume', 'mariposa', 'girasol', 'papillon', 'tramonto', 'Zitrone', 'kanelbulle', 'pierogi', 'nordlys', 'Lokomotive', 'relampago', 'koala', 'Tintenfisch', 'horizonte', 'velvet', 'granite', 'lantern', 'cobalt', 'thistle', 'quokka', 'marmelade', 'Schneeflocke', 'farfalla', 'zeppelin', 'oktopus', 'cactus', 'biscuit', 'harbour', 'meteor'];
const SYM = '!#$%&*+-.=?@^_~';
export function password(r, style) {
  style = style || r.weighted([[5, 'random'], [3, 'human'], [2, 'phrase'], [1, 'hex'], [2, 'b64']]);
  let p;
  if (style === 'random') { const n = r.int(14, 28); p = ''; for (let i = 0; i < n; i++) p += r.chance(0.15) ? r.pick(SYM.split('')) : r.pick(ALNUM.split('')); }
  else if (style === 'human') p = r.pick(WORDS) + r.pick(['', '_', '-', '.']) + r.int(1970, 2031) + r.pick(['!', '?', '#', '$', '%', '*', '&', '@']) + r.pick(['', r.str(2, UPPER), r.str(3, DIGITS)]);
  else if (style === 'phrase') p = r.pickN(WORDS, r.int(3, 4)).map((w) => w.toLowerCase()).join(r.pick(['-', '.', '_', '+'])) + r.int(10, 99);
  else if (style === 'hex') p = r.hex(r.pick([24, 32, 40]));
  else p = b64(r.bytes(r.pick([18, 24, 30, 33])));
  if (/example/i.test(p) || /^\s|\s$/.test(p) || /@[A-Za-z0-9-]+\.[A-Za-z0-9-]/.test(p) || /:\/\//.test(p)) return password(r, style);
  return p;
}
export const simplePassword = (r) => { let p; do { p = password(r); } while (/[;{}'"\\@/:%&#=?+\s]/.test(p)); return p; };

// ---------- JWT ----------
const ISS = ['https://auth.corp.example/', 'https://sso.acme-logistics.example/realms/main', 'https://login.kundenportal.test/oauth2', 'https://idp.hospital-group.invalid', 'https://accounts.payroll.example'];
export function jwt(r, opts = {}) {
  const alg = opts.alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'RS256', 'PS256', 'EdDSA']);
  const header = { alg, typ: 'JWT' }; if (!alg.startsWith('HS') || r.chance(0.3)) header.kid = r.chance(0.5) ? r.hex(16) : b64u(r.bytes(15));
  const iat = 1700000000 + r.int(0, 60000000);
  const payload = opts.payload || { iss: r.pick(ISS), sub: r.chance(0.5) ? uuid(r) : 'svc-' + r.pick(['billing', 'ingest', 'reporting', 'sync', 'etl']), aud: r.pick(['api', 'crm-gateway', 'account', 'urn:acme:ledger']), iat, exp: iat + r.pick([300, 900, 3600, 86400]) };
  if (!opts.payload && r.chance(0.5)) payload.scope = r.pickN(['read:orders', 'write:orders', 'admin', 'profile', 'offline_access', 'patients.read', 'ledger.write'], 2).join(' ');
  if (!opts.payload && r.chance(0.3)) payload.jti = uuid(r);
  const h = b64u(JSON.stringify(header)), p = b64u(JSON.stringify(payload));
  let sig;
  if (alg.startsWith('HS')) sig = crypto.createHmac(alg === 'HS512' ? 'sha512' : 'sha256', r.bytes(32)).update(h + '.' + p).digest('base64url');
  else sig = r.bytes(alg === 'ES256' || alg === 'EdDSA' ? 64 : 256).toString('base64url');
  return `${h}.${p}.${sig}`;
}

// ---------- PEM and key material caches ----------
let RSA_POOL = []; let rsaRng = null;
export function initKeys(r) { rsaRng = r; RSA_POOL = []; }
function rsa(r) { // real RSA keys, generated lazily from a dedicated stream
  if (RSA_POOL.length < 24) { const k = K.rsaKey(rsaRng, 2048); RSA_POOL.push(k); return k; }
  return r.pick(RSA_POOL);
}
export const pemRsaPkcs1 = (r) => K.pem('RSA PRIVATE KEY', K.rsaPkcs1Der(rsa(r)));
export const pemRsaPkcs8 = (r) => K.pem('PRIVATE KEY', K.rsaPkcs8Der(rsa(r)));
export const pemEc = (r) => K.pem('EC PRIVATE KEY', K.ecSec1Der(K.ecKey(r, r.chance(0.75) ? 'p256' : 'p384')));
export const pemEcPkcs8 = (r) => K.pem('PRIVATE KEY', K.ecPkcs8Der(K.ecKey(r, 'p256')));
export const pemEd25519 = (r) => K.pem('PRIVATE KEY', K.edKey(r).der);
export const opensshKey = (r, comment) => { const kind = r.weighted([[6, 'ed25519'], [2, 'ecdsa'], [1, 'rsa']]); const k = kind === 'ed25519' ? K.edKey(r) : kind === 'rsa' ? rsa(r) : K.ecKey(r, 'p256'); return K.opensshPrivate(r, kind, k, comment || r.pick(['deploy@build-07', 'ci@runner', 'backup@nas01', 'root@bastion', 'ansible@mgmt'])); };
export const pgpKey = (r, uid) => K.pgpSecretKey(r, K.edKey(r), uid || `Release Signing <release@pkgs.corp.example>`, 1600000000 + r.int(0, 150000000)).armored;

// ---------- helpers for token shapes ----------
const gh = (r, p) => { const body = r.str(30, ALNUM); return `${p}_${body}${tokenChecksum(body)}`; };
const crcTok = (r, p) => { const body = r.str(30, ALNUM); return `${p}${body}${tokenChecksum(body)}`; };
const awsSecret = (r) => r.str(40, ALNUM + '+/');
const awsId = (r, p) => p + r.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');

// [entity, generator, key-name bases]
export const CATALOG = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', (r) => gh(r, 'ghp'), ['github token', 'GH_TOKEN', 'gh pat', 'scm.token']],
  ['GITHUB_OAUTH_TOKEN', (r) => gh(r, 'gho'), ['github oauth token', 'oauth_token', 'scm oauth access']],
  ['GITHUB_USER_TO_SERVER_TOKEN', (r) => gh(r, 'ghu'), ['github app user token', 'ghu token']],
  ['GITHUB_SERVER_TO_SERVER_TOKEN', (r) => gh(r, 'ghs'), ['installation token', 'GITHUB_APP_INSTALLATION_TOKEN', 'ghs token']],
  ['GITHUB_REFRESH_TOKEN', (r) => gh(r, 'ghr'), ['github refresh token', 'ghr']],
  ['GITHUB_FINE_GRAINED_TOKEN', (r) => `github_pat_11${r.str(20, UPALNUM)}_${r.str(59, ALNUM)}`, ['fine grained pat', 'GH_FG_TOKEN', 'repo automation token']],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', (r) => 'glpat-' + r.str(20, URLSAFE), ['gitlab token', 'GL_TOKEN', 'gitlab private token']],
  ['GITLAB_RUNNER_TOKEN', (r) => 'glrt-' + r.str(20, URLSAFE), ['runner token', 'gitlab runner auth token']],
  ['GITLAB_PIPELINE_TRIGGER_TOKEN', (r) => 'glptt-' + r.hex(40), ['trigger token', 'pipeline trigger']],
  ['GITLAB_DEPLOY_TOKEN', (r) => 'gldt-' + r.str(20, URLSAFE), ['deploy token', 'gitlab deploy password']],
  ['BITBUCKET_APP_PASSWORD', (r) => 'ATBB' + r.str(32, ALNUM) + r.hex(8).toUpperCase(), ['bitbucket app password', 'bb app pass']],
  ['AWS_ACCESS_KEY', (r) => awsId(r, 'AKIA'), ['aws access key id', 'aws_access_key_id', 'accessKeyId', 's3 access key']],
  ['AWS_TEMPORARY_ACCESS_KEY', (r) => awsId(r, 'ASIA'), ['aws access key id', 'AccessKeyId', 'sts access key']],
  ['AWS_SECRET_KEY', awsSecret, ['aws secret access key', 'aws_secret_access_key', 'secretAccessKey', 's3 secret']],
  ['AWS_SESSION_TOKEN', (r) => 'IQoJb3JpZ2luX2Vj' + r.str(r.int(300, 420), B64).replace(/=/g, 'A') + r.pick(['', '=', '==']), ['aws session token', 'SessionToken', 'security token']],
  ['AWS_BEDROCK_API_KEY', (r) => 'ABSK' + b64(Buffer.concat([Buffer.from('BedrockAPIKey-'), r.bytes(48)])), ['bedrock api key', 'AWS_BEARER_TOKEN_BEDROCK']],
  ['AZURE_STORAGE_ACCOUNT_KEY', (r) => b64(r.bytes(64)), ['AccountKey', 'azure storage key', 'storage account key']],
  ['AZURE_CLIENT_SECRET', (r) => r.str(3, ALNUM) + r.int(1, 9) + 'Q~' + r.str(34, ALNUM + '_~.-'), ['azure client secret', 'AZURE_CLIENT_SECRET', 'aad app secret']],
  ['AZURE_SAS_SIGNATURE', (r) => b64(r.bytes(32)), ['sig']],
  ['AZURE_SERVICE_BUS_KEY', (r) => b64(r.bytes(32)), ['SharedAccessKey', 'servicebus key']],
  ['AZURE_COSMOSDB_KEY', (r) => b64(r.bytes(64)), ['cosmos key', 'COSMOS_PRIMARY_KEY', 'AccountKey']],
  ['AZURE_DEVOPS_PAT', (r) => r.str(52, 'abcdefghijklmnopqrstuvwxyz234567'), ['ado pat', 'AZURE_DEVOPS_EXT_PAT', 'system access token']],
  ['AZURE_OPENAI_KEY', (r) => r.hex(32), ['azure openai key', 'AZURE_OPENAI_API_KEY', 'api-key']],
  ['AZURE_FUNCTION_KEY', (r) => b64u(r.bytes(40)) + '==', ['x-functions-key', 'function key', 'code']],
  ['GOOGLE_API_KEY', (r) => 'AIza' + r.str(35, URLSAFE), ['google api key', 'maps api key', 'GOOGLE_API_KEY', 'key']],
  ['GOOGLE_OAUTH_CLIENT_SECRET', (r) => 'GOCSPX-' + r.str(28, URLSAFE), ['client_secret', 'google oauth secret']],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', (r) => 'ya29.' + r.str(r.int(120, 180), URLSAFE), ['access_token', 'google access token']],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', (r) => '1//0' + r.str(r.int(90, 110), URLSAFE), ['refresh_token', 'gcloud refresh token']],
  ['GOOGLE_RECAPTCHA_SECRET', (r) => '6L' + r.str(6, URLSAFE) + 'AAAAA' + r.str(33, URLSAFE), ['recaptcha secret', 'RECAPTCHA_SECRET_KEY']],
  ['FIREBASE_CLOUD_MESSAGING_KEY', (r) => 'AAAA' + r.str(7, URLSAFE) + ':APA91b' + r.str(134, URLSAFE), ['fcm server key', 'FCM_SERVER_KEY', 'push server key']],
  ['SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.str(24, ALNUM)}`, ['slack bot token', 'SLACK_BOT_TOKEN', 'chatops token']],
  ['SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`, ['slack user token', 'slack legacy token']],
  ['SLACK_APP_TOKEN', (r) => `xapp-1-A${r.str(10, UPALNUM)}-${r.digits(13)}-${r.hex(64)}`, ['slack app token', 'socket mode token']],
  ['SLACK_CONFIG_REFRESH_TOKEN', (r) => `xoxe-1-${r.str(140, ALNUM)}`, ['slack config refresh token']],
  ['SLACK_WEBHOOK_TOKEN', (r) => r.str(24, ALNUM), ['webhook']],
  ['DISCORD_BOT_TOKEN', (r) => `${b64u(String(r.int(1, 9)) + r.digits(17)).replace(/=+$/, '')}.${r.str(6, URLSAFE)}.${r.str(38, URLSAFE)}`, ['discord bot token', 'DISCORD_TOKEN']],
  ['DISCORD_WEBHOOK_TOKEN', (r) => r.str(68, URLSAFE), ['discord webhook']],
  ['TELEGRAM_BOT_TOKEN', (r) => `${r.int(100000000, 7999999999)}:AA${r.str(33, URLSAFE)}`, ['telegram bot token', 'TG_BOT_TOKEN', 'bot_token']],
  ['TWILIO_API_KEY', (r) => 'SK' + r.hex(32), ['twilio api key', 'TWILIO_API_KEY_SID']],
  ['TWILIO_AUTH_TOKEN', (r) => r.hex(32), ['twilio auth token', 'TWILIO_AUTH_TOKEN', 'sms auth token']],
  ['SENDGRID_API_KEY', (r) => `SG.${r.str(22, URLSAFE)}.${r.str(43, URLSAFE)}`, ['sendgrid api key', 'SENDGRID_API_KEY', 'mail api key']],
  ['MAILGUN_API_KEY', (r) => 'key-' + r.hex(32), ['mailgun key', 'MAILGUN_API_KEY']],
  ['MAILCHIMP_API_KEY', (r) => r.hex(32) + '-us' + r.int(1, 21), ['mailchimp api key', 'newsletter api key']],
  ['POSTMARK_SERVER_TOKEN', (r) => uuid(r), ['X-Postmark-Server-Token', 'postmark token']],
  ['BREVO_API_KEY', (r) => `xkeysib-${r.hex(64)}-${r.str(16, ALNUM)}`, ['brevo api key', 'sendinblue key']],
  ['STRIPE_SECRET_KEY', (r) => 'sk_live_' + r.str(r.pick([24, 99]), ALNUM), ['stripe secret key', 'STRIPE_SECRET_KEY', 'payments.stripe.apiKey']],
  ['STRIPE_TEST_SECRET_KEY', (r) => 'sk_test_' + r.str(r.pick([24, 99]), ALNUM), ['stripe test key', 'STRIPE_SECRET_KEY_STAGING']],
  ['STRIPE_RESTRICTED_KEY', (r) => 'rk_live_' + r.str(r.pick([24, 99]), ALNUM), ['stripe restricted key', 'reporting stripe key']],
  ['STRIPE_WEBHOOK_SECRET', (r) => 'whsec_' + r.str(32, ALNUM), ['stripe webhook secret', 'STRIPE_ENDPOINT_SECRET']],
  ['PAYPAL_CLIENT_SECRET', (r) => 'E' + r.str(79, URLSAFE), ['paypal client secret', 'PAYPAL_SECRET']],
  ['BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str(16, LOWALNUM)}$${r.hex(32)}`, ['braintree access token']],
  ['SQUARE_ACCESS_TOKEN', (r) => 'EAAA' + r.str(60, URLSAFE), ['square access token', 'SQUARE_TOKEN']],
  ['SQUARE_OAUTH_SECRET', (r) => 'sq0csp-' + r.str(43, URLSAFE), ['square oauth secret']],
  ['ADYEN_API_KEY', (r) => 'AQE' + r.str(5, ALNUM) + 'hmfxL' + r.str(110, B64).replace(/[+/]/g, 'x') + '=', ['adyen api key', 'X-API-Key']],
  ['RAZORPAY_KEY_SECRET', (r) => r.str(24, ALNUM), ['razorpay key secret', 'RAZORPAY_SECRET']],
  ['PAYSTACK_SECRET_KEY', (r) => 'sk_live_' + r.hex(40), ['paystack secret key']],
  ['FLUTTERWAVE_SECRET_KEY', (r) => `FLWSECK-${r.hex(32)}-X`, ['flutterwave secret key', 'FLW_SECRET_KEY']],
  ['MOLLIE_API_KEY', (r) => 'live_' + r.str(30, ALNUM), ['mollie api key']],
  ['GOCARDLESS_ACCESS_TOKEN', (r) => 'live_' + r.str(40, URLSAFE), ['gocardless access token', 'direct debit token']],
  ['PLAID_SECRET', (r) => r.hex(30), ['plaid secret', 'PLAID_SECRET']],
  ['SHOPIFY_ACCESS_TOKEN', (r) => 'shpat_' + r.hex(32), ['shopify admin token', 'X-Shopify-Access-Token']],
  ['SHOPIFY_SHARED_SECRET', (r) => 'shpss_' + r.hex(32), ['shopify shared secret', 'shopify api secret']],
  ['SHOPIFY_CUSTOM_APP_TOKEN', (r) => 'shpca_' + r.hex(32), ['shopify custom app token']],
  ['SHOPIFY_PRIVATE_APP_PASSWORD', (r) => 'shppa_' + r.hex(32), ['shopify private app password']],
  ['OPENAI_API_KEY', (r) => 'sk-proj-' + r.str(64, URLSAFE) + 'T3BlbkFJ' + r.str(64, URLSAFE), ['openai api key', 'OPENAI_API_KEY', 'llm.openai.key']],
  ['OPENAI_LEGACY_API_KEY', (r) => 'sk-' + r.str(20, ALNUM) + 'T3BlbkFJ' + r.str(20, ALNUM), ['openai key', 'OPENAI_KEY']],
  ['OPENAI_SERVICE_ACCOUNT_KEY', (r) => 'sk-svcacct-' + r.str(58, URLSAFE) + 'T3BlbkFJ' + r.str(58, URLSAFE), ['openai service account key']],
  ['ANTHROPIC_API_KEY', (r) => 'sk-ant-api03-' + r.str(93, URLSAFE) + 'AA', ['anthropic api key', 'ANTHROPIC_API_KEY', 'claude key']],
  ['ANTHROPIC_ADMIN_KEY', (r) => 'sk-ant-admin01-' + r.str(93, URLSAFE) + 'AA', ['anthropic admin key']],
  ['HUGGINGFACE_TOKEN', (r) => 'hf_' + r.str(34, UPPER + LOWER), ['hf token', 'HUGGING_FACE_HUB_TOKEN', 'HF_TOKEN']],
  ['REPLICATE_API_TOKEN', (r) => 'r8_' + r.str(37, ALNUM), ['replicate api token']],
  ['GROQ_API_KEY', (r) => 'gsk_' + r.str(52, ALNUM), ['groq api key']],
  ['PERPLEXITY_API_KEY', (r) => 'pplx-' + r.str(48, ALNUM), ['perplexity key']],
  ['XAI_API_KEY', (r) => 'xai-' + r.str(80, ALNUM), ['xai api key', 'grok key']],
  ['OPENROUTER_API_KEY', (r) => 'sk-or-v1-' + r.hex(64), ['openrouter key']],
  ['LANGSMITH_API_KEY', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, ['langsmith api key', 'LANGCHAIN_API_KEY']],
  ['PINECONE_API_KEY', (r) => `pcsk_${r.str(6, ALNUM)}_${r.str(63, ALNUM)}`, ['pinecone api key', 'vector db key']],
  ['COHERE_API_KEY', (r) => r.str(40, ALNUM), ['cohere api key', 'CO_API_KEY']],
  ['MISTRAL_API_KEY', (r) => r.str(32, ALNUM), ['mistral api key']],
  ['ELEVENLABS_API_KEY', (r) => 'sk_' + r.hex(48), ['elevenlabs key', 'xi-api-key']],
  ['DATADOG_API_KEY', (r) => r.hex(32), ['dd api key', 'DD_API_KEY', 'DD-API-KEY']],
  ['DATADOG_APP_KEY', (r) => r.hex(40), ['dd app key', 'DD_APP_KEY', 'DD-APPLICATION-KEY']],
  ['NEW_RELIC_LICENSE_KEY', (r) => r.hex(36) + 'NRAL', ['new relic license key', 'NEW_RELIC_LICENSE_KEY', 'license_key']],
  ['NEW_RELIC_USER_API_KEY', (r) => 'NRAK-' + r.str(27, UPALNUM), ['new relic api key', 'NEW_RELIC_API_KEY']],
  ['NEW_RELIC_INSERT_KEY', (r) => 'NRII-' + r.str(32, URLSAFE), ['insights insert key']],
  ['SENTRY_AUTH_TOKEN', (r) => 'sntrys_' + b64u(JSON.stringify({ iat: 1700000000 + r.int(0, 5e7), url: 'https://errors.corp.example', region_url: 'https://eu.errors.corp.example', org: r.pick(['acme', 'kundenportal', 'clinic-ops']) })) + '_' + r.str(43, URLSAFE), ['sentry auth token', 'SENTRY_AUTH_TOKEN']],
  ['SENTRY_USER_TOKEN', (r) => 'sntryu_' + r.hex(64), ['sentry user token']],
  ['SENTRY_DSN_KEY', (r) => r.hex(32), ['dsn']],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${r.str(32, ALNUM)}_${r.hex(8)}`, ['grafana token', 'GF_SA_TOKEN']],
  ['GRAFANA_CLOUD_TOKEN', (r) => 'glc_' + b64(Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'stack-' + r.int(100, 999) + '-hm-read', k: r.str(24, ALNUM), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0']) } }))), ['grafana cloud token', 'GRAFANA_CLOUD_API_KEY']],
  ['HONEYCOMB_API_KEY', (r) => 'hcaik_' + r.str(58, LOWALNUM), ['honeycomb key', 'x-honeycomb-team']],
  ['DYNATRACE_API_TOKEN', (r) => `dt0c01.${r.str(24, UPALNUM)}.${r.str(64, UPALNUM)}`, ['dynatrace token', 'DT_API_TOKEN']],
  ['SPLUNK_HEC_TOKEN', (r) => uuid(r).toUpperCase(), ['splunk hec token', 'hec token']],
  ['ELASTIC_API_KEY', (r) => b64(Buffer.from(r.str(20, URLSAFE) + ':' + r.str(22, URLSAFE))), ['elastic api key', 'ES_API_KEY']],
  ['PAGERDUTY_API_KEY', (r) => 'u+' + r.str(18, URLSAFE), ['pagerduty api key', 'PD_TOKEN']],
  ['PAGERDUTY_INTEGRATION_KEY', (r) => r.hex(32), ['routing_key', 'pagerduty integration key']],
  ['ATLASSIAN_API_TOKEN', (r) => 'ATATT3xFfGF0' + r.str(170, URLSAFE) + '=' + r.hex(8).toUpperCase(), ['jira api token', 'confluence token', 'ATLASSIAN_TOKEN']],
  ['LINEAR_API_KEY', (r) => 'lin_api_' + r.str(40, ALNUM), ['linear api key']],
  ['NOTION_INTEGRATION_TOKEN', (r) => (r.chance(0.5) ? 'ntn_' + r.digits(11) + r.str(35, ALNUM) : 'secret_' + r.str(43, ALNUM)), ['notion token', 'NOTION_API_KEY']],
  ['ASANA_PAT', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, ['asana pat', 'asana token']],
  ['FIGMA_PAT', (r) => 'figd_' + r.str(40, URLSAFE), ['figma token', 'X-Figma-Token']],
  ['AIRTABLE_PAT', (r) => `pat${r.str(14, ALNUM)}.${r.hex(64)}`, ['airtable token', 'AIRTABLE_API_KEY']],
  ['CONTENTFUL_MANAGEMENT_TOKEN', (r) => 'CFPAT-' + r.str(43, URLSAFE), ['contentful management token', 'CMA_TOKEN']],
  ['HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`, ['hubspot token', 'HUBSPOT_ACCESS_TOKEN']],
  ['SALESFORCE_SESSION_ID', (r) => `00D${r.str(12, ALNUM)}!${r.str(r.int(80, 96), ALNUM + '._')}`, ['sf session id', 'sessionId', 'SF_ACCESS_TOKEN']],
  ['ZENDESK_API_TOKEN', (r) => r.str(40, ALNUM), ['zendesk api token', 'ZENDESK_TOKEN']],
  ['INTERCOM_ACCESS_TOKEN', (r) => b64(Buffer.from(`tok:${uuid(r)}:${r.int(1, 9)}:0`)).replace(/=+$/, '') + '=', ['intercom access token']],
  ['TWITTER_BEARER_TOKEN', (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.str(25, ALNUM) + '%3D' + r.str(50, ALNUM), ['twitter bearer token', 'X_BEARER_TOKEN']],
  ['FACEBOOK_ACCESS_TOKEN', (r) => 'EAAG' + r.str(r.int(150, 190), ALNUM), ['fb page access token', 'META_ACCESS_TOKEN']],
  ['DROPBOX_ACCESS_TOKEN', (r) => 'sl.B' + r.str(r.int(130, 140), URLSAFE), ['dropbox token']],
  ['MAPBOX_SECRET_TOKEN', (r) => 'sk.' + b64u(JSON.stringify({ u: r.pick(['acme-maps', 'fleet-ops', 'geo-team']), a: r.str(25, LOWALNUM) })) + '.' + r.str(22, URLSAFE), ['mapbox secret token', 'MAPBOX_DOWNLOADS_TOKEN']],
  ['ALGOLIA_ADMIN_API_KEY', (r) => r.hex(32), ['algolia admin key', 'ALGOLIA_ADMIN_KEY']],
  ['CLOUDFLARE_API_TOKEN', (r) => r.str(40, URLSAFE), ['cloudflare api token', 'CF_API_TOKEN']],
  ['CLOUDFLARE_GLOBAL_API_KEY', (r) => r.hex(37), ['cloudflare global key', 'X-Auth-Key']],
  ['CLOUDFLARE_ORIGIN_CA_KEY', (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`, ['origin ca key']],
  ['FASTLY_API_TOKEN', (r) => r.str(32, URLSAFE), ['fastly api token', 'Fastly-Key']],
  ['NETLIFY_ACCESS_TOKEN', (r) => 'nfp_' + r.str(36, ALNUM), ['netlify auth token', 'NETLIFY_AUTH_TOKEN']],
  ['VERCEL_TOKEN', (r) => r.str(24, ALNUM), ['vercel token', 'VERCEL_TOKEN']],
  ['HEROKU_API_KEY', (r) => 'HRKU-AA' + r.str(58, URLSAFE), ['heroku api key', 'HEROKU_API_KEY']],
  ['FLY_API_TOKEN', (r) => 'fm2_' + r.str(r.int(140, 180), B64).replace(/[+/]/g, 'Q'), ['fly api token', 'FLY_API_TOKEN']],
  ['RENDER_API_KEY', (r) => 'rnd_' + r.str(32, ALNUM), ['render api key']],
  ['DIGITALOCEAN_TOKEN', (r) => 'dop_v1_' + r.hex(64), ['do token', 'DIGITALOCEAN_ACCESS_TOKEN']],
  ['DIGITALOCEAN_OAUTH_TOKEN', (r) => r.pick(['doo_v1_', 'dor_v1_']) + r.hex(64), ['do oauth token']],
  ['LINODE_API_TOKEN', (r) => r.hex(64), ['linode token', 'LINODE_TOKEN']],
  ['VULTR_API_KEY', (r) => r.str(36, UPALNUM), ['vultr api key']],
  ['HETZNER_API_TOKEN', (r) => r.str(64, ALNUM), ['hcloud token', 'HCLOUD_TOKEN']],
  ['SCALEWAY_ACCESS_KEY', (r) => 'SCW' + r.str(17, UPALNUM), ['scw access key', 'SCW_ACCESS_KEY']],
  ['SCALEWAY_SECRET_KEY', (r) => uuid(r), ['scw secret key', 'SCW_SECRET_KEY']],
  ['OVH_APPLICATION_SECRET', (r) => r.str(32, ALNUM), ['ovh application secret']],
  ['ALIBABA_ACCESS_KEY_ID', (r) => 'LTAI' + r.str(20, ALNUM), ['aliyun access key id', 'ALIBABA_CLOUD_ACCESS_KEY_ID']],
  ['ALIBABA_ACCESS_KEY_SECRET', (r) => r.str(30, ALNUM), ['aliyun access key secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET']],
  ['TENCENT_SECRET_ID', (r) => 'AKID' + r.str(32, ALNUM), ['tencent secret id', 'TENCENTCLOUD_SECRET_ID']],
  ['IBM_CLOUD_API_KEY', (r) => r.str(44, URLSAFE), ['ibmcloud api key', 'IC_API_KEY']],
  ['YANDEX_CLOUD_API_KEY', (r) => 'AQVN' + r.str(36, URLSAFE), ['yc api key']],
  ['HASHICORP_VAULT_TOKEN', (r) => 'hvs.' + r.str(r.pick([24, 91]), URLSAFE), ['vault token', 'VAULT_TOKEN', 'X-Vault-Token']],
  ['HASHICORP_VAULT_BATCH_TOKEN', (r) => 'hvb.' + r.str(r.int(120, 140), URLSAFE), ['vault batch token']],
  ['TERRAFORM_CLOUD_TOKEN', (r) => `${r.str(14, ALNUM)}.atlasv1.${r.str(67, ALNUM)}`, ['tfc token', 'TF_TOKEN_app_terraform_io', 'terraform cloud token']],
  ['PULUMI_ACCESS_TOKEN', (r) => 'pul-' + r.hex(40), ['pulumi token', 'PULUMI_ACCESS_TOKEN']],
  ['DOPPLER_SERVICE_TOKEN', (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.str(40, ALNUM)}`, ['doppler token', 'DOPPLER_TOKEN']],
  ['DOPPLER_PERSONAL_TOKEN', (r) => 'dp.pt.' + r.str(43, ALNUM), ['doppler personal token']],
  ['INFISICAL_SERVICE_TOKEN', (r) => `st.${uuid(r)}.${r.hex(32)}.${r.hex(32)}`, ['infisical token', 'INFISICAL_TOKEN']],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', (r) => 'ops_' + b64u(JSON.stringify({ signInAddress: 'vault.corp.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: b64u(r.bytes(16)) }, email: r.str(10, LOWALNUM) + '@svc.corp.example', srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: b64u(r.bytes(32)), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + r.str(6, UPALNUM) + '-' + r.str(6, UPALNUM), throttleSecret: { seed: r.hex(64), deviceUuid: r.str(26, LOWALNUM) }, deviceUuid: r.str(26, LOWALNUM) })), ['op service account token', 'OP_SERVICE_ACCOUNT_TOKEN']],
  ['NPM_ACCESS_TOKEN', (r) => crcTok(r, 'npm_'), ['_authToken', 'NPM_TOKEN', 'node auth token']],
  ['PYPI_API_TOKEN', (r) => 'pypi-' + b64u(Buffer.concat([Buffer.from([2, 1, 0x13]), Buffer.from('upload.pkgs.example'), Buffer.from([2, 0x25, 0x00]), Buffer.from(uuid(r)), r.bytes(r.int(90, 120))])), ['pypi token', 'TWINE_PASSWORD', 'password']],
  ['RUBYGEMS_API_KEY', (r) => 'rubygems_' + r.hex(48), ['gem host api key', 'GEM_HOST_API_KEY']],
  ['NUGET_API_KEY', (r) => 'oy2' + r.str(43, LOWALNUM), ['nuget api key', 'NUGET_API_KEY']],
  ['CARGO_REGISTRY_TOKEN', (r) => 'cio' + r.str(32, ALNUM), ['cargo registry token', 'CARGO_REGISTRY_TOKEN']],
  ['DOCKER_HUB_PAT', (r) => 'dckr_pat_' + r.str(27, URLSAFE), ['docker hub token', 'DOCKERHUB_TOKEN', 'registry password']],
  ['ARTIFACTORY_API_KEY', (r) => 'AKCp' + r.str(69, ALNUM), ['artifactory api key', 'X-JFrog-Art-Api']],
  ['ARTIFACTORY_REFERENCE_TOKEN', (r) => 'cmVmdGtuOjAxOj' + r.str(50, ALNUM), ['jfrog reference token', 'ARTIFACTORY_ACCESS_TOKEN']],
  ['SONARQUBE_TOKEN', (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40), ['sonar token', 'SONAR_TOKEN']],
  ['CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${r.str(22, ALNUM)}_${r.hex(40)}`, ['circleci token', 'CIRCLE_TOKEN']],
  ['BUILDKITE_AGENT_TOKEN', (r) => 'bkua_' + r.hex(40), ['buildkite agent token', 'BUILDKITE_AGENT_TOKEN']],
  ['TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${r.str(10, ALNUM)}CNTRL-${r.str(33, ALNUM)}`, ['tailscale auth key', 'TS_AUTHKEY']],
  ['TAILSCALE_API_KEY', (r) => `tskey-api-k${r.str(10, ALNUM)}CNTRL-${r.str(33, ALNUM)}`, ['tailscale api key']],
  ['NGROK_AUTHTOKEN', (r) => `${r.int(1, 2)}${r.str(26, ALNUM)}_${r.str(21, ALNUM)}`, ['ngrok authtoken', 'NGROK_AUTHTOKEN']],
  ['WIREGUARD_PRIVATE_KEY', (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b64(b); }, ['PrivateKey']],
  ['AGE_SECRET_KEY', (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5), BECH32).toUpperCase(), ['age key', 'SOPS_AGE_KEY']],
  ['KUBERNETES_SERVICE_ACCOUNT_TOKEN', (r) => jwt(r, { alg: 'RS256', payload: { aud: ['https://kubernetes.default.svc.cluster.test'], exp: 1790000000 + r.int(0, 9e6), iat: 1758000000 + r.int(0, 9e6), iss: 'https://kubernetes.default.svc.cluster.test', 'kubernetes.io': { namespace: r.pick(['payments', 'crm', 'ingest', 'default']), serviceaccount: { name: r.pick(['deployer', 'ci-bot', 'backup-sa']), uid: uuid(r) } }, sub: 'system:serviceaccount:' + r.pick(['payments', 'crm']) + ':deployer' } }), ['token']],
  ['KUBERNETES_BOOTSTRAP_TOKEN', (r) => `${r.str(6, LOWALNUM)}.${r.str(16, LOWALNUM)}`, ['bootstrap token', 'token']],
  ['JSON_WEB_TOKEN', (r) => jwt(r), ['access_token', 'id_token', 'jwt', 'auth token']],
  ['SUPABASE_SERVICE_ROLE_KEY', (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.str(20, LOWER), role: 'service_role', iat: 1690000000 + r.int(0, 9e6), exp: 2000000000 + r.int(0, 9e6) } }), ['supabase service role key', 'SUPABASE_SERVICE_ROLE_KEY']],
  ['SUPABASE_ACCESS_TOKEN', (r) => 'sbp_' + r.hex(40), ['supabase access token']],
  ['PLANETSCALE_PASSWORD', (r) => 'pscale_pw_' + r.str(43, URLSAFE), ['planetscale password', 'DATABASE_PASSWORD']],
  ['PLANETSCALE_TOKEN', (r) => 'pscale_tkn_' + r.str(43, URLSAFE), ['planetscale service token']],
  ['NEON_API_KEY', (r) => 'napi_' + r.str(64, LOWALNUM), ['neon api key']],
  ['INFLUXDB_TOKEN', (r) => b64(r.bytes(64)).replace(/[+/]/g, (c) => (c === '+' ? '-' : '_')), ['influx token', 'INFLUX_TOKEN', 'Authorization']],
  ['LAUNCHDARKLY_SDK_KEY', (r) => 'sdk-' + uuid(r), ['launchdarkly sdk key', 'LD_SDK_KEY']],
  ['LAUNCHDARKLY_API_TOKEN', (r) => 'api-' + uuid(r), ['launchdarkly api token']],
  ['POSTHOG_PERSONAL_API_KEY', (r) => 'phx_' + r.str(43, ALNUM), ['posthog personal api key']],
  ['SEGMENT_WRITE_KEY', (r) => r.str(32, ALNUM), ['segment write key', 'SEGMENT_WRITE_KEY']],
  ['ROLLBAR_ACCESS_TOKEN', (r) => r.hex(32), ['rollbar token', 'ROLLBAR_ACCESS_TOKEN']],
  ['BUGSNAG_API_KEY', (r) => r.hex(32), ['bugsnag api key']],
  ['CONFLUENT_API_SECRET', (r) => r.str(64, ALNUM + '+/'), ['confluent api secret', 'sasl.password']],
  ['MONGODB_ATLAS_PRIVATE_KEY', (r) => uuid(r), ['atlas private key', 'MONGODB_ATLAS_PRIVATE_KEY']],
  ['EASYPOST_API_KEY', (r) => 'EZAK' + r.str(54, ALNUM), ['easypost api key']],
  ['SHIPPO_API_TOKEN', (r) => 'shippo_live_' + r.hex(40), ['shippo token']],
  ['SPOTIFY_CLIENT_SECRET', (r) => r.hex(32), ['spotify client secret']],
  ['OKTA_API_TOKEN', (r) => '00' + r.str(40, URLSAFE), ['okta api token', 'OKTA_CLIENT_TOKEN', 'SSWS']],
  ['AUTH0_CLIENT_SECRET', (r) => r.str(64, URLSAFE), ['auth0 client secret', 'AUTH0_CLIENT_SECRET']],
  ['KEYCLOAK_CLIENT_SECRET', (r) => r.str(32, ALNUM), ['keycloak client secret', 'KC_CLIENT_SECRET']],
  ['OAUTH_CLIENT_SECRET', (r) => r.str(r.pick([32, 40, 48]), URLSAFE), ['client secret', 'oauth client secret', 'clientSecret']],
  ['OAUTH_REFRESH_TOKEN', (r) => r.str(r.int(40, 64), URLSAFE), ['refresh token', 'refreshToken']],
  ['OAUTH_ACCESS_TOKEN', (r) => r.str(r.int(32, 48), URLSAFE), ['access token', 'bearer']],
  ['INTERNAL_API_KEY', (r) => r.pick(['acme_live_', 'kp_prod_', 'svc_', 'intk_', 'ak_']) + r.str(r.int(28, 40), ALNUM), ['api key', 'x-api-key', 'service key', 'clave api', 'api schluessel']],
  ['SERVICE_AUTH_TOKEN', (r) => r.str(r.int(40, 64), ALNUM), ['service token', 'internal token', 'x-internal-auth']],
  ['WEBHOOK_SIGNING_SECRET', (r) => r.pick(['whsk_', 'wh_', '']) + r.str(32, ALNUM), ['webhook secret', 'signing secret']],
  ['HMAC_SECRET', (r) => r.hex(64), ['hmac key', 'hmac secret', 'signature key']],
  ['ENCRYPTION_KEY', (r) => b64(r.bytes(32)), ['encryption key', 'data key', 'aes key', 'master key']],
  ['JWT_SIGNING_SECRET', (r) => r.str(r.pick([32, 48, 64]), ALNUM + '-_!'), ['jwt secret', 'JWT_SECRET', 'token signing secret']],
  ['DJANGO_SECRET_KEY', (r) => 'django-insecure-' + r.str(50, LOWALNUM + '!@#%^&*(-_=+)'), ['SECRET_KEY']],
  ['RAILS_SECRET_KEY_BASE', (r) => r.hex(128), ['secret_key_base', 'SECRET_KEY_BASE']],
  ['RAILS_MASTER_KEY', (r) => r.hex(32), ['RAILS_MASTER_KEY']],
  ['LARAVEL_APP_KEY', (r) => 'base64:' + b64(r.bytes(32)), ['APP_KEY']],
  ['NEXTAUTH_SECRET', (r) => b64(r.bytes(32)), ['NEXTAUTH_SECRET', 'AUTH_SECRET']],
  ['FLASK_SECRET_KEY', (r) => r.hex(48), ['SECRET_KEY', 'flask secret']],
  ['SESSION_COOKIE', (r) => r.str(r.pick([26, 32, 48]), LOWALNUM), ['session']],
  ['SIGNED_SESSION_COOKIE', (r) => 's%3A' + r.str(32, URLSAFE) + '.' + encodeURIComponent(b64(r.bytes(32)).replace(/=+$/, '')), ['connect.sid']],
  ['TOTP_SECRET', (r) => r.str(r.pick([16, 32]), B32), ['totp secret', 'otp seed', 'mfa secret']],
  ['MFA_RECOVERY_CODE', (r) => `${r.str(5, LOWALNUM)}-${r.str(5, LOWALNUM)}`, ['recovery code']],
  ['BITCOIN_WIF_PRIVATE_KEY', (r) => b58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([1])])), ['wif', 'wallet private key']],
  ['ETHEREUM_PRIVATE_KEY', (r) => '0x' + r.hex(64), ['eth private key', 'PRIVATE_KEY', 'deployer key']],
  ['EDI_SECURITY_INFORMATION', (r) => r.str(10, UPALNUM), ['ISA04']],
  ['BASIC_AUTH_CREDENTIALS', null, ['Authorization']],
  ['DOCKER_REGISTRY_AUTH', null, ['auth']],
  ['KUBERNETES_SECRET_DATA', null, ['data']],
  ['KUBECONFIG_CLIENT_KEY_DATA', null, ['client-key-data']],
  ['RSA_PRIVATE_KEY', pemRsaPkcs1, ['private key', 'tls key', 'signing key']],
  ['PKCS8_PRIVATE_KEY', pemRsaPkcs8, ['private_key', 'privateKey', 'jwt private key']],
  ['EC_PRIVATE_KEY', pemEc, ['ec key', 'tls.key']],
  ['EC_PKCS8_PRIVATE_KEY', pemEcPkcs8, ['apns key', 'p8 key', 'signing key']],
  ['ED25519_PRIVATE_KEY', pemEd25519, ['ed25519 key', 'node key']],
  ['OPENSSH_PRIVATE_KEY', (r) => opensshKey(r), ['ssh key', 'deploy key', 'SSH_PRIVATE_KEY', 'id_ed25519']],
  ['PGP_PRIVATE_KEY', (r) => pgpKey(r), ['gpg key', 'signing key', 'GPG_PRIVATE_KEY']],
  ['PASSWORD_HASH', (r) => r.pick([() => '$2b$12$' + r.str(53, ALNUM + './'), () => '$6$' + r.str(16, ALNUM + './') + '$' + r.str(86, ALNUM + './'), () => '$argon2id$v=19$m=65536,t=3,p=4$' + b64(r.bytes(16)).replace(/=+$/, '') + '$' + b64(r.bytes(32)).replace(/=+$/, ''), () => '{SSHA}' + b64(r.bytes(24))])(), ['password_hash', 'userPassword', 'pwd_hash']],
  // passwords by system (values from password())
  ['POSTGRES_PASSWORD', (r) => password(r), ['postgres password', 'PGPASSWORD', 'POSTGRES_PASSWORD', 'db password']],
  ['MYSQL_PASSWORD', (r) => password(r), ['mysql password', 'MYSQL_ROOT_PASSWORD', 'MYSQL_PWD']],
  ['MARIADB_PASSWORD', (r) => password(r), ['mariadb password', 'MARIADB_PASSWORD']],
  ['MSSQL_PASSWORD', (r) => simplePassword(r), ['sa password', 'MSSQL_SA_PASSWORD', 'sql server password']],
  ['ORACLE_DB_PASSWORD', (r) => simplePassword(r), ['oracle password', 'ORACLE_PWD']],
  ['MONGODB_PASSWORD', (r) => password(r), ['mongo password', 'MONGO_INITDB_ROOT_PASSWORD']],
  ['REDIS_PASSWORD', (r) => password(r), ['redis password', 'REDIS_AUTH', 'requirepass']],
  ['RABBITMQ_PASSWORD', (r) => password(r), ['rabbitmq password', 'RABBITMQ_DEFAULT_PASS', 'amqp password']],
  ['KAFKA_SASL_PASSWORD', (r) => simplePassword(r), ['kafka password', 'sasl password']],
  ['CASSANDRA_PASSWORD', (r) => password(r), ['cassandra password']],
  ['CLICKHOUSE_PASSWORD', (r) => password(r), ['clickhouse password', 'CLICKHOUSE_PASSWORD']],
  ['ELASTICSEARCH_PASSWORD', (r) => password(r), ['elastic password', 'ELASTIC_PASSWORD']],
  ['NEO4J_PASSWORD', (r) => password(r), ['neo4j password', 'NEO4J_AUTH']],
  ['COUCHDB_PASSWORD', (r) => password(r), ['couchdb password', 'COUCHDB_PASSWORD']],
  ['COUCHBASE_PASSWORD', (r) => password(r), ['couchbase password']],
  ['NATS_PASSWORD', (r) => password(r), ['nats password']],
  ['MQTT_PASSWORD', (r) => password(r), ['mqtt password', 'broker password']],
  ['SNOWFLAKE_PASSWORD', (r) => password(r), ['snowflake password', 'SNOWFLAKE_PASSWORD']],
  ['DB2_PASSWORD', (r) => simplePassword(r), ['db2 password']],
  ['COCKROACHDB_PASSWORD', (r) => password(r), ['cockroach password']],
  ['TRINO_PASSWORD', (r) => password(r), ['trino password']],
  ['VERTICA_PASSWORD', (r) => password(r), ['vertica password']],
  ['ACTIVEMQ_PASSWORD', (r) => password(r), ['activemq password', 'broker password']],
  ['LDAP_BIND_PASSWORD', (r) => password(r), ['bind password', 'bindPassword', 'LDAP_BIND_PW', 'ldap password']],
  ['SMTP_PASSWORD', (r) => password(r), ['smtp password', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD']],
  ['FTP_PASSWORD', (r) => password(r), ['ftp password', 'sftp password']],
  ['PROXY_PASSWORD', (r) => password(r), ['proxy password', 'https_proxy']],
  ['ADMIN_PASSWORD', (r) => password(r), ['admin password', 'ADMIN_PASS', 'initial admin password', 'passwort', 'contrasena', 'motdepasse', 'senha']],
  ['SERVICE_ACCOUNT_PASSWORD', (r) => password(r), ['service account password', 'svc password', 'kennwort']],
  ['USER_PASSWORD', (r) => password(r, r.pick(['human', 'random', 'phrase'])), ['password', 'pwd', 'pass', 'wachtwoord', 'haslo']],
  ['KEYSTORE_PASSWORD', (r) => password(r), ['keystore password', 'storePassword', 'keyPassword', 'ssl.keystore.password']],
  ['SSH_KEY_PASSPHRASE', (r) => password(r, 'phrase'), ['ssh passphrase', 'key passphrase']],
  ['WIFI_PSK', (r) => password(r, r.pick(['human', 'phrase', 'random'])), ['wpa_passphrase', 'psk', 'wifi password']],
  ['VPN_PRESHARED_KEY', (r) => r.chance(0.5) ? b64(r.bytes(32)) : password(r, 'random'), ['PresharedKey', 'ipsec psk', 'vpn psk']],
  ['SNMP_COMMUNITY_STRING', (r) => r.pick(['nms', 'mon', 'ro', 'netops']) + '-' + r.str(r.int(10, 16), ALNUM), ['snmp community', 'community']],
  ['RADIUS_SHARED_SECRET', (r) => password(r, 'random'), ['radius secret', 'shared secret']],
];
export const ENTITIES = CATALOG.map((e) => e[0]);
export const byEnt = Object.fromEntries(CATALOG.map((e) => [e[0], e]));

// ---------- key names ----------
export function keyName(r, base, style) {
  if (/[A-Z]/.test(base) && !/ /.test(base)) return base; // literal header / env name
  if (/[.\-_]/.test(base) && !/ /.test(base)) return base;
  const w = base.toLowerCase().split(/\s+/);
  style = style || r.pick(['snake', 'SNAKE', 'camel', 'kebab', 'dot']);
  if (style === 'snake') return w.join('_');
  if (style === 'SNAKE') return w.join('_').toUpperCase();
  if (style === 'camel') return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
  if (style === 'kebab') return w.join('-');
  return w.join('.');
}
export function secretValue(r, ent) { const e = byEnt[ent]; const v = e[1](r); if (/example/i.test(v)) return secretValue(r, ent); return v; }
export const basicAuth = (user, pw) => Buffer.from(`${user}:${pw}`, 'utf8').toString('base64');
