// blind13 secret generators: each kind = entity name, value generator, key names seen in configs.
import { A, str, mixed, int, pick, chance, bytes, ghToken, der, derInt, derSmall, wrap, S, words, pad, deck, rnd } from './lib.mjs';

const W = words(`amber anchor apple autumn badger banjo basil beacon birch biscuit blossom bramble breeze canyon cactus captain cedar cherry cinnamon clover cobalt comet copper coral cosmos crimson daisy dolphin dragon ember falcon fennel forest galaxy garnet ginger glacier granite harbor hazel horizon jasmine juniper kettle lantern lemon lilac lobster maple marble meadow mango monkey nebula nutmeg ocean olive orchid otter panda pepper pebble phoenix pine pickle quartz rabbit raven river rocket saffron salmon sparrow spruce summer sunset tiger thunder tulip velvet violet walnut willow winter wizard zebra`);
const WDE = words(`sonne katze himmel wolke apfel birne sommer winter blume garten hafen`);
const SYM = '!#$%&*-_.+?=';
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const leet = (s) => s.replace(/[aeio]/g, (c) => (chance(0.35) ? { a: '@', e: '3', i: '1', o: '0' }[c] : c));
// passwords people choose (no leading/trailing whitespace, no quotes/backslashes)
export function humanPassword(urlSafe = false) {
  const sym = urlSafe ? '!*-_.' : SYM;
  const f = int(0, 7);
  if (f === 0) return cap(pick(W)) + pick(sym) + int(1960, 2026);
  if (f === 1) return leet(cap(pick(W))) + leet(pick(W)) + int(1, 99) + pick(sym);
  if (f === 2) return [pick(W), pick(W), pick(W), pick(W)].join(urlSafe ? pick(['-', '.', '_']) : pick(['-', '.', '_', ' ']));
  if (f === 3) return 'My' + cap(pick(W)) + pick(sym) + cap(pick(W)) + int(10, 99);
  if (f === 4) return cap(pick(WDE)) + pick(['!', '#', '*']) + cap(pick(WDE)) + int(100, 999);
  if (f === 5) return pick(W) + int(1, 9) + cap(pick(W)) + int(1, 9) + pick(sym) + pick(W);
  if (f === 6) return cap(pick(W)) + cap(pick(W)) + '@' .replace('@', urlSafe ? '_' : '@') + int(2000, 2026);
  return str(A.b62 + (urlSafe ? '-_' : '!#%&*'), int(12, 20)).replace(/^[^A-Za-z0-9]|[^A-Za-z0-9]$/g, 'Q');
}
export function randomPassword(n = int(14, 32)) { return mixed(A.b62, n - 3) + pick('!#%*-_.') + str(A.b62, 2); }
const b64 = (n) => bytes(n).toString('base64');
const b64u = (n) => bytes(n).toString('base64url');
const uuid = () => { const h = str(A.hex, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick('89ab')}${h.slice(17, 20)}-${h.slice(20, 32)}`; };
export const genericKeys = words(`upstream_auth svc_cred bridgeToken sigMaterial license_blob relay_secret x_api_k partner_passphrase ingest_credential vault_unseal_hint apiCredential gatewayKey backend_access_phrase integration_secret_value auth_material connectorToken peer_psk tenant_auth_string sync_pass shared_key_v2 callback_hmac access_blob`);

export function jwt(rs = false) {
  const hdr = rs ? { alg: pick(['RS256', 'ES256', 'PS256']), typ: 'JWT', kid: str(A.b62, 12) } : { alg: pick(['HS256', 'HS512']), typ: 'JWT' };
  const now = int(1700000000, 1790000000);
  const pl = pick([
    { sub: String(int(1000, 999999)), iat: now, exp: now + 3600 },
    { sub: uuid(), role: pick(['admin', 'service_role', 'reader']), iat: now },
    { iss: 'https://auth.corp.example/', aud: pick(['api', 'billing', 'internal']), scope: 'read write', iat: now, exp: now + 86400 },
    { uid: int(1, 99999), tenant: pick(['acme', 'north', 'blue']), exp: now + 900 },
  ]);
  const e = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${e(hdr)}.${e(pl)}.${b64u(rs ? 256 : 32)}`;
}
function pemBody(buf, w = 64) { return wrap(buf.toString('base64'), w); }
export function pem(kind) {
  let label, body, w = 64;
  if (kind === 'rsa' || kind === 'pkcs8') {
    const bits = pick([1024, 2048, 2048]);
    const n = bits / 8, h = n / 2;
    const pk1 = der(0x30, Buffer.concat([derSmall(0), derInt(n), der(0x02, Buffer.from([1, 0, 1])), derInt(n), derInt(h), derInt(h), derInt(h), derInt(h), derInt(h)]));
    if (kind === 'rsa') { label = 'RSA PRIVATE KEY'; body = pemBody(pk1); }
    else {
      const alg = der(0x30, Buffer.concat([der(0x06, Buffer.from('2a864886f70d010101', 'hex')), Buffer.from([5, 0])]));
      label = 'PRIVATE KEY'; body = pemBody(der(0x30, Buffer.concat([derSmall(0), alg, der(0x04, pk1)])));
    }
  } else if (kind === 'ec') {
    const ec = der(0x30, Buffer.concat([derSmall(1), der(0x04, bytes(32)), der(0xa0, der(0x06, Buffer.from('2a8648ce3d030107', 'hex'))), der(0xa1, der(0x03, Buffer.concat([Buffer.from([0, 4]), bytes(64)])))]));
    label = 'EC PRIVATE KEY'; body = pemBody(ec);
  } else if (kind === 'openssh') {
    const s = (b) => { const x = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(x.length); return Buffer.concat([l, x]); };
    const u32 = (v) => { const l = Buffer.alloc(4); l.writeUInt32BE(v); return l; };
    const pub = bytes(32); const pubBlob = Buffer.concat([s('ssh-ed25519'), s(pub)]);
    const ck = bytes(4);
    let priv = Buffer.concat([ck, ck, s('ssh-ed25519'), s(pub), s(Buffer.concat([bytes(32), pub])), s(pick(['deploy@ci-01', 'ops@bastion', 'me@laptop']))]);
    const padn = (8 - (priv.length % 8)) % 8; priv = Buffer.concat([priv, Buffer.from(Array.from({ length: padn }, (_, i) => i + 1))]);
    const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), s('none'), s('none'), s(''), u32(1), s(pubBlob), s(priv)]);
    label = 'OPENSSH PRIVATE KEY'; w = 70; body = pemBody(all, 70);
  } else {
    // PGP armored secret key (packet tag 0xC5 = secret key, new format)
    const pkt = Buffer.concat([Buffer.from([0xc5, 0xff]), bytes(int(380, 560))]);
    const lines = pemBody(pkt, 64);
    return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...lines, '=' + b64(3), '-----END PGP PRIVATE KEY BLOCK-----'];
  }
  void w;
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`];
}
export const pemText = (lines, indent = '') => lines.map((l, i) => (i && l ? indent : '') + l).join('\n');

const awsKey = (p) => p + str(A.b32.replace(/[0189]/g, ''), 16);
// [entity, generator, keys]
export const KINDS = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', () => ghToken('ghp_'), ['GITHUB_TOKEN', 'gh_token', 'GH_PAT', 'github.token']],
  ['GITHUB_OAUTH_TOKEN', () => ghToken('gho_'), ['oauth_token', 'GH_OAUTH']],
  ['GITHUB_APP_INSTALLATION_TOKEN', () => ghToken('ghs_'), ['INSTALLATION_TOKEN', 'gh_app_token']],
  ['GITHUB_USER_TO_SERVER_TOKEN', () => ghToken('ghu_'), ['GH_USER_TOKEN']],
  ['GITHUB_REFRESH_TOKEN', () => ghToken('ghr_'), ['gh_refresh']],
  ['GITHUB_FINE_GRAINED_PAT', () => 'github_pat_11' + str(A.updig, 20) + '_' + str(A.b62, 59), ['GH_FG_TOKEN', 'repoToken']],
  ['AWS_ACCESS_KEY', () => awsKey('AKIA'), ['aws_access_key_id', 'AWS_ACCESS_KEY_ID', 'accessKeyId']],
  ['AWS_TEMPORARY_ACCESS_KEY', () => awsKey('ASIA'), ['aws_access_key_id', 'AccessKeyId']],
  ['AWS_SECRET_KEY', () => mixed(A.b62 + '/+', 40), ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'secretAccessKey']],
  ['AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2VjE' + str(A.b64, int(180, 260)), ['aws_session_token', 'SessionToken']],
  ['SLACK_BOT_TOKEN', () => `xoxb-${int(1e10, 9e11)}-${int(1e12, 9e12)}-${str(A.b62, 24)}`, ['SLACK_BOT_TOKEN', 'slack.bot_token']],
  ['SLACK_USER_TOKEN', () => `xoxp-${int(1e10, 9e11)}-${int(1e10, 9e11)}-${int(1e12, 9e12)}-${str(A.hex, 32)}`, ['SLACK_USER_TOKEN']],
  ['SLACK_APP_TOKEN', () => `xapp-1-A${str(A.updig, 10)}-${int(1e12, 9e12)}-${str(A.hex, 64)}`, ['SLACK_APP_TOKEN', 'socket_token']],
  ['SLACK_WEBHOOK_SECRET', () => `T${str(A.updig, 10)}/B${str(A.updig, 10)}/${str(A.b62, 24)}`, ['slack_webhook_path']],
  ['STRIPE_SECRET_KEY', () => 'sk_live_' + str(A.b62, pick([24, 99])), ['STRIPE_SECRET_KEY', 'stripe.secret', 'stripeKey']],
  ['STRIPE_RESTRICTED_KEY', () => 'rk_live_' + str(A.b62, 99), ['STRIPE_RESTRICTED']],
  ['STRIPE_WEBHOOK_SECRET', () => 'whsec_' + str(A.b62, 32), ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret']],
  ['OPENAI_API_KEY', () => 'sk-proj-' + str(A.b64u, 74) + 'T3BlbkFJ' + str(A.b64u, 74), ['OPENAI_API_KEY', 'openai.api_key', 'llm_key']],
  ['OPENAI_LEGACY_KEY', () => 'sk-' + str(A.b62, 20) + 'T3BlbkFJ' + str(A.b62, 20), ['OPENAI_KEY']],
  ['ANTHROPIC_API_KEY', () => 'sk-ant-api03-' + str(A.b64u, 93) + 'AA', ['ANTHROPIC_API_KEY', 'claude_key']],
  ['ANTHROPIC_ADMIN_KEY', () => 'sk-ant-admin01-' + str(A.b64u, 93) + 'AA', ['ANTHROPIC_ADMIN_KEY']],
  ['JWT', () => jwt(chance(0.4)), ['id_token', 'access_token', 'SUPABASE_SERVICE_ROLE_KEY', 'authToken']],
  ['GOOGLE_API_KEY', () => 'AIza' + str(A.b64u, 35), ['GOOGLE_API_KEY', 'maps_key', 'GEMINI_API_KEY']],
  ['GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + str(A.b64u, 28), ['client_secret', 'GOOGLE_CLIENT_SECRET']],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', () => '1//0' + str(A.b64u, 99), ['refresh_token']],
  ['AZURE_STORAGE_ACCOUNT_KEY', () => b64(64), ['AccountKey', 'AZURE_STORAGE_KEY']],
  ['AZURE_CLIENT_SECRET', () => str(A.b62, 3) + '8Q~' + str(A.b62 + '_.-', 34), ['AZURE_CLIENT_SECRET', 'clientSecret']],
  ['AZURE_SAS_SIGNATURE', () => encodeURIComponent(b64(32)), ['sig']],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', () => 'glpat-' + str(A.b64u, 20), ['GITLAB_TOKEN', 'CI_JOB_PAT']],
  ['GITLAB_RUNNER_TOKEN', () => 'glrt-' + str(A.b64u, 20), ['runner_token', 'token']],
  ['GITLAB_DEPLOY_TOKEN', () => 'gldt-' + str(A.b64u, 20), ['DEPLOY_TOKEN']],
  ['NPM_ACCESS_TOKEN', () => 'npm_' + str(A.b62, 36), ['_authToken', 'NPM_TOKEN']],
  ['PYPI_API_TOKEN', () => 'pypi-AgEIcHlwaS5vcmc' + str(A.b64u, 150), ['password', 'PYPI_TOKEN']],
  ['DOCKER_HUB_PAT', () => 'dckr_pat_' + str(A.b64u, 27), ['DOCKERHUB_TOKEN', 'registry_password']],
  ['HUGGINGFACE_TOKEN', () => 'hf_' + str(A.b62, 34), ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']],
  ['SENDGRID_API_KEY', () => 'SG.' + str(A.b64u, 22) + '.' + str(A.b64u, 43), ['SENDGRID_API_KEY', 'smtp_api_key']],
  ['TWILIO_AUTH_TOKEN', () => str(A.hex, 32), ['TWILIO_AUTH_TOKEN', 'twilio.auth_token']],
  ['TWILIO_API_KEY_SECRET', () => str(A.b62, 32), ['TWILIO_API_SECRET']],
  ['MAILGUN_API_KEY', () => 'key-' + str(A.hex, 32), ['MAILGUN_API_KEY']],
  ['MAILCHIMP_API_KEY', () => str(A.hex, 32) + '-us' + int(1, 21), ['MAILCHIMP_KEY']],
  ['SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + str(A.hex, 32), ['SHOPIFY_ADMIN_TOKEN']],
  ['SHOPIFY_SHARED_SECRET', () => 'shpss_' + str(A.hex, 32), ['SHOPIFY_API_SECRET']],
  ['DIGITALOCEAN_TOKEN', () => 'dop_v1_' + str(A.hex, 64), ['DIGITALOCEAN_TOKEN', 'do_token']],
  ['DATADOG_API_KEY', () => str(A.hex, 32), ['DD_API_KEY', 'datadog.api_key']],
  ['DATADOG_APP_KEY', () => str(A.hex, 40), ['DD_APP_KEY']],
  ['NEW_RELIC_LICENSE_KEY', () => str(A.hex, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY', 'license_key']],
  ['NEW_RELIC_USER_KEY', () => 'NRAK-' + str(A.updig, 27), ['NEW_RELIC_API_KEY']],
  ['SENTRY_AUTH_TOKEN', () => 'sntrys_' + Buffer.from(JSON.stringify({ iat: int(1.7e9, 1.8e9), url: 'https://sentry.corp.example', org: 'acme' })).toString('base64').replace(/=+$/, '') + '_' + str(A.b64u, 43), ['SENTRY_AUTH_TOKEN']],
  ['HEROKU_API_KEY', () => 'HRKU-AA' + str(A.b64u, 58), ['HEROKU_API_KEY']],
  ['TERRAFORM_CLOUD_TOKEN', () => str(A.b62, 14) + '.atlasv1.' + str(A.b62, 67), ['token', 'TFE_TOKEN']],
  ['HASHICORP_VAULT_TOKEN', () => 'hvs.' + str(A.b62 + '_-', 90), ['VAULT_TOKEN']],
  ['DOPPLER_TOKEN', () => 'dp.st.' + pick(['prd', 'dev', 'stg']) + '.' + str(A.b62, 43), ['DOPPLER_TOKEN']],
  ['PULUMI_ACCESS_TOKEN', () => 'pul-' + str(A.hex, 40), ['PULUMI_ACCESS_TOKEN']],
  ['CLOUDFLARE_API_TOKEN', () => str(A.b62 + '_-', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']],
  ['CLOUDFLARE_GLOBAL_API_KEY', () => str(A.hex, 37), ['CF_API_KEY']],
  ['LINEAR_API_KEY', () => 'lin_api_' + str(A.b62, 40), ['LINEAR_API_KEY']],
  ['NOTION_INTEGRATION_TOKEN', () => pick(['secret_', 'ntn_']) + str(A.b62, 43), ['NOTION_TOKEN']],
  ['ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + str(A.b64u, 170) + '=' + str(A.HEX, 8), ['JIRA_API_TOKEN', 'confluence_token']],
  ['DISCORD_BOT_TOKEN', () => Buffer.from(String(int(1e17, 9e17))).toString('base64').replace(/=+$/, '') + '.' + str(A.b64u, 6) + '.' + str(A.b64u, 38), ['DISCORD_TOKEN']],
  ['DISCORD_WEBHOOK_TOKEN', () => str(A.b64u, 68), ['discord_hook_token']],
  ['TELEGRAM_BOT_TOKEN', () => int(1e9, 8e9) + ':AA' + str(A.b64u, 33), ['TELEGRAM_BOT_TOKEN', 'tg_token']],
  ['SQUARE_ACCESS_TOKEN', () => 'EAAA' + str(A.b64u, 60), ['SQUARE_ACCESS_TOKEN']],
  ['PAYPAL_CLIENT_SECRET', () => 'E' + str(A.b64u, 79), ['PAYPAL_CLIENT_SECRET']],
  ['FACEBOOK_ACCESS_TOKEN', () => 'EAAB' + str(A.b62, 180), ['FB_ACCESS_TOKEN', 'page_token']],
  ['TWITTER_BEARER_TOKEN', () => 'AAAAAAAAAAAAAAAAAAAAA' + str(A.b62, 20) + '%3D' + str(A.b62, 50), ['TWITTER_BEARER_TOKEN', 'X_BEARER']],
  ['POSTMAN_API_KEY', () => `PMAK-${str(A.hex, 24)}-${str(A.hex, 34)}`, ['POSTMAN_API_KEY']],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', () => `glsa_${str(A.b62, 32)}_${str(A.hex, 8)}`, ['GRAFANA_TOKEN']],
  ['GRAFANA_CLOUD_TOKEN', () => 'glc_' + b64(60).replace(/=+$/, ''), ['GRAFANA_CLOUD_API_KEY']],
  ['CIRCLECI_PERSONAL_TOKEN', () => 'CCIPAT_' + str(A.b62, 22) + '_' + str(A.hex, 40), ['CIRCLE_TOKEN']],
  ['BITBUCKET_APP_PASSWORD', () => 'ATBB' + str(A.b62, 32) + str(A.HEX, 8), ['BITBUCKET_APP_PASSWORD']],
  ['CONFLUENT_API_SECRET', () => str(A.b62 + '+/', 64), ['sasl.password', 'CONFLUENT_SECRET']],
  ['DATABRICKS_TOKEN', () => 'dapi' + str(A.hex, 32), ['DATABRICKS_TOKEN']],
  ['SNYK_TOKEN', uuid, ['SNYK_TOKEN']],
  ['OKTA_API_TOKEN', () => '00' + str(A.b62 + '-_', 40), ['OKTA_API_TOKEN', 'okta.token']],
  ['AUTH0_CLIENT_SECRET', () => str(A.b64u, 64), ['AUTH0_CLIENT_SECRET']],
  ['ALGOLIA_ADMIN_KEY', () => str(A.hex, 32), ['ALGOLIA_ADMIN_API_KEY']],
  ['MAPBOX_SECRET_TOKEN', () => 'sk.eyJ1Ijoi' + str(A.b64u, 50) + '.' + str(A.b64u, 22), ['MAPBOX_SECRET_TOKEN']],
  ['FIREBASE_SERVER_KEY', () => 'AAAA' + str(A.b64u, 7) + ':APA91b' + str(A.b64u, 134), ['FCM_SERVER_KEY']],
  ['PLANETSCALE_PASSWORD', () => 'pscale_pw_' + str(A.b64u, 43), ['DATABASE_PASSWORD']],
  ['PLANETSCALE_SERVICE_TOKEN', () => 'pscale_tkn_' + str(A.b64u, 43), ['PLANETSCALE_SERVICE_TOKEN']],
  ['SUPABASE_ACCESS_TOKEN', () => 'sbp_' + str(A.hex, 40), ['SUPABASE_ACCESS_TOKEN']],
  ['VERCEL_TOKEN', () => str(A.b62, 24), ['VERCEL_TOKEN']],
  ['NETLIFY_TOKEN', () => 'nfp_' + str(A.b62, 36), ['NETLIFY_AUTH_TOKEN']],
  ['FLY_IO_TOKEN', () => 'fo1_' + str(A.b64u, 43), ['FLY_API_TOKEN']],
  ['AIRTABLE_PAT', () => 'pat' + str(A.b62, 14) + '.' + str(A.hex, 64), ['AIRTABLE_TOKEN']],
  ['ASANA_PAT', () => `2/${int(1e15, 9e15)}/${int(1e15, 9e15)}:${str(A.hex, 32)}`, ['ASANA_ACCESS_TOKEN']],
  ['CLICKUP_API_TOKEN', () => `pk_${int(1e7, 9e7)}_${str(A.updig, 32)}`, ['CLICKUP_TOKEN']],
  ['KUBERNETES_SECRET_DATA', () => Buffer.from(humanPassword()).toString('base64'), ['password']],
  ['DOCKER_CONFIG_AUTH', () => Buffer.from(pick(['deploy', 'ci-bot', 'robot$puller']) + ':' + randomPassword()).toString('base64'), ['auth']],
  ['BASIC_AUTH_CREDENTIALS', () => Buffer.from(pick(['admin', 'svc', 'grafana', 'ops']) + ':' + humanPassword()).toString('base64'), ['Authorization']],
  ['DATABASE_PASSWORD', () => (chance(0.5) ? randomPassword() : humanPassword(true)), ['DB_PASSWORD', 'password', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'spring.datasource.password', 'db_pass', 'pgpass']],
  ['REDIS_PASSWORD', () => str(A.b62, int(20, 40)), ['REDIS_PASSWORD', 'requirepass', 'redis.auth']],
  ['MONGODB_PASSWORD', () => randomPassword(), ['MONGO_INITDB_ROOT_PASSWORD', 'mongo_pw']],
  ['RABBITMQ_PASSWORD', () => humanPassword(true), ['RABBITMQ_DEFAULT_PASS', 'amqp_password']],
  ['SMTP_PASSWORD', () => humanPassword(), ['SMTP_PASSWORD', 'mail.smtp.password', 'EMAIL_HOST_PASSWORD']],
  ['LDAP_BIND_PASSWORD', () => humanPassword(), ['bind_password', 'LDAP_BIND_PW', 'bindCredential']],
  ['FTP_PASSWORD', () => humanPassword(true), ['ftp_pass', 'FTP_PASSWORD']],
  ['WIFI_PSK', () => [pick(W), pick(W), int(10, 99)].join(pick(['-', ''])), ['psk', 'wpa_passphrase']],
  ['SSH_PASSWORD', () => humanPassword(), ['ansible_ssh_pass', 'ssh_password']],
  ['ADMIN_PASSWORD', () => humanPassword(), ['ADMIN_PASSWORD', 'admin_pass', 'initialAdminPassword', 'GF_SECURITY_ADMIN_PASSWORD']],
  ['USER_PASSWORD', () => humanPassword(), ['password', 'pass', 'passwd', 'pwd']],
  ['PASSPHRASE', () => [pick(W), pick(W), pick(W), pick(W), pick(W)].join(' '), ['passphrase', 'key_passphrase', 'GPG_PASSPHRASE']],
  ['DJANGO_SECRET_KEY', () => 'django-insecure-' + str(A.lowdig + '!@#%^&*(-_=+)', 50).replace(/^[^a-z0-9]/, 'x').replace(/[^a-z0-9]$/, 'z'), ['SECRET_KEY', 'DJANGO_SECRET_KEY']],
  ['RAILS_SECRET_KEY_BASE', () => str(A.hex, 128), ['SECRET_KEY_BASE', 'secret_key_base']],
  ['RAILS_MASTER_KEY', () => str(A.hex, 32), ['RAILS_MASTER_KEY']],
  ['FLASK_SECRET_KEY', () => str(A.hex, 48), ['FLASK_SECRET_KEY', 'app.secret_key']],
  ['LARAVEL_APP_KEY', () => 'base64:' + b64(32), ['APP_KEY']],
  ['NEXTAUTH_SECRET', () => b64(32), ['NEXTAUTH_SECRET', 'AUTH_SECRET']],
  ['SESSION_SECRET', () => str(A.b64u, int(32, 64)), ['SESSION_SECRET', 'cookie_secret', 'session.secret']],
  ['JWT_SIGNING_SECRET', () => str(A.b62, int(32, 64)), ['JWT_SECRET', 'jwt.signing-key', 'tokenSigningKey']],
  ['ENCRYPTION_KEY', () => str(A.hex, 64), ['ENCRYPTION_KEY', 'data_key', 'aes_key', 'FIELD_ENC_KEY']],
  ['HMAC_SECRET', () => b64(48), ['HMAC_SECRET', 'signing_secret']],
  ['WEBHOOK_SIGNING_SECRET', () => str(A.b62, 40), ['WEBHOOK_SECRET', 'hook_signing_key']],
  ['GENERIC_API_KEY_HEX', () => str(A.hex, pick([24, 32, 40, 48, 64])), genericKeys.concat(['api_key', 'apikey', 'X-Api-Key'])],
  ['GENERIC_API_KEY_BASE62', () => mixed(A.b62, pick([20, 26, 32, 36, 45, 52])), genericKeys.concat(['api_key', 'key'])],
  ['GENERIC_TOKEN_BASE64', () => b64(pick([24, 33, 48, 66])), genericKeys.concat(['token', 'auth_token'])],
  ['GENERIC_TOKEN_BASE64URL', () => mixed(A.b64u, pick([22, 30, 43, 56, 86])), genericKeys.concat(['access_token', 'bearer'])],
  ['GENERIC_CLIENT_SECRET', () => mixed(A.b62 + '-_~.', pick([32, 40, 48])), ['client_secret', 'clientSecret', 'oauth.client-secret', 'app_secret', 'consumer_secret']],
  ['OAUTH_REFRESH_TOKEN', () => 'rt_' + str(A.b64u, 60), ['refresh_token', 'refreshToken']],
  ['AGE_SECRET_KEY', () => 'AGE-SECRET-KEY-1' + str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), ['age_key']],
  ['WIREGUARD_PRIVATE_KEY', () => b64(32), ['PrivateKey']],
  ['ETHEREUM_PRIVATE_KEY', () => '0x' + str(A.hex, 64), ['ETH_PRIVATE_KEY', 'deployer_key', 'WALLET_PK']],
  ['TAILSCALE_AUTH_KEY', () => `tskey-auth-k${str(A.b62, 16)}-${str(A.b62, 33)}`, ['TS_AUTHKEY']],
  ['NGROK_AUTHTOKEN', () => str(A.b62, 27) + '_' + str(A.b62, 21), ['NGROK_AUTHTOKEN', 'authtoken']],
  ['CLOUDINARY_API_SECRET', () => str(A.b64u, 27), ['CLOUDINARY_API_SECRET']],
  ['ALIBABA_ACCESS_KEY_ID', () => 'LTAI' + str(A.b62, 20), ['ALIBABA_CLOUD_ACCESS_KEY_ID']],
  ['ALIBABA_ACCESS_KEY_SECRET', () => str(A.b62, 30), ['ALIBABA_CLOUD_ACCESS_KEY_SECRET']],
  ['IBM_CLOUD_API_KEY', () => str(A.b64u, 44), ['IBMCLOUD_API_KEY']],
  ['SONARQUBE_TOKEN', () => pick(['squ_', 'sqp_', 'sqa_']) + str(A.hex, 40), ['SONAR_TOKEN', 'sonar.token']],
  ['JFROG_API_KEY', () => 'AKCp' + str(A.b62, 69), ['ARTIFACTORY_API_KEY']],
  ['NUGET_API_KEY', () => 'oy2' + str(A.lowdig, 43), ['NUGET_API_KEY']],
  ['RUBYGEMS_API_KEY', () => 'rubygems_' + str(A.hex, 48), ['GEM_HOST_API_KEY']],
  ['CRATES_IO_TOKEN', () => 'cio' + str(A.b62, 32), ['CARGO_REGISTRY_TOKEN']],
  ['CODECOV_TOKEN', uuid, ['CODECOV_TOKEN']],
  ['BUILDKITE_API_TOKEN', () => 'bkua_' + str(A.hex, 40), ['BUILDKITE_API_TOKEN']],
  ['PAGERDUTY_API_KEY', () => 'u+' + str(A.b64u, 18), ['PAGERDUTY_TOKEN']],
  ['SPLUNK_HEC_TOKEN', uuid, ['SPLUNK_HEC_TOKEN', 'hec_token']],
  ['ELASTIC_API_KEY', () => Buffer.from(str(A.b64u, 20) + ':' + str(A.b64u, 22)).toString('base64'), ['ELASTIC_API_KEY', 'es.api_key']],
  ['HONEYCOMB_API_KEY', () => 'hcaik_' + str(A.lowdig, 58), ['HONEYCOMB_API_KEY']],
  ['LAUNCHDARKLY_SDK_KEY', () => 'sdk-' + uuid(), ['LD_SDK_KEY']],
  ['SEGMENT_WRITE_KEY', () => str(A.b62, 32), ['SEGMENT_WRITE_KEY']],
  ['INTERCOM_ACCESS_TOKEN', () => 'dG9rOj' + str(A.b62, 54) + '=', ['INTERCOM_TOKEN']],
  ['ZENDESK_API_TOKEN', () => str(A.b62, 40), ['ZENDESK_API_TOKEN']],
  ['HUBSPOT_PRIVATE_APP_TOKEN', () => 'pat-' + pick(['na1', 'eu1']) + '-' + uuid(), ['HUBSPOT_ACCESS_TOKEN']],
  ['SALESFORCE_ACCESS_TOKEN', () => '00D' + str(A.b62, 12) + '!' + str(A.b62 + '._', 96), ['SF_ACCESS_TOKEN', 'sessionId']],
  ['PLAID_SECRET', () => str(A.hex, 30), ['PLAID_SECRET']],
  ['BRAINTREE_PRIVATE_KEY', () => str(A.hex, 32), ['BRAINTREE_PRIVATE_KEY']],
  ['ADYEN_API_KEY', () => 'AQE' + str(A.b62, 14) + '+' + str(A.b64, 100), ['ADYEN_API_KEY']],
  ['RAZORPAY_KEY_SECRET', () => str(A.b62, 24), ['RAZORPAY_KEY_SECRET']],
  ['FIGMA_PAT', () => 'figd_' + str(A.b64u, 40), ['FIGMA_TOKEN']],
  ['DROPBOX_ACCESS_TOKEN', () => 'sl.' + str(A.b64u, 135), ['DROPBOX_TOKEN']],
  ['REPLICATE_API_TOKEN', () => 'r8_' + str(A.b62, 37), ['REPLICATE_API_TOKEN']],
  ['GROQ_API_KEY', () => 'gsk_' + str(A.b62, 52), ['GROQ_API_KEY']],
  ['PERPLEXITY_API_KEY', () => 'pplx-' + str(A.b62, 48), ['PERPLEXITY_API_KEY']],
  ['MISTRAL_API_KEY', () => mixed(A.b62, 32), ['MISTRAL_API_KEY']],
  ['COHERE_API_KEY', () => mixed(A.b62, 40), ['CO_API_KEY']],
  ['DEEPSEEK_API_KEY', () => 'sk-' + str(A.hex, 32), ['DEEPSEEK_API_KEY']],
  ['XAI_API_KEY', () => 'xai-' + str(A.b62, 80), ['XAI_API_KEY']],
  ['LANGSMITH_API_KEY', () => `lsv2_pt_${str(A.hex, 32)}_${str(A.hex, 10)}`, ['LANGSMITH_API_KEY']],
  ['PINECONE_API_KEY', () => 'pcsk_' + str(A.b62, 6) + '_' + str(A.b62, 63), ['PINECONE_API_KEY']],
  ['WANDB_API_KEY', () => str(A.hex, 40), ['WANDB_API_KEY']],
  ['SPOTIFY_CLIENT_SECRET', () => str(A.hex, 32), ['SPOTIFY_CLIENT_SECRET']],
  ['APPLE_APP_SPECIFIC_PASSWORD', () => [0, 0, 0, 0].map(() => str(A.low, 4)).join('-'), ['APPLE_APP_PASSWORD', 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD']],
  ['TOTP_SEED', () => str(A.b32, pick([16, 32])), ['totp_secret', 'mfa_seed', 'otp_key']],
  ['SNMP_COMMUNITY', () => pick(W) + str(A.b62, 8), ['community', 'snmp_community']],
  ['MQTT_PASSWORD', () => randomPassword(), ['mqtt_password']],
  ['OPENVPN_STATIC_KEY', () => str(A.hex, 32), ['tls_auth_key']],
  ['BITCOIN_WIF_PRIVATE_KEY', () => null, ['wif']],
];
// WIF needs base58check; filled in by generate via lib (avoid cycle here)
import { b58check } from './lib.mjs';
KINDS[KINDS.length - 1][1] = () => b58check(Buffer.concat([Buffer.from([0x80]), bytes(32), Buffer.from([1])]));
export const PEM_KINDS = [['PRIVATE_KEY', 'rsa'], ['PRIVATE_KEY', 'pkcs8'], ['EC_PRIVATE_KEY', 'ec'], ['OPENSSH_PRIVATE_KEY', 'openssh'], ['PGP_PRIVATE_KEY', 'pgp']];

const next = deck(KINDS);
// a secret marker with a config key: { m, key }
export function secret() { const [e, g, keys] = next(); return { m: S(e, g()), key: pick(keys), entity: e }; }
export const byEntity = (e) => { const k = KINDS.find((x) => x[0] === e); return { m: S(e, k[1]()), key: pick(k[2]), entity: e }; };
export const pemMarker = (indent = '', escaped = false) => {
  const [e, k] = pick(PEM_KINDS); const lines = pem(k);
  return S(e, escaped ? lines.join('\\n') + '\\n'.slice(0, 0) : pemText(lines, indent));
};
// credentials without vendor prefix (the emphasis of this set)
const NOPREFIX = ['GENERIC_API_KEY_HEX', 'GENERIC_API_KEY_BASE62', 'GENERIC_TOKEN_BASE64', 'GENERIC_TOKEN_BASE64URL', 'GENERIC_CLIENT_SECRET', 'USER_PASSWORD', 'ADMIN_PASSWORD', 'DATABASE_PASSWORD', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'HMAC_SECRET', 'PASSPHRASE', 'SSH_PASSWORD', 'WEBHOOK_SIGNING_SECRET', 'JWT_SIGNING_SECRET', 'TWILIO_AUTH_TOKEN', 'DATADOG_API_KEY', 'VERCEL_TOKEN', 'ZENDESK_API_TOKEN', 'MISTRAL_API_KEY', 'COHERE_API_KEY', 'TOTP_SEED', 'REDIS_PASSWORD', 'CLOUDFLARE_API_TOKEN'];
const nextNP = deck(NOPREFIX);
export const noPrefix = () => byEntity(nextNP());
export const PW_ENT = ['USER_PASSWORD', 'ADMIN_PASSWORD', 'SSH_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD', 'FTP_PASSWORD'];
export const chosenPassword = (urlSafe = false) => S(pick(PW_ENT), humanPassword(urlSafe));
export { uuid, b64, b64u };
void pad; void rnd;
