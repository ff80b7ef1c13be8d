// Secret generators: format-valid fakes. Each kind: [entity, gen(R), key names people use]
import { AN, LAN, UAN, LHEX, UHEX, B32, B64, B64U, DIG, UP, LO, base62, crc32, crc24, b58enc } from './util.mjs';
const gh = (R, p) => { const r = R.str(AN, 30); return `${p}_${r}${base62(crc32(r), 6)}`; };
const b64u = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
export function jwt(R, claims) {
  const h = { alg: R.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' };
  const now = 1780000000 + R.int(0, 9000000);
  const p = Object.assign({ sub: String(R.int(10000, 999999)), iat: now, exp: now + R.pick([900, 3600, 86400]) }, claims || {});
  const sig = R.str(B64U, h.alg === 'HS256' ? 43 : h.alg === 'ES256' ? 86 : 342);
  return `${b64u(h)}.${b64u(p)}.${sig}`;
}
const wrap = (b64, w = 64) => b64.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
const der = (...parts) => Buffer.concat(parts.map(p => typeof p === 'string' ? Buffer.from(p, 'hex') : p));
const sshStr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
export function pem(R, type) {
  if (type === 'RSA') { const body = der('308204a4020100028201010000'.slice(0, 24), R.bytes(257), '0203010001', '02820100', R.bytes(256), '028181', R.bytes(129), '028181', R.bytes(129), '028180', R.bytes(128), '028180', R.bytes(128), '028180', R.bytes(128)); return `-----BEGIN RSA PRIVATE KEY-----\n${wrap(body.toString('base64'))}\n-----END RSA PRIVATE KEY-----`; }
  if (type === 'EC') { const body = der('30770201010420', R.bytes(32), 'a00a06082a8648ce3d030107a14403420004', R.bytes(64)); return `-----BEGIN EC PRIVATE KEY-----\n${wrap(body.toString('base64'))}\n-----END EC PRIVATE KEY-----`; }
  if (type === 'PKCS8') { const body = der('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420', R.bytes(32), 'a14403420004', R.bytes(64)); return `-----BEGIN PRIVATE KEY-----\n${wrap(body.toString('base64'))}\n-----END PRIVATE KEY-----`; }
  if (type === 'OPENSSH') { const pub = R.bytes(32), priv = R.bytes(32); const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]); const ci = R.bytes(4); let sec = Buffer.concat([ci, ci, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(`${R.pick(['deploy', 'ci', 'backup', 'ops'])}@host-${R.int(1, 99)}`)]); const pad = []; for (let i = 1; sec.length + pad.length < Math.ceil(sec.length / 8) * 8 || pad.length === 0 && sec.length % 8; i++) pad.push(i); sec = Buffer.concat([sec, Buffer.from(pad)]); const n = Buffer.alloc(4); n.writeUInt32BE(1); const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), n, sshStr(pubBlob), sshStr(sec)]); return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`; }
  if (type === 'PGP') { const body = der('9501d8', R.bytes(470)); const c = crc24(body); const cb = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64'); return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'))}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`; }
}
// human-chosen passwords
const WORDS = ['summer', 'Winter', 'dragon', 'Monkey', 'sunshine', 'Bailey', 'letmein', 'football', 'Hannover', 'Lisboa', 'kaffee', 'Pomodoro', 'tigre', 'Kirschbaum', 'Mariposa', 'goldfish', 'Blueberry', 'snowboard', 'Pelikan', 'Zeppelin', 'marmelade', 'Rosalind', 'tortuga', 'Brooklyn', 'Sakura', 'Vesuvio', 'chocolate', 'Panther', 'Oktober', 'Falcon', 'ramen', 'Nordlicht'];
export function humanPw(R) {
  const w = R.pick(WORDS), y = R.pick(['2019', '2021', '2023', '2024', '2025', '88', '77', '123', '1', '007', '99']), s = R.pick(['!', '#', '$', '!!', '@', '', '*', '?']);
  return R.pick([() => w + y + s, () => w[0].toUpperCase() + w.slice(1) + s + y, () => `${w}-${R.pick(WORDS).toLowerCase()}-${R.int(10, 99)}`, () => w.replace(/a/g, '@').replace(/o/g, '0') + y, () => `${R.pick(WORDS)}${R.pick(WORDS)}${R.int(1, 9)}${s}`, () => `Ilove${w}${y}`, () => `${w}.${R.pick(WORDS)}.${y}`])();
}
export function wifiPw(R) { return R.pick([() => humanPw(R), () => `${R.pick(WORDS)} ${R.pick(WORDS).toLowerCase()} ${R.int(10, 99)}`, () => R.str(AN, R.int(12, 20)), () => `${R.pick(WORDS)}Gast${R.int(100, 999)}`])(); }
const rnd = (cs, n) => (R) => R.str(cs, n);
const uuidv4 = (R) => `${R.str(LHEX, 8)}-${R.str(LHEX, 4)}-4${R.str(LHEX, 3)}-${R.pick(['8', '9', 'a', 'b'])}${R.str(LHEX, 3)}-${R.str(LHEX, 12)}`;
export { uuidv4 };
const K = [];
const k = (e, gen, names) => K.push({ e, gen, names });
k('GITHUB_PERSONAL_ACCESS_TOKEN', R => gh(R, 'ghp'), ['GITHUB_TOKEN', 'GH_PAT', 'gh_token']);
k('GITHUB_OAUTH_TOKEN', R => gh(R, 'gho'), ['GITHUB_OAUTH', 'oauth_token']);
k('GITHUB_APP_INSTALLATION_TOKEN', R => gh(R, 'ghs'), ['INSTALLATION_TOKEN', 'GH_APP_TOKEN']);
k('GITHUB_USER_TO_SERVER_TOKEN', R => gh(R, 'ghu'), ['GH_USER_TOKEN']);
k('GITHUB_REFRESH_TOKEN', R => gh(R, 'ghr'), ['GH_REFRESH']);
k('GITHUB_FINE_GRAINED_PAT', R => `github_pat_11${R.str(UAN, 20)}_${R.str(AN, 59)}`, ['GITHUB_PAT', 'GH_FINE_TOKEN']);
k('AWS_ACCESS_KEY', R => 'AKIA' + R.str(B32, 16), ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId']);
k('AWS_TEMPORARY_ACCESS_KEY', R => 'ASIA' + R.str(B32, 16), ['AWS_ACCESS_KEY_ID']);
k('AWS_SECRET_KEY', R => R.str(AN + '/+', 40), ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey']);
k('AWS_SESSION_TOKEN', R => 'IQoJb3JpZ2luX2Vj' + R.str(B64, 300), ['AWS_SESSION_TOKEN', 'aws_session_token']);
k('SLACK_BOT_TOKEN', R => `xoxb-${R.digits(12)}-${R.digits(13)}-${R.str(AN, 24)}`, ['SLACK_BOT_TOKEN', 'slack_token']);
k('SLACK_USER_TOKEN', R => `xoxp-${R.digits(12)}-${R.digits(12)}-${R.digits(13)}-${R.str(LHEX, 32)}`, ['SLACK_USER_TOKEN']);
k('SLACK_APP_TOKEN', R => `xapp-1-A${R.str(UAN, 10)}-${R.digits(13)}-${R.str(LHEX, 64)}`, ['SLACK_APP_TOKEN']);
k('STRIPE_SECRET_KEY', R => `sk_live_51${R.str(AN, 97)}`, ['STRIPE_SECRET_KEY', 'stripe.api_key']);
k('STRIPE_RESTRICTED_KEY', R => `rk_live_51${R.str(AN, 97)}`, ['STRIPE_RK']);
k('STRIPE_WEBHOOK_SECRET', R => `whsec_${R.str(AN, 32)}`, ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret']);
k('OPENAI_API_KEY', R => `sk-proj-${R.str(AN + '-_', 74)}T3BlbkFJ${R.str(AN + '-_', 74)}`, ['OPENAI_API_KEY', 'openai_key']);
k('OPENAI_LEGACY_KEY', R => `sk-${R.str(AN, 20)}T3BlbkFJ${R.str(AN, 20)}`, ['OPENAI_KEY']);
k('ANTHROPIC_API_KEY', R => `sk-ant-api03-${R.str(AN + '-_', 93)}AA`, ['ANTHROPIC_API_KEY', 'claude_key']);
k('ANTHROPIC_ADMIN_KEY', R => `sk-ant-admin01-${R.str(AN + '-_', 93)}AA`, ['ANTHROPIC_ADMIN_KEY']);
k('JWT', R => jwt(R, { role: R.pick(['user', 'admin', 'service']) }), ['access_token', 'id_token', 'AUTH_JWT']);
k('SUPABASE_SERVICE_ROLE_KEY', R => jwt(R, { role: 'service_role', iss: 'supabase' }), ['SUPABASE_SERVICE_ROLE_KEY']);
k('K8S_SERVICE_ACCOUNT_TOKEN', R => jwt(R, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'prod' }), ['token']);
k('RSA_PRIVATE_KEY', R => pem(R, 'RSA'), ['private_key']);
k('EC_PRIVATE_KEY', R => pem(R, 'EC'), ['ec_key']);
k('PKCS8_PRIVATE_KEY', R => pem(R, 'PKCS8'), ['signing_key_pem']);
k('OPENSSH_PRIVATE_KEY', R => pem(R, 'OPENSSH'), ['id_ed25519']);
k('PGP_PRIVATE_KEY', R => pem(R, 'PGP'), ['gpg_private']);
k('GOOGLE_API_KEY', R => 'AIza' + R.str(AN + '-_', 35), ['GOOGLE_API_KEY', 'MAPS_KEY', 'firebase_api_key']);
k('GOOGLE_OAUTH_CLIENT_SECRET', R => 'GOCSPX-' + R.str(AN + '-_', 28), ['GOOGLE_CLIENT_SECRET']);
k('AZURE_STORAGE_KEY', R => R.str(B64, 86) + '==', ['AccountKey', 'AZURE_STORAGE_KEY']);
k('AZURE_CLIENT_SECRET', R => `${R.str(AN, 3)}8Q~${R.str(AN + '_-.~', 34)}`, ['AZURE_CLIENT_SECRET']);
k('AZURE_SAS_SIGNATURE', R => encodeURIComponent(R.str(B64, 43) + '='), ['sig']);
k('GITLAB_PAT', R => 'glpat-' + R.str(AN + '-_', 20), ['GITLAB_TOKEN', 'CI_JOB_PAT']);
k('GITLAB_RUNNER_TOKEN', R => 'glrt-' + R.str(AN + '-_', 20), ['RUNNER_TOKEN']);
k('GITLAB_DEPLOY_TOKEN', R => 'gldt-' + R.str(AN + '-_', 20), ['DEPLOY_TOKEN']);
k('NPM_TOKEN', R => 'npm_' + R.str(AN, 36), ['NPM_TOKEN', '_authToken']);
k('PYPI_TOKEN', R => 'pypi-AgEIcHlwaS5vcmcCJD' + R.str(AN + '-_', 120), ['TWINE_PASSWORD', 'PYPI_API_TOKEN']);
k('DOCKERHUB_TOKEN', R => 'dckr_pat_' + R.str(AN + '-_', 27), ['DOCKERHUB_TOKEN']);
k('SENDGRID_API_KEY', R => `SG.${R.str(AN + '-_', 22)}.${R.str(AN + '-_', 43)}`, ['SENDGRID_API_KEY']);
k('TWILIO_API_KEY', R => 'SK' + R.str(LHEX, 32), ['TWILIO_API_KEY']);
k('TWILIO_AUTH_TOKEN', rnd(LHEX, 32), ['TWILIO_AUTH_TOKEN']);
k('MAILGUN_API_KEY', R => 'key-' + R.str(LHEX, 32), ['MAILGUN_API_KEY']);
k('MAILCHIMP_API_KEY', R => R.str(LHEX, 32) + '-us' + R.int(2, 21), ['MAILCHIMP_KEY']);
k('SHOPIFY_ACCESS_TOKEN', R => 'shpat_' + R.str(LHEX, 32), ['SHOPIFY_ACCESS_TOKEN']);
k('SHOPIFY_SHARED_SECRET', R => 'shpss_' + R.str(LHEX, 32), ['SHOPIFY_API_SECRET']);
k('SQUARE_ACCESS_TOKEN', R => 'EAAA' + R.str(AN + '-_', 60), ['SQUARE_ACCESS_TOKEN']);
k('SQUARE_OAUTH_SECRET', R => 'sq0csp-' + R.str(AN + '-_', 43), ['SQUARE_APP_SECRET']);
k('PAYPAL_CLIENT_SECRET', R => 'E' + R.str(AN + '-_', 79), ['PAYPAL_CLIENT_SECRET']);
k('DIGITALOCEAN_TOKEN', R => 'dop_v1_' + R.str(LHEX, 64), ['DIGITALOCEAN_TOKEN', 'DO_TOKEN']);
k('DIGITALOCEAN_OAUTH_TOKEN', R => 'doo_v1_' + R.str(LHEX, 64), ['DO_OAUTH']);
k('HEROKU_API_KEY', R => 'HRKU-AA' + R.str(AN + '-_', 58), ['HEROKU_API_KEY']);
k('DATADOG_API_KEY', rnd(LHEX, 32), ['DD_API_KEY']);
k('DATADOG_APP_KEY', rnd(LHEX, 40), ['DD_APP_KEY']);
k('NEWRELIC_LICENSE_KEY', R => R.str(LHEX, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY']);
k('NEWRELIC_USER_KEY', R => 'NRAK-' + R.str(UAN, 27), ['NEW_RELIC_API_KEY']);
k('SENTRY_AUTH_TOKEN', R => 'sntrys_' + R.str(AN, 88), ['SENTRY_AUTH_TOKEN']);
k('SENTRY_DSN_KEY', rnd(LHEX, 32), ['dsn_public_key']);
k('HUGGINGFACE_TOKEN', R => 'hf_' + R.str(UP + LO, 34), ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']);
k('CLOUDFLARE_API_TOKEN', R => R.str(AN + '-_', 40), ['CF_API_TOKEN', 'CLOUDFLARE_API_TOKEN']);
k('CLOUDFLARE_GLOBAL_API_KEY', rnd(LHEX, 37), ['CF_API_KEY']);
k('FASTLY_API_TOKEN', R => R.str(AN + '-_', 32), ['FASTLY_API_TOKEN']);
k('VAULT_TOKEN', R => 'hvs.' + R.str(AN + '-_', 24), ['VAULT_TOKEN']);
k('VAULT_BATCH_TOKEN', R => 'hvb.' + R.str(AN + '-_', 130), ['VAULT_BATCH']);
k('TERRAFORM_CLOUD_TOKEN', R => `${R.str(AN, 14)}.atlasv1.${R.str(AN, 67)}`, ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io']);
k('PULUMI_ACCESS_TOKEN', R => 'pul-' + R.str(LHEX, 40), ['PULUMI_ACCESS_TOKEN']);
k('DOPPLER_TOKEN', R => 'dp.st.prd.' + R.str(AN, 43), ['DOPPLER_TOKEN']);
k('ATLASSIAN_API_TOKEN', R => 'ATATT3xFfGF0' + R.str(AN + '-_', 180) + '=' + R.str(UHEX, 8), ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN']);
k('LINEAR_API_KEY', R => 'lin_api_' + R.str(AN, 40), ['LINEAR_API_KEY']);
k('NOTION_TOKEN', R => 'ntn_' + R.str(DIG, 11) + R.str(AN, 35), ['NOTION_TOKEN']);
k('ASANA_PAT', R => `2/${R.digits(16)}/${R.digits(16)}:${R.str(LHEX, 32)}`, ['ASANA_TOKEN']);
k('FIGMA_PAT', R => `figd_${R.str(AN + '-_', 40)}`, ['FIGMA_TOKEN']);
k('AIRTABLE_PAT', R => `pat${R.str(AN, 14)}.${R.str(LHEX, 64)}`, ['AIRTABLE_API_KEY']);
k('DISCORD_BOT_TOKEN', R => `${Buffer.from(R.digits(18)).toString('base64url')}.${R.str(AN + '-_', 6)}.${R.str(AN + '-_', 38)}`, ['DISCORD_TOKEN']);
k('TELEGRAM_BOT_TOKEN', R => `${R.int(1000000000, 7999999999)}:AA${R.str(AN + '-_', 33)}`, ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN']);
k('OKTA_API_TOKEN', R => '00' + R.str(AN + '-_', 40), ['OKTA_API_TOKEN']);
k('AUTH0_CLIENT_SECRET', R => R.str(AN + '-_', 64), ['AUTH0_CLIENT_SECRET']);
k('FIREBASE_SERVER_KEY', R => `AAAA${R.str(AN + '-_', 7)}:APA91b${R.str(AN + '-_', 134)}`, ['FCM_SERVER_KEY']);
k('POSTMAN_API_KEY', R => `PMAK-${R.str(LHEX, 24)}-${R.str(LHEX, 34)}`, ['POSTMAN_API_KEY']);
k('GRAFANA_SERVICE_ACCOUNT_TOKEN', R => `glsa_${R.str(AN, 32)}_${R.str(LHEX, 8)}`, ['GRAFANA_TOKEN']);
k('GRAFANA_CLOUD_TOKEN', R => 'glc_' + R.str(B64.replace(/[+/]/g, ''), 80) + '==', ['GRAFANA_CLOUD_API_KEY']);
k('PLANETSCALE_PASSWORD', R => 'pscale_pw_' + R.str(AN + '-_', 43), ['PLANETSCALE_DB_PASSWORD']);
k('PLANETSCALE_TOKEN', R => 'pscale_tkn_' + R.str(AN + '-_', 43), ['PLANETSCALE_SERVICE_TOKEN']);
k('ALGOLIA_ADMIN_KEY', rnd(LHEX, 32), ['ALGOLIA_ADMIN_API_KEY']);
k('MAPBOX_SECRET_TOKEN', R => `sk.eyJ1Ijoi${R.str(AN, 20)}In0.${R.str(AN + '-_', 22)}`, ['MAPBOX_SECRET_TOKEN']);
k('LAUNCHDARKLY_SDK_KEY', R => 'sdk-' + uuidv4(R), ['LD_SDK_KEY']);
k('RUBYGEMS_API_KEY', R => 'rubygems_' + R.str(LHEX, 48), ['GEM_HOST_API_KEY']);
k('NUGET_API_KEY', R => 'oy2' + R.str(LAN, 43), ['NUGET_API_KEY']);
k('CIRCLECI_TOKEN', R => 'CCIPAT_' + R.str(AN, 22) + '_' + R.str(LHEX, 40), ['CIRCLE_TOKEN']);
k('BUILDKITE_TOKEN', R => 'bkua_' + R.str(LHEX, 40), ['BUILDKITE_API_TOKEN']);
k('SONARQUBE_TOKEN', R => R.pick(['squ_', 'sqp_', 'sqa_']) + R.str(LHEX, 40), ['SONAR_TOKEN']);
k('JFROG_API_KEY', R => 'AKCp8' + R.str(AN, 68), ['ARTIFACTORY_API_KEY']);
k('CODECOV_TOKEN', uuidv4, ['CODECOV_TOKEN']);
k('SNYK_TOKEN', uuidv4, ['SNYK_TOKEN']);
k('DYNATRACE_TOKEN', R => `dt0c01.${R.str(UAN, 24)}.${R.str(UAN, 64)}`, ['DT_API_TOKEN']);
k('PAGERDUTY_API_KEY', R => 'u+' + R.str(AN + '-_', 18), ['PAGERDUTY_TOKEN']);
k('OPSGENIE_API_KEY', uuidv4, ['OPSGENIE_API_KEY']);
k('ZENDESK_API_TOKEN', rnd(AN, 40), ['ZENDESK_API_TOKEN']);
k('INTERCOM_ACCESS_TOKEN', R => 'dG9rOj' + R.str(AN, 54) + '=', ['INTERCOM_TOKEN']);
k('HUBSPOT_PRIVATE_APP_TOKEN', R => 'pat-' + R.pick(['na1', 'eu1']) + '-' + uuidv4(R), ['HUBSPOT_ACCESS_TOKEN']);
k('SALESFORCE_ACCESS_TOKEN', R => `00D${R.str(AN, 12)}!AR${R.str(AN + '.', 94)}`, ['SF_ACCESS_TOKEN']);
k('DROPBOX_ACCESS_TOKEN', R => 'sl.' + R.str(AN + '-_', 135), ['DROPBOX_TOKEN']);
k('ADOBE_CLIENT_SECRET', R => 'p8e-' + R.str(AN + '-_', 32), ['ADOBE_CLIENT_SECRET']);
k('TWITTER_BEARER_TOKEN', R => 'AAAAAAAAAAAAAAAAAAAAA' + R.str(AN, 20) + '%3D' + R.str(AN, 50), ['TWITTER_BEARER_TOKEN']);
k('FACEBOOK_ACCESS_TOKEN', R => 'EAAB' + R.str(AN, 160), ['FB_ACCESS_TOKEN']);
k('LINKEDIN_CLIENT_SECRET', R => R.str(AN, 16), ['LINKEDIN_CLIENT_SECRET']);
k('PLAID_SECRET', rnd(LHEX, 30), ['PLAID_SECRET']);
k('BRAINTREE_ACCESS_TOKEN', R => `access_token$production$${R.str(LAN, 16)}$${R.str(LHEX, 32)}`, ['BRAINTREE_TOKEN']);
k('ADYEN_API_KEY', R => 'AQE' + R.str(AN + '+/', 150) + '==', ['ADYEN_API_KEY']);
k('RAZORPAY_KEY_SECRET', rnd(AN, 24), ['RAZORPAY_KEY_SECRET']);
k('AGE_SECRET_KEY', R => 'AGE-SECRET-KEY-1' + R.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), ['age_identity']);
k('DJANGO_SECRET_KEY', R => R.pick(['django-insecure-', '']) + R.str(LAN + '!@#$%^&*(-_=+)', 50), ['SECRET_KEY', 'DJANGO_SECRET_KEY']);
k('RAILS_SECRET_KEY_BASE', rnd(LHEX, 128), ['SECRET_KEY_BASE']);
k('RAILS_MASTER_KEY', rnd(LHEX, 32), ['RAILS_MASTER_KEY']);
k('FLASK_SECRET_KEY', rnd(LHEX, 64), ['FLASK_SECRET_KEY', 'app.secret_key']);
k('LARAVEL_APP_KEY', R => 'base64:' + R.str(B64, 43) + '=', ['APP_KEY']);
k('NEXTAUTH_SECRET', R => R.str(B64, 43) + '=', ['NEXTAUTH_SECRET', 'AUTH_SECRET']);
k('HMAC_SIGNING_KEY', rnd(LHEX, 64), ['HMAC_KEY', 'signing_key', 'WEBHOOK_HMAC']);
k('SESSION_SECRET', rnd(AN, 48), ['SESSION_SECRET', 'cookie_secret']);
k('ENCRYPTION_KEY', rnd(LHEX, 64), ['ENCRYPTION_KEY', 'DATA_KEY', 'aes_key']);
k('ALIBABA_ACCESS_KEY', R => 'LTAI' + R.str(AN, 20), ['ALIBABA_CLOUD_ACCESS_KEY_ID']);
k('ALIBABA_SECRET_KEY', rnd(AN, 30), ['ALIBABA_CLOUD_ACCESS_KEY_SECRET']);
k('TENCENT_SECRET_ID', R => 'AKID' + R.str(AN, 32), ['TENCENTCLOUD_SECRET_ID']);
k('IBM_CLOUD_API_KEY', R => R.str(AN + '-_', 44), ['IBMCLOUD_API_KEY']);
k('YANDEX_API_KEY', R => 'AQVN' + R.str(AN + '-_', 36), ['YC_API_KEY']);
k('YANDEX_OAUTH_TOKEN', R => 'y0_' + R.str(AN + '-_', 55), ['YANDEX_OAUTH']);
k('KAKAO_REST_API_KEY', rnd(LHEX, 32), ['KAKAO_REST_KEY']);
k('LINE_CHANNEL_SECRET', rnd(LHEX, 32), ['LINE_CHANNEL_SECRET']);
k('LINE_CHANNEL_ACCESS_TOKEN', R => R.str(AN + '+/', 171) + '=', ['LINE_CHANNEL_ACCESS_TOKEN']);
k('WECHAT_APP_SECRET', rnd(LHEX, 32), ['WECHAT_APPSECRET']);
k('DINGTALK_APP_SECRET', R => R.str(AN + '-_', 64), ['DINGTALK_APP_SECRET']);
k('FEISHU_APP_SECRET', rnd(AN, 32), ['FEISHU_APP_SECRET']);
k('MOLLIE_API_KEY', R => 'live_' + R.str(AN, 30), ['MOLLIE_API_KEY']);
k('PAYSTACK_SECRET_KEY', R => 'sk_live_' + R.str(LHEX, 40), ['PAYSTACK_SECRET_KEY']);
k('FLUTTERWAVE_SECRET_KEY', R => `FLWSECK-${R.str(LHEX, 32)}-X`, ['FLW_SECRET_KEY']);
k('MERCADOPAGO_ACCESS_TOKEN', R => `APP_USR-${R.digits(16)}-${R.digits(6)}-${R.str(LHEX, 32)}-${R.digits(9)}`, ['MP_ACCESS_TOKEN']);
k('CONTENTFUL_PAT', R => 'CFPAT-' + R.str(AN + '-_', 43), ['CONTENTFUL_MANAGEMENT_TOKEN']);
k('PREFECT_API_KEY', R => 'pnu_' + R.str(AN, 36), ['PREFECT_API_KEY']);
k('REPLICATE_API_TOKEN', R => 'r8_' + R.str(AN, 37), ['REPLICATE_API_TOKEN']);
k('GROQ_API_KEY', R => 'gsk_' + R.str(AN, 52), ['GROQ_API_KEY']);
k('PERPLEXITY_API_KEY', R => 'pplx-' + R.str(AN, 48), ['PPLX_API_KEY']);
k('MISTRAL_API_KEY', rnd(AN, 32), ['MISTRAL_API_KEY']);
k('COHERE_API_KEY', rnd(AN, 40), ['CO_API_KEY']);
k('XAI_API_KEY', R => 'xai-' + R.str(AN, 80), ['XAI_API_KEY']);
k('LANGSMITH_API_KEY', R => `lsv2_pt_${R.str(LHEX, 32)}_${R.str(LHEX, 10)}`, ['LANGCHAIN_API_KEY']);
k('PINECONE_API_KEY', R => 'pcsk_' + R.str(AN, 5) + '_' + R.str(AN, 63), ['PINECONE_API_KEY']);
k('WANDB_API_KEY', rnd(LHEX, 40), ['WANDB_API_KEY']);
k('ELEVENLABS_API_KEY', R => 'sk_' + R.str(LHEX, 48), ['ELEVEN_API_KEY']);
k('TOTP_SEED', rnd(B32, 32), ['totp_secret', 'otp_seed', 'mfa_secret']);
k('SNMP_COMMUNITY', R => R.pick(['n0c-', 'mon', 'ro_']) + R.str(LAN, 10), ['snmp_community']);
k('RADIUS_SHARED_SECRET', rnd(AN, 22), ['radius_secret']);
k('IPSEC_PSK', rnd(AN + '#%+', 28), ['psk', 'leftpsk']);
k('WPA_PSK_HEX', rnd(LHEX, 64), ['psk']);
k('BASIC_AUTH_CREDENTIALS', R => Buffer.from(`${R.pick(['admin', 'deploy', 'ci-bot', 'svc_report', 'jenkins'])}:${humanPw(R)}`).toString('base64'), ['Authorization']);
k('DOCKER_REGISTRY_AUTH', R => Buffer.from(`${R.pick(['robot$ci', 'builder', 'pushbot'])}:${R.str(AN, 24)}`).toString('base64'), ['auth']);
k('K8S_SECRET_DATA', R => Buffer.from(R.pick([() => humanPw(R), () => R.str(AN, 32)])()).toString('base64'), ['password', 'api-key']);
k('KUBECONFIG_CLIENT_KEY_DATA', R => Buffer.from(pem(R, 'EC')).toString('base64'), ['client-key-data']);
export const KINDS = K;
// generic credentials by human names and unprefixed random tokens
export const GENERIC = {
  DATABASE_PASSWORD: R => R.chance(0.5) ? humanPw(R) : R.str(AN, R.int(16, 28)),
  POSTGRES_PASSWORD: R => R.str(AN, 24), MYSQL_PASSWORD: humanPw, MONGODB_PASSWORD: R => R.str(AN, 20), REDIS_PASSWORD: R => R.str(AN + '-_', 32), RABBITMQ_PASSWORD: humanPw, MSSQL_PASSWORD: R => humanPw(R) + 'A1', ELASTIC_PASSWORD: R => R.str(AN, 20),
  PASSWORD: humanPw, ADMIN_PASSWORD: humanPw, ROOT_PASSWORD: humanPw, SMTP_PASSWORD: R => R.str(AN, 16), LDAP_BIND_PASSWORD: humanPw, FTP_PASSWORD: humanPw, SERVICE_ACCOUNT_PASSWORD: R => R.str(AN + '!#%', 20), KEYSTORE_PASSWORD: humanPw, GPG_PASSPHRASE: R => `${humanPw(R)} ${humanPw(R)}`.slice(0, 40).trim(),
  WIFI_PASSWORD: wifiPw,
  API_KEY: R => R.str(AN, R.pick([32, 40, 48])), API_SECRET: R => R.str(LHEX, 64), CLIENT_SECRET: R => R.str(AN + '-_~.', 40), AUTH_KEY: R => R.str(AN, 36), SIGNING_KEY: R => R.str(B64, 44), ACCESS_TOKEN: R => R.str(AN + '-_', 48), REFRESH_TOKEN: R => R.str(AN + '-_', 64), BEARER_TOKEN: R => R.str(AN + '._-', 56), WEBHOOK_SECRET: R => R.str(LHEX, 40), MASTER_KEY: R => R.str(LHEX, 48), PRIVATE_TOKEN: R => R.str(UAN, 30), LICENSE_KEY: R => [0, 0, 0, 0, 0].map(() => R.str(UAN, 5)).join('-'),
};
export const GENERIC_NAMES = {
  API_KEY: ['apiKey', 'api_key', 'x-api-key', 'APIKEY', 'svc_key', 'integration_key', 'partner_key', 'key', 'access_key', 'vendorKey'],
  API_SECRET: ['api_secret', 'apiSecret', 'app_secret', 'consumer_secret', 'secret'],
  CLIENT_SECRET: ['client_secret', 'clientSecret', 'oauth_secret', 'CLIENT_SECRET', 'app_password'],
  AUTH_KEY: ['auth_key', 'authKey', 'AUTH_KEY', 'auth-token', 'authkey'],
  SIGNING_KEY: ['signing_key', 'signingKey', 'jwt_secret', 'JWT_SECRET', 'token_signing_secret', 'hmac'],
  ACCESS_TOKEN: ['token', 'access_token', 'accessToken', 'ACCESS_TOKEN', 'pat', 'bot_token'],
  REFRESH_TOKEN: ['refresh_token', 'refreshToken', 'offline_token'],
  BEARER_TOKEN: ['bearer', 'bearer_token', 'service_token'],
  WEBHOOK_SECRET: ['webhook_secret', 'hook_secret', 'callback_secret'],
  MASTER_KEY: ['master_key', 'masterKey', 'root_key', 'kek'],
  PRIVATE_TOKEN: ['private_token', 'privateToken', 'PRIVATE-TOKEN'],
  LICENSE_KEY: ['license_key', 'serial'],
};
