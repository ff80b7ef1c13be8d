// Secret catalog: every credential kind of the set, with a format-valid generator and typical key names.
import { sec } from './doc.mjs';
import { ALNUM, LOWNUM, UPNUM, B32, B64, B64URL, LOWER } from './prng.mjs';
import { githubChecksum, bech32Encode, convertBits } from './checks.mjs';
import { rsaPrivate, pkcs8Private, ecPrivate, dsaPrivate, opensshPrivate, pgpPrivate, wireguardKey } from './pem.mjs';
import { WORDS, WORDS_DE, WORDS_ES, WORDS_FR, PET_NAMES, TEAMS, ORGS } from './data.mjs';
import { uuidStr } from './values.mjs';

const U = '-_';
const URLSAFE = ALNUM + U;
const b64std = (r, nbytes) => r.bytes(nbytes).toString('base64');
const b64u = (r, nbytes) => r.bytes(nbytes).toString('base64url');
const gh = (r, p) => { const x = r.b62(30); return `${p}_${x}${githubChecksum(x)}`; };
const noExample = (s) => !/example/i.test(s);
const jwtOf = (r, header, payload, sigBytes) => `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${b64u(r, sigBytes)}`;
const ts0 = (r) => 1700000000 + r.int(0, 60000000);

// ---------------- passwords ----------------
const SYM = '!#%^&*-_=+?.~';
export const pw = {
  random(r, n) { n = n || r.int(12, 24); let s; do { s = r.str(n, ALNUM + SYM + ALNUM); } while (!/[0-9]/.test(s) || !/[A-Z]/.test(s) || /^[-.]/.test(s)); return s; },
  url(r, n) { n = n || r.int(12, 22); let s; do { s = r.str(n, ALNUM + ALNUM + '-_.~'); } while (!/[0-9]/.test(s) || /^[-.~]/.test(s)); return s; },
  alnum(r, n) { return r.b62(n || r.int(16, 32)); },
  human(r) {
    const cap = (w) => w[0].toUpperCase() + w.slice(1);
    const yr = String(r.int(1961, 2025)), y2 = yr.slice(2), sym = r.pick(['!', '#', '?', '@', '$', '*', '!!', '.', '']);
    return r.pick([
      () => cap(r.pick(WORDS)) + yr + sym,
      () => r.pick(PET_NAMES) + r.int(1, 99) + sym,
      () => r.pick(TEAMS) + sym + y2,
      () => r.pick(['Summer', 'Winter', 'Herbst', 'Primavera', 'Autumn', 'Fruehling']) + yr + r.pick(['!', '?', '#']),
      () => cap(r.pick(WORDS)).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0') + r.pick(['-', '_', '.']) + cap(r.pick(WORDS)).replace(/i/g, '1') + r.int(0, 9),
      () => r.pick(WORDS_DE) + r.pick(['#', '!', '_']) + r.int(10, 99),
      () => cap(r.pick(WORDS_ES)) + r.pick(['.', '*', '2']) + r.int(100, 999),
      () => r.pick(WORDS_FR) + r.pick(['&', '_', '!']) + cap(r.pick(WORDS_FR)),
      () => 'Ilove' + r.pick(PET_NAMES) + r.pick(['!', '<3', '4ever']),
      () => r.pick(['Welcome', 'Passw0rd', 'Qwerty', 'Letmein', 'Admin']) + r.pick(['@', '#', '!']) + yr,
    ])();
  },
  phrase(r) {
    const n = r.int(3, 5), lang = r.pick([WORDS, WORDS, WORDS, WORDS_ES, WORDS_FR]);
    let ws = r.sample(lang, n).map((w) => w.toLowerCase());
    const style = r.pick(['-', ' ', '.', '_', 'Camel', ' ']);
    if (style === 'Camel') return ws.map((w) => w[0].toUpperCase() + w.slice(1)).join('') + r.int(1, 99);
    let s = ws.join(style); if (r.chance(0.4)) s += style + r.int(2, 99);
    return s;
  },
};

// ---------------- catalog ----------------
// [entity, generator, canonical key names, tags]
const C = [
  // code hosting / CI
  ['GITHUB_PERSONAL_ACCESS_TOKEN', (r) => gh(r, 'ghp'), ['GITHUB_TOKEN', 'GH_TOKEN', 'gh_pat', 'github.token'], 'vendor'],
  ['GITHUB_OAUTH_TOKEN', (r) => gh(r, 'gho'), ['oauth_token', 'GH_OAUTH'], 'vendor'],
  ['GITHUB_USER_TO_SERVER_TOKEN', (r) => gh(r, 'ghu'), ['app_user_token', 'GH_USER_TOKEN'], 'vendor'],
  ['GITHUB_SERVER_TO_SERVER_TOKEN', (r) => gh(r, 'ghs'), ['installation_token', 'GH_APP_TOKEN'], 'vendor'],
  ['GITHUB_REFRESH_TOKEN', (r) => gh(r, 'ghr'), ['refresh_token', 'GH_REFRESH'], 'vendor'],
  ['GITHUB_FINE_GRAINED_PAT', (r) => `github_pat_11${r.str(20, UPNUM)}_${r.b62(59)}`, ['GITHUB_PAT', 'GH_FG_TOKEN'], 'vendor'],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', (r) => 'glpat-' + r.str(20, URLSAFE), ['GITLAB_TOKEN', 'CI_JOB_PAT', 'private_token'], 'vendor'],
  ['GITLAB_PIPELINE_TRIGGER_TOKEN', (r) => 'glptt-' + r.hex(40), ['TRIGGER_TOKEN', 'trigger_token'], 'vendor'],
  ['GITLAB_RUNNER_TOKEN', (r) => 'glrt-' + r.str(20, URLSAFE), ['runner_token', 'RUNNER_AUTH_TOKEN'], 'vendor'],
  ['GITLAB_DEPLOY_TOKEN', (r) => 'gldt-' + r.str(20, URLSAFE), ['deploy_token', 'DEPLOY_TOKEN_PASSWORD'], 'vendor'],
  ['CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${r.b62(22)}_${r.hex(40)}`, ['CIRCLE_TOKEN', 'circleci_token'], 'vendor'],
  ['BUILDKITE_API_TOKEN', (r) => 'bkua_' + r.hex(40), ['BUILDKITE_API_TOKEN', 'bk_token'], 'vendor'],
  ['ATLASSIAN_API_TOKEN', (r) => 'ATATT3xFfGF0' + r.str(170, URLSAFE) + '=' + r.HEX(8), ['JIRA_API_TOKEN', 'confluence_token', 'ATLASSIAN_TOKEN'], 'vendor'],
  ['ATLASSIAN_APP_PASSWORD', (r) => 'ATBB' + r.b62(32), ['app_password', 'BB_APP_PASSWORD'], 'vendor'],
  ['JENKINS_API_TOKEN', (r) => '11' + r.hex(32), ['JENKINS_API_TOKEN', 'jenkins.apiToken'], 'vendor'],
  ['SONARQUBE_USER_TOKEN', (r) => 'squ_' + r.hex(40), ['SONAR_TOKEN', 'sonar.token'], 'vendor'],
  ['SONARQUBE_PROJECT_TOKEN', (r) => 'sqp_' + r.hex(40), ['SONAR_PROJECT_TOKEN'], 'vendor'],
  ['JFROG_API_KEY', (r) => 'AKCp' + r.b62(69), ['ARTIFACTORY_API_KEY', 'art_apikey'], 'vendor'],
  ['DOCKER_HUB_PAT', (r) => 'dckr_pat_' + r.str(27, URLSAFE), ['DOCKER_PASSWORD', 'REGISTRY_TOKEN', 'docker_pat'], 'vendor'],
  ['NPM_ACCESS_TOKEN', (r) => gh(r, 'npm').replace('npm_', 'npm_'), ['NPM_TOKEN', '_authToken', 'NODE_AUTH_TOKEN'], 'vendor'],
  ['RUBYGEMS_API_KEY', (r) => 'rubygems_' + r.hex(48), ['GEM_HOST_API_KEY', 'rubygems_api_key'], 'vendor'],
  ['NUGET_API_KEY', (r) => 'oy2' + r.str(43, LOWNUM), ['NUGET_API_KEY', 'nuget_key'], 'vendor'],
  ['TERRAFORM_CLOUD_TOKEN', (r) => `${r.b62(14)}.atlasv1.${r.str(67, URLSAFE)}`, ['TF_TOKEN', 'TFE_TOKEN', 'token'], 'vendor'],
  ['PULUMI_ACCESS_TOKEN', (r) => 'pul-' + r.hex(40), ['PULUMI_ACCESS_TOKEN'], 'vendor'],
  ['VAULT_SERVICE_TOKEN', (r) => 'hvs.' + r.str(90, URLSAFE), ['VAULT_TOKEN', 'vault_token', 'X-Vault-Token'], 'vendor'],
  ['VAULT_BATCH_TOKEN', (r) => 'hvb.' + r.str(138, URLSAFE), ['VAULT_BATCH_TOKEN'], 'vendor'],
  ['VAULT_LEGACY_TOKEN', (r) => 's.' + r.b62(24), ['VAULT_TOKEN', 'root_token'], 'vendor'],
  ['DOPPLER_SERVICE_TOKEN', (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.b62(40)}`, ['DOPPLER_TOKEN'], 'vendor'],
  ['DOPPLER_PERSONAL_TOKEN', (r) => 'dp.pt.' + r.b62(43), ['DOPPLER_PERSONAL_TOKEN'], 'vendor'],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', (r) => 'ops_' + Buffer.from(JSON.stringify({ signInAddress: 'vault.acme.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: b64u(r, 16) }, email: `${r.str(26, LOWNUM)}@svc.acme.example`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: b64u(r, 32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + r.str(6, UPNUM) + '-' + r.str(6, UPNUM), throttleSecret: { seed: r.hex(64), deviceUuid: r.str(26, LOWNUM) }, deviceUuid: r.str(26, LOWNUM) })).toString('base64url'), ['OP_SERVICE_ACCOUNT_TOKEN'], 'vendor'],
  ['AGE_SECRET_KEY', (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5, true), false).toUpperCase(), ['AGE_KEY', 'SOPS_AGE_KEY'], 'vendor'],
  // cloud
  ['AWS_ACCESS_KEY', (r) => 'AKIA' + r.str(16, B32), ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'], 'vendor'],
  ['AWS_TEMPORARY_ACCESS_KEY', (r) => 'ASIA' + r.str(16, B32), ['AWS_ACCESS_KEY_ID', 'AccessKeyId'], 'vendor'],
  ['AWS_SECRET_KEY', (r) => r.str(40, ALNUM + ALNUM + '+/'), ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'], 'cloud'],
  ['AWS_SESSION_TOKEN', (r) => 'IQoJb3JpZ2luX2Vj' + r.str(4, ALNUM) + b64std(r, 240).replace(/=+$/, ''), ['AWS_SESSION_TOKEN', 'aws_session_token', 'SessionToken'], 'vendor'],
  ['GOOGLE_API_KEY', (r) => 'AIza' + r.str(35, URLSAFE), ['GOOGLE_API_KEY', 'MAPS_KEY', 'firebaseApiKey'], 'vendor'],
  ['GOOGLE_OAUTH_CLIENT_SECRET', (r) => 'GOCSPX-' + r.str(28, URLSAFE), ['client_secret', 'GOOGLE_CLIENT_SECRET'], 'vendor'],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', (r) => '1//0' + r.str(5, ALNUM) + r.str(95, URLSAFE), ['refresh_token', 'GOOGLE_REFRESH_TOKEN'], 'vendor'],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', (r) => 'ya29.' + r.str(150, URLSAFE), ['access_token', 'GCLOUD_ACCESS_TOKEN'], 'vendor'],
  ['FIREBASE_CLOUD_MESSAGING_KEY', (r) => `AAAA${r.str(7, URLSAFE)}:APA91b${r.str(134, URLSAFE)}`, ['FCM_SERVER_KEY', 'serverKey'], 'vendor'],
  ['AZURE_STORAGE_ACCOUNT_KEY', (r) => b64std(r, 64), ['AccountKey', 'AZURE_STORAGE_KEY', 'storage_account_access_key'], 'cloud'],
  ['AZURE_CLIENT_SECRET', (r) => r.b62(3) + '8Q~' + r.str(31, ALNUM + '_.~-').replace(/[-.~]$/, 'x'), ['AZURE_CLIENT_SECRET', 'clientSecret', 'client_secret'], 'vendor'],
  ['AZURE_SAS_SIGNATURE', (r) => encodeURIComponent(b64std(r, 32)), ['sig', 'SAS_TOKEN'], 'cloud'],
  ['AZURE_DEVOPS_PAT', (r) => r.str(52, 'abcdefghijklmnopqrstuvwxyz234567'), ['AZURE_DEVOPS_EXT_PAT', 'SYSTEM_ACCESSTOKEN', 'ado_pat'], 'cloud'],
  ['AZURE_SERVICE_BUS_KEY', (r) => b64std(r, 32), ['SharedAccessKey', 'SERVICEBUS_KEY'], 'cloud'],
  ['AZURE_COSMOS_KEY', (r) => b64std(r, 64), ['COSMOS_KEY', 'AccountKey', 'primaryMasterKey'], 'cloud'],
  ['DIGITALOCEAN_PAT', (r) => 'dop_v1_' + r.hex(64), ['DIGITALOCEAN_TOKEN', 'DO_PAT', 'do_token'], 'vendor'],
  ['DIGITALOCEAN_OAUTH_TOKEN', (r) => 'doo_v1_' + r.hex(64), ['DO_OAUTH_TOKEN'], 'vendor'],
  ['DIGITALOCEAN_REFRESH_TOKEN', (r) => 'dor_v1_' + r.hex(64), ['DO_REFRESH_TOKEN'], 'vendor'],
  ['HEROKU_API_KEY', (r) => 'HRKU-AA' + r.str(58, URLSAFE), ['HEROKU_API_KEY'], 'vendor'],
  ['ALIBABA_ACCESS_KEY_ID', (r) => 'LTAI' + r.b62(20), ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'access_key_id'], 'vendor'],
  ['ALIBABA_ACCESS_KEY_SECRET', (r) => r.b62(30), ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'access_key_secret'], 'cloud'],
  ['TENCENT_SECRET_ID', (r) => 'AKID' + r.b62(32), ['TENCENTCLOUD_SECRET_ID', 'SecretId'], 'vendor'],
  ['TENCENT_SECRET_KEY', (r) => r.b62(32), ['TENCENTCLOUD_SECRET_KEY', 'SecretKey'], 'cloud'],
  ['IBM_CLOUD_API_KEY', (r) => r.str(44, URLSAFE), ['IBMCLOUD_API_KEY', 'apikey'], 'cloud'],
  ['SCALEWAY_SECRET_KEY', (r) => uuidStr(r), ['SCW_SECRET_KEY', 'secret_key'], 'cloud'],
  ['LINODE_API_TOKEN', (r) => r.hex(64), ['LINODE_TOKEN', 'linode_token'], 'cloud'],
  ['VULTR_API_KEY', (r) => r.str(36, UPNUM), ['VULTR_API_KEY'], 'cloud'],
  ['CLOUDFLARE_API_TOKEN', (r) => r.str(40, URLSAFE), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN', 'api_token'], 'cloud'],
  ['CLOUDFLARE_ORIGIN_CA_KEY', (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`, ['CF_ORIGIN_CA_KEY', 'origin_ca_key'], 'vendor'],
  ['FLY_API_TOKEN', (r) => 'fm2_' + b64std(r, 132).replace(/=+$/, ''), ['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN'], 'vendor'],
  ['NETLIFY_ACCESS_TOKEN', (r) => 'nfp_' + r.b62(36), ['NETLIFY_AUTH_TOKEN'], 'vendor'],
  ['RENDER_API_KEY', (r) => 'rnd_' + r.b62(32), ['RENDER_API_KEY'], 'vendor'],
  ['SUPABASE_ACCESS_TOKEN', (r) => 'sbp_' + r.hex(40), ['SUPABASE_ACCESS_TOKEN'], 'vendor'],
  ['SUPABASE_SECRET_KEY', (r) => 'sb_secret_' + r.str(32, URLSAFE), ['SUPABASE_SECRET_KEY', 'SUPABASE_SERVICE_KEY'], 'vendor'],
  ['PLANETSCALE_PASSWORD', (r) => 'pscale_pw_' + r.str(43, URLSAFE), ['DATABASE_PASSWORD', 'PLANETSCALE_PASSWORD'], 'vendor'],
  ['PLANETSCALE_SERVICE_TOKEN', (r) => 'pscale_tkn_' + r.str(43, URLSAFE), ['PLANETSCALE_SERVICE_TOKEN'], 'vendor'],
  ['DATABRICKS_TOKEN', (r) => 'dapi' + r.hex(32), ['DATABRICKS_TOKEN'], 'vendor'],
  ['CONFLUENT_API_SECRET', (r) => r.str(64, ALNUM + '+/'), ['sasl.password', 'CONFLUENT_API_SECRET'], 'cloud'],
  ['TAILSCALE_AUTH_KEY', (r) => `tskey-auth-${r.b62(12)}CNTRL-${r.b62(33)}`, ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'], 'vendor'],
  ['TAILSCALE_API_KEY', (r) => `tskey-api-${r.b62(12)}CNTRL-${r.b62(33)}`, ['TAILSCALE_API_KEY'], 'vendor'],
  ['NGROK_AUTHTOKEN', (r) => `${r.int(2, 2)}${r.b62(26)}_${r.b62(21)}`, ['NGROK_AUTHTOKEN', 'authtoken'], 'cloud'],
  ['DYNATRACE_API_TOKEN', (r) => `dt0c01.${r.str(24, UPNUM)}.${r.str(64, UPNUM)}`, ['DT_API_TOKEN'], 'vendor'],
  // payments & commerce
  ['STRIPE_SECRET_KEY', (r) => 'sk_live_51' + r.b62(96), ['STRIPE_SECRET_KEY', 'stripe.apiKey', 'STRIPE_API_KEY'], 'vendor'],
  ['STRIPE_RESTRICTED_KEY', (r) => 'rk_live_51' + r.b62(96), ['STRIPE_RESTRICTED_KEY'], 'vendor'],
  ['STRIPE_TEST_SECRET_KEY', (r) => 'sk_test_51' + r.b62(96), ['STRIPE_TEST_KEY', 'STRIPE_SECRET_KEY'], 'vendor'],
  ['STRIPE_WEBHOOK_SECRET', (r) => 'whsec_' + r.b62(32), ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret'], 'vendor'],
  ['SQUARE_ACCESS_TOKEN', (r) => 'EAAA' + r.str(60, URLSAFE), ['SQUARE_ACCESS_TOKEN'], 'vendor'],
  ['SQUARE_OAUTH_SECRET', (r) => 'sq0csp-' + r.str(43, URLSAFE), ['SQUARE_APP_SECRET'], 'vendor'],
  ['BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str(16, LOWNUM)}$${r.hex(32)}`, ['BRAINTREE_ACCESS_TOKEN'], 'vendor'],
  ['SHOPIFY_ACCESS_TOKEN', (r) => 'shpat_' + r.hex(32), ['SHOPIFY_ACCESS_TOKEN', 'X-Shopify-Access-Token'], 'vendor'],
  ['SHOPIFY_SHARED_SECRET', (r) => 'shpss_' + r.hex(32), ['SHOPIFY_API_SECRET'], 'vendor'],
  ['SHOPIFY_CUSTOM_APP_TOKEN', (r) => 'shpca_' + r.hex(32), ['SHOPIFY_CUSTOM_TOKEN'], 'vendor'],
  ['SHOPIFY_PRIVATE_APP_PASSWORD', (r) => 'shppa_' + r.hex(32), ['SHOPIFY_PASSWORD'], 'vendor'],
  ['PLAID_ACCESS_TOKEN', (r) => 'access-production-' + uuidStr(r), ['plaid_access_token'], 'vendor'],
  ['GOCARDLESS_ACCESS_TOKEN', (r) => 'live_' + r.str(40, URLSAFE), ['GOCARDLESS_ACCESS_TOKEN'], 'vendor'],
  ['SHIPPO_API_TOKEN', (r) => 'shippo_live_' + r.hex(40), ['SHIPPO_TOKEN'], 'vendor'],
  ['EASYPOST_API_KEY', (r) => 'EZAK' + r.b62(54), ['EASYPOST_API_KEY'], 'vendor'],
  ['BINANCE_API_SECRET', (r) => r.b62(64), ['BINANCE_SECRET', 'apiSecret'], 'cloud'],
  ['ADYEN_API_KEY', (r) => 'AQE' + r.str(3, UPNUM) + 'hmfxK' + r.str(100, ALNUM + '+/=').replace(/=/g, 'x'), ['ADYEN_API_KEY', 'X-API-Key'], 'vendor'],
  // messaging / comms
  ['SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.b62(24)}`, ['SLACK_BOT_TOKEN', 'slack_token'], 'vendor'],
  ['SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.hex(32)}`, ['SLACK_USER_TOKEN'], 'vendor'],
  ['SLACK_APP_TOKEN', (r) => `xapp-1-A${r.str(10, UPNUM)}-${r.digits(13)}-${r.hex(64)}`, ['SLACK_APP_TOKEN'], 'vendor'],
  ['SLACK_CONFIG_REFRESH_TOKEN', (r) => `xoxe-1-${r.str(140, ALNUM)}`, ['SLACK_REFRESH_TOKEN'], 'vendor'],
  ['CHAT_WEBHOOK_SECRET', (r) => r.b62(24), ['webhook_url'], 'url'],
  ['TWILIO_AUTH_TOKEN', (r) => r.hex(32), ['TWILIO_AUTH_TOKEN', 'authToken'], 'cloud'],
  ['SENDGRID_API_KEY', (r) => `SG.${r.str(22, URLSAFE)}.${r.str(43, URLSAFE)}`, ['SENDGRID_API_KEY', 'smtp_password'], 'vendor'],
  ['MAILGUN_API_KEY', (r) => 'key-' + r.hex(32), ['MAILGUN_API_KEY'], 'vendor'],
  ['MAILCHIMP_API_KEY', (r) => `${r.hex(32)}-us${r.int(1, 21)}`, ['MAILCHIMP_API_KEY'], 'vendor'],
  ['RESEND_API_KEY', (r) => `re_${r.b62(8)}_${r.b62(24)}`, ['RESEND_API_KEY'], 'vendor'],
  ['DISCORD_BOT_TOKEN', (r) => `${Buffer.from(String(r.int(1, 1)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${r.str(6, URLSAFE)}.${r.str(38, URLSAFE)}`, ['DISCORD_TOKEN', 'bot_token'], 'vendor'],
  ['TELEGRAM_BOT_TOKEN', (r) => `${r.int(100000000, 7999999999)}:AA${r.str(33, URLSAFE)}`, ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], 'vendor'],
  ['PAGERDUTY_API_TOKEN', (r) => 'u+' + r.str(18, URLSAFE), ['PAGERDUTY_TOKEN'], 'vendor'],
  // SaaS / productivity
  ['LINEAR_API_KEY', (r) => 'lin_api_' + r.b62(40), ['LINEAR_API_KEY'], 'vendor'],
  ['NOTION_INTEGRATION_TOKEN', (r) => 'ntn_' + r.digits(11) + r.b62(35), ['NOTION_TOKEN', 'NOTION_API_KEY'], 'vendor'],
  ['NOTION_LEGACY_SECRET', (r) => 'secret_' + r.b62(43), ['NOTION_SECRET'], 'vendor'],
  ['FIGMA_PAT', (r) => 'figd_' + r.str(40, URLSAFE), ['FIGMA_TOKEN'], 'vendor'],
  ['AIRTABLE_PAT', (r) => `pat${r.b62(14)}.${r.hex(64)}`, ['AIRTABLE_API_KEY', 'AIRTABLE_PAT'], 'vendor'],
  ['ASANA_PAT', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, ['ASANA_ACCESS_TOKEN'], 'vendor'],
  ['POSTMAN_API_KEY', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, ['POSTMAN_API_KEY'], 'vendor'],
  ['CONTENTFUL_PAT', (r) => 'CFPAT-' + r.str(43, URLSAFE), ['CONTENTFUL_MANAGEMENT_TOKEN'], 'vendor'],
  ['HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuidStr(r)}`, ['HUBSPOT_ACCESS_TOKEN'], 'vendor'],
  ['ZENDESK_API_TOKEN', (r) => r.b62(40), ['ZENDESK_API_TOKEN', 'zendesk_token'], 'cloud'],
  ['SALESFORCE_ACCESS_TOKEN', (r) => `00D${r.b62(12)}!${r.str(96, ALNUM + '._')}`, ['SF_ACCESS_TOKEN', 'sessionId'], 'vendor'],
  ['DROPBOX_ACCESS_TOKEN', (r) => 'sl.' + r.str(135, URLSAFE), ['DROPBOX_TOKEN'], 'vendor'],
  ['OKTA_API_TOKEN', (r) => '00' + r.str(40, URLSAFE), ['OKTA_API_TOKEN', 'okta.client.token'], 'vendor'],
  ['TYPEFORM_PAT', (r) => `tfp_${r.str(44, URLSAFE)}_${r.b62(14)}`, ['TYPEFORM_TOKEN'], 'vendor'],
  ['ADAFRUIT_IO_KEY', (r) => 'aio_' + r.b62(28), ['ADAFRUIT_IO_KEY'], 'vendor'],
  ['MAPBOX_SECRET_TOKEN', (r) => 'sk.' + Buffer.from(JSON.stringify({ u: r.pick(['fleetops', 'geoteam', 'dispatch-map']), a: 'cl' + r.str(23, LOWNUM) })).toString('base64url') + '.' + r.str(22, URLSAFE), ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'], 'vendor'],
  ['KLAVIYO_PRIVATE_KEY', (r) => 'pk_' + r.hex(34), ['KLAVIYO_PRIVATE_API_KEY'], 'vendor'],
  ['SEGMENT_WRITE_KEY', (r) => r.b62(32), ['SEGMENT_WRITE_KEY', 'writeKey'], 'cloud'],
  // observability
  ['DATADOG_API_KEY', (r) => r.hex(32), ['DD_API_KEY', 'datadog_api_key'], 'cloud'],
  ['DATADOG_APP_KEY', (r) => r.hex(40), ['DD_APP_KEY', 'DD_APPLICATION_KEY'], 'cloud'],
  ['NEW_RELIC_LICENSE_KEY', (r) => r.hex(36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY', 'license_key'], 'vendor'],
  ['NEW_RELIC_USER_KEY', (r) => 'NRAK-' + r.str(27, UPNUM), ['NEW_RELIC_API_KEY'], 'vendor'],
  ['NEW_RELIC_INSERT_KEY', (r) => 'NRII-' + r.str(32, URLSAFE), ['NEW_RELIC_INSERT_KEY'], 'vendor'],
  ['SENTRY_DSN_KEY', (r) => r.hex(32), ['SENTRY_DSN', 'dsn'], 'url'],
  ['SENTRY_ORG_TOKEN', (r) => 'sntrys_' + Buffer.from(JSON.stringify({ iat: ts0(r) + 0.5, url: 'https://sentry.ops.example', region_url: 'https://eu.sentry.ops.example', org: r.pick(ORGS) })).toString('base64').replace(/=+$/, '') + '_' + r.str(43, ALNUM + '+/'), ['SENTRY_AUTH_TOKEN'], 'vendor'],
  ['SENTRY_USER_TOKEN', (r) => 'sntryu_' + r.hex(64), ['SENTRY_AUTH_TOKEN'], 'vendor'],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${r.b62(32)}_${r.hex(8)}`, ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], 'vendor'],
  ['GRAFANA_CLOUD_TOKEN', (r) => 'glc_' + Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: `stack-${r.int(100, 999)}-${r.pick(['logs', 'metrics', 'otlp'])}`, k: r.b62(24), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0']) } })).toString('base64'), ['GRAFANA_CLOUD_API_KEY'], 'vendor'],
  ['HONEYCOMB_API_KEY', (r) => 'hcaik_01' + r.str(56, LOWNUM), ['HONEYCOMB_API_KEY'], 'vendor'],
  ['ROLLBAR_ACCESS_TOKEN', (r) => r.hex(32), ['ROLLBAR_ACCESS_TOKEN'], 'cloud'],
  ['BUGSNAG_API_KEY', (r) => r.hex(32), ['BUGSNAG_API_KEY'], 'cloud'],
  ['LAUNCHDARKLY_SDK_KEY', (r) => 'sdk-' + uuidStr(r), ['LD_SDK_KEY'], 'vendor'],
  ['LAUNCHDARKLY_API_TOKEN', (r) => 'api-' + uuidStr(r), ['LD_API_TOKEN'], 'vendor'],
  ['POSTHOG_PERSONAL_API_KEY', (r) => 'phx_' + r.b62(43), ['POSTHOG_PERSONAL_API_KEY'], 'vendor'],
  ['ALGOLIA_ADMIN_KEY', (r) => r.hex(32), ['ALGOLIA_ADMIN_API_KEY'], 'cloud'],
  ['ELASTIC_API_KEY', (r) => Buffer.from(`${r.str(20, URLSAFE)}:${r.str(22, URLSAFE)}`).toString('base64'), ['ELASTIC_API_KEY', 'es_api_key'], 'cloud'],
  ['MEILISEARCH_MASTER_KEY', (r) => r.str(r.int(32, 44), URLSAFE), ['MEILI_MASTER_KEY'], 'cloud'],
  ['FASTLY_API_TOKEN', (r) => r.str(32, URLSAFE), ['FASTLY_API_TOKEN'], 'cloud'],
  ['PREFECT_API_KEY', (r) => 'pnu_' + r.b62(36), ['PREFECT_API_KEY'], 'vendor'],
  ['INFRACOST_API_KEY', (r) => 'ico-' + r.b62(32), ['INFRACOST_API_KEY'], 'vendor'],
  // AI
  ['OPENAI_API_KEY', (r) => `sk-proj-${r.str(74, URLSAFE)}T3BlbkFJ${r.str(74, URLSAFE)}`, ['OPENAI_API_KEY', 'openai.api_key'], 'vendor'],
  ['OPENAI_LEGACY_KEY', (r) => `sk-${r.b62(20)}T3BlbkFJ${r.b62(20)}`, ['OPENAI_KEY'], 'vendor'],
  ['OPENAI_SERVICE_ACCOUNT_KEY', (r) => `sk-svcacct-${r.str(74, URLSAFE)}T3BlbkFJ${r.str(74, URLSAFE)}`, ['OPENAI_API_KEY'], 'vendor'],
  ['ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${r.str(93, URLSAFE)}AA`, ['ANTHROPIC_API_KEY', 'CLAUDE_KEY'], 'vendor'],
  ['ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${r.str(93, URLSAFE)}AA`, ['ANTHROPIC_ADMIN_KEY'], 'vendor'],
  ['HUGGINGFACE_TOKEN', (r) => 'hf_' + r.str(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'), ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], 'vendor'],
  ['REPLICATE_API_TOKEN', (r) => 'r8_' + r.b62(37), ['REPLICATE_API_TOKEN'], 'vendor'],
  ['GROQ_API_KEY', (r) => 'gsk_' + r.b62(52), ['GROQ_API_KEY'], 'vendor'],
  ['XAI_API_KEY', (r) => 'xai-' + r.b62(80), ['XAI_API_KEY'], 'vendor'],
  ['PERPLEXITY_API_KEY', (r) => 'pplx-' + r.b62(48), ['PPLX_API_KEY'], 'vendor'],
  ['OPENROUTER_API_KEY', (r) => 'sk-or-v1-' + r.hex(64), ['OPENROUTER_API_KEY'], 'vendor'],
  ['DEEPSEEK_API_KEY', (r) => 'sk-' + r.hex(32), ['DEEPSEEK_API_KEY'], 'vendor'],
  ['COHERE_API_KEY', (r) => r.b62(40), ['CO_API_KEY', 'COHERE_API_KEY'], 'cloud'],
  ['MISTRAL_API_KEY', (r) => r.b62(32), ['MISTRAL_API_KEY'], 'cloud'],
  ['PINECONE_API_KEY', (r) => `pcsk_${r.b62(5)}_${r.b62(60)}`, ['PINECONE_API_KEY'], 'vendor'],
  ['LANGSMITH_API_KEY', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], 'vendor'],
  ['WANDB_API_KEY', (r) => r.hex(40), ['WANDB_API_KEY'], 'cloud'],
  ['ELEVENLABS_API_KEY', (r) => 'sk_' + r.hex(48), ['ELEVENLABS_API_KEY', 'xi-api-key'], 'vendor'],
  // generic credentials (no vendor prefix)
  ['GENERIC_API_KEY_HEX', (r) => r.hex(r.pick([32, 40, 48, 64])), ['api_key', 'apiKey', 'X-Api-Key'], 'generic'],
  ['GENERIC_API_KEY_BASE62', (r) => r.b62(r.int(24, 48)), ['api_key', 'access_key', 'client_key'], 'generic'],
  ['GENERIC_API_KEY_BASE64', (r) => b64std(r, r.pick([24, 32, 48])), ['api_secret', 'secret', 'key'], 'generic'],
  ['GENERIC_API_KEY_BASE32', (r) => r.str(r.pick([26, 32, 52]), B32), ['service_key', 'token'], 'generic'],
  ['BEARER_TOKEN', (r) => r.str(r.int(40, 64), URLSAFE + '.'), ['token', 'access_token', 'Authorization'], 'generic'],
  ['OAUTH_CLIENT_SECRET', (r) => r.str(64, URLSAFE), ['client_secret', 'OAUTH_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET'], 'generic'],
  ['OAUTH_REFRESH_TOKEN', (r) => r.str(r.int(48, 80), URLSAFE), ['refresh_token'], 'generic'],
  ['HMAC_SIGNING_SECRET', (r) => r.hex(64), ['HMAC_SECRET', 'signing_secret', 'SIGNATURE_KEY'], 'generic'],
  ['JWT_SIGNING_SECRET', (r) => r.str(r.int(32, 64), ALNUM + '!#%&*-_=+'), ['JWT_SECRET', 'jwt.secret', 'TOKEN_SECRET'], 'generic'],
  ['WEBHOOK_SIGNING_SECRET', (r) => r.b62(40), ['WEBHOOK_SECRET', 'webhook.secret'], 'generic'],
  ['SESSION_SECRET', (r) => r.str(r.int(32, 48), ALNUM + '-_'), ['SESSION_SECRET', 'COOKIE_SECRET', 'secret_key_base'], 'generic'],
  ['ENCRYPTION_KEY', (r) => b64std(r, 32), ['ENCRYPTION_KEY', 'DATA_KEY', 'aes_key', 'MASTER_KEY'], 'generic'],
  ['DJANGO_SECRET_KEY', (r) => r.str(50, 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)'), ['SECRET_KEY', 'DJANGO_SECRET_KEY'], 'generic'],
  ['RAILS_MASTER_KEY', (r) => r.hex(32), ['RAILS_MASTER_KEY'], 'generic'],
  ['LARAVEL_APP_KEY', (r) => 'base64:' + b64std(r, 32), ['APP_KEY'], 'generic'],
  ['NEXTAUTH_SECRET', (r) => b64std(r, 32), ['NEXTAUTH_SECRET', 'AUTH_SECRET'], 'generic'],
  ['TOTP_SEED', (r) => r.str(r.pick([16, 32]), B32), ['totp_secret', 'otp_seed', 'mfa_secret'], 'special'],
  ['RECOVERY_CODE', (r) => `${r.str(5, LOWNUM)}-${r.str(5, LOWNUM)}`, ['recovery_code'], 'special'],
  ['SESSION_COOKIE', (r) => r.pick([() => 's%3A' + r.str(32, URLSAFE) + '.' + r.str(43, ALNUM + '%'), () => r.hex(64), () => r.str(26, LOWNUM)])(), ['session', 'sid', 'connect.sid'], 'special'],
  ['WIREGUARD_PRIVATE_KEY', (r) => wireguardKey(r), ['PrivateKey'], 'generic'],
  ['WIREGUARD_PRESHARED_KEY', (r) => wireguardKey(r), ['PresharedKey'], 'generic'],
  ['RABBITMQ_ERLANG_COOKIE', (r) => r.str(20, UPNUM.slice(0, 26)), ['RABBITMQ_ERLANG_COOKIE'], 'generic'],
  ['MINIO_SECRET_KEY', (r) => r.str(40, ALNUM + '+/'), ['MINIO_ROOT_PASSWORD', 'MINIO_SECRET_KEY', 'secret_key'], 'generic'],
  ['GCP_SERVICE_ACCOUNT_PRIVATE_KEY_PKCS8', null, ['private_key'], 'pem'],
  // passwords (entity = context)
  ['DATABASE_PASSWORD', (r) => pw.random(r), ['DB_PASSWORD', 'password', 'PGPASSWORD', 'spring.datasource.password', 'MYSQL_PASSWORD'], 'password'],
  ['DATABASE_URL_PASSWORD', (r) => pw.url(r), ['DATABASE_URL'], 'password'],
  ['REDIS_PASSWORD', (r) => pw.url(r, r.int(16, 40)), ['REDIS_PASSWORD', 'requirepass', 'masterauth'], 'password'],
  ['MONGODB_PASSWORD', (r) => pw.url(r), ['MONGO_INITDB_ROOT_PASSWORD', 'MONGO_PASSWORD', 'mongo_pass'], 'password'],
  ['LDAP_BIND_PASSWORD', (r) => pw.random(r), ['bindpw', 'LDAP_BIND_PASSWORD', 'AuthLDAPBindPassword'], 'password'],
  ['SMTP_PASSWORD', (r) => pw.random(r), ['SMTP_PASSWORD', 'smtp_pass', 'MAIL_PASSWORD'], 'password'],
  ['HTTP_URL_PASSWORD', (r) => pw.url(r), ['proxy', 'url'], 'password'],
  ['BASIC_AUTH_CREDENTIALS', null, ['Authorization'], 'basic'],
  ['DOCKER_REGISTRY_AUTH', null, ['auth'], 'basic'],
  ['NPM_BASIC_AUTH', null, ['_auth'], 'basic'],
  ['KUBERNETES_SECRET_DATA', null, ['data'], 'k8s'],
  ['GENERIC_PASSWORD', (r) => pw.random(r), ['password', 'passwd', 'pass', 'pwd'], 'password'],
  ['USER_CHOSEN_PASSWORD', (r) => pw.human(r), ['password'], 'password'],
  ['PASSPHRASE', (r) => pw.phrase(r), ['passphrase'], 'password'],
  ['ROOT_PASSWORD', (r) => pw.random(r), ['MYSQL_ROOT_PASSWORD', 'root_password'], 'password'],
  ['WINDOWS_AUTOLOGON_PASSWORD', (r) => r.chance(0.5) ? pw.human(r) : pw.random(r), ['DefaultPassword'], 'password'],
  ['POWERSHELL_PLAINTEXT_PASSWORD', (r) => r.chance(0.5) ? pw.human(r) : pw.random(r), ['$Password'], 'password'],
  ['SSHPASS_PASSWORD', (r) => pw.url(r), ['sshpass -p'], 'password'],
  ['SMB_MOUNT_PASSWORD', (r) => pw.url(r), ['password='], 'password'],
  ['NETRC_PASSWORD', (r) => r.chance(0.5) ? pw.url(r) : r.b62(40), ['password'], 'password'],
  ['PGPASS_PASSWORD', (r) => pw.url(r), ['pgpass'], 'password'],
  ['KEYRING_SECRET', (r) => r.chance(0.5) ? pw.human(r) : pw.random(r), ['secret'], 'password'],
  ['PASSWORD_MANAGER_ENTRY', (r) => r.pick([pw.human, pw.random, pw.phrase])(r), ['password'], 'password'],
  ['ANSIBLE_VAULT_PASSWORD', (r) => r.chance(0.5) ? pw.phrase(r).replace(/ /g, '-') : pw.random(r), ['vault_password'], 'password'],
  ['GPG_PASSPHRASE', (r) => pw.phrase(r), ['GPG_PASSPHRASE', '--passphrase'], 'password'],
  ['KEYSTORE_PASSWORD', (r) => pw.random(r), ['storePassword', 'keystore.password', 'KEYSTORE_PASS'], 'password'],
  ['PKCS12_PASSWORD', (r) => pw.url(r), ['-passout', 'pfx_password'], 'password'],
  ['KAFKA_SASL_PASSWORD', (r) => pw.random(r), ['sasl.jaas.config'], 'password'],
  ['MQTT_PASSWORD', (r) => pw.url(r), ['mqtt_password'], 'password'],
  ['FTP_PASSWORD', (r) => pw.url(r), ['ftp_pass'], 'password'],
  ['WIFI_PSK', (r) => r.chance(0.5) ? pw.phrase(r) : pw.human(r), ['psk', 'wpa_passphrase'], 'password'],
  ['SNMP_COMMUNITY', (r) => r.pick(['n0c-', 'mon', 'snmp', 'ro']) + r.b62(r.int(8, 14)), ['community', 'rocommunity'], 'password'],
  ['IPSEC_PRESHARED_KEY', (r) => r.str(32, ALNUM + '-_'), ['psk'], 'password'],
  ['RADIUS_SHARED_SECRET', (r) => pw.url(r, 20), ['secret'], 'password'],
  ['VNC_PASSWORD', (r) => r.b62(8), ['vncpasswd'], 'password'],
  ['ELASTIC_PASSWORD', (r) => pw.url(r), ['ELASTIC_PASSWORD'], 'password'],
  ['ODBC_PASSWORD', (r) => pw.random(r).replace(/[;=]/g, 'x'), ['PWD'], 'password'],
  ['REGISTRY_AUTH_TOKEN', (r) => r.str(r.int(36, 64), URLSAFE), ['_authToken'], 'generic'],
  // keys & tokens with structure
  ['RSA_PRIVATE_KEY', (r) => rsaPrivate(r, r.chance(0.5) ? 1024 : 2048), ['private_key'], 'pem'],
  ['PKCS8_PRIVATE_KEY', (r) => pkcs8Private(r, r.chance(0.6) ? 'ed25519' : 'rsa', 1024), ['private_key'], 'pem'],
  ['EC_PRIVATE_KEY', (r) => ecPrivate(r), ['ec_key'], 'pem'],
  ['DSA_PRIVATE_KEY', (r) => dsaPrivate(r), ['dsa_key'], 'pem'],
  ['OPENSSH_PRIVATE_KEY', (r, o = {}) => opensshPrivate(r, o.comment || `${r.pick(['deploy', 'ci', 'backup', 'root'])}@${r.pick(['build-01', 'bastion', 'nas', 'laptop'])}`), ['id_ed25519'], 'pem'],
  ['PGP_PRIVATE_KEY_BLOCK', (r, o = {}) => pgpPrivate(r, o.uid || `${r.pick(['Release Signing', 'Backup Key', 'Ops Team'])} <${r.pick(['release', 'backup', 'ops'])}@${r.pick(ORGS)}.example>`, ts0(r)), ['signing_key'], 'pem'],
  ['JWT_TOKEN', (r) => jwtOf(r, { alg: 'HS256', typ: 'JWT' }, { sub: String(r.int(1000, 999999)), name: r.pick(['svc-batch', 'mobile-app', 'partner-api']), iat: ts0(r), exp: ts0(r) + 86400, scope: r.pick(['read:orders write:orders', 'admin', 'reports:read']) }, 32), ['token', 'Authorization', 'jwt'], 'jwt'],
  ['OIDC_ID_TOKEN', (r) => jwtOf(r, { alg: 'RS256', kid: r.hex(16), typ: 'JWT' }, { iss: `https://login.${r.pick(ORGS)}.example/`, aud: r.b62(20), sub: r.hex(24), email_verified: true, nonce: r.b62(16), iat: ts0(r), exp: ts0(r) + 3600 }, 256), ['id_token'], 'jwt'],
  ['SERVICE_ROLE_JWT', (r) => jwtOf(r, { alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: r.str(20, LOWER), role: 'service_role', iat: ts0(r), exp: ts0(r) + 315360000 }, 32), ['SUPABASE_SERVICE_ROLE_KEY', 'service_role'], 'jwt'],
];
export const CATALOG = Object.fromEntries(C.map(([name, gen, keys, tag]) => [name, { name, gen, keys, tag }]));
delete CATALOG.GCP_SERVICE_ACCOUNT_PRIVATE_KEY_PKCS8;
export const NAMES = Object.keys(CATALOG);
export function S(r, name, opts) {
  const e = CATALOG[name]; if (!e) throw new Error('unknown secret ' + name);
  if (!e.gen) throw new Error('no generator for ' + name);
  let v; do { v = e.gen(r, opts); } while (!noExample(v));
  return sec(name, v);
}
export const V = (r, name, opts) => S(r, name, opts).value;
// user:password base64 helpers
export function basic(r, user, pass, name = 'BASIC_AUTH_CREDENTIALS') { return sec(name, Buffer.from(`${user}:${pass}`, 'utf8').toString('base64')); }
export function k8sData(r, value) { return sec('KUBERNETES_SECRET_DATA', Buffer.from(value, 'utf8').toString('base64')); }
// misleading / meaningless key names
export const ODD_KEYS = ['value', 'data', 'x', 'blob', 'cfg_2', 'opt_a', 'k1', 'payload', 'checksum', 'build_id', 'version_hash', 'cache_key', 'etag', 'fingerprint', 'color', 'note', 'ref', 'seed', 'misc', 'tmp', 'legacy_field', 'field_7', 'sig', 'nonce', 'hash', 'token_unused', 'public_id', 'commit', 'integrity', 'test_fixture', 'FOO', 'BAR', 'ZZ_OLD', 'lookup', 'magic', 'abc', 'wat', 'do_not_use', 'placeholder', 'sample', 'client_id', 'username', 'description', 'u2', 'qq', 'salt', 'theme', 'locale_hint', 'trace', 'PUBLIC_KEY', 'demo', 'unused2', 'bucket', 'region_code'];
export function keyFor(r, name, oddP = 0.3) {
  if (r.chance(oddP)) return r.pick(ODD_KEYS);
  return r.pick(CATALOG[name].keys);
}
export const VENDOR_NAMES = NAMES.filter((n) => CATALOG[n].tag === 'vendor');
export const CLOUDISH_NAMES = NAMES.filter((n) => ['vendor', 'cloud', 'generic'].includes(CATALOG[n].tag));
export const PEM_NAMES = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'DSA_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY_BLOCK'];
