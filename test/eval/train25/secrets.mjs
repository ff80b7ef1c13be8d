// Secret kinds of this set: entity name, words for key names, value generator.
// Values are format-valid for their kind, random from the seed, and never contain the word EXAMPLE.
import { ghChecksum, b32encode, bech32Encode, convertBits, B32 } from './checksums.mjs';
import * as K from './keys.mjs';
import { S } from './doc.mjs';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const uuid = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; };
const b64json = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const gh = (pre) => (r) => { const b = r.alnum(30); return pre + b + ghChecksum(b); };

export function jwt(r, { alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512']), payload, kid } = {}) {
  const h = { alg, typ: 'JWT' };
  if (kid || (alg !== 'HS256' && r.chance(0.6))) h.kid = kid || r.hex(16);
  const now = 1700000000 + r.int(0, 60000000);
  const p = payload || { sub: String(r.int(1000, 999999)), iat: now, exp: now + r.pick([900, 3600, 86400, 2592000]),
    iss: r.pick(['https://auth.corp.example/', 'https://id.shop.test', 'accounts-svc', 'https://login.internal.example/realms/main']),
    aud: r.pick(['api', 'mobile-app', 'billing', 'https://api.shop.test']), scope: r.pick(['read write', 'openid profile email', 'admin', 'orders:read']) };
  const sigLen = alg.startsWith('RS') ? 256 : alg === 'ES256' ? 64 : alg === 'HS512' ? 64 : 32;
  return `${b64json(h)}.${b64json(p)}.${r.b64url(sigLen)}`;
}

// passwords of several shapes; urlSafe avoids characters that break URLs and configs
const WORDS = ['copper', 'lantern', 'marble', 'orbit', 'thistle', 'harbor', 'velvet', 'cactus', 'ember', 'glacier', 'saffron', 'walnut', 'pylon', 'quartz', 'tundra', 'falcon'];
export function password(r, { urlSafe = false, strong = false } = {}) {
  const sym = urlSafe ? '-_.~' : '!%*+-_.@^~=#&?';
  const shape = strong ? r.pick([1, 2]) : r.int(0, 4);
  let v;
  switch (shape) {
    case 0: v = `${r.pick(WORDS)[0].toUpperCase()}${r.pick(WORDS).slice(1)}${r.int(10, 9999)}${r.str(sym, 1)}`; break;
    case 1: v = r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789' + sym, r.int(16, 32)); break;
    case 2: v = r.alnum(r.int(20, 40)); break;
    case 3: v = [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS), r.int(1, 99)].join(r.pick(['-', '.', '_'])); break;
    default: v = `${r.pick(WORDS)}${r.str(sym, 1)}${r.upper(2)}${r.digits(4)}${r.pick(WORDS)}`;
  }
  if (/^[-=]/.test(v)) v = 'p' + v;
  return v;
}

// key material caches are not used: every key is fresh from the PRNG
export const pemKinds = {
  RSA_PRIVATE_KEY: (r) => K.pem('RSA PRIVATE KEY', K.rsaPkcs1Der(K.rsaKey(r, r.chance(0.8) ? 2048 : 1024))),
  PKCS8_PRIVATE_KEY: (r) => K.pem('PRIVATE KEY', K.rsaPkcs8Der(K.rsaKey(r, r.chance(0.85) ? 2048 : 1024))),
  EC_PRIVATE_KEY: (r) => K.pem('EC PRIVATE KEY', K.ecSec1Der(K.ecKey(r))),
  EC_PKCS8_PRIVATE_KEY: (r) => K.pem('PRIVATE KEY', K.ecPkcs8Der(K.ecKey(r))),
  ED25519_PRIVATE_KEY: (r) => K.pem('PRIVATE KEY', K.edKey(r).pkcs8),
  OPENSSH_PRIVATE_KEY: (r, comment = 'deploy@build-07') => (r.chance(0.75) ? K.opensshEd25519(r, K.edKey(r), comment) : K.opensshRsa(r, K.rsaKey(r, r.chance(0.5) ? 2048 : 1024), comment)),
  PGP_PRIVATE_KEY: (r, uid = 'Release Signing <release@corp.example>') => K.pgpSecretKey(r, uid, 1600000000 + r.int(0, 100000000)),
};

// [entity, key words, generator, flags]
const T = [];
const add = (e, words, gen, flags = {}) => T.push({ e, words, gen, ...flags });

add('GITHUB_PERSONAL_ACCESS_TOKEN', ['github', 'token'], gh('ghp_'), { alt: ['GH_TOKEN', 'GITHUB_PAT', 'gh_pat'] });
add('GITHUB_OAUTH_TOKEN', ['github', 'oauth', 'token'], gh('gho_'));
add('GITHUB_USER_TO_SERVER_TOKEN', ['github', 'app', 'user', 'token'], gh('ghu_'));
add('GITHUB_INSTALLATION_TOKEN', ['github', 'installation', 'token'], gh('ghs_'));
add('GITHUB_REFRESH_TOKEN', ['github', 'refresh', 'token'], gh('ghr_'));
add('GITHUB_FINE_GRAINED_TOKEN', ['github', 'fine', 'grained', 'pat'], (r) => `github_pat_${r.uppernum(2)}${r.alnum(20)}_${r.alnum(59)}`);
add('GITLAB_PERSONAL_ACCESS_TOKEN', ['gitlab', 'token'], (r) => `glpat-${r.str(B64URL.replace('-', ''), 20)}`, { alt: ['GL_TOKEN', 'CI_PUSH_TOKEN'] });
add('GITLAB_PIPELINE_TRIGGER_TOKEN', ['gitlab', 'trigger', 'token'], (r) => `glptt-${r.hex(40)}`);
add('GITLAB_RUNNER_TOKEN', ['runner', 'registration', 'token'], (r) => `glrt-${r.str(B64URL.replace('-', ''), 20)}`);
add('GITLAB_DEPLOY_TOKEN', ['gitlab', 'deploy', 'token'], (r) => `gldt-${r.alnum(20)}`);
add('AWS_ACCESS_KEY', ['aws', 'access', 'key', 'id'], (r) => `AKIA${r.str(B32, 16)}`, { alt: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'] });
add('AWS_TEMPORARY_ACCESS_KEY', ['aws', 'access', 'key', 'id'], (r) => `ASIA${r.str(B32, 16)}`, { alt: ['AccessKeyId'] });
add('AWS_SECRET_KEY', ['aws', 'secret', 'access', 'key'], (r) => r.str(B64, 40), { alt: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey', 'SecretAccessKey'] });
add('AWS_SESSION_TOKEN', ['aws', 'session', 'token'], (r) => `IQoJb3JpZ2luX2Vj${r.str(B64, r.int(180, 300))}${r.pick(['', '=', '=='])}`, { alt: ['SessionToken'] });
add('AWS_SES_SMTP_PASSWORD', ['ses', 'smtp', 'password'], (r) => `BP${r.str(B64.replace('/', ''), 42)}`);
add('GOOGLE_API_KEY', ['google', 'api', 'key'], (r) => `AIza${r.str(B64URL, 35)}`, { alt: ['GOOGLE_MAPS_API_KEY', 'GEMINI_API_KEY', 'firebaseApiKey'] });
add('GOOGLE_OAUTH_CLIENT_SECRET', ['google', 'client', 'secret'], (r) => `GOCSPX-${r.str(B64URL, 28)}`);
add('GOOGLE_OAUTH_ACCESS_TOKEN', ['google', 'access', 'token'], (r) => `ya29.${r.str(B64URL, r.int(120, 180))}`);
add('GOOGLE_OAUTH_REFRESH_TOKEN', ['google', 'refresh', 'token'], (r) => `1//0${r.str(B64URL, 99)}`);
add('AZURE_STORAGE_ACCOUNT_KEY', ['azure', 'storage', 'key'], (r) => r.b64(64), { alt: ['AccountKey', 'AZURE_STORAGE_KEY'] });
add('AZURE_SAS_SIGNATURE', ['azure', 'sas', 'sig'], (r) => encodeURIComponent(r.b64(32)));
add('AZURE_AD_CLIENT_SECRET', ['azure', 'client', 'secret'], (r) => `${r.alnum(3)}8Q~${r.str(B64URL.replace('-', '') + '.~', 31)}`, { alt: ['AZURE_CLIENT_SECRET', 'ClientSecret'] });
add('AZURE_DEVOPS_PAT', ['azure', 'devops', 'pat'], (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52));
add('AZURE_COSMOS_DB_KEY', ['cosmos', 'primary', 'key'], (r) => r.b64(64));
add('AZURE_SERVICE_BUS_KEY', ['servicebus', 'shared', 'access', 'key'], (r) => r.b64(32));
add('SLACK_BOT_TOKEN', ['slack', 'bot', 'token'], (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`);
add('SLACK_USER_TOKEN', ['slack', 'user', 'token'], (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`);
add('SLACK_APP_TOKEN', ['slack', 'app', 'token'], (r) => `xapp-1-A${r.uppernum(10)}-${r.digits(13)}-${r.hex(64)}`);
add('SLACK_WEBHOOK_SECRET', ['slack', 'webhook', 'url'], (r) => r.alnum(24), { url: 'slackhook' });
add('SLACK_SIGNING_SECRET', ['slack', 'signing', 'secret'], (r) => r.hex(32));
add('STRIPE_SECRET_KEY', ['stripe', 'secret', 'key'], (r) => `sk_live_51${r.alnum(97)}`, { alt: ['STRIPE_SK', 'stripe.apiKey'] });
add('STRIPE_RESTRICTED_KEY', ['stripe', 'restricted', 'key'], (r) => `rk_live_51${r.alnum(97)}`);
add('STRIPE_TEST_SECRET_KEY', ['stripe', 'test', 'secret', 'key'], (r) => `sk_test_51${r.alnum(97)}`);
add('STRIPE_WEBHOOK_SECRET', ['stripe', 'webhook', 'secret'], (r) => `whsec_${r.alnum(32)}`);
add('OPENAI_API_KEY', ['openai', 'api', 'key'], (r) => `sk-proj-${r.str(B64URL, 74)}T3BlbkFJ${r.str(B64URL, 74)}`);
add('OPENAI_LEGACY_API_KEY', ['openai', 'key'], (r) => `sk-${r.alnum(20)}T3BlbkFJ${r.alnum(20)}`);
add('OPENAI_SERVICE_ACCOUNT_KEY', ['openai', 'svc', 'key'], (r) => `sk-svcacct-${r.str(B64URL, 74)}T3BlbkFJ${r.str(B64URL, 74)}`);
add('ANTHROPIC_API_KEY', ['anthropic', 'api', 'key'], (r) => `sk-ant-api03-${r.str(B64URL, 93)}AA`, { alt: ['CLAUDE_API_KEY', 'x-api-key'] });
add('ANTHROPIC_ADMIN_KEY', ['anthropic', 'admin', 'key'], (r) => `sk-ant-admin01-${r.str(B64URL, 93)}AA`);
add('HUGGINGFACE_TOKEN', ['hf', 'token'], (r) => `hf_${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`, { alt: ['HUGGING_FACE_HUB_TOKEN'] });
add('COHERE_API_KEY', ['cohere', 'api', 'key'], (r) => r.alnum(40));
add('MISTRAL_API_KEY', ['mistral', 'api', 'key'], (r) => r.alnum(32));
add('GROQ_API_KEY', ['groq', 'api', 'key'], (r) => `gsk_${r.alnum(52)}`);
add('REPLICATE_API_TOKEN', ['replicate', 'api', 'token'], (r) => `r8_${r.alnum(37)}`);
add('PERPLEXITY_API_KEY', ['perplexity', 'api', 'key'], (r) => `pplx-${r.alnum(48)}`);
add('XAI_API_KEY', ['xai', 'api', 'key'], (r) => `xai-${r.alnum(80)}`);
add('PINECONE_API_KEY', ['pinecone', 'api', 'key'], (r) => `pcsk_${r.alnum(5)}_${r.alnum(62)}`);
add('ELEVENLABS_API_KEY', ['elevenlabs', 'api', 'key'], (r) => `sk_${r.hex(48)}`);
add('DEEPSEEK_API_KEY', ['deepseek', 'api', 'key'], (r) => `sk-${r.hex(32)}`);
add('TWILIO_AUTH_TOKEN', ['twilio', 'auth', 'token'], (r) => r.hex(32));
add('TWILIO_API_SECRET', ['twilio', 'api', 'secret'], (r) => r.alnum(32));
add('SENDGRID_API_KEY', ['sendgrid', 'api', 'key'], (r) => `SG.${r.str(B64URL, 22)}.${r.str(B64URL, 43)}`);
add('MAILGUN_API_KEY', ['mailgun', 'api', 'key'], (r) => `key-${r.hex(32)}`);
add('MAILCHIMP_API_KEY', ['mailchimp', 'api', 'key'], (r) => `${r.hex(32)}-us${r.int(1, 21)}`);
add('POSTMARK_SERVER_TOKEN', ['postmark', 'server', 'token'], uuid);
add('NPM_ACCESS_TOKEN', ['npm', 'token'], (r) => `npm_${r.alnum(36)}`, { alt: ['NODE_AUTH_TOKEN', '_authToken'] });
add('PYPI_UPLOAD_TOKEN', ['pypi', 'token'], (r) => `pypi-${Buffer.concat([Buffer.from([2, 1, 15]), Buffer.from('upload.pkg.test'), Buffer.from([2, 0x2e]), Buffer.from('{"permissions":"user","version":1}'), r.bytes(60)]).toString('base64url')}`, { alt: ['TWINE_PASSWORD'] });
add('RUBYGEMS_API_KEY', ['gem', 'host', 'api', 'key'], (r) => `rubygems_${r.hex(48)}`);
add('NUGET_API_KEY', ['nuget', 'api', 'key'], (r) => `oy2${r.lowernum(43)}`);
add('DOCKERHUB_ACCESS_TOKEN', ['docker', 'hub', 'token'], (r) => `dckr_pat_${r.str(B64URL, 27)}`);
add('CARGO_REGISTRY_TOKEN', ['cargo', 'registry', 'token'], (r) => `cio${r.alnum(32)}`);
add('DIGITALOCEAN_TOKEN', ['digitalocean', 'token'], (r) => `dop_v1_${r.hex(64)}`, { alt: ['DO_API_TOKEN'] });
add('DIGITALOCEAN_OAUTH_TOKEN', ['do', 'oauth', 'token'], (r) => `doo_v1_${r.hex(64)}`);
add('HEROKU_API_KEY', ['heroku', 'api', 'key'], (r) => `HRKU-AA${r.str(B64URL, 58)}`);
add('NETLIFY_AUTH_TOKEN', ['netlify', 'auth', 'token'], (r) => `nfp_${r.alnum(36)}`);
add('VERCEL_TOKEN', ['vercel', 'token'], (r) => r.alnum(24));
add('CLOUDFLARE_API_TOKEN', ['cloudflare', 'api', 'token'], (r) => r.str(B64URL, 40), { alt: ['CF_API_TOKEN'] });
add('CLOUDFLARE_GLOBAL_API_KEY', ['cloudflare', 'api', 'key'], (r) => r.hex(37));
add('CLOUDFLARE_ORIGIN_CA_KEY', ['origin', 'ca', 'key'], (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`);
add('FASTLY_API_TOKEN', ['fastly', 'api', 'token'], (r) => r.str(B64URL, 32));
add('LINODE_TOKEN', ['linode', 'token'], (r) => r.hex(64));
add('VAULT_TOKEN', ['vault', 'token'], (r) => `hvs.${r.str(B64URL, 91)}`);
add('VAULT_BATCH_TOKEN', ['vault', 'batch', 'token'], (r) => `hvb.${r.str(B64URL, 138)}`);
add('TERRAFORM_CLOUD_TOKEN', ['tfe', 'token'], (r) => `${r.alnum(14)}.atlasv1.${r.alnum(67)}`, { alt: ['TF_TOKEN_app_terraform_io', 'TFE_TOKEN'] });
add('PULUMI_ACCESS_TOKEN', ['pulumi', 'access', 'token'], (r) => `pul-${r.hex(40)}`);
add('DOPPLER_TOKEN', ['doppler', 'token'], (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.alnum(40)}`);
add('DATADOG_API_KEY', ['dd', 'api', 'key'], (r) => r.hex(32), { alt: ['DATADOG_API_KEY'] });
add('DATADOG_APP_KEY', ['dd', 'app', 'key'], (r) => r.hex(40));
add('NEW_RELIC_LICENSE_KEY', ['new', 'relic', 'license', 'key'], (r) => `${r.hex(36)}NRAL`);
add('NEW_RELIC_USER_KEY', ['new', 'relic', 'api', 'key'], (r) => `NRAK-${r.uppernum(27)}`);
add('SENTRY_AUTH_TOKEN', ['sentry', 'auth', 'token'], (r) => (r.chance(0.5) ? `sntryu_${r.hex(64)}` : `sntrys_${b64json({ iat: 1700000000 + r.int(0, 9e7), url: 'https://sentry.corp.example', region_url: 'https://eu.sentry.corp.example', org: r.pick(['acme', 'shopfloor', 'kiwi']) })}_${r.str(B64, 43)}`));
add('GRAFANA_SERVICE_ACCOUNT_TOKEN', ['grafana', 'token'], (r) => `glsa_${r.alnum(32)}_${r.hex(8)}`);
add('GRAFANA_CLOUD_TOKEN', ['grafana', 'cloud', 'token'], (r) => `glc_${Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: `stack-${r.int(100000, 999999)}-hm-read`, k: r.alnum(24), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0']) } })).toString('base64')}`);
add('PAGERDUTY_API_KEY', ['pagerduty', 'token'], (r) => `u+${r.str(B64URL, 18)}`);
add('OPSGENIE_API_KEY', ['opsgenie', 'api', 'key'], uuid);
add('SPLUNK_HEC_TOKEN', ['splunk', 'hec', 'token'], (r) => uuid(r).toUpperCase());
add('ELASTIC_API_KEY', ['elastic', 'api', 'key'], (r) => Buffer.from(`${r.str(B64URL, 20)}:${r.str(B64URL, 22)}`).toString('base64'));
add('ALGOLIA_ADMIN_KEY', ['algolia', 'admin', 'key'], (r) => r.hex(32));
add('SHOPIFY_ACCESS_TOKEN', ['shopify', 'access', 'token'], (r) => `shpat_${r.hex(32)}`);
add('SHOPIFY_SHARED_SECRET', ['shopify', 'shared', 'secret'], (r) => `shpss_${r.hex(32)}`);
add('SHOPIFY_CUSTOM_APP_TOKEN', ['shopify', 'app', 'token'], (r) => `shpca_${r.hex(32)}`);
add('SQUARE_ACCESS_TOKEN', ['square', 'access', 'token'], (r) => `EAAA${r.str(B64URL, 60)}`);
add('SQUARE_OAUTH_SECRET', ['square', 'oauth', 'secret'], (r) => `sq0csp-${r.str(B64URL, 43)}`);
add('BRAINTREE_ACCESS_TOKEN', ['braintree', 'access', 'token'], (r) => `access_token$production$${r.lowernum(16)}$${r.hex(32)}`);
add('ADYEN_API_KEY', ['adyen', 'api', 'key'], (r) => `AQE${r.str(B64, 60)}.${r.str(B64, 40)}`);
add('PLAID_SECRET', ['plaid', 'secret'], (r) => r.hex(30));
add('DISCORD_BOT_TOKEN', ['discord', 'bot', 'token'], (r) => `${Buffer.from(String(r.int(1, 9)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${r.str(B64URL, 6)}.${r.str(B64URL, 38)}`);
add('DISCORD_WEBHOOK_TOKEN', ['discord', 'webhook'], (r) => r.str(B64URL, 68), { url: 'discordhook' });
add('TELEGRAM_BOT_TOKEN', ['telegram', 'bot', 'token'], (r) => `${r.int(1, 7)}${r.digits(9)}:AA${r.str(B64URL, 33)}`);
add('ATLASSIAN_API_TOKEN', ['jira', 'api', 'token'], (r) => `ATATT3xFfGF0${r.str(B64URL, 170)}=${r.HEX(8)}`, { alt: ['CONFLUENCE_API_TOKEN', 'ATLASSIAN_TOKEN'] });
add('LINEAR_API_KEY', ['linear', 'api', 'key'], (r) => `lin_api_${r.alnum(40)}`);
add('NOTION_TOKEN', ['notion', 'token'], (r) => (r.chance(0.5) ? `ntn_${r.digits(11)}${r.alnum(35)}` : `secret_${r.alnum(43)}`));
add('ASANA_PAT', ['asana', 'pat'], (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`);
add('AIRTABLE_PAT', ['airtable', 'token'], (r) => `pat${r.alnum(14)}.${r.hex(64)}`);
add('FIGMA_TOKEN', ['figma', 'token'], (r) => `figd_${r.str(B64URL, 40)}`);
add('POSTMAN_API_KEY', ['postman', 'api', 'key'], (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`);
add('OKTA_API_TOKEN', ['okta', 'api', 'token'], (r) => `00${r.str(B64URL, 40)}`);
add('AUTH0_CLIENT_SECRET', ['auth0', 'client', 'secret'], (r) => r.str(B64URL, 64));
add('FIREBASE_SERVER_KEY', ['fcm', 'server', 'key'], (r) => `AAAA${r.str(B64URL, 7)}:APA91b${r.str(B64URL, 134)}`);
add('MAPBOX_SECRET_TOKEN', ['mapbox', 'secret', 'token'], (r) => `sk.${b64json({ u: r.pick(['fleetmaps', 'dispatch-ops', 'atlas-dev']), a: r.lowernum(25) })}.${r.str(B64URL, 22)}`);
add('TWITTER_BEARER_TOKEN', ['twitter', 'bearer', 'token'], (r) => `AAAAAAAAAAAAAAAAAAAAA${r.alnum(24)}%3D${r.alnum(50)}`);
add('FACEBOOK_ACCESS_TOKEN', ['fb', 'access', 'token'], (r) => `EAAB${r.alnum(120)}`);
add('LINKEDIN_CLIENT_SECRET', ['linkedin', 'client', 'secret'], (r) => r.alnum(16));
add('DROPBOX_ACCESS_TOKEN', ['dropbox', 'token'], (r) => `sl.B${r.str(B64URL, 130)}`);
add('ZOOM_CLIENT_SECRET', ['zoom', 'client', 'secret'], (r) => r.alnum(32));
add('SNYK_TOKEN', ['snyk', 'token'], uuid);
add('SONARQUBE_TOKEN', ['sonar', 'token'], (r) => `${r.pick(['squ_', 'sqp_', 'sqa_'])}${r.hex(40)}`);
add('CIRCLECI_TOKEN', ['circle', 'token'], (r) => `CCIPAT_${r.alnum(22)}_${r.hex(40)}`);
add('BUILDKITE_AGENT_TOKEN', ['buildkite', 'agent', 'token'], (r) => `bkua_${r.hex(40)}`);
add('JENKINS_API_TOKEN', ['jenkins', 'api', 'token'], (r) => `11${r.hex(32)}`);
add('JFROG_ACCESS_TOKEN', ['artifactory', 'token'], (r) => `cmVmdGtuOjAxOjE3${r.alnum(48)}`);
add('JFROG_API_KEY', ['artifactory', 'api', 'key'], (r) => `AKCp${r.alnum(69)}`);
add('CONFLUENT_API_SECRET', ['confluent', 'api', 'secret'], (r) => r.str(B64, 64));
add('SUPABASE_ACCESS_TOKEN', ['supabase', 'access', 'token'], (r) => `sbp_${r.hex(40)}`);
add('SUPABASE_SERVICE_ROLE_KEY', ['supabase', 'service', 'role', 'key'], (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.lower(20), role: 'service_role', iat: 1690000000 + r.int(0, 9e6), exp: 2000000000 + r.int(0, 9e6) } }));
add('PLANETSCALE_PASSWORD', ['planetscale', 'password'], (r) => `pscale_pw_${r.str(B64URL, 43)}`);
add('PLANETSCALE_TOKEN', ['planetscale', 'service', 'token'], (r) => `pscale_tkn_${r.str(B64URL, 43)}`);
add('MONGODB_ATLAS_PRIVATE_KEY', ['atlas', 'private', 'key'], uuid);
add('FLY_API_TOKEN', ['fly', 'api', 'token'], (r) => `FlyV1 fm2_lJPECAAAAAAA${r.str(B64, 120)}`);
add('RENDER_API_KEY', ['render', 'api', 'key'], (r) => `rnd_${r.alnum(32)}`);
add('RAILWAY_TOKEN', ['railway', 'token'], uuid);
add('CONTENTFUL_MANAGEMENT_TOKEN', ['contentful', 'management', 'token'], (r) => `CFPAT-${r.str(B64URL, 43)}`);
add('LAUNCHDARKLY_SDK_KEY', ['launchdarkly', 'sdk', 'key'], (r) => `sdk-${uuid(r)}`);
add('SEGMENT_WRITE_KEY', ['segment', 'write', 'key'], (r) => r.alnum(32));
add('INTERCOM_ACCESS_TOKEN', ['intercom', 'token'], (r) => Buffer.from(`tok:${uuid(r)}:1:0`).toString('base64').replace(/=+$/, '='));
add('HUBSPOT_PRIVATE_APP_TOKEN', ['hubspot', 'access', 'token'], (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`);
add('ZENDESK_API_TOKEN', ['zendesk', 'api', 'token'], (r) => r.alnum(40));
add('SALESFORCE_ACCESS_TOKEN', ['sf', 'access', 'token'], (r) => `00D${r.alnum(12)}!AQ${r.str(B64URL.replace('-', '.'), 95)}`);
add('VONAGE_API_SECRET', ['vonage', 'api', 'secret'], (r) => r.alnum(16));
add('EASYPOST_API_KEY', ['easypost', 'api', 'key'], (r) => `EZAK${r.hex(54)}`);
add('SHIPPO_API_TOKEN', ['shippo', 'token'], (r) => `shippo_live_${r.hex(40)}`);
add('TYPEFORM_TOKEN', ['typeform', 'token'], (r) => `tfp_${r.str(B64URL, 44)}_${r.alnum(14)}`);
add('DATABRICKS_TOKEN', ['databricks', 'token'], (r) => `dapi${r.hex(32)}`);
add('NGROK_AUTHTOKEN', ['ngrok', 'authtoken'], (r) => `2${r.alnum(26)}_${r.alnum(21)}`);
add('TAILSCALE_AUTH_KEY', ['ts', 'authkey'], (r) => `tskey-auth-k${r.alnum(10)}CNTRL-${r.alnum(33)}`);
add('WIREGUARD_PRIVATE_KEY', ['private', 'key'], (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }, { alt: ['PrivateKey'] });
add('AGE_SECRET_KEY', ['age', 'secret', 'key'], (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5)).toUpperCase());
add('TOTP_SEED', ['totp', 'secret'], (r) => b32encode(r.bytes(20)));
add('DJANGO_SECRET_KEY', ['django', 'secret', 'key'], (r) => `${r.chance(0.3) ? 'django-insecure-' : ''}${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@%^&*(-_=+)', 50)}`, { alt: ['SECRET_KEY'] });
add('RAILS_SECRET_KEY_BASE', ['secret', 'key', 'base'], (r) => r.hex(128));
add('RAILS_MASTER_KEY', ['rails', 'master', 'key'], (r) => r.hex(32));
add('LARAVEL_APP_KEY', ['app', 'key'], (r) => `base64:${r.b64(32)}`, { alt: ['APP_KEY'] });
add('FLASK_SECRET_KEY', ['flask', 'secret', 'key'], (r) => r.hex(r.pick([32, 48, 64])));
add('NEXTAUTH_SECRET', ['nextauth', 'secret'], (r) => r.b64(32));
add('ENCRYPTION_KEY', ['encryption', 'key'], (r) => r.b64(32), { alt: ['DATA_KEY', 'AES_KEY', 'MASTER_KEY'] });
add('HMAC_SECRET', ['hmac', 'secret'], (r) => r.hex(64), { alt: ['SIGNING_SECRET'] });
add('WEBHOOK_SECRET', ['webhook', 'secret'], (r) => r.str(B64URL, 40));
add('JWT_SIGNING_SECRET', ['jwt', 'secret'], (r) => r.alnum(r.int(32, 64)), { alt: ['JWT_SECRET', 'TOKEN_SECRET'] });
add('JSON_WEB_TOKEN', ['id', 'token'], (r) => jwt(r), { alt: ['access_token', 'accessToken', 'id_token'] });
add('KUBERNETES_SERVICE_ACCOUNT_TOKEN', ['sa', 'token'], (r) => jwt(r, { alg: 'RS256', payload: { aud: ['https://kubernetes.default.svc'], exp: 1760000000 + r.int(0, 9e7), iat: 1720000000 + r.int(0, 9e6), iss: 'https://kubernetes.default.svc', 'kubernetes.io': { namespace: r.pick(['payments', 'default', 'ops', 'crm']), serviceaccount: { name: r.pick(['deployer', 'ci-bot', 'backup']), uid: uuid(r) } }, sub: 'system:serviceaccount:ops:deployer' } }));
add('OAUTH_ACCESS_TOKEN', ['access', 'token'], (r) => r.str(B64URL, r.int(32, 64)));
add('OAUTH_REFRESH_TOKEN', ['refresh', 'token'], (r) => r.str(B64URL, r.int(40, 80)));
add('OAUTH_CLIENT_SECRET', ['client', 'secret'], (r) => r.str(B64URL, r.int(32, 48)));
add('SESSION_COOKIE', ['session'], (r) => `s%3A${r.str(B64URL, 32)}.${encodeURIComponent(r.b64(32)).replace(/%3D$/, '')}`);
add('API_KEY', ['api', 'key'], (r) => r.str(r.pick([B64URL, UPNUM, '0123456789abcdef']), r.pick([32, 40, 48])), { alt: ['apikey', 'x-api-key', 'ApiKey'] });
add('BEARER_TOKEN', ['bearer', 'token'], (r) => r.str(B64URL, r.int(40, 72)));
add('DATABASE_PASSWORD', ['db', 'password'], (r) => password(r), { pw: true, alt: ['DB_PASS', 'DATABASE_PASSWORD', 'spring.datasource.password'] });
add('POSTGRES_PASSWORD', ['postgres', 'password'], (r) => password(r), { pw: true, alt: ['PGPASSWORD'] });
add('MYSQL_PASSWORD', ['mysql', 'password'], (r) => password(r), { pw: true, alt: ['MYSQL_ROOT_PASSWORD'] });
add('MONGODB_PASSWORD', ['mongo', 'password'], (r) => password(r, { urlSafe: true }), { pw: true });
add('REDIS_PASSWORD', ['redis', 'password'], (r) => password(r, { urlSafe: true }), { pw: true, alt: ['requirepass'] });
add('RABBITMQ_PASSWORD', ['rabbitmq', 'password'], (r) => password(r, { urlSafe: true }), { pw: true, alt: ['RABBITMQ_DEFAULT_PASS'] });
add('LDAP_BIND_PASSWORD', ['ldap', 'bind', 'password'], (r) => password(r), { pw: true });
add('SMTP_PASSWORD', ['smtp', 'password'], (r) => password(r), { pw: true, alt: ['MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD'] });
add('FTP_PASSWORD', ['ftp', 'password'], (r) => password(r, { urlSafe: true }), { pw: true });
add('SSH_PASSWORD', ['ssh', 'password'], (r) => password(r), { pw: true });
add('WIFI_PSK', ['wpa', 'psk'], (r) => password(r), { pw: true });
add('ADMIN_PASSWORD', ['admin', 'password'], (r) => password(r), { pw: true, alt: ['ADMIN_PASS', 'initialAdminPassword'] });
add('KEYSTORE_PASSWORD', ['keystore', 'password'], (r) => password(r), { pw: true, alt: ['storePassword', 'keyPassword'] });
add('PRIVATE_KEY_PASSPHRASE', ['key', 'passphrase'], (r) => password(r), { pw: true });
add('SNOWFLAKE_PASSWORD', ['snowflake', 'password'], (r) => password(r, { strong: true }), { pw: true });
add('ANSIBLE_VAULT_PASSWORD', ['vault', 'password'], (r) => password(r, { strong: true }), { pw: true });
add('ELASTICSEARCH_PASSWORD', ['elastic', 'password'], (r) => password(r, { urlSafe: true }), { pw: true });
add('GRAFANA_ADMIN_PASSWORD', ['gf', 'security', 'admin', 'password'], (r) => password(r), { pw: true });
add('KAFKA_SASL_PASSWORD', ['sasl', 'password'], (r) => password(r, { strong: true }), { pw: true });
add('MSSQL_SA_PASSWORD', ['sa', 'password'], (r) => password(r, { strong: true }), { pw: true, alt: ['SA_PASSWORD'] });
add('ORACLE_PASSWORD', ['oracle', 'pwd'], (r) => password(r), { pw: true });
add('PROXY_PASSWORD', ['proxy', 'password'], (r) => password(r, { urlSafe: true }), { pw: true });
add('VNC_PASSWORD', ['vnc', 'password'], (r) => password(r), { pw: true });
add('BASIC_AUTH_CREDENTIALS', ['basic', 'auth'], (r) => Buffer.from(`${r.pick(['deploy', 'svc-reports', 'admin', 'metrics', 'jenkins'])}:${password(r)}`).toString('base64'), { b64auth: true });
add('DOCKER_REGISTRY_AUTH', ['auth'], (r) => Buffer.from(`${r.pick(['ci-pusher', 'robot$builder', 'deploy', 'svc_registry'])}:${password(r, { strong: true })}`).toString('base64'), { b64auth: true, ctxOnly: true });
add('KUBERNETES_SECRET_DATA', ['password'], (r) => Buffer.from(password(r)).toString('base64'), { ctxOnly: true });
add('KUBECONFIG_CLIENT_KEY_DATA', ['client', 'key', 'data'], (r) => Buffer.from(K.pem('EC PRIVATE KEY', K.ecSec1Der(K.ecKey(r))) + '\n').toString('base64'));
for (const [e, g] of Object.entries(pemKinds)) add(e, ['private', 'key'], g, { pem: true });

export const SECRET_KINDS = T;
export const SECRET_BY_ENTITY = Object.fromEntries(T.map((k) => [k.e, k]));

// generate a value of a kind; never with the word EXAMPLE in it
export function secretValue(r, kind, ...args) {
  for (;;) {
    const v = kind.gen(r, ...args);
    if (!/example/i.test(v)) return v;
  }
}
export const sec = (r, e, ...args) => S(e, secretValue(r, SECRET_BY_ENTITY[e], ...args));

// key names in several styles
export function keyName(r, kind, style) {
  if (kind.alt && r.chance(0.35)) return r.pick(kind.alt);
  const w = kind.words;
  switch (style || r.pick(['SCREAM', 'snake', 'camel', 'kebab', 'dot', 'Pascal'])) {
    case 'SCREAM': return w.join('_').toUpperCase();
    case 'snake': return w.join('_');
    case 'camel': return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'kebab': return w.join('-');
    case 'dot': return w.length > 1 ? `${w[0]}.${w.slice(1).join('_')}` : w[0];
    default: return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
  }
}

// usage counter so that every kind appears several times over the set
const used = new Map();
export function pickKind(r, filter = () => true) {
  const cands = T.filter(filter);
  const sample = r.sample(cands, 6);
  sample.sort((a, b) => (used.get(a.e) || 0) - (used.get(b.e) || 0));
  const k = sample[0];
  used.set(k.e, (used.get(k.e) || 0) + 1);
  return k;
}
export const noteUse = (e) => used.set(e, (used.get(e) || 0) + 1);
export const B64URL_CHARS = B64URL;
export { uuid };
