// Secret value generators (all fake, format-valid). entity -> typical variable names + generator.
import { CS, base62, crc32, b64, b64u, wrap, b58check, bech32Encode, convertBits } from './lib.mjs';

const WORDS = ['amber', 'falcon', 'river', 'copper', 'nimbus', 'tango', 'harbor', 'quartz', 'maple', 'violet', 'ember', 'glacier',
  'orbit', 'pepper', 'saffron', 'tundra', 'walnut', 'zephyr', 'cobalt', 'lantern', 'meadow', 'pixel', 'raven', 'sierra', 'kiwi', 'mango'];
const SYM = '!@#%^&*-_+=?.';

export function password(r, style) {
  style = style ?? r.int(0, 4);
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  switch (style) {
    case 0: return cap(r.pick(WORDS)) + r.pick(['', '_', '.', '-']) + cap(r.pick(WORDS)) + r.digits(r.int(2, 4)) + r.pick(['!', '#', '?', '*', '%']);
    case 1: { let s = r.str(r.int(14, 22), CS.alnum + SYM); return s.replace(/^[-_.]/, 'x'); }
    case 2: return r.pick(WORDS) + '-' + r.pick(WORDS) + '-' + r.pick(WORDS) + '-' + r.digits(2);
    case 3: return r.str(r.int(20, 32), CS.alnum);
    default: return cap(r.pick(WORDS)) + '@' + r.digits(4) + r.str(3, CS.up) + r.pick(['$', '!', '&']);
  }
}
export const urlSafePw = (r) => r.pick([() => password(r, 3), () => password(r, 2), () => cap1(r.pick(WORDS)) + r.digits(4) + r.pick(WORDS) + r.str(5, CS.alnum)])();
const cap1 = (w) => w[0].toUpperCase() + w.slice(1);

function gh(r, p) { const body = r.str(30, CS.b62); return p + '_' + body + base62(crc32(body), 6); }
function jwt(r, payload, alg = 'HS256') {
  const h = b64u(JSON.stringify({ alg, typ: 'JWT' }));
  const p = b64u(JSON.stringify(payload));
  const sig = alg === 'HS256' ? r.str(43, CS.b64u) : r.str(342, CS.b64u);
  return `${h}.${p}.${sig}`;
}
export function makeJwt(r, kind = 'user') {
  const iat = 1760000000 + r.int(0, 20000000);
  const pl = kind === 'supabase'
    ? { iss: 'supabase', ref: r.str(20, CS.low), role: 'service_role', iat, exp: iat + 315360000 }
    : r.pick([
      { sub: String(r.int(1000, 999999)), name: 'svc-' + r.pick(WORDS), iat, exp: iat + 3600 },
      { iss: 'https://auth.' + r.pick(WORDS) + '.example/', sub: 'auth0|' + r.str(24, CS.hex), aud: 'api', scope: 'read:all write:all', iat, exp: iat + 86400 },
      { uid: r.str(12, CS.alnum), roles: ['admin'], tenant: r.pick(WORDS), iat, exp: iat + 7200, jti: r.str(16, CS.hex) },
    ]);
  return jwt(r, pl, r.chance(0.3) && kind !== 'supabase' ? 'RS256' : 'HS256');
}
function der(r, prefix, totalChars) { return prefix + r.str(totalChars - prefix.length, CS.b64); }
export function pem(r, type) {
  switch (type) {
    case 'rsa': return '-----BEGIN RSA PRIVATE KEY-----\n' + wrap(der(r, 'MIIEpAIBAAKCAQEA', 1592).slice(0, 1592), 64) + '\n-----END RSA PRIVATE KEY-----';
    case 'pkcs8': return '-----BEGIN PRIVATE KEY-----\n' + wrap(der(r, 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ', 1624).slice(0, 1624), 64) + '\n-----END PRIVATE KEY-----';
    case 'ec': return '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI' + wrap(r.str(55, CS.b64) + 'oAoGCCqGSM49AwEHoUQDQgAE' + r.str(84, CS.b64) + '==', 64).replace(/^/, '') + '\n-----END EC PRIVATE KEY-----';
    case 'openssh': {
      const str = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
      const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
      const pub = r.bytes(32), seed = r.bytes(32);
      const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
      const chk = r.int(0, 0xffffffff);
      let priv = Buffer.concat([u32(chk), u32(chk), str('ssh-ed25519'), str(pub), str(Buffer.concat([seed, pub])), str(r.pick(WORDS) + '@' + r.pick(WORDS) + '-laptop')]);
      const padn = (8 - (priv.length % 8)) % 8; const pad = Buffer.from(Array.from({ length: padn }, (_, i) => i + 1));
      priv = Buffer.concat([priv, pad]);
      const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pubBlob), str(priv)]);
      return '-----BEGIN OPENSSH PRIVATE KEY-----\n' + wrap(b64(all), 70) + '\n-----END OPENSSH PRIVATE KEY-----';
    }
    case 'pgp': return '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG' + wrap(r.str(1380, CS.b64), 64).replace(/^/, '') + '\n=' + r.str(4, CS.b64) + '\n-----END PGP PRIVATE KEY BLOCK-----';
  }
}

const hex = (r, n) => r.str(n, CS.hex);
const an = (r, n) => r.str(n, CS.alnum);
const au = (r, n) => r.str(n, CS.b64u);

// e: entity; env: variable names people use; g: generator; ml: multi-line; ctx: needs context words (opaque)
export const SPECS = [
  { e: 'GITHUB_PAT', env: ['GITHUB_TOKEN', 'GH_TOKEN', 'github_token'], g: (r) => gh(r, 'ghp') },
  { e: 'GITHUB_OAUTH_TOKEN', env: ['GITHUB_OAUTH_TOKEN', 'gh_oauth'], g: (r) => gh(r, 'gho') },
  { e: 'GITHUB_USER_TO_SERVER_TOKEN', env: ['GH_APP_USER_TOKEN'], g: (r) => gh(r, 'ghu') },
  { e: 'GITHUB_APP_INSTALLATION_TOKEN', env: ['GITHUB_APP_TOKEN', 'INSTALLATION_TOKEN'], g: (r) => gh(r, 'ghs') },
  { e: 'GITHUB_REFRESH_TOKEN', env: ['GH_REFRESH_TOKEN'], g: (r) => gh(r, 'ghr') },
  { e: 'GITHUB_FINE_GRAINED_PAT', env: ['GITHUB_PAT', 'GH_PAT'], g: (r) => 'github_pat_11' + r.str(20, CS.updig) + '_' + an(r, 59) },
  { e: 'AWS_ACCESS_KEY', env: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'], g: (r) => 'AKIA' + r.str(16, CS.b32) },
  { e: 'AWS_TEMP_ACCESS_KEY', env: ['AWS_ACCESS_KEY_ID', 'AccessKeyId'], g: (r) => 'ASIA' + r.str(16, CS.b32) },
  { e: 'AWS_SECRET_KEY', env: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'], g: (r) => r.str(40, CS.alnum + '+/') },
  { e: 'AWS_SESSION_TOKEN', env: ['AWS_SESSION_TOKEN', 'aws_session_token', 'SessionToken'], g: (r) => 'IQoJb3JpZ2luX2VjE' + r.str(330, CS.b64) + '==' },
  { e: 'SLACK_BOT_TOKEN', env: ['SLACK_BOT_TOKEN', 'slack_token'], g: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${an(r, 24)}` },
  { e: 'SLACK_USER_TOKEN', env: ['SLACK_USER_TOKEN'], g: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${hex(r, 32)}` },
  { e: 'SLACK_APP_TOKEN', env: ['SLACK_APP_TOKEN'], g: (r) => `xapp-1-A${r.str(10, CS.updig)}-${r.digits(13)}-${hex(r, 64)}` },
  { e: 'SLACK_CONFIG_REFRESH_TOKEN', env: ['SLACK_CONFIG_REFRESH'], g: (r) => `xoxe-1-${r.str(140, CS.alnum)}` },
  { e: 'STRIPE_SECRET_KEY', env: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'stripe.api_key'], g: (r) => 'sk_live_' + (r.chance(0.5) ? '51' + an(r, 97) : an(r, 24)) },
  { e: 'STRIPE_RESTRICTED_KEY', env: ['STRIPE_RESTRICTED_KEY'], g: (r) => 'rk_live_51' + an(r, 97) },
  { e: 'STRIPE_WEBHOOK_SECRET', env: ['STRIPE_WEBHOOK_SECRET', 'STRIPE_ENDPOINT_SECRET'], g: (r) => 'whsec_' + an(r, 32) },
  { e: 'OPENAI_API_KEY', env: ['OPENAI_API_KEY', 'openai_api_key'], g: (r) => 'sk-proj-' + au(r, 74) + 'T3BlbkFJ' + au(r, 74) },
  { e: 'OPENAI_LEGACY_KEY', env: ['OPENAI_KEY'], g: (r) => 'sk-' + an(r, 20) + 'T3BlbkFJ' + an(r, 20) },
  { e: 'OPENAI_SERVICE_ACCOUNT_KEY', env: ['OPENAI_API_KEY'], g: (r) => 'sk-svcacct-' + au(r, 74) + 'T3BlbkFJ' + au(r, 74) },
  { e: 'ANTHROPIC_API_KEY', env: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], g: (r) => 'sk-ant-api03-' + au(r, 93) + 'AA' },
  { e: 'ANTHROPIC_ADMIN_KEY', env: ['ANTHROPIC_ADMIN_KEY'], g: (r) => 'sk-ant-admin01-' + au(r, 93) + 'AA' },
  { e: 'HUGGINGFACE_TOKEN', env: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], g: (r) => 'hf_' + r.str(34, CS.up + CS.low) },
  { e: 'GITLAB_PAT', env: ['GITLAB_TOKEN', 'CI_JOB_PAT', 'GL_TOKEN'], g: (r) => 'glpat-' + au(r, 20) },
  { e: 'GITLAB_RUNNER_TOKEN', env: ['RUNNER_TOKEN', 'registration-token'], g: (r) => 'glrt-' + au(r, 20) },
  { e: 'GITLAB_DEPLOY_TOKEN', env: ['GITLAB_DEPLOY_TOKEN'], g: (r) => 'gldt-' + au(r, 20) },
  { e: 'NPM_TOKEN', env: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], g: (r) => 'npm_' + an(r, 36) },
  { e: 'JWT', env: ['ACCESS_TOKEN', 'id_token', 'AUTH_TOKEN'], g: (r) => makeJwt(r) },
  { e: 'SUPABASE_SERVICE_ROLE_KEY', env: ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_KEY'], g: (r) => makeJwt(r, 'supabase') },
  { e: 'RSA_PRIVATE_KEY', env: ['PRIVATE_KEY', 'TLS_KEY'], g: (r) => pem(r, 'rsa'), ml: 1 },
  { e: 'PKCS8_PRIVATE_KEY', env: ['SIGNING_KEY', 'private_key'], g: (r) => pem(r, 'pkcs8'), ml: 1 },
  { e: 'EC_PRIVATE_KEY', env: ['EC_KEY', 'JWT_PRIVATE_KEY'], g: (r) => pem(r, 'ec'), ml: 1 },
  { e: 'OPENSSH_PRIVATE_KEY', env: ['SSH_PRIVATE_KEY', 'DEPLOY_KEY'], g: (r) => pem(r, 'openssh'), ml: 1 },
  { e: 'PGP_PRIVATE_KEY', env: ['GPG_PRIVATE_KEY', 'SIGNING_GPG_KEY'], g: (r) => pem(r, 'pgp'), ml: 1 },
  { e: 'GOOGLE_API_KEY', env: ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'MAPS_API_KEY'], g: (r) => 'AIza' + r.str(35, CS.b64u) },
  { e: 'GOOGLE_OAUTH_CLIENT_SECRET', env: ['GOOGLE_CLIENT_SECRET', 'client_secret'], g: (r) => 'GOCSPX-' + au(r, 28) },
  { e: 'GOOGLE_OAUTH_ACCESS_TOKEN', env: ['GOOGLE_ACCESS_TOKEN'], g: (r) => 'ya29.a0' + au(r, 150) },
  { e: 'GOOGLE_OAUTH_REFRESH_TOKEN', env: ['GOOGLE_REFRESH_TOKEN', 'refresh_token'], g: (r) => '1//0' + au(r, 99) },
  { e: 'AZURE_STORAGE_ACCOUNT_KEY', env: ['AZURE_STORAGE_KEY', 'AccountKey'], g: (r) => b64(r.bytes(64)) },
  { e: 'AZURE_CLIENT_SECRET', env: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'], g: (r) => an(r, 3) + '8Q~' + r.str(34, CS.alnum + '_.~-').replace(/[-.~_]$/, 'q') },
  { e: 'AZURE_DEVOPS_PAT', env: ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT'], g: (r) => r.str(52, CS.b32l) },
  { e: 'AZURE_SAS_SIGNATURE', env: ['AZURE_SAS'], g: (r) => encodeURIComponent(b64(r.bytes(32))) },
  { e: 'TWILIO_AUTH_TOKEN', env: ['TWILIO_AUTH_TOKEN'], g: (r) => hex(r, 32), ctx: 1 },
  { e: 'TWILIO_API_KEY', env: ['TWILIO_API_KEY'], g: (r) => 'SK' + hex(r, 32) },
  { e: 'SENDGRID_API_KEY', env: ['SENDGRID_API_KEY'], g: (r) => 'SG.' + au(r, 22) + '.' + au(r, 43) },
  { e: 'MAILGUN_API_KEY', env: ['MAILGUN_API_KEY'], g: (r) => 'key-' + hex(r, 32) },
  { e: 'MAILCHIMP_API_KEY', env: ['MAILCHIMP_API_KEY'], g: (r) => hex(r, 32) + '-us' + r.int(1, 21) },
  { e: 'DISCORD_BOT_TOKEN', env: ['DISCORD_TOKEN', 'BOT_TOKEN'], g: (r) => b64(String(r.int(1e17, 9e17))).replace(/=+$/, '') + '.' + au(r, 6) + '.' + au(r, 38) },
  { e: 'TELEGRAM_BOT_TOKEN', env: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], g: (r) => r.int(100000000, 7999999999) + ':AA' + au(r, 33) },
  { e: 'SHOPIFY_ACCESS_TOKEN', env: ['SHOPIFY_ACCESS_TOKEN'], g: (r) => 'shpat_' + hex(r, 32) },
  { e: 'SHOPIFY_SHARED_SECRET', env: ['SHOPIFY_API_SECRET'], g: (r) => 'shpss_' + hex(r, 32) },
  { e: 'DATADOG_API_KEY', env: ['DD_API_KEY', 'DATADOG_API_KEY'], g: (r) => hex(r, 32), ctx: 1 },
  { e: 'DATADOG_APP_KEY', env: ['DD_APP_KEY', 'DATADOG_APP_KEY'], g: (r) => hex(r, 40), ctx: 1 },
  { e: 'NEW_RELIC_USER_KEY', env: ['NEW_RELIC_API_KEY'], g: (r) => 'NRAK-' + r.str(27, CS.updig) },
  { e: 'NEW_RELIC_LICENSE_KEY', env: ['NEW_RELIC_LICENSE_KEY'], g: (r) => hex(r, 36) + 'NRAL' },
  { e: 'SENTRY_AUTH_TOKEN', env: ['SENTRY_AUTH_TOKEN'], g: (r) => 'sntryu_' + hex(r, 64) },
  { e: 'DOCKERHUB_PAT', env: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], g: (r) => 'dckr_pat_' + au(r, 27) },
  { e: 'DIGITALOCEAN_TOKEN', env: ['DIGITALOCEAN_ACCESS_TOKEN', 'DO_TOKEN'], g: (r) => 'dop_v1_' + hex(r, 64) },
  { e: 'LINEAR_API_KEY', env: ['LINEAR_API_KEY'], g: (r) => 'lin_api_' + an(r, 40) },
  { e: 'NOTION_TOKEN', env: ['NOTION_TOKEN', 'NOTION_API_KEY'], g: (r) => r.chance(0.5) ? 'secret_' + an(r, 43) : 'ntn_' + r.digits(11) + an(r, 35) },
  { e: 'ATLASSIAN_API_TOKEN', env: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], g: (r) => 'ATATT3xFfGF0' + au(r, 170) + '=' + r.str(8, CS.HEX) },
  { e: 'CLOUDFLARE_API_TOKEN', env: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], g: (r) => au(r, 40), ctx: 1 },
  { e: 'HASHICORP_VAULT_TOKEN', env: ['VAULT_TOKEN'], g: (r) => 'hvs.' + au(r, 91) },
  { e: 'TERRAFORM_CLOUD_TOKEN', env: ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io'], g: (r) => an(r, 14) + '.atlasv1.' + an(r, 67) },
  { e: 'DOPPLER_TOKEN', env: ['DOPPLER_TOKEN'], g: (r) => 'dp.st.prd.' + an(r, 43) },
  { e: 'PULUMI_ACCESS_TOKEN', env: ['PULUMI_ACCESS_TOKEN'], g: (r) => 'pul-' + hex(r, 40) },
  { e: 'POSTMAN_API_KEY', env: ['POSTMAN_API_KEY'], g: (r) => 'PMAK-' + hex(r, 24) + '-' + hex(r, 34) },
  { e: 'SQUARE_ACCESS_TOKEN', env: ['SQUARE_ACCESS_TOKEN'], g: (r) => 'EAAA' + au(r, 60) },
  { e: 'SQUARE_APP_SECRET', env: ['SQUARE_APPLICATION_SECRET'], g: (r) => 'sq0csp-' + au(r, 43) },
  { e: 'PAYPAL_CLIENT_SECRET', env: ['PAYPAL_CLIENT_SECRET'], g: (r) => 'E' + au(r, 79), ctx: 1 },
  { e: 'FIREBASE_FCM_SERVER_KEY', env: ['FCM_SERVER_KEY'], g: (r) => 'AAAA' + au(r, 7) + ':APA91b' + au(r, 134) },
  { e: 'ALGOLIA_ADMIN_KEY', env: ['ALGOLIA_ADMIN_API_KEY'], g: (r) => hex(r, 32), ctx: 1 },
  { e: 'MAPBOX_SECRET_TOKEN', env: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'], g: (r) => 'sk.' + b64u(JSON.stringify({ u: r.pick(WORDS) + r.digits(2), a: r.str(25, CS.lowdig) })) + '.' + au(r, 22) },
  { e: 'OKTA_API_TOKEN', env: ['OKTA_API_TOKEN'], g: (r) => '00' + au(r, 40) },
  { e: 'AUTH0_CLIENT_SECRET', env: ['AUTH0_CLIENT_SECRET'], g: (r) => au(r, 64), ctx: 1 },
  { e: 'NETLIFY_TOKEN', env: ['NETLIFY_AUTH_TOKEN'], g: (r) => 'nfp_' + an(r, 36) },
  { e: 'VERCEL_TOKEN', env: ['VERCEL_TOKEN'], g: (r) => an(r, 24), ctx: 1 },
  { e: 'PLANETSCALE_PASSWORD', env: ['DATABASE_PASSWORD', 'PSCALE_PASSWORD'], g: (r) => 'pscale_pw_' + au(r, 43) },
  { e: 'PLANETSCALE_SERVICE_TOKEN', env: ['PLANETSCALE_SERVICE_TOKEN'], g: (r) => 'pscale_tkn_' + au(r, 43) },
  { e: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', env: ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], g: (r) => 'glsa_' + an(r, 32) + '_' + hex(r, 8) },
  { e: 'GRAFANA_CLOUD_TOKEN', env: ['GRAFANA_CLOUD_API_KEY'], g: (r) => 'glc_' + b64(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'stack-' + r.pick(WORDS), k: an(r, 24), m: { r: 'eu' } })).replace(/=+$/, '') },
  { e: 'CIRCLECI_TOKEN', env: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'], g: (r) => 'CCIPAT_' + an(r, 22) + '_' + hex(r, 40) },
  { e: 'BUILDKITE_TOKEN', env: ['BUILDKITE_API_TOKEN'], g: (r) => 'bkua_' + hex(r, 40) },
  { e: 'RUBYGEMS_API_KEY', env: ['GEM_HOST_API_KEY'], g: (r) => 'rubygems_' + hex(r, 48) },
  { e: 'NUGET_API_KEY', env: ['NUGET_API_KEY'], g: (r) => 'oy2' + r.str(43, CS.lowdig) },
  { e: 'AGE_SECRET_KEY', env: ['SOPS_AGE_KEY'], g: (r) => bech32Encode('age-secret-key-', convertBits([...r.bytes(32)], 8, 5)).toUpperCase() },
  { e: 'ETHEREUM_PRIVATE_KEY', env: ['ETH_PRIVATE_KEY', 'DEPLOYER_PRIVATE_KEY'], g: (r) => '0x' + hex(r, 64) },
  { e: 'BITCOIN_WIF_PRIVATE_KEY', env: ['BTC_WIF', 'WALLET_WIF'], g: (r) => b58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([1])])) },
  { e: 'SONARQUBE_TOKEN', env: ['SONAR_TOKEN'], g: (r) => 'squ_' + hex(r, 40) },
  { e: 'ARTIFACTORY_API_KEY', env: ['ARTIFACTORY_API_KEY', 'JFROG_API_KEY'], g: (r) => 'AKCp8' + an(r, 68) },
  { e: 'PAGERDUTY_API_KEY', env: ['PAGERDUTY_TOKEN'], g: (r) => 'u+' + au(r, 18), ctx: 1 },
  { e: 'ELASTIC_API_KEY', env: ['ELASTIC_API_KEY', 'ES_API_KEY'], g: (r) => b64(an(r, 20) + ':' + au(r, 22)) },
  { e: 'CONTENTFUL_MANAGEMENT_TOKEN', env: ['CONTENTFUL_MANAGEMENT_TOKEN'], g: (r) => 'CFPAT-' + au(r, 43) },
  { e: 'ASANA_PAT', env: ['ASANA_ACCESS_TOKEN'], g: (r) => '2/' + r.digits(16) + '/' + r.digits(16) + ':' + hex(r, 32) },
  { e: 'FIGMA_TOKEN', env: ['FIGMA_TOKEN'], g: (r) => 'figd_' + au(r, 40) },
  { e: 'TAILSCALE_AUTH_KEY', env: ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'], g: (r) => 'tskey-auth-k' + an(r, 11) + 'CNTRL-' + an(r, 33) },
  { e: 'NGROK_AUTHTOKEN', env: ['NGROK_AUTHTOKEN'], g: (r) => '2' + an(r, 26) + '_' + an(r, 21) },
  { e: 'X_BEARER_TOKEN', env: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], g: (r) => 'AAAAAAAAAAAAAAAAAAAAA' + an(r, 25) + '%3D' + an(r, 50) },
  { e: 'FACEBOOK_ACCESS_TOKEN', env: ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN'], g: (r) => 'EAAG' + an(r, 180) },
  { e: 'SALESFORCE_ACCESS_TOKEN', env: ['SF_ACCESS_TOKEN'], g: (r) => '00D' + r.str(12, CS.alnum) + '!AQ' + r.str(4, CS.alnum) + 'AR' + r.str(90, CS.alnum + '._') },
  { e: 'ZENDESK_API_TOKEN', env: ['ZENDESK_API_TOKEN'], g: (r) => an(r, 40), ctx: 1 },
  { e: 'OPENROUTER_API_KEY', env: ['OPENROUTER_API_KEY'], g: (r) => 'sk-or-v1-' + hex(r, 64) },
  { e: 'GROQ_API_KEY', env: ['GROQ_API_KEY'], g: (r) => 'gsk_' + an(r, 52) },
  { e: 'REPLICATE_API_TOKEN', env: ['REPLICATE_API_TOKEN'], g: (r) => 'r8_' + an(r, 37) },
  { e: 'PERPLEXITY_API_KEY', env: ['PERPLEXITY_API_KEY'], g: (r) => 'pplx-' + an(r, 48) },
  { e: 'XAI_API_KEY', env: ['XAI_API_KEY'], g: (r) => 'xai-' + an(r, 80) },
  { e: 'MISTRAL_API_KEY', env: ['MISTRAL_API_KEY'], g: (r) => an(r, 32), ctx: 1 },
  { e: 'COHERE_API_KEY', env: ['COHERE_API_KEY', 'CO_API_KEY'], g: (r) => an(r, 40), ctx: 1 },
  { e: 'LANGSMITH_API_KEY', env: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], g: (r) => 'lsv2_pt_' + hex(r, 32) + '_' + hex(r, 10) },
  { e: 'PINECONE_API_KEY', env: ['PINECONE_API_KEY'], g: (r) => 'pcsk_' + an(r, 6) + '_' + an(r, 63) },
  { e: 'WANDB_API_KEY', env: ['WANDB_API_KEY'], g: (r) => hex(r, 40), ctx: 1 },
  { e: 'JENKINS_API_TOKEN', env: ['JENKINS_API_TOKEN', 'JENKINS_TOKEN'], g: (r) => '11' + hex(r, 32) },
  { e: 'KEYCLOAK_CLIENT_SECRET', env: ['KEYCLOAK_CLIENT_SECRET', 'OIDC_CLIENT_SECRET'], g: (r) => an(r, 32), ctx: 1 },
  { e: 'DJANGO_SECRET_KEY', env: ['DJANGO_SECRET_KEY', 'SECRET_KEY'], g: (r) => r.str(50, CS.low + CS.dig + '!@#%^&*(-_=+)') },
  { e: 'RAILS_SECRET_KEY_BASE', env: ['SECRET_KEY_BASE'], g: (r) => hex(r, 128) },
  { e: 'RAILS_MASTER_KEY', env: ['RAILS_MASTER_KEY'], g: (r) => hex(r, 32), ctx: 1 },
  { e: 'LARAVEL_APP_KEY', env: ['APP_KEY'], g: (r) => 'base64:' + b64(r.bytes(32)) },
  { e: 'NEXTAUTH_SECRET', env: ['NEXTAUTH_SECRET', 'AUTH_SECRET'], g: (r) => b64(r.bytes(32)) },
  { e: 'JWT_SIGNING_SECRET', env: ['JWT_SECRET', 'JWT_SIGNING_KEY', 'TOKEN_SECRET'], g: (r) => r.str(64, CS.alnum) },
  { e: 'SESSION_SECRET', env: ['SESSION_SECRET', 'COOKIE_SECRET'], g: (r) => hex(r, 64) },
  { e: 'ENCRYPTION_KEY', env: ['ENCRYPTION_KEY', 'DATA_KEY', 'MASTER_KEY'], g: (r) => b64(r.bytes(32)) },
  { e: 'WEBHOOK_SIGNING_SECRET', env: ['WEBHOOK_SECRET', 'HMAC_SECRET'], g: (r) => r.str(40, CS.alnum) },
  { e: 'GENERIC_API_KEY', env: ['API_KEY', 'apiKey', 'X_API_KEY', 'api_key'], g: (r) => r.pick([() => an(r, 32), () => hex(r, 40), () => r.str(8, CS.lowdig) + '-' + an(r, 36)])() },
  { e: 'OAUTH_CLIENT_SECRET', env: ['CLIENT_SECRET', 'OAUTH_CLIENT_SECRET'], g: (r) => au(r, 48) },
  { e: 'OPAQUE_BEARER_TOKEN', env: ['BEARER_TOKEN', 'SERVICE_TOKEN'], g: (r) => r.str(r.int(40, 64), CS.alnum + '-._~') .replace(/[-._~]$/, 'z') },
  { e: 'DATABASE_PASSWORD', env: ['DB_PASSWORD', 'DATABASE_PASSWORD', 'db_pass'], g: (r) => password(r), pw: 1 },
  { e: 'POSTGRES_PASSWORD', env: ['POSTGRES_PASSWORD', 'PGPASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'MYSQL_PASSWORD', env: ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'MONGODB_PASSWORD', env: ['MONGO_INITDB_ROOT_PASSWORD', 'MONGO_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'REDIS_PASSWORD', env: ['REDIS_PASSWORD', 'requirepass'], g: (r) => password(r), pw: 1 },
  { e: 'RABBITMQ_PASSWORD', env: ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'MSSQL_SA_PASSWORD', env: ['MSSQL_SA_PASSWORD', 'SA_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'ORACLE_PASSWORD', env: ['ORACLE_PWD'], g: (r) => password(r), pw: 1 },
  { e: 'SNOWFLAKE_PASSWORD', env: ['SNOWFLAKE_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'LDAP_BIND_PASSWORD', env: ['LDAP_BIND_PASSWORD', 'bindPassword'], g: (r) => password(r), pw: 1 },
  { e: 'SMTP_PASSWORD', env: ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'FTP_PASSWORD', env: ['FTP_PASS', 'SFTP_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'SSH_PASSWORD', env: ['SSHPASS'], g: (r) => password(r), pw: 1 },
  { e: 'WIFI_PASSPHRASE', env: ['WIFI_PSK', 'wpa_passphrase'], g: (r) => password(r, 2), pw: 1 },
  { e: 'ADMIN_PASSWORD', env: ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'ARGOCD_ADMIN_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'USER_PASSWORD', env: ['PASSWORD', 'password', 'passwd'], g: (r) => password(r), pw: 1 },
  { e: 'KEYSTORE_PASSWORD', env: ['KEYSTORE_PASSWORD', 'storePassword', 'keyPassword'], g: (r) => password(r), pw: 1 },
  { e: 'ANSIBLE_VAULT_PASSWORD', env: ['ANSIBLE_VAULT_PASSWORD'], g: (r) => password(r, 2), pw: 1 },
  { e: 'KAFKA_SASL_PASSWORD', env: ['KAFKA_SASL_PASSWORD', 'sasl.password'], g: (r) => r.str(64, CS.alnum + '+/'), pw: 1 },
  { e: 'REGISTRY_PASSWORD', env: ['REGISTRY_PASSWORD', 'CI_REGISTRY_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'PROXY_PASSWORD', env: ['PROXY_PASS'], g: (r) => urlSafePw(r), pw: 1 },
  { e: 'VPN_PRESHARED_KEY', env: ['IPSEC_PSK', 'PresharedKey'], g: (r) => b64(r.bytes(32)) },
  { e: 'WIREGUARD_PRIVATE_KEY', env: ['WG_PRIVATE_KEY', 'PrivateKey'], g: (r) => b64(r.bytes(32)) },
  { e: 'ELASTICSEARCH_PASSWORD', env: ['ELASTIC_PASSWORD'], g: (r) => password(r), pw: 1 },
  { e: 'BASIC_AUTH_CREDENTIALS', env: ['BASIC_AUTH'], g: (r) => b64(r.pick(WORDS) + (r.chance(0.5) ? '.' + r.pick(WORDS) : '') + ':' + urlSafePw(r)) },
  { e: 'DOCKER_CONFIG_AUTH', env: ['auth'], g: (r) => b64(r.pick(['ci-bot', 'deploy', 'robot$pusher', 'jenkins']) + ':' + urlSafePw(r)) },
  { e: 'K8S_SECRET_DATA', env: ['data'], g: (r) => b64(urlSafePw(r)) },
];
export const byName = Object.fromEntries(SPECS.map((s) => [s.e, s]));

export function makeSecretDeck(r) {
  const one = r.deck(SPECS.filter((s) => !s.ml));
  const ml = r.deck(SPECS.filter((s) => s.ml));
  const pw = r.deck(SPECS.filter((s) => s.pw));
  const tok = r.deck(SPECS.filter((s) => !s.ml && !s.pw));
  const mk = (s) => ({ e: s.e, v: s.g(r), env: r.pick(s.env), ctx: !!s.ctx });
  return {
    any: () => mk(one()), pem: () => mk(ml()), pw: () => mk(pw()), tok: () => mk(tok()),
    of: (name) => mk(byName[name]),
  };
}
export { WORDS };
