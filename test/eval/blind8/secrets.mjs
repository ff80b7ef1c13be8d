// blind8: secret kinds (format-valid fakes) and look-alike generators.
import { S, L, B62, B32, crc32, base62, b64, b64url, wrap, b58check, bech32Enc, to5, crc24 } from './lib.mjs';

const ghTok = (pre) => (r) => { const body = r.b62(30); return pre + body + base62(crc32(Buffer.from(body)), 6); };
const jwt = (hdr, pay) => (r) => b64url(JSON.stringify(hdr(r))) + '.' + b64url(JSON.stringify(pay(r))) + '.' + b64url(r.bytes(pay.sigLen || 32));
const now = 1765000000;
export const jwtGen = (r, payload, alg = 'HS256') => b64url(JSON.stringify({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: r.hex(16) } : {}) })) + '.' + b64url(JSON.stringify(payload)) + '.' + b64url(r.bytes(alg === 'HS256' ? 32 : 256));
function pwd(r) {
  const w = ['Tangerine', 'Harbor', 'Quokka', 'Basalt', 'Nimbus', 'Falcon', 'Juniper', 'Marmot', 'Cobalt', 'Saffron', 'Glacier', 'Ember', 'Pylon', 'Orchid'];
  const k = r.int(0, 3);
  if (k === 0) return r.pick(w) + r.pick(['-', '.', '!', '_', '+']) + r.pick(w) + r.int(10, 9999);
  if (k === 1) return r.str(B62 + '!%^*-_', r.int(14, 24));
  if (k === 2) return r.pick(w) + r.int(1980, 2026) + r.pick(['!', '$', '?', '@']) + r.upper(2) + r.lower(2);
  return r.b62(r.int(18, 32));
}
export const password = pwd;
const urlPwd = (r) => r.chance(0.5) ? r.b62(r.int(14, 26)) : r.pick(['Vx', 'Qm', 'Zr', 'Tk']) + r.b62(8) + r.pick(['-', '_', '.', '~']) + r.b62(8);

function opensshEd25519(r, comment) {
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  const str = (b) => Buffer.concat([u32(Buffer.byteLength(b)), Buffer.from(b)]);
  const pub = r.bytes(32), seed = r.bytes(32);
  const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
  const chk = r.bytes(4);
  let priv = Buffer.concat([chk, chk, str('ssh-ed25519'), str(pub), str(Buffer.concat([seed, pub])), str(comment)]);
  const pad = []; for (let i = 1; priv.length + pad.length < Math.ceil(priv.length / 8) * 8 || (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pubBlob), str(priv)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(all), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
const pem = (label, der) => `-----BEGIN ${label}-----\n${wrap(b64(der), 64)}\n-----END ${label}-----`;
const rsa1 = (r) => pem('RSA PRIVATE KEY', Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), Buffer.from([0xc0 | r.int(0, 63)]), r.bytes(1179)]));
const pkcs8rsa = (r) => pem('PRIVATE KEY', Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), Buffer.from([0xb0 | r.int(0, 15)]), r.bytes(1179)]));
const ecKey = (r) => pem('EC PRIVATE KEY', Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a14403420004', 'hex'), r.bytes(64)]));
const pkcs8ec = (r) => pem('PRIVATE KEY', Buffer.concat([Buffer.from('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420', 'hex'), r.bytes(32), Buffer.from('a14403420004', 'hex'), r.bytes(64)]));
const encPkcs8 = (r) => pem('ENCRYPTED PRIVATE KEY', Buffer.concat([Buffer.from('308205243056', 'hex'), r.bytes(1310)]));
function pgpKey(r) { const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), Buffer.from([0x04]), r.bytes(960)]); const c = Buffer.alloc(3); c.writeUIntBE(crc24(body), 0, 3); return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(b64(body), 64)}\n=${b64(c)}\n-----END PGP PRIVATE KEY BLOCK-----`; }
export const PEMS = { RSA_PRIVATE_KEY: rsa1, PKCS8_PRIVATE_KEY: pkcs8rsa, EC_PRIVATE_KEY: ecKey, PKCS8_EC_PRIVATE_KEY: pkcs8ec, OPENSSH_PRIVATE_KEY: (r) => opensshEd25519(r, r.pick(['deploy@ci-runner', 'ops@bastion', 'jenkins@build-07', ''])), ENCRYPTED_PRIVATE_KEY: encPkcs8, PGP_PRIVATE_KEY: pgpKey };

// [entity, env names, prose description, generator]
const K = [
  ['AWS_ACCESS_KEY', ['AWS_ACCESS_KEY_ID'], 'AWS access key id', (r) => 'AKIA' + r.str(B32, 16)],
  ['AWS_TEMP_ACCESS_KEY', ['AWS_ACCESS_KEY_ID'], 'temporary AWS key id', (r) => 'ASIA' + r.str(B32, 16)],
  ['AWS_SECRET_KEY', ['AWS_SECRET_ACCESS_KEY'], 'AWS secret access key', (r) => r.str(B62 + '+/', 40)],
  ['AWS_SESSION_TOKEN', ['AWS_SESSION_TOKEN'], 'AWS session token', (r) => 'IQoJb3JpZ2luX2Vj' + r.str(B62 + '+/', 340) + '=='],
  ['GITHUB_PAT', ['GITHUB_TOKEN', 'GH_TOKEN'], 'GitHub personal access token', ghTok('ghp_')],
  ['GITHUB_OAUTH_TOKEN', ['GITHUB_OAUTH_TOKEN'], 'GitHub OAuth token', ghTok('gho_')],
  ['GITHUB_USER_TO_SERVER_TOKEN', ['GH_APP_USER_TOKEN'], 'GitHub app user token', ghTok('ghu_')],
  ['GITHUB_APP_INSTALLATION_TOKEN', ['GITHUB_APP_TOKEN'], 'GitHub app installation token', ghTok('ghs_')],
  ['GITHUB_REFRESH_TOKEN', ['GITHUB_REFRESH_TOKEN'], 'GitHub refresh token', ghTok('ghr_')],
  ['GITHUB_FINE_GRAINED_PAT', ['GITHUB_PAT'], 'fine-grained GitHub PAT', (r) => 'github_pat_11' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 20) + '_' + r.b62(59)],
  ['GITLAB_PAT', ['GITLAB_TOKEN', 'CI_JOB_PAT'], 'GitLab personal access token', (r) => 'glpat-' + r.b64u(20)],
  ['GITLAB_RUNNER_TOKEN', ['RUNNER_TOKEN'], 'GitLab runner authentication token', (r) => 'glrt-' + r.b64u(20)],
  ['GITLAB_DEPLOY_TOKEN', ['GITLAB_DEPLOY_TOKEN'], 'GitLab deploy token', (r) => 'gldt-' + r.b64u(20)],
  ['SLACK_BOT_TOKEN', ['SLACK_BOT_TOKEN'], 'Slack bot token', (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`],
  ['SLACK_USER_TOKEN', ['SLACK_USER_TOKEN'], 'Slack user token', (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`],
  ['SLACK_APP_TOKEN', ['SLACK_APP_TOKEN'], 'Slack app-level token', (r) => `xapp-1-A${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}-${r.digits(13)}-${r.hex(64)}`],
  ['SLACK_WEBHOOK', ['SLACK_WEBHOOK_URL'], 'Slack incoming webhook', (r) => `T${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${r.b62(24)}`],
  ['STRIPE_SECRET_KEY', ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], 'Stripe live secret key', (r) => 'sk_live_51' + r.b62(97)],
  ['STRIPE_RESTRICTED_KEY', ['STRIPE_RESTRICTED_KEY'], 'Stripe restricted key', (r) => 'rk_live_51' + r.b62(97)],
  ['STRIPE_WEBHOOK_SECRET', ['STRIPE_WEBHOOK_SECRET'], 'Stripe webhook signing secret', (r) => 'whsec_' + r.b62(32)],
  ['OPENAI_API_KEY', ['OPENAI_API_KEY'], 'OpenAI project key', (r) => 'sk-proj-' + r.b64u(74) + 'T3BlbkFJ' + r.b64u(74)],
  ['OPENAI_LEGACY_KEY', ['OPENAI_KEY'], 'old OpenAI key', (r) => 'sk-' + r.b62(20) + 'T3BlbkFJ' + r.b62(20)],
  ['OPENAI_SERVICE_ACCOUNT_KEY', ['OPENAI_API_KEY'], 'OpenAI service-account key', (r) => 'sk-svcacct-' + r.b64u(74) + 'T3BlbkFJ' + r.b64u(74)],
  ['ANTHROPIC_API_KEY', ['ANTHROPIC_API_KEY'], 'Anthropic API key', (r) => 'sk-ant-api03-' + r.b64u(93) + 'AA'],
  ['ANTHROPIC_ADMIN_KEY', ['ANTHROPIC_ADMIN_KEY'], 'Anthropic admin key', (r) => 'sk-ant-admin01-' + r.b64u(93) + 'AA'],
  ['HUGGINGFACE_TOKEN', ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], 'Hugging Face token', (r) => 'hf_' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)],
  ['NPM_TOKEN', ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], 'npm automation token', (r) => 'npm_' + r.b62(36)],
  ['DOCKERHUB_PAT', ['DOCKERHUB_TOKEN'], 'Docker Hub access token', (r) => 'dckr_pat_' + r.b64u(27)],
  ['DIGITALOCEAN_TOKEN', ['DIGITALOCEAN_ACCESS_TOKEN'], 'DigitalOcean token', (r) => 'dop_v1_' + r.hex(64)],
  ['DIGITALOCEAN_OAUTH_TOKEN', ['DO_OAUTH_TOKEN'], 'DigitalOcean OAuth token', (r) => 'doo_v1_' + r.hex(64)],
  ['SENDGRID_API_KEY', ['SENDGRID_API_KEY'], 'SendGrid key', (r) => 'SG.' + r.b64u(22) + '.' + r.b64u(43)],
  ['TWILIO_API_KEY', ['TWILIO_API_KEY_SID'], 'Twilio API key', (r) => 'SK' + r.hex(32)],
  ['TWILIO_AUTH_TOKEN', ['TWILIO_AUTH_TOKEN'], 'Twilio auth token', (r) => r.hex(32)],
  ['MAILGUN_API_KEY', ['MAILGUN_API_KEY'], 'Mailgun key', (r) => 'key-' + r.hex(32)],
  ['MAILCHIMP_API_KEY', ['MAILCHIMP_API_KEY'], 'Mailchimp key', (r) => r.hex(32) + '-us' + r.int(1, 21)],
  ['SHOPIFY_ACCESS_TOKEN', ['SHOPIFY_ACCESS_TOKEN'], 'Shopify admin token', (r) => 'shpat_' + r.hex(32)],
  ['SHOPIFY_SHARED_SECRET', ['SHOPIFY_API_SECRET'], 'Shopify app secret', (r) => 'shpss_' + r.hex(32)],
  ['GOOGLE_API_KEY', ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'FIREBASE_API_KEY'], 'Google API key', (r) => 'AIza' + r.b64u(35)],
  ['GOOGLE_OAUTH_CLIENT_SECRET', ['GOOGLE_CLIENT_SECRET'], 'Google OAuth client secret', (r) => 'GOCSPX-' + r.b64u(28)],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', ['GOOGLE_ACCESS_TOKEN'], 'Google access token', (r) => 'ya29.a0' + r.b64u(150)],
  ['GOOGLE_REFRESH_TOKEN', ['GOOGLE_REFRESH_TOKEN'], 'Google refresh token', (r) => '1//0' + r.b64u(2) + 'CgYIARAAGBASNwF-L9Ir' + r.b64u(80)],
  ['AZURE_STORAGE_KEY', ['AZURE_STORAGE_KEY', 'AccountKey'], 'Azure storage account key', (r) => b64(r.bytes(64))],
  ['AZURE_CLIENT_SECRET', ['AZURE_CLIENT_SECRET'], 'Azure app client secret', (r) => r.b62(3) + '8Q~' + r.str(B62 + '_~.-', 34)],
  ['AZURE_DEVOPS_PAT', ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT'], 'Azure DevOps PAT', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52)],
  ['AZURE_SAS_SIGNATURE', ['AZURE_SAS_SIG'], 'SAS signature', (r) => encodeURIComponent(b64(r.bytes(32)))],
  ['DATABRICKS_TOKEN', ['DATABRICKS_TOKEN'], 'Databricks PAT', (r) => 'dapi' + r.hex(32)],
  ['HEROKU_API_KEY', ['HEROKU_API_KEY'], 'Heroku API key', (r) => 'HRKU-AA' + r.b64u(58)],
  ['CLOUDFLARE_API_TOKEN', ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], 'Cloudflare API token', (r) => r.b64u(40)],
  ['CLOUDFLARE_GLOBAL_KEY', ['CF_API_KEY'], 'Cloudflare global API key', (r) => r.hex(37)],
  ['DATADOG_API_KEY', ['DD_API_KEY'], 'Datadog API key', (r) => r.hex(32)],
  ['DATADOG_APP_KEY', ['DD_APP_KEY'], 'Datadog application key', (r) => r.hex(40)],
  ['NEW_RELIC_USER_KEY', ['NEW_RELIC_API_KEY'], 'New Relic user key', (r) => 'NRAK-' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)],
  ['NEW_RELIC_LICENSE_KEY', ['NEW_RELIC_LICENSE_KEY'], 'New Relic license key', (r) => r.hex(36) + 'NRAL'],
  ['SENTRY_AUTH_TOKEN', ['SENTRY_AUTH_TOKEN'], 'Sentry user auth token', (r) => 'sntryu_' + r.hex(64)],
  ['SENTRY_DSN_KEY', ['SENTRY_DSN'], 'Sentry DSN key', (r) => r.hex(32)],
  ['PAGERDUTY_API_KEY', ['PAGERDUTY_TOKEN'], 'PagerDuty API key', (r) => 'u+' + r.b64u(18)],
  ['OKTA_API_TOKEN', ['OKTA_API_TOKEN'], 'Okta API token', (r) => '00' + r.b64u(40)],
  ['AUTH0_CLIENT_SECRET', ['AUTH0_CLIENT_SECRET'], 'Auth0 client secret', (r) => r.b64u(64)],
  ['ATLASSIAN_API_TOKEN', ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], 'Atlassian API token', (r) => 'ATATT3xFfGF0' + r.b64u(170) + '=' + r.HEX(8)],
  ['LINEAR_API_KEY', ['LINEAR_API_KEY'], 'Linear API key', (r) => 'lin_api_' + r.b62(40)],
  ['NOTION_TOKEN', ['NOTION_TOKEN'], 'Notion integration secret', (r) => r.chance(0.5) ? 'secret_' + r.b62(43) : 'ntn_' + r.digits(11) + r.b62(35)],
  ['FIGMA_TOKEN', ['FIGMA_TOKEN'], 'Figma personal token', (r) => 'figd_' + r.b64u(40)],
  ['ASANA_PAT', ['ASANA_ACCESS_TOKEN'], 'Asana PAT', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`],
  ['DISCORD_BOT_TOKEN', ['DISCORD_TOKEN'], 'Discord bot token', (r) => b64url(String(r.int(1, 1)) + r.digits(18)) + '.' + r.b64u(6) + '.' + r.b64u(38)],
  ['DISCORD_WEBHOOK_TOKEN', ['DISCORD_WEBHOOK'], 'Discord webhook token', (r) => r.b64u(68)],
  ['TELEGRAM_BOT_TOKEN', ['TELEGRAM_BOT_TOKEN'], 'Telegram bot token', (r) => `${r.int(5, 7)}${r.digits(9)}:AA${r.b64u(33)}`],
  ['SQUARE_ACCESS_TOKEN', ['SQUARE_ACCESS_TOKEN'], 'Square access token', (r) => 'EAAA' + r.b64u(60)],
  ['BRAINTREE_ACCESS_TOKEN', ['BRAINTREE_ACCESS_TOKEN'], 'Braintree access token', (r) => `access_token$production$${r.alnumLower(16)}$${r.hex(32)}`],
  ['PAYPAL_CLIENT_SECRET', ['PAYPAL_CLIENT_SECRET'], 'PayPal client secret', (r) => 'E' + r.b64u(79)],
  ['FACEBOOK_ACCESS_TOKEN', ['FB_PAGE_TOKEN'], 'Facebook page token', (r) => 'EAAG' + r.b62(180)],
  ['TWITTER_BEARER_TOKEN', ['TWITTER_BEARER_TOKEN'], 'X/Twitter bearer token', (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.b62(30) + '%3D' + r.b62(50)],
  ['MAPBOX_SECRET_TOKEN', ['MAPBOX_SECRET_TOKEN'], 'Mapbox secret token', (r) => 'sk.' + b64url(JSON.stringify({ u: r.pick(['fleetops', 'geo-team', 'rkumar']), a: r.alnumLower(25) })) + '.' + r.b64u(22)],
  ['ALGOLIA_ADMIN_KEY', ['ALGOLIA_ADMIN_KEY'], 'Algolia admin key', (r) => r.hex(32)],
  ['VAULT_TOKEN', ['VAULT_TOKEN'], 'Vault token', (r) => 'hvs.CAESI' + r.b64u(86)],
  ['VAULT_BATCH_TOKEN', ['VAULT_TOKEN'], 'Vault batch token', (r) => 'hvb.AAAAAQ' + r.b64u(130)],
  ['TERRAFORM_CLOUD_TOKEN', ['TFE_TOKEN', 'TF_TOKEN_tfe_acme_corp_example'], 'Terraform Cloud token', (r) => r.b62(14) + '.atlasv1.' + r.b62(67)],
  ['PULUMI_ACCESS_TOKEN', ['PULUMI_ACCESS_TOKEN'], 'Pulumi token', (r) => 'pul-' + r.hex(40)],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', ['GRAFANA_TOKEN'], 'Grafana service account token', (r) => 'glsa_' + r.b62(32) + '_' + r.hex(8)],
  ['GRAFANA_CLOUD_TOKEN', ['GRAFANA_CLOUD_API_KEY'], 'Grafana Cloud token', (r) => 'glc_' + b64(JSON.stringify({ o: r.digits(6), n: 'stack-' + r.digits(6) + '-hm-read', k: r.b62(24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')],
  ['CIRCLECI_TOKEN', ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'], 'CircleCI personal token', (r) => 'CCIPAT_' + r.b62(22) + '_' + r.hex(40)],
  ['BUILDKITE_TOKEN', ['BUILDKITE_API_TOKEN'], 'Buildkite API token', (r) => 'bkua_' + r.hex(40)],
  ['DOPPLER_TOKEN', ['DOPPLER_TOKEN'], 'Doppler service token', (r) => 'dp.st.' + r.pick(['prd', 'stg', 'dev']) + '.' + r.b62(43)],
  ['POSTMAN_API_KEY', ['POSTMAN_API_KEY'], 'Postman API key', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`],
  ['FLY_API_TOKEN', ['FLY_API_TOKEN'], 'Fly token', (r) => 'fo1_' + r.b64u(43)],
  ['RUBYGEMS_API_KEY', ['GEM_HOST_API_KEY'], 'RubyGems key', (r) => 'rubygems_' + r.hex(48)],
  ['NUGET_API_KEY', ['NUGET_API_KEY'], 'NuGet key', (r) => 'oy2' + r.alnumLower(43)],
  ['JFROG_IDENTITY_TOKEN', ['JFROG_ACCESS_TOKEN', 'ARTIFACTORY_TOKEN'], 'Artifactory identity token', (r) => b64(`reftkn:01:${r.digits(10)}:${r.b62(32)}`).replace(/=+$/, '')],
  ['JFROG_API_KEY', ['ARTIFACTORY_API_KEY'], 'Artifactory API key', (r) => 'AKCp' + r.b62(69)],
  ['AGE_SECRET_KEY', ['SOPS_AGE_KEY'], 'age identity', (r) => bech32Enc('age-secret-key-', to5(r.bytes(32))).toUpperCase()],
  ['ETHEREUM_PRIVATE_KEY', ['DEPLOYER_PRIVATE_KEY', 'ETH_PRIVATE_KEY'], 'wallet private key', (r) => '0x' + r.hex(64)],
  ['BITCOIN_WIF_PRIVATE_KEY', ['BTC_WIF'], 'bitcoin WIF key', (r) => b58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([1])]))],
  ['TAILSCALE_AUTH_KEY', ['TS_AUTHKEY'], 'Tailscale auth key', (r) => `tskey-auth-k${r.b62(10)}CNTRL-${r.b62(33)}`],
  ['NGROK_AUTHTOKEN', ['NGROK_AUTHTOKEN'], 'ngrok authtoken', (r) => '2' + r.b62(26) + '_' + r.b62(21)],
  ['CONTENTFUL_TOKEN', ['CONTENTFUL_MANAGEMENT_TOKEN'], 'Contentful management token', (r) => 'CFPAT-' + r.b64u(43)],
  ['SALESFORCE_ACCESS_TOKEN', ['SF_ACCESS_TOKEN'], 'Salesforce session token', (r) => `00D${r.b62(12)}!AQ${r.b62(4)}.${r.str(B62 + '._', 96)}`],
  ['ZENDESK_API_TOKEN', ['ZENDESK_API_TOKEN'], 'Zendesk API token', (r) => r.b62(40)],
  ['HUBSPOT_PRIVATE_APP_TOKEN', ['HUBSPOT_ACCESS_TOKEN'], 'HubSpot private app token', (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`],
  ['INTERCOM_ACCESS_TOKEN', ['INTERCOM_TOKEN'], 'Intercom access token', (r) => b64(`tok:${r.hex(8)}_${r.hex(4)}_${r.hex(4)}_${r.hex(4)}_${r.hex(12)}:1:0`).replace(/=+$/, '')],
  ['PLANETSCALE_PASSWORD', ['DATABASE_PASSWORD'], 'PlanetScale password', (r) => 'pscale_pw_' + r.b64u(43)],
  ['PLANETSCALE_TOKEN', ['PLANETSCALE_SERVICE_TOKEN'], 'PlanetScale service token', (r) => 'pscale_tkn_' + r.b64u(43)],
  ['NETLIFY_TOKEN', ['NETLIFY_AUTH_TOKEN'], 'Netlify token', (r) => 'nfp_' + r.b62(36)],
  ['VERCEL_TOKEN', ['VERCEL_TOKEN'], 'Vercel token', (r) => r.b62(24)],
  ['PREFECT_API_KEY', ['PREFECT_API_KEY'], 'Prefect key', (r) => 'pnu_' + r.b62(36)],
  ['REPLICATE_API_TOKEN', ['REPLICATE_API_TOKEN'], 'Replicate token', (r) => 'r8_' + r.b62(37)],
  ['GROQ_API_KEY', ['GROQ_API_KEY'], 'Groq key', (r) => 'gsk_' + r.b62(52)],
  ['PERPLEXITY_API_KEY', ['PPLX_API_KEY'], 'Perplexity key', (r) => 'pplx-' + r.b62(48)],
  ['XAI_API_KEY', ['XAI_API_KEY'], 'xAI key', (r) => 'xai-' + r.b62(80)],
  ['LANGSMITH_API_KEY', ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], 'LangSmith key', (r) => `lsv2_${r.pick(['pt', 'sk'])}_${r.hex(32)}_${r.hex(10)}`],
  ['PINECONE_API_KEY', ['PINECONE_API_KEY'], 'Pinecone key', (r) => `pcsk_${r.b62(5)}_${r.b62(64)}`],
  ['ELEVENLABS_API_KEY', ['ELEVENLABS_API_KEY'], 'ElevenLabs key', (r) => 'sk_' + r.hex(48)],
  ['COHERE_API_KEY', ['COHERE_API_KEY', 'CO_API_KEY'], 'Cohere key', (r) => r.b62(40)],
  ['MISTRAL_API_KEY', ['MISTRAL_API_KEY'], 'Mistral key', (r) => r.b62(32)],
  ['DEEPSEEK_API_KEY', ['DEEPSEEK_API_KEY'], 'DeepSeek key', (r) => 'sk-' + r.hex(32)],
  ['SONARQUBE_TOKEN', ['SONAR_TOKEN'], 'SonarQube token', (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40)],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', ['OP_SERVICE_ACCOUNT_TOKEN'], '1Password service account token', (r) => 'ops_' + b64url(JSON.stringify({ signInAddress: 'vault.acme-corp.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64u(22) }, email: r.alnumLower(12) + '@1passwordserviceaccounts.example', srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.b64u(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6) + '-' + r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6), throttleSecret: { seed: r.hex(64), deviceUuid: r.alnumLower(26) }, deviceUuid: r.alnumLower(26) }))],
  ['EASYPOST_API_KEY', ['EASYPOST_API_KEY'], 'EasyPost production key', (r) => 'EZAK' + r.b62(54)],
  ['SHIPPO_API_TOKEN', ['SHIPPO_API_TOKEN'], 'Shippo live token', (r) => 'shippo_live_' + r.hex(40)],
  ['AIRTABLE_PAT', ['AIRTABLE_TOKEN'], 'Airtable PAT', (r) => `pat${r.b62(14)}.${r.hex(64)}`],
  ['CLERK_SECRET_KEY', ['CLERK_SECRET_KEY'], 'Clerk secret key', (r) => 'sk_live_' + r.b62(40)],
  ['RESEND_API_KEY', ['RESEND_API_KEY'], 'Resend key', (r) => `re_${r.b62(8)}_${r.b62(24)}`],
  ['JENKINS_API_TOKEN', ['JENKINS_TOKEN'], 'Jenkins API token', (r) => '11' + r.hex(32)],
  ['BITBUCKET_APP_PASSWORD', ['BITBUCKET_APP_PASSWORD'], 'Bitbucket app password', (r) => 'ATBB' + r.b62(32) + r.HEX(8)],
  ['CONFLUENT_API_SECRET', ['KAFKA_SASL_PASSWORD', 'CONFLUENT_API_SECRET'], 'Confluent API secret', (r) => r.str(B62 + '+/', 64)],
  ['MINIO_SECRET_KEY', ['MINIO_SECRET_KEY', 'S3_SECRET_KEY'], 'MinIO secret key', (r) => r.str(B62 + '+/', 40)],
  ['SEGMENT_WRITE_KEY', ['SEGMENT_WRITE_KEY'], 'Segment write key', (r) => r.b62(32)],
  ['SUPABASE_SERVICE_ROLE_KEY', ['SUPABASE_SERVICE_ROLE_KEY'], 'Supabase service_role key', (r) => jwtGen(r, { iss: 'supabase', ref: r.lower(20), role: 'service_role', iat: now - r.int(1e6, 9e7), exp: now + 3e8 })],
  ['K8S_SERVICE_ACCOUNT_TOKEN', ['KUBE_TOKEN'], 'Kubernetes service account token', (r) => jwtGen(r, { aud: ['https://kubernetes.default.svc.k8s.test'], exp: now + 3600, iat: now, iss: 'https://kubernetes.default.svc.k8s.test', 'kubernetes.io': { namespace: r.pick(['payments', 'ci', 'observability']), serviceaccount: { name: r.pick(['deployer', 'argocd-server', 'prom-agent']), uid: uuidR(r) } }, sub: 'system:serviceaccount:ci:deployer' }, 'RS256')],
  ['JWT_ACCESS_TOKEN', ['ACCESS_TOKEN', 'AUTH_TOKEN'], 'session JWT', (r) => jwtGen(r, { sub: r.digits(8), email_verified: true, scope: r.pick(['read:orders write:orders', 'openid profile', 'admin']), iat: now - r.int(0, 3000), exp: now + r.int(600, 86400), jti: r.hex(16) }, r.pick(['HS256', 'RS256']))],
  ['DJANGO_SECRET_KEY', ['DJANGO_SECRET_KEY', 'SECRET_KEY'], 'Django SECRET_KEY', (r) => 'django-insecure-' + r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)],
  ['RAILS_SECRET_KEY_BASE', ['SECRET_KEY_BASE'], 'Rails secret_key_base', (r) => r.hex(128)],
  ['RAILS_MASTER_KEY', ['RAILS_MASTER_KEY'], 'Rails master key', (r) => r.hex(32)],
  ['NEXTAUTH_SECRET', ['NEXTAUTH_SECRET', 'AUTH_SECRET'], 'NextAuth secret', (r) => b64(r.bytes(32))],
  ['ENCRYPTION_KEY', ['ENCRYPTION_KEY', 'DATA_KEY'], 'AES data key', (r) => r.chance(0.5) ? b64(r.bytes(32)) : r.hex(64)],
  ['HMAC_SIGNING_SECRET', ['WEBHOOK_SIGNING_SECRET', 'HMAC_SECRET'], 'webhook HMAC secret', (r) => r.b64u(r.int(32, 48))],
  ['OAUTH_CLIENT_SECRET', ['OAUTH_CLIENT_SECRET', 'CLIENT_SECRET'], 'OAuth client secret', (r) => r.b64u(r.int(36, 48))],
  ['GENERIC_API_KEY', ['API_KEY', 'PARTNER_API_KEY'], 'API key', (r) => r.chance(0.5) ? r.hex(40) : r.b62(r.int(32, 44))],
  ['SESSION_COOKIE', ['SESSION_COOKIE'], 'session cookie', (r) => 's%3A' + r.b64u(32) + '.' + encodeURIComponent(b64(r.bytes(32)).replace(/=+$/, ''))],
  ['JUPYTER_TOKEN', ['JUPYTER_TOKEN'], 'Jupyter token', (r) => r.hex(48)],
  ['TOTP_SEED', ['TOTP_SECRET', 'MFA_SEED'], 'TOTP seed', (r) => r.str(B32, 32)],
  ['DATABASE_PASSWORD', ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'PGPASSWORD'], 'database password', pwd],
  ['MYSQL_PASSWORD', ['MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD'], 'MySQL password', pwd],
  ['MONGODB_PASSWORD', ['MONGO_INITDB_ROOT_PASSWORD'], 'Mongo password', urlPwd],
  ['REDIS_PASSWORD', ['REDIS_PASSWORD'], 'Redis password', urlPwd],
  ['AMQP_PASSWORD', ['RABBITMQ_DEFAULT_PASS'], 'RabbitMQ password', urlPwd],
  ['LDAP_BIND_PASSWORD', ['LDAP_BIND_PASSWORD'], 'LDAP bind password', pwd],
  ['SMTP_PASSWORD', ['SMTP_PASSWORD', 'EMAIL_HOST_PASSWORD'], 'SMTP password', pwd],
  ['PROXY_PASSWORD', ['PROXY_PASS'], 'proxy password', urlPwd],
  ['KEYSTORE_PASSWORD', ['KEYSTORE_PASSWORD', 'SIGNING_STORE_PASSWORD'], 'keystore password', pwd],
  ['ADMIN_PASSWORD', ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD'], 'admin password', pwd],
  ['REGISTRY_PASSWORD', ['REGISTRY_PASSWORD', 'DOCKER_PASSWORD'], 'registry password', pwd],
  ['FTP_PASSWORD', ['SFTP_PASSWORD'], 'SFTP password', pwd],
  ['WIFI_PASSWORD', ['WIFI_PSK'], 'Wi-Fi passphrase', pwd],
  ['USER_PASSWORD', ['PASSWORD'], 'login password', pwd],
];
function uuidR(r) { return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`; }
export const uuid = uuidR;
export const KINDS = K.map(([e, names, desc, g]) => ({ e, names, desc, g }));
export const KIND = Object.fromEntries(KINDS.map(k => [k.e, k]));
export const sec = (r, e) => S(e, KIND[e] ? KIND[e].g(r) : PEMS[e](r));
export const URL_PW_KINDS = ['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'MONGODB_PASSWORD', 'REDIS_PASSWORD', 'AMQP_PASSWORD', 'PROXY_PASSWORD'];

// ---------- look-alikes ----------
const isoDate = (r) => `20${r.int(19, 26)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
const isoTs = (r) => `${isoDate(r)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}${r.pick(['Z', '.' + r.digits(3) + 'Z', '+02:00', '+09:00'])}`;
const PLACE = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<redacted>', 'sk-...', 'TODO', '<password>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'your-secret-here', '[MASKED]', '***', 'dummy', 'AKIAXXXXXXXXXXXXXXXX', '<insert key>', 'sk_live_...', 'hunter2-not-real'];
export const LK = {
  git_sha: (r) => r.hex(40),
  short_sha: (r) => r.hex(r.int(7, 12)),
  uuid: uuidR,
  digest: (r) => 'sha256:' + r.hex(64),
  integrity: (r) => 'sha512-' + b64(r.bytes(64)),
  hash: (r) => r.pick([() => r.hex(32), () => r.hex(64), () => r.hex(40)])(),
  placeholder: (r) => r.pick(PLACE),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: (r) => r.pick([() => '${' + r.pick(['DB_PASSWORD', 'STRIPE_KEY', 'API_TOKEN', 'REDIS_URL', 'SECRET_KEY']) + '}', () => '${{ secrets.' + r.pick(['NPM_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DEPLOY_KEY', 'SLACK_WEBHOOK']) + ' }}', () => '$' + r.pick(['GITHUB_TOKEN', 'CI_JOB_TOKEN', 'VAULT_TOKEN']), () => '%' + r.pick(['APPDATA', 'DB_PASS']) + '%', () => '{{ .Values.' + r.pick(['db.password', 'apiKey']) + ' }}'])(),
  order_number: (r) => r.pick([() => 'ORD-' + r.digits(8), () => '#' + r.digits(7), () => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, () => 'SO' + r.digits(9)])(),
  tracking_number: (r) => r.pick([() => '1Z' + r.str('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16), () => r.digits(22), () => r.upper(2) + r.digits(9) + r.pick(['DE', 'GB', 'CN', 'US']), () => 'JD' + r.digits(18)])(),
  version: (r) => r.pick([() => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, () => `v${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, () => `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}+build.${r.digits(4)}`])(),
  build_number: (r) => r.pick([() => '#' + r.int(1000, 99999), () => `${r.int(20240101, 20261231)}.${r.int(1, 9)}`, () => 'build-' + r.digits(6)])(),
  date: (r) => r.pick([() => isoDate(r), () => `${r.int(1, 28)}/${r.int(1, 12)}/20${r.int(19, 26)}`, () => `${r.int(1, 28)} ${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Sep', 'Oct', 'Nov'])} 20${r.int(19, 26)}`])(),
  timestamp: (r) => r.pick([() => isoTs(r), () => String(r.int(1600000000, 1790000000)), () => String(r.int(1600000000, 1790000000)) + r.digits(3)])(),
  price: (r) => r.pick([() => `$${r.int(1, 4999)}.${r.digits(2)}`, () => `€${r.int(1, 999)},${r.digits(2)}`, () => `${r.int(1, 99999)}.${r.digits(2)} USD`, () => `¥${r.int(100, 99999)}`, () => `£${r.int(1, 999)}.${r.digits(2)}`])(),
  coordinates: (r) => `${(r.f() * 160 - 80).toFixed(6)}, ${(r.f() * 340 - 170).toFixed(6)}`,
  isbn: (r) => { const b = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += Number(b[i]) * (i % 2 ? 3 : 1); const v = b + ((10 - s % 10) % 10); return r.chance(0.5) ? v : `${v.slice(0, 3)}-${v[3]}-${v.slice(4, 8)}-${v.slice(8, 12)}-${v[12]}`; },
  hex_color: (r) => '#' + r.hex(6),
  request_id: (r) => r.pick([() => 'req_' + r.b62(24), () => r.hex(32), () => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}`, () => 'Root=1-' + r.hex(8) + '-' + r.hex(24)])(),
  crm_id: (r) => r.pick([() => '0035' + r.b62(14), () => 'CUST-' + r.digits(6), () => 'cus_' + r.b62(14), () => 'ACC-' + r.digits(7)])(),
  hostname: (r) => `${r.pick(['ip-10-0-', 'api-', 'worker-', 'db-replica-'])}${r.int(1, 254)}.${r.pick(['eu-west-1.compute.acme-corp.example', 'svc.k8s.test', 'prod.acme-corp.example', 'lan.test'])}`,
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  public_key: (r) => r.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64(r.bytes(32)).slice(1, 43) + ' ' + r.pick(['laptop', 'ci@runner', 'yuki@mbp']), () => 'pk_live_51' + r.b62(97), () => 'pk.' + b64url(JSON.stringify({ u: 'mapsteam', a: r.alnumLower(25) })) + '.' + r.b64u(22)])(),
  certificate: (r) => `-----BEGIN CERTIFICATE-----\n${wrap(b64(Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(r.int(500, 640))])), 64)}\n-----END CERTIFICATE-----`,
  product_code: (r) => r.pick([() => `SKU ${r.digits(3)}-${r.digits(4)}-${r.digits(2)}`, () => `PN-${r.digits(4)}-${r.digits(3)}-${r.digits(3)}`, () => `model ${r.upper(2)}-${r.digits(4)}`])(),
  tx_hash: (r) => r.hex(64),
  invoice_number: (r) => `INV-${r.int(2023, 2026)}-${r.digits(5)}`,
  trace_id: (r) => r.hex(32),
  container_id: (r) => r.hex(12),
};
export const lk = (r, w) => L(w === 'short_sha' ? 'git_sha' : w === 'tx_hash' ? 'hash' : w === 'trace_id' ? 'request_id' : w === 'container_id' ? 'hash' : w === 'invoice_number' ? 'order_number' : w, LK[w](r));
export { isoDate, isoTs };
