// Secret generators: each returns {e: ENTITY, v: value}. ~170 kinds, format-valid.
import { DIG, HEX, HEXU, LOW, UP, ALNUM, LOWNUM, UPNUM, B64, B64URL, B32, B58, crc32, base62, sha256, b58check } from './rng.mjs';

const SAFE_SYM = '!#%&*+-.?@^_~=';
const WORDS = ['sunflower', 'Sommer', 'Pfannkuchen', 'soleil', 'mariposa', 'gattino', 'vrijdag', 'kotek', 'sakura', 'Moscow', 'tigre', 'Bailey', 'dragon', 'monkey', 'Schatz', 'amore', 'Lisboa', 'fenix', 'Kiruna', 'Ankara', 'otter', 'Galaxy', 'banana', 'Winter', 'princesa', 'Fussball', 'chocolat', 'Ljubov', 'Trondheim', 'mamamia', 'Rosebud', 'Hunter', 'Pumpkin', 'kirschbaum', 'Bruxelles', 'coffee', 'Tequila', 'Ramadan', 'diwali', 'Matterhorn'];

export function makeSecrets(r) {
  const s = (cs, n) => r.str(cs, n);
  const b64bytes = (n) => Buffer.from(Array.from({ length: n }, () => r.int(0, 255))).toString('base64');
  const human = () => {
    const w = r.pick(WORDS); const y = r.pick(['', String(r.int(1960, 2025)), String(r.int(1, 99)), '123', '!']);
    const forms = [
      () => w + y + r.pick(['!', '#', '$', '?', '']),
      () => w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + r.int(10, 99),
      () => `${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}`,
      () => `${w}_${r.pick(WORDS)}${r.int(1, 9)}`,
      () => `${r.pick(UP)}${s(LOW, r.int(4, 7))}${r.pick(SAFE_SYM)}${s(DIG, 4)}`,
      () => `${w}${r.pick(['.', '_', '*'])}${r.pick(['Jan', 'Mai', 'Oct', 'Dez'])}${r.int(2019, 2026)}`,
    ];
    let p = r.pick(forms)(); if (p.length < 8) p += s(DIG, 8 - p.length); return p;
  };
  const strong = (n = r.int(14, 28)) => { let p = s(ALNUM + SAFE_SYM, n); return p.replace(/^[.\-~=]/, 'Q').replace(/[.\-~=]$/, 'z'); };
  const gh = (p) => { const body = s(ALNUM, 30); return `${p}_${body}${base62(crc32(body), 6)}`; };
  const jwt = (alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512'])) => {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    const iat = r.int(1700000000, 1790000000);
    const pl = { sub: r.pick(['user_', 'svc-', 'acct:']) + s(LOWNUM, 10), iat, exp: iat + r.pick([900, 3600, 86400]) };
    if (r.chance(0.5)) pl.scope = r.pick(['read write', 'admin', 'billing:read', 'orders.*']);
    if (r.chance(0.4)) pl.iss = `https://auth.${r.pick(['acme', 'tenant7', 'corp'])}.example/`;
    const p = Buffer.from(JSON.stringify(pl)).toString('base64url');
    const sig = s(B64URL, alg.startsWith('HS') ? (alg === 'HS512' ? 86 : 43) : alg === 'ES256' ? 86 : 342);
    return `${h}.${p}.${sig}`;
  };
  const T = {
    GITHUB_PERSONAL_ACCESS_TOKEN: () => gh('ghp'), GITHUB_OAUTH_TOKEN: () => gh('gho'), GITHUB_USER_TO_SERVER_TOKEN: () => gh('ghu'),
    GITHUB_SERVER_TO_SERVER_TOKEN: () => gh('ghs'), GITHUB_REFRESH_TOKEN: () => gh('ghr'),
    GITHUB_FINE_GRAINED_PAT: () => `github_pat_${s(UPNUM, 11)}${s(ALNUM, 11)}_${s(ALNUM, 59)}`,
    AWS_ACCESS_KEY: () => 'AKIA' + s(B32.replace(/[18]/g, ''), 16), AWS_TEMP_ACCESS_KEY: () => 'ASIA' + s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
    AWS_SECRET_KEY: () => s(ALNUM + '+/', 40), AWS_SESSION_TOKEN: () => 'IQoJb3JpZ2luX2Vj' + s(B64, 280) + '==',
    SLACK_BOT_TOKEN: () => `xoxb-${s(DIG, 12)}-${s(DIG, 13)}-${s(ALNUM, 24)}`, SLACK_USER_TOKEN: () => `xoxp-${s(DIG, 12)}-${s(DIG, 12)}-${s(DIG, 13)}-${s(HEX, 32)}`,
    SLACK_APP_TOKEN: () => `xapp-1-A${s(UPNUM, 10)}-${s(DIG, 13)}-${s(HEX, 64)}`, SLACK_WEBHOOK_SECRET: () => `T${s(UPNUM, 10)}/B${s(UPNUM, 10)}/${s(ALNUM, 24)}`,
    STRIPE_SECRET_KEY: () => 'sk_live_51' + s(ALNUM, 97), STRIPE_RESTRICTED_KEY: () => 'rk_live_51' + s(ALNUM, 97), STRIPE_WEBHOOK_SECRET: () => 'whsec_' + s(ALNUM, 32),
    OPENAI_API_KEY: () => `sk-proj-${s(B64URL, 58)}T3BlbkFJ${s(B64URL, 58)}`, OPENAI_LEGACY_KEY: () => `sk-${s(ALNUM, 20)}T3BlbkFJ${s(ALNUM, 20)}`,
    OPENAI_SERVICE_ACCOUNT_KEY: () => `sk-svcacct-${s(B64URL, 58)}T3BlbkFJ${s(B64URL, 58)}`,
    ANTHROPIC_API_KEY: () => `sk-ant-api03-${s(B64URL, 93)}AA`, ANTHROPIC_ADMIN_KEY: () => `sk-ant-admin01-${s(B64URL, 93)}AA`,
    JWT: () => jwt(),
    GOOGLE_API_KEY: () => 'AIza' + s(B64URL, 35), GOOGLE_OAUTH_CLIENT_SECRET: () => 'GOCSPX-' + s(B64URL, 28),
    AZURE_STORAGE_ACCOUNT_KEY: () => s(B64, 86) + '==', AZURE_CLIENT_SECRET: () => `${s(ALNUM, 3)}${r.int(7, 8)}Q~${s(ALNUM + '._-', 34)}`,
    AZURE_SAS_SIGNATURE: () => encodeURIComponent(b64bytes(32)), AZURE_DEVOPS_PAT: () => s(LOW + '234567', 52),
    TWILIO_AUTH_TOKEN: () => s(HEX, 32), TWILIO_API_KEY: () => 'SK' + s(HEX, 32),
    SENDGRID_API_KEY: () => `SG.${s(B64URL, 22)}.${s(B64URL, 43)}`, MAILGUN_API_KEY: () => 'key-' + s(HEX, 32), MAILCHIMP_API_KEY: () => `${s(HEX, 32)}-us${r.int(1, 21)}`,
    NPM_TOKEN: () => 'npm_' + s(ALNUM, 36), NUGET_API_KEY: () => 'oy2' + s(LOW + '234567', 43), DOCKERHUB_PAT: () => 'dckr_pat_' + s(B64URL, 27),
    GITLAB_PAT: () => 'glpat-' + s(B64URL, 20), GITLAB_RUNNER_TOKEN: () => 'glrt-' + s(B64URL, 20), GITLAB_DEPLOY_TOKEN: () => 'gldt-' + s(B64URL, 20),
    GITLAB_PIPELINE_TRIGGER: () => 'glptt-' + s(HEX, 40), BITBUCKET_APP_PASSWORD: () => 'ATBB' + s(ALNUM, 32) + s(HEXU, 8),
    HEROKU_API_KEY: () => 'HRKU-' + r.uuid(), DIGITALOCEAN_TOKEN: () => 'dop_v1_' + s(HEX, 64), DIGITALOCEAN_OAUTH_TOKEN: () => 'doo_v1_' + s(HEX, 64),
    SHOPIFY_ACCESS_TOKEN: () => 'shpat_' + s(HEX, 32), SHOPIFY_SHARED_SECRET: () => 'shpss_' + s(HEX, 32), SHOPIFY_CUSTOM_APP_TOKEN: () => 'shpca_' + s(HEX, 32),
    HUGGINGFACE_TOKEN: () => 'hf_' + s(UP + LOW, 34), DATADOG_API_KEY: () => s(HEX, 32), DATADOG_APP_KEY: () => s(HEX, 40),
    NEWRELIC_LICENSE_KEY: () => s(HEX, 36) + 'NRAL', NEWRELIC_USER_KEY: () => 'NRAK-' + s(UPNUM, 27),
    SENTRY_AUTH_TOKEN: () => 'sntryu_' + s(HEX, 64), SENTRY_DSN_KEY: () => s(HEX, 32), PAGERDUTY_API_KEY: () => 'u+' + s(B64URL, 18),
    LINEAR_API_KEY: () => 'lin_api_' + s(ALNUM, 40), NOTION_TOKEN: () => 'ntn_' + s(DIG, 11) + s(ALNUM, 35), ATLASSIAN_API_TOKEN: () => 'ATATT3xFfGF0' + s(B64URL, 170) + '=' + s(HEXU, 8),
    OKTA_API_TOKEN: () => '00' + s(B64URL, 40), AUTH0_CLIENT_SECRET: () => s(B64URL, 64), CLOUDFLARE_API_TOKEN: () => s(B64URL, 40), CLOUDFLARE_GLOBAL_API_KEY: () => s(HEX, 37),
    FASTLY_API_TOKEN: () => s(B64URL, 32), VERCEL_TOKEN: () => s(ALNUM, 24), NETLIFY_TOKEN: () => 'nfp_' + s(ALNUM, 36),
    SUPABASE_SERVICE_KEY: () => 'sbp_' + s(HEX, 40), PLANETSCALE_PASSWORD: () => 'pscale_pw_' + s(B64URL, 43), PLANETSCALE_TOKEN: () => 'pscale_tkn_' + s(B64URL, 43),
    DATABRICKS_TOKEN: () => 'dapi' + s(HEX, 32), TERRAFORM_CLOUD_TOKEN: () => `${s(ALNUM, 14)}.atlasv1.${s(ALNUM, 67)}`,
    VAULT_TOKEN: () => 'hvs.' + s(B64URL, 24), VAULT_BATCH_TOKEN: () => 'hvb.' + s(B64URL, 138), CONSUL_ACL_TOKEN: () => r.uuid(),
    PULUMI_TOKEN: () => 'pul-' + s(HEX, 40), DOPPLER_TOKEN: () => 'dp.st.' + r.pick(['prd', 'dev', 'stg']) + '.' + s(ALNUM, 43),
    POSTMAN_API_KEY: () => `PMAK-${s(HEX, 24)}-${s(HEX, 34)}`, GRAFANA_SERVICE_ACCOUNT_TOKEN: () => `glsa_${s(ALNUM, 32)}_${s(HEX, 8)}`,
    GRAFANA_CLOUD_TOKEN: () => 'glc_' + Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: 'stack-' + s(LOWNUM, 5) + '-token', k: s(ALNUM, 24), m: { r: 'eu' } })).toString('base64').replace(/=+$/, ''),
    CIRCLECI_TOKEN: () => 'CCIPAT_' + s(ALNUM, 22) + '_' + s(HEX, 40), TRAVIS_CI_TOKEN: () => s(B64URL, 22), SNYK_TOKEN: () => r.uuid(),
    SONARQUBE_TOKEN: () => r.pick(['squ_', 'sqp_', 'sqa_']) + s(HEX, 40), ALGOLIA_ADMIN_KEY: () => s(HEX, 32),
    MAPBOX_SECRET_TOKEN: () => 'sk.eyJ1Ijoi' + s(B64URL, 40) + '.' + s(B64URL, 22),
    FIREBASE_SERVER_KEY: () => 'AAAA' + s(B64URL, 7) + ':APA91b' + s(B64URL, 134),
    DISCORD_BOT_TOKEN: () => `${Buffer.from(String(r.int(1e17, 9e17))).toString('base64').replace(/=+$/, '')}.${s(B64URL, 6)}.${s(B64URL, 38)}`,
    DISCORD_WEBHOOK_TOKEN: () => s(B64URL, 68), TELEGRAM_BOT_TOKEN: () => `${r.int(1000000000, 7999999999)}:AA${s(B64URL, 33)}`,
    TWITCH_CLIENT_SECRET: () => s(LOWNUM, 30), FACEBOOK_ACCESS_TOKEN: () => 'EAA' + s(ALNUM, 180), TWITTER_BEARER_TOKEN: () => 'AAAAAAAAAAAAAAAAAAAAA' + s(ALNUM, 25) + '%3D' + s(ALNUM, 50),
    LINKEDIN_CLIENT_SECRET: () => 'WPL_AP1.' + s(ALNUM, 16) + '.' + s(B64, 8) + '==', SQUARE_ACCESS_TOKEN: () => 'EAAA' + s(B64URL, 60), SQUARE_OAUTH_SECRET: () => 'sq0csp-' + s(B64URL, 43),
    PAYPAL_CLIENT_SECRET: () => 'E' + s(B64URL, 79), BRAINTREE_ACCESS_TOKEN: () => `access_token$production$${s(LOWNUM, 16)}$${s(HEX, 32)}`,
    ADYEN_API_KEY: () => 'AQE' + s(ALNUM, 40) + '+' + s(B64, 60), PLAID_SECRET: () => s(HEX, 30), COINBASE_API_SECRET: () => s(B64, 86) + '==',
    SHIPPO_TOKEN: () => 'shippo_live_' + s(HEX, 40), EASYPOST_API_KEY: () => 'EZAK' + s(HEX, 54), LOB_API_KEY: () => 'live_' + s(HEX, 35),
    POSTMARK_SERVER_TOKEN: () => r.uuid(), MAILJET_SECRET_KEY: () => s(HEX, 32), BREVO_API_KEY: () => `xkeysib-${s(HEX, 64)}-${s(ALNUM, 16)}`, MANDRILL_API_KEY: () => 'md-' + s(B64URL, 22),
    ZENDESK_API_TOKEN: () => s(ALNUM, 40), INTERCOM_ACCESS_TOKEN: () => 'dG9rOj' + s(B64, 54) + '=', HUBSPOT_PRIVATE_APP_TOKEN: () => 'pat-na1-' + r.uuid(),
    SALESFORCE_CONSUMER_SECRET: () => s(HEXU, 64), ASANA_PAT: () => `2/${s(DIG, 16)}/${s(DIG, 16)}:${s(HEX, 32)}`, CLICKUP_TOKEN: () => `pk_${s(DIG, 8)}_${s(UPNUM, 32)}`,
    AIRTABLE_PAT: () => `pat${s(ALNUM, 14)}.${s(HEX, 64)}`, FIGMA_TOKEN: () => 'figd_' + s(B64URL, 40), DROPBOX_TOKEN: () => 'sl.B' + s(B64URL, 135),
    BOX_CLIENT_SECRET: () => s(ALNUM, 32), CONTENTFUL_TOKEN: () => 'CFPAT-' + s(B64URL, 43),
    AGE_SECRET_KEY: () => 'AGE-SECRET-KEY-1' + s('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
    ARTIFACTORY_API_KEY: () => 'AKCp8' + s(ALNUM, 68), JFROG_ACCESS_TOKEN: () => 'cmVmdGtuOjAxOjE3' + s(ALNUM, 48),
    ALIBABA_ACCESS_KEY_ID: () => 'LTAI5t' + s(ALNUM, 18), ALIBABA_ACCESS_KEY_SECRET: () => s(ALNUM, 30), TENCENT_SECRET_ID: () => 'AKID' + s(ALNUM, 32), TENCENT_SECRET_KEY: () => s(ALNUM, 32),
    IBM_CLOUD_API_KEY: () => s(B64URL, 44), YANDEX_API_KEY: () => 'AQVN' + s(B64URL, 36), YANDEX_IAM_TOKEN: () => 't1.' + s(B64URL, 90) + '.' + s(B64URL, 86),
    SAUCELABS_ACCESS_KEY: () => r.uuid(), BROWSERSTACK_ACCESS_KEY: () => s(ALNUM, 20), NGROK_AUTHTOKEN: () => `2${s(ALNUM, 26)}_${s(ALNUM, 21)}`,
    TAILSCALE_AUTH_KEY: () => `tskey-auth-k${s(ALNUM, 11)}CNTRL-${s(ALNUM, 33)}`, FLY_IO_TOKEN: () => 'FlyV1 fm2_' + s(B64URL, 180), RENDER_API_KEY: () => 'rnd_' + s(ALNUM, 32),
    RAILWAY_TOKEN: () => r.uuid(), CODECOV_TOKEN: () => r.uuid(), REPLICATE_API_TOKEN: () => 'r8_' + s(ALNUM, 37), GROQ_API_KEY: () => 'gsk_' + s(ALNUM, 52),
    MISTRAL_API_KEY: () => s(ALNUM, 32), COHERE_API_KEY: () => s(ALNUM, 40), PERPLEXITY_API_KEY: () => 'pplx-' + s(ALNUM, 48), XAI_API_KEY: () => 'xai-' + s(ALNUM, 80),
    DEEPSEEK_API_KEY: () => 'sk-' + s(HEX, 32), PINECONE_API_KEY: () => 'pcsk_' + s(ALNUM, 5) + '_' + s(ALNUM, 63), LANGSMITH_API_KEY: () => `lsv2_pt_${s(HEX, 32)}_${s(HEX, 10)}`,
    ELEVENLABS_API_KEY: () => 'sk_' + s(HEX, 48), WANDB_API_KEY: () => s(HEX, 40), OPENROUTER_API_KEY: () => 'sk-or-v1-' + s(HEX, 64), RECAPTCHA_SECRET: () => '6L' + s(B64URL, 38),
    ONEPASSWORD_SERVICE_ACCOUNT_TOKEN: () => 'ops_eyJ' + s(B64URL, 300), BITWARDEN_ACCESS_TOKEN: () => `0.${r.uuid()}.${s(ALNUM, 30)}:${s(B64, 22)}==`,
    ETHEREUM_PRIVATE_KEY: () => '0x' + s(HEX, 64),
    BITCOIN_WIF_PRIVATE_KEY: () => b58check(Buffer.concat([Buffer.from([0x80]), sha256(Buffer.from(s(ALNUM, 40))), Buffer.from([1])])),
    WIREGUARD_PRIVATE_KEY: () => b64bytes(32), TOTP_SEED: () => s(B32, 32), APPLE_APP_SPECIFIC_PASSWORD: () => `${s(LOW, 4)}-${s(LOW, 4)}-${s(LOW, 4)}-${s(LOW, 4)}`,
    DJANGO_SECRET_KEY: () => 'django-insecure-' + s(LOWNUM + '!@#%^&*(-_=+)', 50).replace(/[()]/g, 'k'), RAILS_SECRET_KEY_BASE: () => s(HEX, 128),
    RAILS_MASTER_KEY: () => s(HEX, 32), LARAVEL_APP_KEY: () => 'base64:' + b64bytes(32), FLASK_SECRET_KEY: () => s(HEX, 48), NEXTAUTH_SECRET: () => b64bytes(32),
    SESSION_SECRET: () => s(ALNUM, 48), JWT_SIGNING_SECRET: () => s(B64URL, r.int(32, 64)), SYMFONY_APP_SECRET: () => s(HEX, 32), PHOENIX_SECRET_KEY_BASE: () => s(B64URL, 64),
    ASPNET_MACHINE_KEY: () => s(HEXU, 64), ENCRYPTION_KEY: () => r.chance(0.5) ? s(HEX, 64) : b64bytes(32), HMAC_SECRET: () => s(HEX, 64), WEBHOOK_SECRET: () => s(ALNUM, 40),
    DATABASE_PASSWORD: () => r.chance(0.5) ? human() : strong(), REDIS_PASSWORD: () => strong(r.int(16, 40)), RABBITMQ_PASSWORD: () => r.chance(0.5) ? human() : strong(),
    SMTP_PASSWORD: () => r.chance(0.5) ? human() : strong(), LDAP_BIND_PASSWORD: () => strong(), SSH_PASSWORD: () => human(), FTP_PASSWORD: () => human(),
    MONGODB_PASSWORD: () => strong(), KEYSTORE_PASSWORD: () => human(), SNMP_COMMUNITY: () => r.pick(['n0c-', 'mon', 'ro_']) + s(LOWNUM, 10), RADIUS_SHARED_SECRET: () => strong(20),
    IPSEC_PSK: () => strong(32), PASSWORD: () => human(), ADMIN_PASSWORD: () => r.chance(0.5) ? human() : strong(), WIFI_PASSWORD: () => r.chance(0.6) ? human() : strong(r.int(12, 20)),
    API_KEY: () => r.pick([() => s(HEX, 32), () => s(ALNUM, 40), () => s(B64URL, 43), () => r.uuid().replace(/-/g, '')])(),
    CLIENT_SECRET: () => s(B64URL, r.int(32, 48)), API_SECRET: () => s(ALNUM, r.int(32, 64)), AUTH_KEY: () => s(HEXU, 40), SIGNING_KEY: () => s(B64URL, 44),
    ACCESS_TOKEN: () => s(B64URL, r.int(40, 72)), REFRESH_TOKEN: () => s(ALNUM, 64), BEARER_TOKEN: () => s(ALNUM + '._-', 48).replace(/^[._-]|[._-]$/g, 'x'), SHARED_SECRET: () => s(ALNUM, 32),
    PRIVATE_KEY: () => pem(r),
    BASIC_AUTH_CREDENTIALS: () => Buffer.from(`${r.pick(['deploy', 'ci', 'admin', 'svc_backup', 'grafana'])}:${strong()}`).toString('base64'),
    DOCKER_REGISTRY_AUTH: () => Buffer.from(`${r.pick(['robot$ci', 'builder', '_json_key_x'])}:${strong(24)}`).toString('base64'),
    KUBERNETES_SECRET_DATA: () => Buffer.from(strong(r.int(16, 32))).toString('base64'),
  };
  const gen = (e) => { const f = T[e]; if (!f) throw new Error('no secret ' + e); return { e, v: f() }; };
  return { T, gen, human, strong, jwt, kinds: Object.keys(T) };
}

// ---- PEM private keys with a real DER / openssh structure ----
function wrap(b64, n) { return b64.match(new RegExp(`.{1,${n}}`, 'g')); }
function derLen(n) { return n < 128 ? [n] : n < 256 ? [0x81, n] : [0x82, n >> 8, n & 255]; }
function tlv(tag, body) { return Buffer.concat([Buffer.from([tag, ...derLen(body.length)]), body]); }
function dint(buf) { if (buf[0] & 0x80) buf = Buffer.concat([Buffer.from([0]), buf]); return tlv(0x02, buf); }
function rnd(r, n) { return Buffer.from(Array.from({ length: n }, () => r.int(0, 255))); }
function sshStr(b) { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); }
export function pemBody(r, type) {
  if (type === 'RSA' || type === 'PKCS8') {
    const bits = r.pick([1024, 2048]); const nb = bits / 8;
    const rsa = tlv(0x30, Buffer.concat([dint(Buffer.from([0])), dint(rnd(r, nb)), dint(Buffer.from([1, 0, 1])), dint(rnd(r, nb)), dint(rnd(r, nb / 2)), dint(rnd(r, nb / 2)), dint(rnd(r, nb / 2)), dint(rnd(r, nb / 2)), dint(rnd(r, nb / 2))]));
    if (type === 'RSA') return ['RSA PRIVATE KEY', rsa];
    const alg = Buffer.from('300d06092a864886f70d0101010500', 'hex');
    return ['PRIVATE KEY', tlv(0x30, Buffer.concat([dint(Buffer.from([0])), alg, tlv(0x04, rsa)]))];
  }
  if (type === 'EC') return ['EC PRIVATE KEY', Buffer.concat([Buffer.from('30770201010420', 'hex'), rnd(r, 32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), rnd(r, 64)])];
  if (type === 'ED25519') return ['PRIVATE KEY', Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), rnd(r, 32)])];
  // OPENSSH ed25519
  const pub = rnd(r, 32); const priv = Buffer.concat([rnd(r, 32), pub]);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]); const ci = rnd(r, 4);
  let sec = Buffer.concat([ci, ci, sshStr('ssh-ed25519'), sshStr(pub), sshStr(priv), sshStr(`${r.pick(['deploy', 'ops', 'build'])}@${r.pick(['bastion', 'laptop', 'ci-runner'])}`)]);
  const pad = []; for (let i = 1; (sec.length + pad.length) % 8; i++) pad.push(i); sec = Buffer.concat([sec, Buffer.from(pad)]);
  return ['OPENSSH PRIVATE KEY', Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), Buffer.from([0, 0, 0, 1]), sshStr(pubBlob), sshStr(sec)])];
}
export function pem(r, type = r.pick(['RSA', 'PKCS8', 'EC', 'ED25519', 'OPENSSH']), { indent = '', nl = '\n' } = {}) {
  const [label, der] = pemBody(r, type);
  const lines = [`-----BEGIN ${label}-----`, ...wrap(der.toString('base64'), type === 'OPENSSH' ? 70 : 64), `-----END ${label}-----`];
  return lines.join(nl + indent);
}
export function pgpKey(r) {
  const body = wrap(rnd(r, r.int(300, 500)).toString('base64'), 64);
  return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...body, '=' + rnd(r, 3).toString('base64'), '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
}
