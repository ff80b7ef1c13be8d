// Secret value generators: entity name -> { gen(rng), keys: typical key names }.
// Every value is random from the seed, format-valid for its vendor, and never contains "example".
import { A } from './prng.mjs';
import { ghChecksum, crc32, base62 } from './checks.mjs';
import * as K from './crypto_blobs.mjs';

export function rs(rng, alpha, n) {
  for (;;) { const s = rng.str(alpha, n); if (!/example/i.test(s)) return s; }
}
const b64url = (b) => Buffer.from(b).toString('base64url');
const b64 = (b) => Buffer.from(b).toString('base64');

const WORDS = ['Kaktus', 'Lantern', 'Marmot', 'Quokka', 'Tundra', 'Saffron', 'Pelican', 'Borscht', 'Zephyr', 'Walnut', 'Obsidian', 'Fjord', 'Mango', 'Tbilisi', 'Gouda', 'Nebula', 'Pistachio', 'Haiku', 'Kiwi', 'Sherpa', 'Vortex', 'Cobalt', 'Ramen', 'Tango'];
const SYM = '!#%&*-_=+?~^';
export function password(rng, style) {
  style = style || rng.pick(['random', 'random', 'human', 'human', 'phrase', 'urlsafe', 'hex']);
  for (;;) {
    let s;
    switch (style) {
      case 'random': s = rs(rng, A.alnum + SYM, rng.int(14, 26)); break;
      case 'urlsafe': s = rs(rng, A.alnum + '-_.~', rng.int(16, 28)); break;
      case 'hex': s = rng.hex(rng.pick([24, 32, 40])); break;
      case 'human': s = rng.pick(WORDS) + rng.pick(['', '_', '.', '#', '!', '@', '-']) + rng.int(10, 2029) + rng.pick(['!', '?', '$', '', '*', '%']); break;
      case 'phrase': s = [rng.pick(WORDS), rng.pick(WORDS).toLowerCase(), rng.pick(WORDS).toLowerCase(), String(rng.int(2, 99))].join(rng.pick(['-', '.', '_', '+'])); break;
      case 'leet': s = rng.pick(['Tr0ub4dor', 'M4rm0t', 'Qu0kk@', 'S4ffr0n', 'P3lic4n', 'Z3phyr']) + rng.pick(['&', '#', '!']) + rng.int(1, 99); break;
      default: s = rs(rng, A.alnum, 20);
    }
    if (!/example/i.test(s) && !/^\s|\s$/.test(s)) return s;
  }
}

export function jwt(rng, opts = {}) {
  const alg = opts.alg || rng.pick(['HS256', 'HS256', 'RS256', 'ES256', 'HS512', 'EdDSA', 'RS384']);
  const header = rng.chance(0.5) ? { alg, typ: 'JWT' } : { typ: 'JWT', alg, kid: rs(rng, A.lowalnum, rng.int(8, 16)) };
  const iat = 1700000000 + rng.int(0, 60000000);
  const payload = opts.payload || {
    iss: rng.pick(['https://auth.acme-corp.example', 'https://id.internal.test', 'urn:svc:billing', 'https://sso.kanto.example/realms/main']),
    sub: rng.pick([String(rng.int(1000, 999999)), 'svc-' + rs(rng, A.lower, 6), 'user_' + rs(rng, A.alnum, 10)]),
    aud: rng.pick(['api', 'gateway', 'orders-service', 'mobile']),
    iat, exp: iat + rng.pick([900, 3600, 86400, 2592000]),
    ...(rng.chance(0.5) ? { scope: rng.pick(['read:orders write:orders', 'admin', 'openid profile email', 'repo deploy']) } : {}),
    ...(opts.extra || {}),
  };
  const sigLen = { HS256: 32, HS512: 64, RS256: 256, RS384: 256, ES256: 64, EdDSA: 64 }[alg];
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(rng.bytes(sigLen))}`;
}

function gh(prefix) { return (rng) => { const r = rs(rng, A.alnum, 30); return `${prefix}_${r}${ghChecksum(r)}`; }; }
const pre = (p, alpha, n) => (rng) => p + rs(rng, alpha, n);
const hexOf = (n) => (rng) => rng.hex(n);

// PEM variants; k = key material label
export const PEM_KINDS = {
  RSA_PRIVATE_KEY: (rng) => K.pem('RSA PRIVATE KEY', K.rsaPkcs1Der(rng, rng.pick([1024, 1024, 2048]))),
  PKCS8_PRIVATE_KEY: (rng) => K.pem('PRIVATE KEY', rng.chance(0.5) ? K.rsaPkcs8Der(rng, 1024) : K.ed25519Pkcs8Der(rng)),
  EC_PRIVATE_KEY: (rng) => K.pem('EC PRIVATE KEY', K.ecSec1Der(rng)),
  OPENSSH_PRIVATE_KEY: (rng) => K.opensshEd25519(rng, rng.pick(['deploy@ci-runner', 'ops@bastion', 'backup', 'nas-sync', ''])).pem,
  PGP_PRIVATE_KEY: (rng) => K.pgpSecretKey(rng, rng.pick(['Release Signing <release@acme-corp.example>', 'Backup Key <backup@fileserver.test>', 'build-bot <bot@ci.invalid>']), 1650000000 + rng.int(0, 90000000)),
  APNS_AUTH_KEY: (rng) => K.pem('PRIVATE KEY', K.ecPkcs8Der(rng)),
  TLS_PRIVATE_KEY: (rng) => (rng.chance(0.5) ? K.pem('PRIVATE KEY', K.ecPkcs8Der(rng)) : K.pem('EC PRIVATE KEY', K.ecSec1Der(rng))),
};
PEM_KINDS.GCP_SERVICE_ACCOUNT_KEY = (rng) => K.pem('PRIVATE KEY', K.rsaPkcs8Der(rng, 1024));
PEM_KINDS.SAML_SIGNING_KEY = (rng) => K.pem('PRIVATE KEY', K.rsaPkcs8Der(rng, 1024));
PEM_KINDS.SSH_HOST_PRIVATE_KEY = (rng) => K.opensshEd25519(rng, 'root@' + rng.pick(['gw01', 'edge-3', 'db-replica'])).pem;

export const SECRETS = {
  // --- cloud ---
  AWS_ACCESS_KEY: { gen: pre('AKIA', A.b32, 16), keys: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId', 'AccessKeyId'] },
  AWS_TEMP_ACCESS_KEY: { gen: pre('ASIA', A.b32, 16), keys: ['AWS_ACCESS_KEY_ID', 'AccessKeyId', 'aws_access_key_id'] },
  AWS_SECRET_KEY: { gen: (r) => rs(r, A.b64, 40).replace(/^[+/]/, 'Q'), keys: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey', 'SecretAccessKey'] },
  AWS_SESSION_TOKEN: { gen: (r) => 'IQoJb3JpZ2luX2Vj' + rs(r, A.b64, r.int(20, 40) * 8) + '=', keys: ['AWS_SESSION_TOKEN', 'aws_session_token', 'SessionToken'] },
  GCP_API_KEY: { gen: pre('AIza', A.b64url, 35), keys: ['GOOGLE_API_KEY', 'MAPS_KEY', 'gcpApiKey', 'firebase_api_key', 'YT_DATA_KEY'] },
  GCP_OAUTH_CLIENT_SECRET: { gen: pre('GOCSPX-', A.b64url, 28), keys: ['GOOGLE_CLIENT_SECRET', 'client_secret', 'oauth.google.secret'] },
  GCP_OAUTH_REFRESH_TOKEN: { gen: (r) => '1//' + rs(r, A.b64url, 2) + rs(r, A.b64url, 100), keys: ['refresh_token', 'GOOGLE_REFRESH_TOKEN', 'gdrive_refresh'] },
  GCP_OAUTH_ACCESS_TOKEN: { gen: (r) => 'ya29.' + rs(r, A.b64url, r.int(150, 200)), keys: ['access_token', 'GCLOUD_ACCESS_TOKEN'] },
  AZURE_STORAGE_ACCOUNT_KEY: { gen: (r) => b64(r.bytes(64)), keys: ['AccountKey', 'AZURE_STORAGE_KEY', 'storageAccountKey'] },
  AZURE_SAS_SIGNATURE: { gen: (r) => encodeURIComponent(b64(r.bytes(32))), keys: ['sig'] },
  AZURE_CLIENT_SECRET: { gen: (r) => rs(r, A.alnum, 3) + r.int(0, 9) + 'Q~' + rs(r, A.alnum + '-_.~', 34), keys: ['AZURE_CLIENT_SECRET', 'clientSecret', 'aad_app_secret'] },
  AZURE_DEVOPS_PAT: { gen: pre('', 'abcdefghijklmnopqrstuvwxyz234567', 52), keys: ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT', 'azdo_token'] },
  AZURE_COSMOSDB_KEY: { gen: (r) => b64(r.bytes(64)), keys: ['COSMOS_KEY', 'cosmosPrimaryKey', 'AccountKey'] },
  AZURE_SERVICE_BUS_KEY: { gen: (r) => b64(r.bytes(32)), keys: ['SharedAccessKey'] },
  DIGITALOCEAN_TOKEN: { gen: pre('dop_v1_', A.hex, 64), keys: ['DIGITALOCEAN_TOKEN', 'DO_PAT', 'do_api_token'] },
  DIGITALOCEAN_OAUTH_TOKEN: { gen: pre('doo_v1_', A.hex, 64), keys: ['DO_OAUTH_TOKEN'] },
  DIGITALOCEAN_SPACES_SECRET: { gen: (r) => rs(r, A.b64, 43), keys: ['SPACES_SECRET_KEY', 'spaces_secret'] },
  HEROKU_API_KEY: { gen: pre('HRKU-AA', A.b64url, 58), keys: ['HEROKU_API_KEY', 'heroku_token'] },
  ALIBABA_ACCESS_KEY_ID: { gen: pre('LTAI', A.alnum, 20), keys: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'aliyun_ak'] },
  ALIBABA_ACCESS_KEY_SECRET: { gen: (r) => rs(r, A.alnum, 30), keys: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'aliyun_sk'] },
  IBM_CLOUD_API_KEY: { gen: (r) => rs(r, A.b64url, 44), keys: ['IBMCLOUD_API_KEY', 'ibm_apikey'] },
  ORACLE_CLOUD_AUTH_TOKEN: { gen: (r) => rs(r, A.alnum + '(){}<>;:.#', 20), keys: ['OCI_AUTH_TOKEN', 'oci_token'] },
  CLOUDFLARE_API_TOKEN: { gen: (r) => rs(r, A.b64url, 40), keys: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN', 'cf_token'] },
  CLOUDFLARE_GLOBAL_API_KEY: { gen: hexOf(37), keys: ['CF_API_KEY', 'CLOUDFLARE_API_KEY'] },
  CLOUDFLARE_TUNNEL_TOKEN: { gen: (r) => b64(JSON.stringify({ a: r.hex(32), t: r.hex(8) + '-' + r.hex(4) + '-4' + r.hex(3) + '-a' + r.hex(3) + '-' + r.hex(12), s: b64(r.bytes(32)) })), keys: ['TUNNEL_TOKEN'] },
  FASTLY_API_TOKEN: { gen: (r) => rs(r, A.b64url, 32), keys: ['FASTLY_API_TOKEN', 'fastly_key'] },
  LINODE_TOKEN: { gen: hexOf(64), keys: ['LINODE_TOKEN', 'LINODE_CLI_TOKEN'] },
  VULTR_API_KEY: { gen: (r) => rs(r, A.upalnum, 36), keys: ['VULTR_API_KEY'] },
  HETZNER_API_TOKEN: { gen: (r) => rs(r, A.alnum, 64), keys: ['HCLOUD_TOKEN', 'hetzner_token'] },
  VERCEL_TOKEN: { gen: (r) => rs(r, A.alnum, 24), keys: ['VERCEL_TOKEN', 'vercel_api_token'] },
  NETLIFY_TOKEN: { gen: pre('nfp_', A.alnum, 36), keys: ['NETLIFY_AUTH_TOKEN'] },
  FLY_API_TOKEN: { gen: (r) => 'FlyV1 fm2_' + rs(r, A.b64, 120) + '==', keys: ['FLY_API_TOKEN'] },
  RENDER_API_KEY: { gen: pre('rnd_', A.alnum, 32), keys: ['RENDER_API_KEY'] },
  SUPABASE_SERVICE_ROLE_KEY: { gen: (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: rs(r, A.lower, 20), role: 'service_role', iat: 1700000000 + r.int(0, 9e6), exp: 2000000000 + r.int(0, 9e6) } }), keys: ['SUPABASE_SERVICE_ROLE_KEY', 'SERVICE_ROLE'] },
  SUPABASE_ACCESS_TOKEN: { gen: pre('sbp_', A.hex, 40), keys: ['SUPABASE_ACCESS_TOKEN'] },
  FIREBASE_FCM_SERVER_KEY: { gen: (r) => 'AAAA' + rs(r, A.b64url, 7) + ':APA91b' + rs(r, A.b64url, 134), keys: ['FCM_SERVER_KEY', 'fcm_legacy_key'] },
  // --- code hosting, CI, registries ---
  GITHUB_PERSONAL_ACCESS_TOKEN: { gen: gh('ghp'), keys: ['GITHUB_TOKEN', 'GH_TOKEN', 'gh_pat', 'githubToken', 'HOMEBREW_GITHUB_API_TOKEN'] },
  GITHUB_OAUTH_TOKEN: { gen: gh('gho'), keys: ['oauth_token', 'GH_OAUTH'] },
  GITHUB_USER_TO_SERVER_TOKEN: { gen: gh('ghu'), keys: ['GH_APP_USER_TOKEN', 'user_token'] },
  GITHUB_SERVER_TO_SERVER_TOKEN: { gen: gh('ghs'), keys: ['GH_INSTALLATION_TOKEN', 'installation_token'] },
  GITHUB_REFRESH_TOKEN: { gen: gh('ghr'), keys: ['refresh_token', 'GH_REFRESH'] },
  GITHUB_FINE_GRAINED_TOKEN: { gen: (r) => 'github_pat_' + rs(r, A.alnum, 22) + '_' + rs(r, A.alnum, 59), keys: ['GITHUB_PAT', 'GH_FG_TOKEN'] },
  GITLAB_PAT: { gen: pre('glpat-', A.b64url, 20), keys: ['GITLAB_TOKEN', 'GL_TOKEN', 'private_token'] },
  GITLAB_RUNNER_TOKEN: { gen: pre('glrt-', A.b64url, 20), keys: ['RUNNER_TOKEN', 'token'] },
  GITLAB_DEPLOY_TOKEN: { gen: pre('gldt-', A.b64url, 20), keys: ['DEPLOY_TOKEN', 'CI_DEPLOY_PASSWORD'] },
  GITLAB_TRIGGER_TOKEN: { gen: pre('glptt-', A.hex, 40), keys: ['TRIGGER_TOKEN'] },
  BITBUCKET_APP_PASSWORD: { gen: pre('ATBB', A.alnum, 32), keys: ['BITBUCKET_APP_PASSWORD', 'bb_app_pw'] },
  CIRCLECI_TOKEN: { gen: (r) => 'CCIPAT_' + rs(r, A.alnum, 22) + '_' + r.hex(40), keys: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'] },
  TRAVIS_CI_TOKEN: { gen: (r) => rs(r, A.alnum, 22), keys: ['TRAVIS_API_TOKEN'] },
  BUILDKITE_AGENT_TOKEN: { gen: pre('bkua_', A.hex, 40), keys: ['BUILDKITE_AGENT_TOKEN'] },
  DRONE_TOKEN: { gen: (r) => rs(r, A.alnum, 32), keys: ['DRONE_TOKEN'] },
  JENKINS_API_TOKEN: { gen: (r) => '11' + r.hex(32), keys: ['JENKINS_API_TOKEN', 'jenkins.token'] },
  SONARQUBE_TOKEN: { gen: pre('squ_', A.hex, 40), keys: ['SONAR_TOKEN', 'sonar.login'] },
  NPM_ACCESS_TOKEN: { gen: pre('npm_', A.alnum, 36), keys: ['NPM_TOKEN', '_authToken', 'NODE_AUTH_TOKEN'] },
  PYPI_UPLOAD_TOKEN: { gen: (r) => 'pypi-AgEI' + rs(r, A.b64url, 170), keys: ['TWINE_PASSWORD', 'PYPI_API_TOKEN', 'password'] },
  RUBYGEMS_API_KEY: { gen: pre('rubygems_', A.hex, 48), keys: ['GEM_HOST_API_KEY', ':rubygems_api_key'] },
  NUGET_API_KEY: { gen: pre('oy2', A.lowalnum, 43), keys: ['NUGET_API_KEY'] },
  DOCKER_HUB_PAT: { gen: pre('dckr_pat_', A.b64url, 27), keys: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD', 'REGISTRY_PASSWORD'] },
  CARGO_REGISTRY_TOKEN: { gen: pre('cio', A.alnum, 32), keys: ['CARGO_REGISTRY_TOKEN', 'token'] },
  ARTIFACTORY_API_KEY: { gen: pre('AKCp', A.alnum, 69), keys: ['ARTIFACTORY_API_KEY', 'art_key'] },
  JFROG_ACCESS_TOKEN: { gen: (r) => b64(`reftkn:01:${1900000000 + r.int(0, 9e7)}:${rs(r, A.alnum, 27)}`).replace(/=+$/, ''), keys: ['JFROG_ACCESS_TOKEN', 'JF_ACCESS_TOKEN'] },
  TERRAFORM_CLOUD_TOKEN: { gen: (r) => rs(r, A.alnum, 14) + '.atlasv1.' + rs(r, A.alnum, 67), keys: ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io', 'token'] },
  PULUMI_ACCESS_TOKEN: { gen: pre('pul-', A.hex, 40), keys: ['PULUMI_ACCESS_TOKEN'] },
  VAULT_TOKEN: { gen: pre('hvs.', A.alnum, 24), keys: ['VAULT_TOKEN', 'vault_token'] },
  VAULT_BATCH_TOKEN: { gen: (r) => 'hvb.' + rs(r, A.b64url, 138), keys: ['VAULT_TOKEN'] },
  DOPPLER_TOKEN: { gen: (r) => r.pick(['dp.st.', 'dp.pt.', 'dp.sa.']) + rs(r, A.alnum, 43), keys: ['DOPPLER_TOKEN'] },
  ONEPASSWORD_SERVICE_ACCOUNT_TOKEN: { gen: (r) => 'ops_' + b64url(JSON.stringify({ signInAddress: 'vault.acme-corp.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: b64url(r.bytes(16)) }, email: rs(r, A.lower, 10) + '@svc.invalid', srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: b64url(r.bytes(32)), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + rs(r, A.upalnum, 6) + '-' + rs(r, A.upalnum, 11), throttleSecret: { seed: r.hex(64), deviceUuid: rs(r, A.lowalnum, 26) }, deviceUuid: rs(r, A.lowalnum, 26) })), keys: ['OP_SERVICE_ACCOUNT_TOKEN'] },
  KUBERNETES_SECRET_DATA: { gen: (r) => b64(password(r)), keys: ['password', 'db-password', 'api-key', 'token'] },
  KUBERNETES_SERVICE_ACCOUNT_TOKEN: { gen: (r) => jwt(r, { alg: 'RS256', payload: { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': r.pick(['default', 'payments', 'kube-system']), 'kubernetes.io/serviceaccount/secret.name': 'deployer-token-' + rs(r, A.lowalnum, 5), 'kubernetes.io/serviceaccount/service-account.name': 'deployer', sub: 'system:serviceaccount:payments:deployer' } }), keys: ['token'] },
  KUBECONFIG_CLIENT_KEY: { gen: (r) => b64(K.pem('EC PRIVATE KEY', K.ecSec1Der(r)) + '\n'), keys: ['client-key-data'] },
  ARGOCD_AUTH_TOKEN: { gen: (r) => jwt(r, { alg: 'HS256', payload: { iss: 'argocd', sub: 'ci:apiKey', nbf: 1700000000 + r.int(0, 9e6), iat: 1700000000 + r.int(0, 9e6), jti: r.hex(8) + '-' + r.hex(4) + '-' + r.hex(4) + '-' + r.hex(4) + '-' + r.hex(12) } }), keys: ['ARGOCD_AUTH_TOKEN'] },
  // --- messaging / SaaS ---
  SLACK_BOT_TOKEN: { gen: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${rs(r, A.alnum, 24)}`, keys: ['SLACK_BOT_TOKEN', 'slack_token', 'bot_token'] },
  SLACK_USER_TOKEN: { gen: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`, keys: ['SLACK_USER_TOKEN', 'xoxp'] },
  SLACK_APP_TOKEN: { gen: (r) => `xapp-1-A${rs(r, A.upalnum, 10)}-${r.digits(13)}-${r.hex(64)}`, keys: ['SLACK_APP_TOKEN'] },
  SLACK_CONFIG_REFRESH_TOKEN: { gen: (r) => `xoxe-1-${rs(r, A.alnum, 140)}`, keys: ['SLACK_CONFIG_REFRESH'] },
  SLACK_WEBHOOK_SECRET: { gen: (r) => rs(r, A.alnum, 24), keys: ['SLACK_WEBHOOK_URL', 'webhook'] },
  DISCORD_BOT_TOKEN: { gen: (r) => `${b64(String(r.int(1e17, 9e17))).replace(/=+$/, '')}.${rs(r, A.b64url, 6)}.${rs(r, A.b64url, 38)}`, keys: ['DISCORD_TOKEN', 'BOT_TOKEN'] },
  DISCORD_WEBHOOK_TOKEN: { gen: (r) => rs(r, A.b64url, 68), keys: ['DISCORD_WEBHOOK'] },
  TELEGRAM_BOT_TOKEN: { gen: (r) => `${r.int(1e9, 7e9)}:AA${rs(r, A.b64url, 33)}`, keys: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN', 'bot_token'] },
  TWILIO_API_KEY_SECRET: { gen: (r) => rs(r, A.alnum, 32), keys: ['TWILIO_API_SECRET'] },
  TWILIO_AUTH_TOKEN: { gen: hexOf(32), keys: ['TWILIO_AUTH_TOKEN', 'twilio.auth_token'] },
  SENDGRID_API_KEY: { gen: (r) => `SG.${rs(r, A.b64url, 22)}.${rs(r, A.b64url, 43)}`, keys: ['SENDGRID_API_KEY', 'SMTP_PASSWORD'] },
  MAILGUN_API_KEY: { gen: (r) => `key-${r.hex(32)}`, keys: ['MAILGUN_API_KEY'] },
  MAILCHIMP_API_KEY: { gen: (r) => `${r.hex(32)}-us${r.int(1, 21)}`, keys: ['MAILCHIMP_API_KEY', 'mc_key'] },
  MAILJET_SECRET_KEY: { gen: hexOf(32), keys: ['MJ_APIKEY_PRIVATE'] },
  BREVO_API_KEY: { gen: (r) => `xkeysib-${r.hex(64)}-${rs(r, A.alnum, 16)}`, keys: ['BREVO_API_KEY', 'SENDINBLUE_KEY'] },
  POSTMARK_SERVER_TOKEN: { gen: (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, keys: ['POSTMARK_SERVER_TOKEN', 'X-Postmark-Server-Token'] },
  STRIPE_SECRET_KEY: { gen: (r) => 'sk_live_' + rs(r, A.alnum, r.pick([24, 99])), keys: ['STRIPE_SECRET_KEY', 'stripe.secret', 'STRIPE_API_KEY'] },
  STRIPE_RESTRICTED_KEY: { gen: (r) => 'rk_live_' + rs(r, A.alnum, 99), keys: ['STRIPE_RESTRICTED_KEY'] },
  STRIPE_WEBHOOK_SECRET: { gen: pre('whsec_', A.alnum, 32), keys: ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret'] },
  PAYPAL_CLIENT_SECRET: { gen: (r) => rs(r, A.b64url, 80), keys: ['PAYPAL_CLIENT_SECRET', 'paypal.secret'] },
  BRAINTREE_ACCESS_TOKEN: { gen: (r) => `access_token$production$${rs(r, A.lowalnum, 16)}$${r.hex(32)}`, keys: ['BRAINTREE_ACCESS_TOKEN'] },
  SQUARE_ACCESS_TOKEN: { gen: pre('EAAA', A.b64url, 60), keys: ['SQUARE_ACCESS_TOKEN'] },
  SQUARE_OAUTH_SECRET: { gen: pre('sq0csp-', A.b64url, 43), keys: ['SQUARE_APP_SECRET'] },
  SHOPIFY_ACCESS_TOKEN: { gen: pre('shpat_', A.hex, 32), keys: ['SHOPIFY_ACCESS_TOKEN', 'X-Shopify-Access-Token'] },
  SHOPIFY_SHARED_SECRET: { gen: pre('shpss_', A.hex, 32), keys: ['SHOPIFY_API_SECRET'] },
  SHOPIFY_CUSTOM_APP_TOKEN: { gen: pre('shpca_', A.hex, 32), keys: ['SHOPIFY_TOKEN'] },
  ADYEN_API_KEY: { gen: (r) => 'AQE' + rs(r, A.alnum, 5) + 'mfx' + rs(r, A.b64, 120) + '=', keys: ['ADYEN_API_KEY', 'X-API-Key'] },
  RAZORPAY_KEY_SECRET: { gen: (r) => rs(r, A.alnum, 24), keys: ['RAZORPAY_KEY_SECRET'] },
  PLAID_SECRET: { gen: hexOf(30), keys: ['PLAID_SECRET'] },
  COINBASE_API_SECRET: { gen: (r) => b64(r.bytes(64)), keys: ['COINBASE_API_SECRET', 'cb_secret'] },
  // --- AI ---
  OPENAI_API_KEY: { gen: (r) => `sk-proj-${rs(r, A.b64url, 74)}T3BlbkFJ${rs(r, A.b64url, 74)}`, keys: ['OPENAI_API_KEY', 'openai_key', 'OPENAI_KEY'] },
  OPENAI_LEGACY_KEY: { gen: (r) => `sk-${rs(r, A.alnum, 20)}T3BlbkFJ${rs(r, A.alnum, 20)}`, keys: ['OPENAI_API_KEY', 'openai.api_key'] },
  OPENAI_SERVICE_ACCOUNT_KEY: { gen: (r) => `sk-svcacct-${rs(r, A.b64url, 74)}T3BlbkFJ${rs(r, A.b64url, 74)}`, keys: ['OPENAI_API_KEY'] },
  ANTHROPIC_API_KEY: { gen: (r) => `sk-ant-api03-${rs(r, A.b64url, 93)}AA`, keys: ['ANTHROPIC_API_KEY', 'CLAUDE_KEY', 'x-api-key'] },
  ANTHROPIC_ADMIN_KEY: { gen: (r) => `sk-ant-admin01-${rs(r, A.b64url, 93)}AA`, keys: ['ANTHROPIC_ADMIN_KEY'] },
  HUGGINGFACE_TOKEN: { gen: pre('hf_', A.upper + A.lower, 34), keys: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'] },
  COHERE_API_KEY: { gen: (r) => rs(r, A.alnum, 40), keys: ['CO_API_KEY', 'COHERE_API_KEY'] },
  REPLICATE_API_TOKEN: { gen: pre('r8_', A.alnum, 37), keys: ['REPLICATE_API_TOKEN'] },
  GROQ_API_KEY: { gen: pre('gsk_', A.alnum, 52), keys: ['GROQ_API_KEY'] },
  MISTRAL_API_KEY: { gen: (r) => rs(r, A.alnum, 32), keys: ['MISTRAL_API_KEY'] },
  PERPLEXITY_API_KEY: { gen: pre('pplx-', A.alnum, 48), keys: ['PERPLEXITY_API_KEY', 'PPLX_KEY'] },
  DEEPSEEK_API_KEY: { gen: (r) => 'sk-' + r.hex(32), keys: ['DEEPSEEK_API_KEY'] },
  XAI_API_KEY: { gen: pre('xai-', A.alnum, 80), keys: ['XAI_API_KEY', 'GROK_KEY'] },
  ELEVENLABS_API_KEY: { gen: (r) => 'sk_' + r.hex(48), keys: ['ELEVENLABS_API_KEY', 'xi-api-key'] },
  PINECONE_API_KEY: { gen: (r) => 'pcsk_' + rs(r, A.alnum, 6) + '_' + rs(r, A.alnum, 63), keys: ['PINECONE_API_KEY'] },
  LANGSMITH_API_KEY: { gen: (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, keys: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'] },
  // --- observability / analytics ---
  DATADOG_API_KEY: { gen: hexOf(32), keys: ['DD_API_KEY', 'datadog_api_key'] },
  DATADOG_APP_KEY: { gen: hexOf(40), keys: ['DD_APP_KEY', 'DD_APPLICATION_KEY'] },
  NEW_RELIC_LICENSE_KEY: { gen: (r) => r.hex(36) + 'NRAL', keys: ['NEW_RELIC_LICENSE_KEY', 'license_key'] },
  NEW_RELIC_USER_KEY: { gen: pre('NRAK-', A.upalnum, 27), keys: ['NEW_RELIC_API_KEY'] },
  SENTRY_AUTH_TOKEN: { gen: (r) => r.chance(0.5) ? 'sntryu_' + r.hex(64) : 'sntrys_' + b64url(JSON.stringify({ iat: 1700000000 + r.int(0, 9e6), url: 'https://sentry.acme-corp.example', region_url: 'https://de.sentry.acme-corp.example', org: 'acme' })) + '_' + rs(r, A.b64url, 43), keys: ['SENTRY_AUTH_TOKEN'] },
  SENTRY_DSN_KEY: { gen: hexOf(32), keys: ['SENTRY_DSN', 'dsn'] },
  GRAFANA_SERVICE_ACCOUNT_TOKEN: { gen: (r) => `glsa_${rs(r, A.alnum, 32)}_${r.hex(8)}`, keys: ['GRAFANA_TOKEN', 'GF_SA_TOKEN'] },
  GRAFANA_CLOUD_TOKEN: { gen: (r) => 'glc_' + b64(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'stack-' + r.int(100, 999) + '-hm-read', k: rs(r, A.alnum, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, ''), keys: ['GRAFANA_CLOUD_API_KEY'] },
  HONEYCOMB_API_KEY: { gen: (r) => 'hcaik_' + rs(r, A.lowalnum, 58), keys: ['HONEYCOMB_API_KEY'] },
  PAGERDUTY_API_KEY: { gen: (r) => 'u+' + rs(r, A.b64url, 18), keys: ['PAGERDUTY_TOKEN', 'PD_API_KEY'] },
  PAGERDUTY_ROUTING_KEY: { gen: hexOf(32), keys: ['routing_key', 'PD_INTEGRATION_KEY'] },
  ELASTIC_API_KEY: { gen: (r) => b64(`${rs(r, A.b64url, 20)}:${rs(r, A.b64url, 22)}`), keys: ['ELASTIC_API_KEY', 'ES_API_KEY'] },
  ELASTIC_CLOUD_ID_PASSWORD: { gen: (r) => rs(r, A.alnum, 24), keys: ['ELASTIC_PASSWORD'] },
  ROLLBAR_ACCESS_TOKEN: { gen: hexOf(32), keys: ['ROLLBAR_ACCESS_TOKEN'] },
  BUGSNAG_API_KEY: { gen: hexOf(32), keys: ['BUGSNAG_API_KEY'] },
  LAUNCHDARKLY_SDK_KEY: { gen: (r) => `sdk-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, keys: ['LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY'] },
  POSTHOG_PERSONAL_API_KEY: { gen: pre('phx_', A.alnum, 43), keys: ['POSTHOG_PERSONAL_API_KEY'] },
  SEGMENT_WRITE_KEY: { gen: (r) => rs(r, A.alnum, 32), keys: ['SEGMENT_WRITE_KEY'] },
  MIXPANEL_API_SECRET: { gen: hexOf(32), keys: ['MIXPANEL_API_SECRET'] },
  // --- productivity / identity ---
  ATLASSIAN_API_TOKEN: { gen: (r) => 'ATATT3xFfGF0' + rs(r, A.b64url, 170) + '=' + r.hex(8).toUpperCase(), keys: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_TOKEN'] },
  NOTION_INTEGRATION_TOKEN: { gen: (r) => r.chance(0.5) ? 'secret_' + rs(r, A.alnum, 43) : 'ntn_' + r.digits(11) + rs(r, A.alnum, 35), keys: ['NOTION_TOKEN', 'NOTION_API_KEY'] },
  LINEAR_API_KEY: { gen: pre('lin_api_', A.alnum, 40), keys: ['LINEAR_API_KEY'] },
  ASANA_PAT: { gen: (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, keys: ['ASANA_ACCESS_TOKEN'] },
  AIRTABLE_PAT: { gen: (r) => `pat${rs(r, A.alnum, 14)}.${r.hex(64)}`, keys: ['AIRTABLE_API_KEY', 'AIRTABLE_PAT'] },
  FIGMA_PAT: { gen: (r) => `figd_${rs(r, A.b64url, 40)}`, keys: ['FIGMA_TOKEN'] },
  DROPBOX_ACCESS_TOKEN: { gen: (r) => 'sl.' + rs(r, A.b64url, 136), keys: ['DROPBOX_TOKEN'] },
  BOX_DEVELOPER_TOKEN: { gen: (r) => rs(r, A.alnum, 32), keys: ['BOX_DEVELOPER_TOKEN'] },
  ZENDESK_API_TOKEN: { gen: (r) => rs(r, A.alnum, 40), keys: ['ZENDESK_API_TOKEN'] },
  HUBSPOT_PRIVATE_APP_TOKEN: { gen: (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, keys: ['HUBSPOT_ACCESS_TOKEN'] },
  SALESFORCE_ACCESS_TOKEN: { gen: (r) => `00D${rs(r, A.alnum, 12)}!AQ${rs(r, A.alnum, 4)}AR${rs(r, A.alnum + '._', 92)}`, keys: ['SF_ACCESS_TOKEN', 'sessionId'] },
  INTERCOM_ACCESS_TOKEN: { gen: (r) => b64(`tok:${r.hex(8)}_${r.hex(4)}_${r.hex(4)}_${r.hex(4)}_${r.hex(12)}:1:0`).replace(/=+$/, '') + '=', keys: ['INTERCOM_ACCESS_TOKEN'] },
  ZOOM_CLIENT_SECRET: { gen: (r) => rs(r, A.alnum, 32), keys: ['ZOOM_CLIENT_SECRET'] },
  OKTA_API_TOKEN: { gen: (r) => '00' + rs(r, A.b64url, 40), keys: ['OKTA_API_TOKEN', 'SSWS'] },
  AUTH0_CLIENT_SECRET: { gen: (r) => rs(r, A.b64url, 64), keys: ['AUTH0_CLIENT_SECRET'] },
  KEYCLOAK_CLIENT_SECRET: { gen: (r) => rs(r, A.alnum, 32), keys: ['KEYCLOAK_CLIENT_SECRET', 'credentials.secret'] },
  MAPBOX_SECRET_TOKEN: { gen: (r) => 'sk.' + b64url(JSON.stringify({ u: rs(r, A.lower, 8), a: rs(r, A.lowalnum, 25) })) + '.' + rs(r, A.b64url, 22), keys: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'] },
  ALGOLIA_ADMIN_KEY: { gen: hexOf(32), keys: ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_API_KEY'] },
  CONTENTFUL_DELIVERY_TOKEN: { gen: (r) => rs(r, A.b64url, 43), keys: ['CONTENTFUL_ACCESS_TOKEN'] },
  CONTENTFUL_MANAGEMENT_TOKEN: { gen: pre('CFPAT-', A.b64url, 43), keys: ['CONTENTFUL_MANAGEMENT_TOKEN'] },
  TYPEFORM_TOKEN: { gen: pre('tfp_', A.alnum, 44), keys: ['TYPEFORM_TOKEN'] },
  SHIPPO_API_TOKEN: { gen: pre('shippo_live_', A.hex, 40), keys: ['SHIPPO_API_KEY'] },
  EASYPOST_API_KEY: { gen: pre('EZAK', A.hex, 54), keys: ['EASYPOST_API_KEY'] },
  TWITTER_BEARER_TOKEN: { gen: (r) => 'AAAAAAAAAAAAAAAAAAAAA' + rs(r, A.alnum, 10) + '%3D' + rs(r, A.alnum, 50), keys: ['TWITTER_BEARER_TOKEN', 'X_BEARER'] },
  TWITTER_API_SECRET: { gen: (r) => rs(r, A.alnum, 50), keys: ['TWITTER_API_SECRET', 'consumer_secret'] },
  FACEBOOK_ACCESS_TOKEN: { gen: (r) => 'EAAB' + rs(r, A.alnum, 180), keys: ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN'] },
  LINKEDIN_CLIENT_SECRET: { gen: (r) => rs(r, A.alnum, 16), keys: ['LINKEDIN_CLIENT_SECRET'] },
  SPOTIFY_CLIENT_SECRET: { gen: hexOf(32), keys: ['SPOTIFY_CLIENT_SECRET'] },
  STEAM_WEB_API_KEY: { gen: (r) => rs(r, A.HEX, 32), keys: ['STEAM_API_KEY'] },
  NGROK_AUTHTOKEN: { gen: (r) => '2' + rs(r, A.alnum, 26) + '_' + rs(r, A.alnum, 21), keys: ['NGROK_AUTHTOKEN', 'authtoken'] },
  TAILSCALE_AUTH_KEY: { gen: (r) => `tskey-auth-k${rs(r, A.alnum, 16)}-${rs(r, A.alnum, 32)}`, keys: ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'] },
  CLOUDINARY_API_SECRET: { gen: (r) => rs(r, A.b64url, 27), keys: ['CLOUDINARY_API_SECRET', 'CLOUDINARY_URL'] },
  CONFLUENT_API_SECRET: { gen: (r) => rs(r, A.alnum + '+/', 64), keys: ['CONFLUENT_CLOUD_API_SECRET', 'sasl.password'] },
  DATABRICKS_TOKEN: { gen: pre('dapi', A.hex, 32), keys: ['DATABRICKS_TOKEN'] },
  PLANETSCALE_PASSWORD: { gen: pre('pscale_pw_', A.b64url, 43), keys: ['DATABASE_PASSWORD', 'PLANETSCALE_DB_PASSWORD'] },
  NEON_DB_PASSWORD: { gen: pre('npg_', A.alnum, 12), keys: ['PGPASSWORD'] },
  UPSTASH_REDIS_TOKEN: { gen: (r) => 'A' + rs(r, A.b64url, 3) + 'AAIjcDE' + rs(r, A.b64url, 60), keys: ['UPSTASH_REDIS_REST_TOKEN'] },
  TURSO_AUTH_TOKEN: { gen: (r) => jwt(r, { alg: 'EdDSA', payload: { a: 'rw', iat: 1700000000 + r.int(0, 9e6), id: r.hex(8) + '-' + r.hex(4) + '-' + r.hex(4) + '-' + r.hex(4) + '-' + r.hex(12) } }), keys: ['TURSO_AUTH_TOKEN', 'LIBSQL_AUTH_TOKEN'] },
  MEILISEARCH_MASTER_KEY: { gen: (r) => rs(r, A.b64url, 32), keys: ['MEILI_MASTER_KEY'] },
  TYPESENSE_API_KEY: { gen: (r) => rs(r, A.alnum, 32), keys: ['TYPESENSE_API_KEY'] },
  MINIO_SECRET_KEY: { gen: (r) => rs(r, A.alnum + '+/', 40), keys: ['MINIO_ROOT_PASSWORD', 'MINIO_SECRET_KEY'] },
  RABBITMQ_ERLANG_COOKIE: { gen: (r) => rs(r, A.upper, 20), keys: ['RABBITMQ_ERLANG_COOKIE'] },
  ETHEREUM_PRIVATE_KEY: { gen: (r) => '0x' + r.hex(64), keys: ['PRIVATE_KEY', 'DEPLOYER_PK', 'WALLET_KEY'] },
  WIREGUARD_PRIVATE_KEY: { gen: (r) => b64(r.bytes(32)), keys: ['PrivateKey'] },
  WIREGUARD_PRESHARED_KEY: { gen: (r) => b64(r.bytes(32)), keys: ['PresharedKey'] },
  AGE_SECRET_KEY: { gen: (r) => 'AGE-SECRET-KEY-1' + rs(r, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), keys: ['SOPS_AGE_KEY'] },
  TOTP_SEED: { gen: (r) => rs(r, A.b32, 32), keys: ['totp_secret', 'MFA_SEED', 'otp_key'] },
  // --- generic credentials ---
  DATABASE_PASSWORD: { gen: (r) => password(r), keys: ['DB_PASSWORD', 'DATABASE_PASS', 'db.password', 'spring.datasource.password', 'password', 'PGPASSWORD'] },
  POSTGRES_PASSWORD: { gen: (r) => password(r), keys: ['POSTGRES_PASSWORD', 'PG_PASS'] },
  MYSQL_PASSWORD: { gen: (r) => password(r), keys: ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'mysql_pwd'] },
  MONGODB_PASSWORD: { gen: (r) => password(r, 'urlsafe'), keys: ['MONGO_INITDB_ROOT_PASSWORD', 'mongo_password'] },
  REDIS_PASSWORD: { gen: (r) => password(r), keys: ['REDIS_PASSWORD', 'requirepass', 'redis.auth'] },
  AMQP_PASSWORD: { gen: (r) => password(r, 'urlsafe'), keys: ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASS'] },
  MSSQL_PASSWORD: { gen: (r) => password(r), keys: ['MSSQL_SA_PASSWORD', 'SA_PASSWORD'] },
  ORACLE_DB_PASSWORD: { gen: (r) => password(r), keys: ['ORACLE_PASSWORD'] },
  CLICKHOUSE_PASSWORD: { gen: (r) => password(r), keys: ['CLICKHOUSE_PASSWORD'] },
  SNOWFLAKE_PASSWORD: { gen: (r) => password(r), keys: ['SNOWFLAKE_PASSWORD', 'sf_pwd'] },
  ELASTICSEARCH_PASSWORD: { gen: (r) => password(r), keys: ['ELASTIC_PASSWORD', 'es.password'] },
  SMTP_PASSWORD: { gen: (r) => password(r), keys: ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD', 'smtp_pass'] },
  LDAP_BIND_PASSWORD: { gen: (r) => password(r), keys: ['LDAP_BIND_PASSWORD', 'bindPassword', 'ldap.bindpw'] },
  FTP_PASSWORD: { gen: (r) => password(r, 'human'), keys: ['FTP_PASSWORD', 'ftp_pass'] },
  PROXY_PASSWORD: { gen: (r) => password(r, 'urlsafe'), keys: ['PROXY_PASS', 'https_proxy_password'] },
  SSH_PASSWORD: { gen: (r) => password(r, 'human'), keys: ['SSH_PASS', 'ansible_ssh_pass', 'sshpass'] },
  ADMIN_PASSWORD: { gen: (r) => password(r), keys: ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD', 'initial_admin_pw'] },
  WIFI_PSK: { gen: (r) => password(r, 'phrase'), keys: ['psk', 'wpa_passphrase', 'WIFI_PASSWORD'] },
  SNMP_COMMUNITY: { gen: (r) => rs(r, A.alnum, r.int(10, 18)), keys: ['community', 'snmp_community'] },
  VNC_PASSWORD: { gen: (r) => rs(r, A.alnum, 8), keys: ['VNC_PASSWORD'] },
  ANSIBLE_VAULT_PASSWORD: { gen: (r) => password(r, 'phrase'), keys: ['ANSIBLE_VAULT_PASSWORD'] },
  KEYSTORE_PASSWORD: { gen: (r) => password(r), keys: ['storePassword', 'keyPassword', 'KEYSTORE_PASS', 'javax.net.ssl.keyStorePassword'] },
  PASSWORD: { gen: (r) => password(r, r.pick(['human', 'human', 'leet', 'random', 'phrase'])), keys: ['password', 'pass', 'pwd'] },
  BASIC_AUTH_CREDENTIALS: { gen: null, keys: ['Authorization'] }, // built in context (base64 user:pass)
  DOCKER_REGISTRY_AUTH: { gen: null, keys: ['auth'] }, // built in context
  HTTP_BASIC_PASSWORD: { gen: (r) => password(r, 'urlsafe'), keys: ['basic_auth_pass'] },
  JWT_SIGNING_SECRET: { gen: (r) => rng64(r), keys: ['JWT_SECRET', 'jwt.secret', 'TOKEN_SIGNING_KEY'] },
  SESSION_SECRET: { gen: (r) => rs(r, A.alnum, r.int(32, 48)), keys: ['SESSION_SECRET', 'COOKIE_SECRET', 'session.secret'] },
  DJANGO_SECRET_KEY: { gen: (r) => 'django-insecure-' + rs(r, A.lower + A.digit + '!@#%^&*(-_=+)', 50), keys: ['SECRET_KEY', 'DJANGO_SECRET_KEY'] },
  RAILS_MASTER_KEY: { gen: hexOf(32), keys: ['RAILS_MASTER_KEY'] },
  RAILS_SECRET_KEY_BASE: { gen: hexOf(128), keys: ['SECRET_KEY_BASE', 'secret_key_base'] },
  LARAVEL_APP_KEY: { gen: (r) => 'base64:' + b64(r.bytes(32)), keys: ['APP_KEY'] },
  FLASK_SECRET_KEY: { gen: (r) => r.hex(48), keys: ['FLASK_SECRET_KEY', 'SECRET_KEY'] },
  NEXTAUTH_SECRET: { gen: (r) => b64(r.bytes(32)), keys: ['NEXTAUTH_SECRET', 'AUTH_SECRET'] },
  ENCRYPTION_KEY: { gen: (r) => b64(r.bytes(32)), keys: ['ENCRYPTION_KEY', 'DATA_KEY', 'AES_KEY', 'kms_fallback_key'] },
  HMAC_SECRET: { gen: (r) => r.hex(64), keys: ['HMAC_SECRET', 'SIGNING_SECRET'] },
  WEBHOOK_SIGNING_SECRET: { gen: (r) => rs(r, A.alnum, 40), keys: ['WEBHOOK_SECRET', 'X-Hub-Signature-Key', 'webhook.secret'] },
  OAUTH_AUTHORIZATION_CODE: { gen: (r) => rs(r, A.alnum, r.pick([20, 32, 40])), keys: ['code'] },
  OAUTH_CLIENT_SECRET: { gen: (r) => rs(r, A.b64url, r.int(32, 48)), keys: ['client_secret', 'OAUTH_CLIENT_SECRET', 'clientSecret'] },
  API_KEY: { gen: (r) => rs(r, r.pick([A.alnum, A.hex, A.b64url]), r.pick([32, 40, 48])), keys: ['API_KEY', 'apiKey', 'x-api-key', 'api_token'] },
  BEARER_TOKEN: { gen: (r) => rs(r, A.b64url, r.int(40, 64)), keys: ['Authorization'] },
  JSON_WEB_TOKEN: { gen: (r) => jwt(r), keys: ['token', 'id_token', 'access_token', 'Authorization'] },
  REFRESH_TOKEN: { gen: (r) => rs(r, A.b64url, r.int(48, 86)), keys: ['refresh_token'] },
  SESSION_COOKIE: { gen: (r) => rs(r, A.b64url, r.int(32, 64)), keys: ['sessionid', 'connect.sid', '_session', 'JSESSIONID'] },
  CSRF_SECRET: { gen: (r) => rs(r, A.alnum, 64), keys: ['CSRF_SECRET'] },
  MASTER_KEY: { gen: (r) => rs(r, A.alnum, 32), keys: ['MASTER_KEY'] },
  LICENSE_SIGNING_KEY: { gen: (r) => b64(r.bytes(48)), keys: ['LICENSE_PRIVATE'] },
  RECOVERY_CODE: { gen: (r) => `${rs(r, A.lowalnum, 5)}-${rs(r, A.lowalnum, 5)}`, keys: ['recovery_codes'] },
  OPAQUE_SECRET: { gen: (r) => rs(r, r.pick([A.alnum, A.b64url, A.hex]), r.int(24, 48)), keys: [] }, // under unusual key names
  ...Object.fromEntries(Object.entries(PEM_KINDS).map(([k, g]) => [k, { gen: g, pem: true, keys: [] }])),
};
function rng64(r) { return r.chance(0.5) ? b64(r.bytes(48)) : rs(r, A.alnum + '!#$%&*', 48); }

export const UNUSUAL_KEYS = ['blob_x', 'k2', 'zzz_cfg_val', 'opaque', 'magic', 'sesame', 'kvp_7', 'the_thing', 'pass_phrase_old', 'tkn', 'wibble', 'do_not_share',
  'secret_sauce', 'fallback2', 'legacyCred', 'svc_hush', 'pinata', 'nonce_seed', 'PROD_ONLY', 'bootstrap_val', 'grandma_recipe', 'unicorn', 'kk', 'X_FILES', 'salt_mine',
  'morse', 'otp_bak', 'doorbell', 'hunter2_replacement', 'tmp_val_do_not_commit', 'carrot', 'drawer_key', 'v3_cred', 'sigil', 'mojo', 'envelope', 'quux', 'acct_fob'];

export const SECRET_KINDS = Object.keys(SECRETS);
export const PLAIN_SECRET_KINDS = SECRET_KINDS.filter((k) => SECRETS[k].gen && !SECRETS[k].pem);
export const PEM_SECRET_KINDS = SECRET_KINDS.filter((k) => SECRETS[k].pem);

export function gen(rng, entity) {
  const s = SECRETS[entity];
  if (!s || !s.gen) throw new Error('no generator for ' + entity);
  for (let i = 0; i < 20; i++) { const v = s.gen(rng); if (!/example/i.test(v)) return v; }
  throw new Error('example in ' + entity);
}

// Cycles through secret kinds so every kind appears; deterministic global order.
export class Cycler {
  constructor(rng, items) { this.rng = rng; this.items = items; this.queue = []; }
  next() { if (!this.queue.length) this.queue = this.rng.shuffle(this.items.slice()); return this.queue.pop(); }
}

export { crc32, base62 };
