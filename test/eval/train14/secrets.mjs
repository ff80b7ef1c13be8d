// Secret value generators: every value is format-valid and comes from the seeded PRNG.
import { B62, B64, B64URL, HEX, UPHEX, ALNUM, LOWALNUM, UPALNUM, B32, DIG, LOWER, UPPER, crc32, base62, crc24 } from './lib.mjs';

const b64 = (r, n) => r.bytes(n).toString('base64');
const b64u = (r, n) => r.bytes(n).toString('base64url');
const uuid = (r) => { const h = r.chars(HEX, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export { uuid };

function gh(r, pfx) { const body = r.chars(B62, 30); return `${pfx}_${body}${base62(crc32(body), 6)}`; }

export function jwt(r, extra = {}) {
  const alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const hdr = { alg, typ: 'JWT' }; if (alg !== 'HS256' && r.chance(0.5)) hdr.kid = r.chars(LOWALNUM, 12);
  const iat = 1767000000 + r.int(0, 20000000);
  const pl = { sub: r.pick(['user_', 'svc-', 'acct:']) + r.chars(LOWALNUM, 10), iat, exp: iat + r.pick([900, 3600, 86400]), ...extra };
  if (r.chance(0.5)) pl.scope = r.pick(['read write', 'admin', 'repo:read', 'openid profile email']);
  if (r.chance(0.4)) pl.iss = r.pick(['https://auth.corp.example', 'https://id.shop.test', 'urn:issuer:billing']);
  const sigLen = alg.startsWith('HS') ? (alg === 'HS512' ? 64 : 32) : alg === 'ES256' ? 64 : 256;
  return `${Buffer.from(JSON.stringify(hdr)).toString('base64url')}.${Buffer.from(JSON.stringify(pl)).toString('base64url')}.${r.bytes(sigLen).toString('base64url')}`;
}

function wrap(s, n) { const o = []; for (let i = 0; i < s.length; i += n) o.push(s.slice(i, i + n)); return o.join('\n'); }
function derLen(n) { return n < 128 ? Buffer.from([n]) : n < 256 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 255]); }
function der(tag, body) { return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]); }
function derInt(r, nbytes) { const b = r.bytes(nbytes); b[0] |= 0x80; return der(0x02, Buffer.concat([Buffer.from([0]), b])); }
export function rsaDer(r, bits = 2048) {
  const n = bits / 8, h = n / 2;
  return der(0x30, Buffer.concat([der(0x02, Buffer.from([0])), derInt(r, n), der(0x02, Buffer.from([1, 0, 1])), derInt(r, n), derInt(r, h), derInt(r, h), derInt(r, h), derInt(r, h), derInt(r, h)]));
}
export function pem(r, type) {
  let label, body;
  if (type === 'RSA') { label = 'RSA PRIVATE KEY'; body = rsaDer(r, r.pick([2048, 2048, 1024])); }
  else if (type === 'PKCS8') { const inner = rsaDer(r, 2048); body = der(0x30, Buffer.concat([der(0x02, Buffer.from([0])), der(0x30, Buffer.from('06092a864886f70d0101010500', 'hex')), der(0x04, inner)])); label = 'PRIVATE KEY'; }
  else if (type === 'EC') { label = 'EC PRIVATE KEY'; body = der(0x30, Buffer.concat([der(0x02, Buffer.from([1])), der(0x04, r.bytes(32)), Buffer.from('a00a06082a8648ce3d030107', 'hex'), Buffer.from('a144034200', 'hex'), Buffer.from([4]), r.bytes(64)])); }
  else if (type === 'OPENSSH') {
    const str = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
    const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
    const pub = r.bytes(32), priv = r.bytes(32); const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
    const ci = r.bytes(4);
    let sec = Buffer.concat([ci, ci, str('ssh-ed25519'), str(pub), str(Buffer.concat([priv, pub])), str(r.pick(['deploy@ci-runner', 'ops@bastion', 'jenkins@build-02']))]);
    const pad = []; for (let i = 1; sec.length + pad.length < Math.ceil(sec.length / 8) * 8 || (sec.length + pad.length) % 8; i++) pad.push(i);
    sec = Buffer.concat([sec, Buffer.from(pad)]);
    body = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pubBlob), str(sec)]);
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  } else if (type === 'PGP') {
    body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), r.bytes(r.int(900, 1000))]);
    const c = crc24(body); const cs = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64');
    return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${cs}\n-----END PGP PRIVATE KEY BLOCK-----`;
  }
  return `-----BEGIN ${label}-----\n${wrap(body.toString('base64'), 64)}\n-----END ${label}-----`;
}

const words = ['sunflower', 'Tiger', 'blue', 'Kaffee', 'maison', 'gato', 'dragon', 'summer', 'Winter', 'london', 'Bayern', 'rosebud', 'falcon', 'Pinguin', 'estrela', 'Sakura', 'monkey', 'hunter', 'kitten', 'Liverpool', 'tornado', 'Schatz', 'amore', 'pelota', 'kasia', 'zorro', 'chocolate', 'Barcelona', 'Mustang', 'shadow', 'cookie', 'Vesuvio', 'koala', 'nordlys', 'ciasteczko'];
export function humanPassword(r) {
  const w = r.pick(words); const y = r.pick(['1987', '2019', '77', '24', '2025', '123', '01', '99', '1990', '2026']);
  const s = r.pick(['!', '#', '$', '!!', '.', '*', '?', '_']);
  switch (r.int(0, 7)) {
    case 0: return w[0].toUpperCase() + w.slice(1) + y + s;
    case 1: return w + s + y;
    case 2: return w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + y;
    case 3: return r.pick(words) + r.pick(['-', '_', '.']) + r.pick(words) + r.int(1, 99);
    case 4: return w.toUpperCase() + s + y;
    case 5: return y + w + s;
    case 6: return r.pick(['Spring', 'Autumn', 'Summer', 'Welcome', 'Passwort', 'Motdepasse', 'Contrasena']) + y + s;
    default: return w + r.pick(words) + y;
  }
}
export function urlSafePassword(r) { return r.chars(ALNUM, r.int(12, 24)) + r.pick(['', '-', '_', '.', '~']) + r.chars(ALNUM, r.int(2, 6)); }
export function strongPassword(r) { return r.chars(ALNUM + '!#%^*-_=+.', r.int(16, 28)) ; }
const wpaWords = ['purple', 'otter', 'kitchen', 'ladder', 'sunny', 'garden', 'river', 'marmelade', 'balkon', 'tortuga', 'nuvola', 'zebra', 'biscuit', 'meadow', 'lantern'];
export function wifiPass(r) {
  switch (r.int(0, 3)) {
    case 0: return r.pick(wpaWords) + '-' + r.pick(wpaWords) + '-' + r.int(10, 9999);
    case 1: return humanPassword(r);
    case 2: return r.chars(ALNUM, r.int(12, 20));
    default: return r.pick(wpaWords)[0].toUpperCase() + r.pick(wpaWords).slice(1) + r.pick(wpaWords) + r.int(100, 999) + r.pick(['!', '?', '#']);
  }
}
export function randomToken(r) {
  switch (r.int(0, 5)) {
    case 0: return r.chars(HEX, r.pick([32, 40, 48, 64]));
    case 1: return r.chars(ALNUM, r.int(24, 48));
    case 2: return b64u(r, r.pick([24, 32, 33]));
    case 3: return b64(r, r.pick([30, 33, 48]));
    case 4: return r.chars(UPALNUM, 8) + '-' + r.chars(UPALNUM, 8) + '-' + r.chars(UPALNUM, 8) + '-' + r.chars(UPALNUM, 8);
    default: return r.chars(LOWALNUM, 20) + r.chars(UPPER, 6) + r.chars(DIG, 6);
  }
}

const azureSecret = (r) => r.chars(ALNUM, 3) + r.int(0, 9) + 'Q~' + r.chars(ALNUM + '._-~', 34);

// entity -> generator. Entity names are this set's own.
export const GEN = {
  GITHUB_PERSONAL_ACCESS_TOKEN: (r) => gh(r, 'ghp'),
  GITHUB_OAUTH_TOKEN: (r) => gh(r, 'gho'),
  GITHUB_USER_TO_SERVER_TOKEN: (r) => gh(r, 'ghu'),
  GITHUB_SERVER_TO_SERVER_TOKEN: (r) => gh(r, 'ghs'),
  GITHUB_REFRESH_TOKEN: (r) => gh(r, 'ghr'),
  GITHUB_FINE_GRAINED_PAT: (r) => `github_pat_11${r.chars(UPALNUM, 20)}_${r.chars(ALNUM, 59)}`,
  GITLAB_PERSONAL_ACCESS_TOKEN: (r) => `glpat-${r.chars(ALNUM + '-_', 20)}`,
  GITLAB_RUNNER_TOKEN: (r) => `glrt-${r.chars(ALNUM + '-_', 20)}`,
  GITLAB_DEPLOY_TOKEN: (r) => `gldt-${r.chars(ALNUM, 20)}`,
  AWS_ACCESS_KEY: (r) => 'AKIA' + r.chars(B32.replace(/[01]/g, ''), 16),
  AWS_TEMPORARY_ACCESS_KEY: (r) => 'ASIA' + r.chars(B32, 16),
  AWS_SECRET_KEY: (r) => r.chars(ALNUM + '/+', 40),
  AWS_SESSION_TOKEN: (r) => 'IQoJb3JpZ2luX2Vj' + b64(r, 240),
  SLACK_BOT_TOKEN: (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`,
  SLACK_USER_TOKEN: (r) => `xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${r.chars(HEX, 32)}`,
  SLACK_APP_TOKEN: (r) => `xapp-1-A${r.chars(UPALNUM, 10)}-${r.digits(13)}-${r.chars(HEX, 64)}`,
  STRIPE_SECRET_KEY: (r) => 'sk_live_51' + r.chars(ALNUM, 97),
  STRIPE_RESTRICTED_KEY: (r) => 'rk_live_51' + r.chars(ALNUM, 97),
  STRIPE_WEBHOOK_SECRET: (r) => 'whsec_' + r.chars(ALNUM, 32),
  OPENAI_API_KEY: (r) => `sk-proj-${r.chars(ALNUM + '-_', 58)}T3BlbkFJ${r.chars(ALNUM + '-_', 58)}`,
  OPENAI_LEGACY_KEY: (r) => `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`,
  OPENAI_SERVICE_ACCOUNT_KEY: (r) => `sk-svcacct-${r.chars(ALNUM + '-_', 58)}T3BlbkFJ${r.chars(ALNUM + '-_', 58)}`,
  ANTHROPIC_API_KEY: (r) => `sk-ant-api03-${r.chars(ALNUM + '-_', 93)}AA`,
  ANTHROPIC_ADMIN_KEY: (r) => `sk-ant-admin01-${r.chars(ALNUM + '-_', 93)}AA`,
  JWT: (r) => jwt(r),
  RSA_PRIVATE_KEY: (r) => pem(r, 'RSA'),
  PKCS8_PRIVATE_KEY: (r) => pem(r, 'PKCS8'),
  EC_PRIVATE_KEY: (r) => pem(r, 'EC'),
  OPENSSH_PRIVATE_KEY: (r) => pem(r, 'OPENSSH'),
  PGP_PRIVATE_KEY: (r) => pem(r, 'PGP'),
  DATABASE_PASSWORD: urlSafePassword,
  POSTGRES_PASSWORD: urlSafePassword,
  MYSQL_PASSWORD: urlSafePassword,
  MONGODB_PASSWORD: urlSafePassword,
  REDIS_PASSWORD: (r) => r.chars(ALNUM, r.int(20, 40)),
  RABBITMQ_PASSWORD: urlSafePassword,
  MSSQL_PASSWORD: (r) => r.chars(ALNUM, 14) + r.pick(['!', '#', '%']) + r.int(10, 99),
  ORACLE_DB_PASSWORD: urlSafePassword,
  SNOWFLAKE_PASSWORD: urlSafePassword,
  ELASTICSEARCH_PASSWORD: urlSafePassword,
  BASIC_AUTH_CREDENTIALS: (r) => Buffer.from(`${r.pick(['admin', 'deploy', 'ci', 'svc_backup', 'grafana', 'reporter'])}:${urlSafePassword(r)}`).toString('base64'),
  DOCKER_REGISTRY_AUTH: (r) => Buffer.from(`${r.pick(['robot$ci', 'builder', 'pusher'])}:${r.chars(ALNUM, 32)}`).toString('base64'),
  KUBERNETES_SECRET_DATA: (r) => Buffer.from(r.chance(0.5) ? urlSafePassword(r) : r.chars(ALNUM, 32)).toString('base64'),
  KUBERNETES_SERVICE_ACCOUNT_TOKEN: (r) => jwt(r, { 'kubernetes.io/serviceaccount/namespace': r.pick(['prod', 'payments', 'kube-system']) }),
  GOOGLE_API_KEY: (r) => 'AIza' + r.chars(ALNUM + '-_', 35),
  GCP_OAUTH_CLIENT_SECRET: (r) => 'GOCSPX-' + r.chars(ALNUM + '-_', 28),
  GOOGLE_OAUTH_ACCESS_TOKEN: (r) => 'ya29.' + r.chars(ALNUM + '-_', 150),
  GOOGLE_OAUTH_REFRESH_TOKEN: (r) => '1//0' + r.chars(ALNUM + '-_', 99),
  AZURE_STORAGE_ACCOUNT_KEY: (r) => b64(r, 64),
  AZURE_CLIENT_SECRET: azureSecret,
  AZURE_SAS_SIGNATURE: (r) => encodeURIComponent(b64(r, 32)),
  AZURE_DEVOPS_PAT: (r) => r.chars('abcdefghijklmnopqrstuvwxyz234567', 52),
  TWILIO_API_KEY_SID: (r) => 'SK' + r.chars(HEX, 32),
  TWILIO_AUTH_TOKEN: (r) => r.chars(HEX, 32),
  SENDGRID_API_KEY: (r) => `SG.${r.chars(ALNUM + '-_', 22)}.${r.chars(ALNUM + '-_', 43)}`,
  MAILGUN_API_KEY: (r) => 'key-' + r.chars(HEX, 32),
  MAILCHIMP_API_KEY: (r) => r.chars(HEX, 32) + '-us' + r.int(1, 21),
  NPM_ACCESS_TOKEN: (r) => 'npm_' + r.chars(ALNUM, 36),
  DOCKERHUB_PAT: (r) => 'dckr_pat_' + r.chars(ALNUM + '-_', 27),
  SHOPIFY_ACCESS_TOKEN: (r) => 'shpat_' + r.chars(HEX, 32),
  SHOPIFY_SHARED_SECRET: (r) => 'shpss_' + r.chars(HEX, 32),
  HUGGINGFACE_TOKEN: (r) => 'hf_' + r.chars(ALNUM, 34),
  DATADOG_API_KEY: (r) => r.chars(HEX, 32),
  DATADOG_APP_KEY: (r) => r.chars(HEX, 40),
  NEWRELIC_LICENSE_KEY: (r) => r.chars(HEX, 36) + 'NRAL',
  NEWRELIC_USER_KEY: (r) => 'NRAK-' + r.chars(UPALNUM, 27),
  SENTRY_USER_TOKEN: (r) => 'sntryu_' + r.chars(HEX, 64),
  SENTRY_DSN_KEY: (r) => r.chars(HEX, 32),
  HEROKU_API_KEY: (r) => 'HRKU-AA' + r.chars(ALNUM + '-_', 58),
  DIGITALOCEAN_TOKEN: (r) => 'dop_v1_' + r.chars(HEX, 64),
  LINEAR_API_KEY: (r) => 'lin_api_' + r.chars(ALNUM, 40),
  NOTION_TOKEN: (r) => 'ntn_' + r.digits(11) + r.chars(ALNUM, 35),
  ATLASSIAN_API_TOKEN: (r) => 'ATATT3xFfGF0' + r.chars(ALNUM + '-_', 170) + '=' + r.chars(UPHEX, 8),
  DISCORD_BOT_TOKEN: (r) => `${Buffer.from(r.digits(18)).toString('base64url')}.${r.chars(ALNUM + '-_', 6)}.${r.chars(ALNUM + '-_', 38)}`,
  TELEGRAM_BOT_TOKEN: (r) => `${r.int(1000000000, 7999999999)}:AA${r.chars(ALNUM + '-_', 33)}`,
  DROPBOX_ACCESS_TOKEN: (r) => 'sl.u.' + r.chars(ALNUM + '-_', 140),
  FIGMA_TOKEN: (r) => 'figd_' + r.chars(ALNUM + '-_', 40),
  POSTMAN_API_KEY: (r) => `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}`,
  DOPPLER_TOKEN: (r) => 'dp.st.' + r.pick(['prd', 'dev', 'stg']) + '.' + r.chars(ALNUM, 43),
  VAULT_TOKEN: (r) => 'hvs.' + r.chars(ALNUM + '-_', 90),
  TERRAFORM_CLOUD_TOKEN: (r) => `${r.chars(ALNUM, 14)}.atlasv1.${r.chars(ALNUM, 67)}`,
  PULUMI_ACCESS_TOKEN: (r) => 'pul-' + r.chars(HEX, 40),
  CLOUDFLARE_API_TOKEN: (r) => r.chars(ALNUM + '-_', 40),
  FASTLY_API_TOKEN: (r) => r.chars(ALNUM + '-_', 32),
  OKTA_API_TOKEN: (r) => '00' + r.chars(ALNUM + '-_', 40),
  AUTH0_CLIENT_SECRET: (r) => r.chars(ALNUM + '-_', 64),
  SQUARE_ACCESS_TOKEN: (r) => 'EAAA' + r.chars(ALNUM + '-_', 60),
  PAYPAL_CLIENT_SECRET: (r) => 'E' + r.chars(ALNUM + '-_', 79),
  BRAINTREE_ACCESS_TOKEN: (r) => `access_token$production$${r.chars(LOWALNUM, 16)}$${r.chars(HEX, 32)}`,
  ADYEN_API_KEY: (r) => 'AQE' + r.chars(ALNUM, 40) + '...' .replace('...', r.chars(ALNUM + '+/=', 60)),
  ALGOLIA_ADMIN_KEY: (r) => r.chars(HEX, 32),
  MAPBOX_SECRET_TOKEN: (r) => 'sk.eyJ1Ijoi' + r.chars(ALNUM, 30) + '.' + r.chars(ALNUM + '-_', 22),
  PLANETSCALE_PASSWORD: (r) => 'pscale_pw_' + r.chars(ALNUM + '-_', 43),
  SUPABASE_ACCESS_TOKEN: (r) => 'sbp_' + r.chars(HEX, 40),
  SUPABASE_SERVICE_ROLE_KEY: (r) => jwt(r, { role: 'service_role' }),
  VERCEL_TOKEN: (r) => r.chars(ALNUM, 24),
  NETLIFY_TOKEN: (r) => 'nfp_' + r.chars(ALNUM, 36),
  RUBYGEMS_API_KEY: (r) => 'rubygems_' + r.chars(HEX, 48),
  NUGET_API_KEY: (r) => 'oy2' + r.chars(LOWALNUM, 43),
  CIRCLECI_PAT: (r) => 'CCIPAT_' + r.chars(ALNUM, 22) + '_' + r.chars(HEX, 40),
  BUILDKITE_TOKEN: (r) => 'bkua_' + r.chars(HEX, 40),
  GRAFANA_SERVICE_ACCOUNT_TOKEN: (r) => 'glsa_' + r.chars(ALNUM, 32) + '_' + r.chars(HEX, 8),
  GRAFANA_CLOUD_TOKEN: (r) => 'glc_' + b64(r, 90).replace(/[+/=]/g, ''),
  CONFLUENT_API_SECRET: (r) => r.chars(ALNUM + '+/', 64),
  ELASTIC_API_KEY: (r) => Buffer.from(r.chars(ALNUM, 20) + ':' + r.chars(ALNUM + '-_', 22)).toString('base64'),
  SNYK_TOKEN: uuid,
  SONARQUBE_TOKEN: (r) => 'squ_' + r.chars(HEX, 40),
  ASANA_PAT: (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.chars(HEX, 32)}`,
  AIRTABLE_PAT: (r) => `pat${r.chars(ALNUM, 14)}.${r.chars(HEX, 64)}`,
  HUBSPOT_PRIVATE_APP_TOKEN: (r) => 'pat-eu1-' + uuid(r),
  ZENDESK_API_TOKEN: (r) => r.chars(ALNUM, 40),
  FRESHDESK_API_KEY: (r) => r.chars(ALNUM, 20),
  PAGERDUTY_API_KEY: (r) => 'u+' + r.chars(ALNUM + '-_', 18),
  OPSGENIE_API_KEY: uuid,
  FIREBASE_CLOUD_MESSAGING_KEY: (r) => `AAAA${r.chars(ALNUM + '-_', 7)}:APA91b${r.chars(ALNUM + '-_', 134)}`,
  EXPO_ACCESS_TOKEN: (r) => r.chars(ALNUM + '-_', 40),
  LAUNCHDARKLY_SDK_KEY: (r) => 'sdk-' + uuid(r),
  SEGMENT_WRITE_KEY: (r) => r.chars(ALNUM, 32),
  MIXPANEL_API_SECRET: (r) => r.chars(HEX, 32),
  COHERE_API_KEY: (r) => r.chars(ALNUM, 40),
  GROQ_API_KEY: (r) => 'gsk_' + r.chars(ALNUM, 52),
  REPLICATE_API_TOKEN: (r) => 'r8_' + r.chars(ALNUM, 37),
  MISTRAL_API_KEY: (r) => r.chars(ALNUM, 32),
  PERPLEXITY_API_KEY: (r) => 'pplx-' + r.chars(ALNUM, 48),
  XAI_API_KEY: (r) => 'xai-' + r.chars(ALNUM, 80),
  ELEVENLABS_API_KEY: (r) => 'sk_' + r.chars(HEX, 48),
  PINECONE_API_KEY: (r) => 'pcsk_' + r.chars(ALNUM, 6) + '_' + r.chars(ALNUM, 63),
  WANDB_API_KEY: (r) => r.chars(HEX, 40),
  ALIBABA_ACCESS_KEY_ID: (r) => 'LTAI' + r.chars(ALNUM, 20),
  TENCENT_SECRET_ID: (r) => 'AKID' + r.chars(ALNUM, 32),
  IBM_CLOUD_API_KEY: (r) => r.chars(ALNUM + '-_', 44),
  YANDEX_OAUTH_TOKEN: (r) => 'y0_' + r.chars(ALNUM + '-_', 55),
  PLAID_SECRET: (r) => r.chars(HEX, 30),
  CODECOV_TOKEN: uuid,
  JFROG_API_KEY: (r) => 'AKCp' + r.chars(ALNUM, 69),
  DATABRICKS_TOKEN: (r) => 'dapi' + r.chars(HEX, 32),
  MONGODB_ATLAS_PRIVATE_KEY: uuid,
  TAILSCALE_AUTH_KEY: (r) => `tskey-auth-k${r.chars(ALNUM, 16)}-${r.chars(ALNUM, 33)}`,
  NGROK_AUTHTOKEN: (r) => `2${r.chars(ALNUM, 26)}_${r.chars(ALNUM, 22)}`,
  FLY_API_TOKEN: (r) => 'FlyV1 fm2_' + r.chars(ALNUM + '+/', 120),
  RENDER_API_KEY: (r) => 'rnd_' + r.chars(ALNUM, 32),
  RAILWAY_TOKEN: uuid,
  FACEBOOK_ACCESS_TOKEN: (r) => 'EAA' + r.chars(ALNUM, 180),
  TWITTER_BEARER_TOKEN: (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.chars(ALNUM + '%', 90),
  LINKEDIN_CLIENT_SECRET: (r) => r.chars(ALNUM, 16),
  DJANGO_SECRET_KEY: (r) => 'django-insecure-' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50),
  RAILS_SECRET_KEY_BASE: (r) => r.chars(HEX, 128),
  RAILS_MASTER_KEY: (r) => r.chars(HEX, 32),
  FLASK_SECRET_KEY: (r) => r.chars(HEX, 48),
  LARAVEL_APP_KEY: (r) => 'base64:' + b64(r, 32),
  NEXTAUTH_SECRET: (r) => b64(r, 32),
  SPRING_DATASOURCE_PASSWORD: urlSafePassword,
  JWT_SIGNING_SECRET: (r) => r.chars(ALNUM, r.int(32, 64)),
  SESSION_SECRET: (r) => r.chars(ALNUM + '-_', r.int(32, 48)),
  ENCRYPTION_KEY: (r) => r.chars(HEX, 64),
  WEBHOOK_SIGNING_SECRET: (r) => r.chars(ALNUM, 40),
  GENERIC_API_TOKEN: randomToken,
  GENERIC_API_SECRET: randomToken,
  OAUTH_CLIENT_SECRET: (r) => r.chars(ALNUM + '-_~.', r.int(32, 48)),
  AUTH_KEY: randomToken,
  SIGNING_KEY: (r) => b64(r, 32),
  USER_PASSWORD: humanPassword,
  WIFI_PASSWORD: wifiPass,
  SSH_PASSWORD: humanPassword,
  SMTP_PASSWORD: urlSafePassword,
  LDAP_BIND_PASSWORD: urlSafePassword,
  FTP_PASSWORD: humanPassword,
  VPN_PRESHARED_KEY: (r) => r.chars(ALNUM, 32),
  SNMP_COMMUNITY_STRING: (r) => r.pick(['n0c-', 'mon_', 'ro-']) + r.chars(LOWALNUM, 12),
  KEYSTORE_PASSWORD: humanPassword,
  ADMIN_PASSWORD: humanPassword,
  ROOT_PASSWORD: strongPassword,
  PROXY_PASSWORD: urlSafePassword,
  BEARER_TOKEN: randomToken,
  SESSION_COOKIE: (r) => 's%3A' + r.chars(ALNUM + '-_', 32) + '.' + r.chars(ALNUM, 43),
  TOTP_SEED: (r) => r.chars(B32, 32),
  AGE_SECRET_KEY: (r) => 'AGE-SECRET-KEY-1' + r.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  WIREGUARD_PRIVATE_KEY: (r) => b64(r, 32),
  ETHEREUM_PRIVATE_KEY: (r) => '0x' + r.chars(HEX, 64),
  GPG_PASSPHRASE: (r) => r.pick(wpaWords) + ' ' + r.pick(words) + ' ' + r.pick(wpaWords) + ' ' + r.int(10, 99),
  CONSUL_ACL_TOKEN: uuid,
  NOMAD_TOKEN: uuid,
  GITEA_TOKEN: (r) => r.chars(HEX, 40),
  BITBUCKET_APP_PASSWORD: (r) => 'ATBB' + r.chars(ALNUM, 28) + r.chars(UPHEX, 8),
  SALESFORCE_ACCESS_TOKEN: (r) => `00D${r.chars(ALNUM, 12)}!${r.chars(ALNUM + '._', 96)}`,
  ZOOM_CLIENT_SECRET: (r) => r.chars(ALNUM, 32),
  CONTENTFUL_PAT: (r) => 'CFPAT-' + r.chars(ALNUM + '-_', 43),
  SANITY_TOKEN: (r) => 'sk' + r.chars(ALNUM, 180),
  RESEND_API_KEY: (r) => 're_' + r.chars(ALNUM, 8) + '_' + r.chars(ALNUM, 24),
  POSTHOG_PERSONAL_API_KEY: (r) => 'phx_' + r.chars(ALNUM, 43),
  HONEYCOMB_API_KEY: (r) => 'hcaik_' + r.chars(LOWALNUM, 58),
  SPLUNK_HEC_TOKEN: uuid,
  PUSHER_APP_SECRET: (r) => r.chars(HEX, 20),
  ABLY_API_KEY: (r) => `${r.chars(ALNUM, 6)}.${r.chars(ALNUM, 6)}:${r.chars(ALNUM + '-_', 43)}`,
  VONAGE_API_SECRET: (r) => r.chars(ALNUM, 16),
  PLIVO_AUTH_TOKEN: (r) => r.chars(ALNUM, 40),
  INFURA_PROJECT_SECRET: (r) => r.chars(HEX, 32),
  ALCHEMY_API_KEY: (r) => r.chars(ALNUM + '-_', 32),
  ETHERSCAN_API_KEY: (r) => r.chars(UPALNUM, 34),
  BINANCE_API_SECRET: (r) => r.chars(ALNUM, 64),
  SHIPPO_API_TOKEN: (r) => 'shippo_live_' + r.chars(HEX, 40),
  EASYPOST_API_KEY: (r) => 'EZAK' + r.chars(HEX, 54),
  TYPEFORM_TOKEN: (r) => 'tfp_' + r.chars(ALNUM, 44) + '_' + r.chars(ALNUM, 14),
  ONEPASSWORD_SERVICE_ACCOUNT_TOKEN: (r) => 'ops_eyJ' + r.chars(ALNUM, 200),
  BITWARDEN_ACCESS_TOKEN: (r) => `0.${uuid(r)}.${r.chars(ALNUM, 30)}:${b64(r, 16)}`,
  INFISICAL_TOKEN: (r) => 'st.' + uuid(r) + '.' + r.chars(HEX, 32) + '.' + r.chars(HEX, 32),
  PREFECT_API_KEY: (r) => 'pnu_' + r.chars(ALNUM, 36),
  LANGSMITH_API_KEY: (r) => `lsv2_pt_${r.chars(HEX, 32)}_${r.chars(HEX, 10)}`,
  OPENROUTER_API_KEY: (r) => 'sk-or-v1-' + r.chars(HEX, 64),
  TOGETHER_API_KEY: (r) => r.chars(HEX, 64),
  FIREWORKS_API_KEY: (r) => 'fw_' + r.chars(ALNUM, 24),
  DEEPSEEK_API_KEY: (r) => 'sk-' + r.chars(HEX, 32),
  SMARTSHEET_ACCESS_TOKEN: (r) => r.chars(ALNUM, 37),
  ARTIFACTORY_PASSWORD: urlSafePassword,
  SAML_SIGNING_KEY: (r) => pem(r, 'PKCS8'),
  HMAC_KEY: (r) => r.chars(HEX, 64),
  MQTT_PASSWORD: urlSafePassword,
  IPMI_PASSWORD: humanPassword,
  ROUTER_ADMIN_PASSWORD: humanPassword,
  BANK_ONLINE_PIN_PASSWORD: humanPassword,
};

export const ENTITIES = Object.keys(GEN);
export function sec(r, e) { const g = GEN[e]; if (!g) throw new Error('no secret ' + e); return { v: g(r), e, f: 'secrets' }; }
// URL-safe vendor tokens (no '+', '/', '=', '$', '%') usable inside URLs or prose
export const PLAIN_ENTITIES = ENTITIES.filter((e) => !/PRIVATE_KEY$|SAML|FLY_|PASSPHRASE|BRAINTREE|ADYEN|AWS_SESSION|BASIC_AUTH|DOCKER_REGISTRY_AUTH|KUBERNETES_SECRET_DATA|ELASTIC_API|AZURE_STORAGE|NEXTAUTH|LARAVEL|SIGNING_KEY$|WIREGUARD|CONFLUENT|SESSION_COOKIE|DJANGO|TWITTER|BITWARDEN|ETHEREUM/.test(e));
// Key names people use for random tokens without vendor prefix.
export const ODD_KEY_NAMES = ['x_auth_blob', 'handshake', 'magic', 'svc_pass_phrase', 'upstreamKey', 'relay_secret', 'passkey', 'cookie_seal', 'ingest_credential', 'partner_sig', 'unlock_code', 'hmacPepper', 'tenant_cred', 'apiKeyLegacy', 'bridge_token', 'PORTAL_ACCESS', 'shared_knock', 'sync-auth', 'vendor_key_2', 'X-Internal-Auth', 'pepper', 'salt_secret', 'mgmt_pw', 'sso_seed', 'clave_api', 'schluessel', 'cle_secrete', 'chave_acesso', 'zugangsdaten', 'mot_de_passe', 'contrasena', 'haslo', 'wachtwoord', 'losenord', 'salasana', 'parola', 'sifre', 'mima', 'kagi', 'robot_credential', 'deploy_blob', 'feed_auth', 'callback_secret', 'app_auth_key', 'access_phrase', 'lic_key', 'authn_material'];
export const GENERIC_ENTITIES = ['GENERIC_API_TOKEN', 'GENERIC_API_SECRET', 'OAUTH_CLIENT_SECRET', 'AUTH_KEY', 'SIGNING_KEY', 'JWT_SIGNING_SECRET', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'WEBHOOK_SIGNING_SECRET', 'HMAC_KEY', 'BEARER_TOKEN'];
export const PASSWORD_ENTITIES = ['USER_PASSWORD', 'SSH_PASSWORD', 'FTP_PASSWORD', 'ADMIN_PASSWORD', 'KEYSTORE_PASSWORD', 'ROUTER_ADMIN_PASSWORD', 'IPMI_PASSWORD', 'ROOT_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'PROXY_PASSWORD', 'MQTT_PASSWORD'];
