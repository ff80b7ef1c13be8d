// blind17 secrets: ~150 credential kinds, format-valid, all from the seeded PRNG.
import { A, S, crc32, base62 } from './lib.mjs';

function derLen(n) { if (n < 128) return Buffer.from([n]); if (n < 256) return Buffer.from([0x81, n]); return Buffer.from([0x82, n >> 8, n & 255]); }
function der(tag, body) { return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]); }
function derInt(r, n) { const b = r.bytes(n); b[0] |= 0x80; return der(0x02, Buffer.concat([Buffer.from([0]), b])); }
function wrap(b64, w) { const out = []; for (let i = 0; i < b64.length; i += w) out.push(b64.slice(i, i + w)); return out; }
function sshStr(b) { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); }

export function rsaPkcs1Der(r) {
  return der(0x30, Buffer.concat([der(0x02, Buffer.from([0])), derInt(r, 256), der(0x02, Buffer.from([1, 0, 1])), derInt(r, 256),
    derInt(r, 128), derInt(r, 128), derInt(r, 128), derInt(r, 128), derInt(r, 128)]));
}
export function pemBody(r, type) {
  let label, body, width = 64;
  if (type === 'rsa') { label = 'RSA PRIVATE KEY'; body = rsaPkcs1Der(r); }
  else if (type === 'pkcs8') { label = 'PRIVATE KEY'; const alg = der(0x30, Buffer.concat([der(0x06, Buffer.from('2a864886f70d010101', 'hex')), Buffer.from([5, 0])])); body = der(0x30, Buffer.concat([der(0x02, Buffer.from([0])), alg, der(0x04, rsaPkcs1Der(r))])); }
  else if (type === 'ec') { label = 'EC PRIVATE KEY'; body = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]); }
  else if (type === 'ed25519') { label = 'PRIVATE KEY'; body = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]); }
  else if (type === 'openssh') {
    label = 'OPENSSH PRIVATE KEY'; width = 70;
    const pub = r.bytes(32), priv = Buffer.concat([r.bytes(32), pub]);
    const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
    const ci = r.bytes(4);
    let pb = Buffer.concat([ci, ci, sshStr('ssh-ed25519'), sshStr(pub), sshStr(priv), sshStr(r.pick(['deploy@ci-runner', 'ops@bastion', 'build', 'jenkins@agent-3']))]);
    let pad = 1; while (pb.length % 8) pb = Buffer.concat([pb, Buffer.from([pad++])]);
    const n = Buffer.alloc(4); n.writeUInt32BE(1);
    body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), n, sshStr(pubBlob), sshStr(pb)]);
  }
  return { label, lines: wrap(body.toString('base64'), width) };
}
// style: 'plain' | 'indent:<n>' | 'escaped'
export function pem(r, type, style = 'plain') {
  const { label, lines } = pemBody(r, type);
  const all = [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`];
  let v;
  if (style === 'escaped') v = all.join('\\n');
  else if (style.startsWith('indent:')) v = all.join('\n' + ' '.repeat(+style.slice(7)));
  else v = all.join('\n');
  const ent = { rsa: 'RSA_PRIVATE_KEY', pkcs8: 'PKCS8_PRIVATE_KEY', ec: 'EC_PRIVATE_KEY', ed25519: 'ED25519_PRIVATE_KEY', openssh: 'OPENSSH_PRIVATE_KEY' }[type];
  return S(ent, v);
}

const WORDS = ['sunshine', 'dragon', 'mariposa', 'falcon', 'coffee', 'winter', 'Tigger', 'blue', 'moonlight', 'kartoffel', 'soleil', 'sakura', 'jaguar', 'pepper', 'rocket', 'Barcelona', 'orange', 'thunder', 'pizza', 'lighthouse', 'gatito', 'Hamburg', 'river', 'cobalt', 'maple', 'banana', 'otter', 'velvet', 'penguin', 'Nebula', 'quokka', 'zebra', 'cactus', 'walrus', 'ginger', 'harbor', 'Prague', 'tulip', 'anchor', 'biscuit'];
const SYM = ['!', '#', '$', '%', '&', '*', '?', '.', '_', '-', '+', '='];
export function humanPassword(r, urlSafe = false) {
  const sy = urlSafe ? ['!', '*', '.', '_', '-', '~'] : SYM;
  const w = r.pick(WORDS); const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const leet = (s) => s.replace(/a/g, () => (r.chance(0.5) ? '4' : 'a')).replace(/o/g, () => (r.chance(0.5) ? '0' : 'o')).replace(/e/g, () => (r.chance(0.4) ? '3' : 'e'));
  switch (r.int(0, 6)) {
    case 0: return cap(w) + r.int(1970, 2026) + r.pick(sy);
    case 1: return leet(cap(w)) + r.pick(sy) + r.digits(r.int(2, 4));
    case 2: { const s = r.pick(['-', '.', '_']); return [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS), r.pick(WORDS)].map((x) => x.toLowerCase()).join(s) + (r.chance(0.5) ? r.digits(2) : ''); }
    case 3: return r.pick(['ilove', 'my', 'go', 'the']) + w.toLowerCase() + r.pick(sy) + r.digits(2);
    case 4: return cap(w) + r.pick(sy) + cap(r.pick(WORDS)) + r.digits(r.int(1, 3));
    case 5: return r.str(A.B62, r.int(10, 18)) + r.pick(sy) + r.str(A.B62, r.int(2, 6));
    default: return cap(r.pick(WORDS)) + r.pick(WORDS) + r.digits(r.int(2, 4)) + r.pick(sy) + r.pick(sy);
  }
}

const GH = (p) => (r) => { const b = r.str(A.B62, 30); return p + b + base62(crc32(b), 6); };
const fx = (prefix, alpha, n, suffix = '') => (r) => prefix + r.str(alpha, n) + suffix;
const b64pad = (r, nbytes) => r.bytes(nbytes).toString('base64');

// entity -> generator; `keys` suggests names the value usually sits under.
export const KINDS = {
  GITHUB_PERSONAL_ACCESS_TOKEN: [GH('ghp_'), ['GITHUB_TOKEN', 'gh_pat', 'github.token']],
  GITHUB_OAUTH_TOKEN: [GH('gho_'), ['GH_OAUTH', 'oauth_token']],
  GITHUB_USER_TO_SERVER_TOKEN: [GH('ghu_'), ['GH_USER_TOKEN']],
  GITHUB_SERVER_TO_SERVER_TOKEN: [GH('ghs_'), ['GH_APP_INSTALL_TOKEN']],
  GITHUB_REFRESH_TOKEN: [GH('ghr_'), ['GH_REFRESH']],
  GITHUB_FINE_GRAINED_PAT: [(r) => 'github_pat_' + r.str(A.UP36, 22) + '_' + r.str(A.B62, 59), ['GITHUB_PAT', 'gh.fine_grained']],
  AWS_ACCESS_KEY: [(r) => r.pick(['AKIA', 'ASIA']) + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId']],
  AWS_SECRET_KEY: [fx('', A.B62 + '/+', 40), ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey']],
  AWS_SESSION_TOKEN: [(r) => 'IQoJb3JpZ2luX2VjE' + r.str(A.B62 + '/+', 220) + '==', ['AWS_SESSION_TOKEN']],
  SLACK_BOT_TOKEN: [(r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.str(A.B62, 24)}`, ['SLACK_BOT_TOKEN', 'slack.bot']],
  SLACK_USER_TOKEN: [(r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.str(A.HEX, 32)}`, ['SLACK_USER_TOKEN']],
  SLACK_APP_TOKEN: [(r) => `xapp-1-A${r.str(A.UP36, 10)}-${r.digits(13)}-${r.str(A.HEX, 64)}`, ['SLACK_APP_TOKEN']],
  STRIPE_SECRET_KEY: [(r) => 'sk_live_' + r.str(A.B62, r.pick([24, 99])), ['STRIPE_SECRET_KEY', 'stripe.secret']],
  STRIPE_RESTRICTED_KEY: [(r) => 'rk_live_' + r.str(A.B62, 99), ['STRIPE_RK']],
  STRIPE_WEBHOOK_SECRET: [fx('whsec_', A.B62, 32), ['STRIPE_WEBHOOK_SECRET']],
  OPENAI_API_KEY: [(r) => 'sk-proj-' + r.str(A.B64U, 74) + 'T3BlbkFJ' + r.str(A.B64U, 74), ['OPENAI_API_KEY', 'openai.api_key']],
  OPENAI_LEGACY_KEY: [(r) => 'sk-' + r.str(A.B62, 20) + 'T3BlbkFJ' + r.str(A.B62, 20), ['OPENAI_KEY']],
  ANTHROPIC_API_KEY: [(r) => 'sk-ant-api03-' + r.str(A.B64U, 93) + 'AA', ['ANTHROPIC_API_KEY', 'claude_key']],
  ANTHROPIC_ADMIN_KEY: [(r) => 'sk-ant-admin01-' + r.str(A.B64U, 93) + 'AA', ['ANTHROPIC_ADMIN_KEY']],
  GOOGLE_API_KEY: [fx('AIza', A.B64U, 35), ['GOOGLE_API_KEY', 'maps_key']],
  GOOGLE_OAUTH_CLIENT_SECRET: [fx('GOCSPX-', A.B64U, 28), ['GOOGLE_CLIENT_SECRET']],
  GOOGLE_OAUTH_REFRESH_TOKEN: [(r) => '1//0' + r.str(A.B64U, 99), ['google_refresh_token']],
  GITLAB_PAT: [fx('glpat-', A.B64U, 20), ['GITLAB_TOKEN', 'CI_JOB_PAT']],
  GITLAB_RUNNER_TOKEN: [fx('glrt-', A.B64U, 20), ['RUNNER_TOKEN']],
  GITLAB_DEPLOY_TOKEN: [fx('gldt-', A.B64U, 20), ['DEPLOY_TOKEN']],
  NPM_TOKEN: [fx('npm_', A.B62, 36), ['NPM_TOKEN', '_authToken']],
  PYPI_TOKEN: [(r) => 'pypi-AgEIcHlwaS5vcmc' + r.str(A.B64U, 140), ['PYPI_API_TOKEN', 'TWINE_PASSWORD']],
  DOCKERHUB_PAT: [fx('dckr_pat_', A.B64U, 27), ['DOCKERHUB_TOKEN']],
  HUGGINGFACE_TOKEN: [fx('hf_', A.UP + A.LOW, 34), ['HF_TOKEN']],
  SENDGRID_API_KEY: [(r) => `SG.${r.str(A.B64U, 22)}.${r.str(A.B64U, 43)}`, ['SENDGRID_API_KEY']],
  TWILIO_API_KEY: [fx('SK', A.HEX, 32), ['TWILIO_API_KEY']],
  TWILIO_AUTH_TOKEN: [fx('', A.HEX, 32), ['TWILIO_AUTH_TOKEN', 'twilio.auth']],
  MAILGUN_API_KEY: [fx('key-', A.HEX, 32), ['MAILGUN_API_KEY']],
  MAILCHIMP_API_KEY: [(r) => r.str(A.HEX, 32) + '-us' + r.int(1, 21), ['MAILCHIMP_KEY']],
  SHOPIFY_ACCESS_TOKEN: [fx('shpat_', A.HEX, 32), ['SHOPIFY_ADMIN_TOKEN']],
  SHOPIFY_SHARED_SECRET: [fx('shpss_', A.HEX, 32), ['SHOPIFY_SHARED_SECRET']],
  DIGITALOCEAN_TOKEN: [fx('dop_v1_', A.HEX, 64), ['DIGITALOCEAN_TOKEN', 'do_token']],
  DIGITALOCEAN_OAUTH_TOKEN: [fx('doo_v1_', A.HEX, 64), ['DO_OAUTH']],
  DATABRICKS_TOKEN: [fx('dapi', A.HEX, 32), ['DATABRICKS_TOKEN']],
  PLANETSCALE_TOKEN: [fx('pscale_tkn_', A.B64U, 43), ['PLANETSCALE_SERVICE_TOKEN']],
  LINEAR_API_KEY: [fx('lin_api_', A.B62, 40), ['LINEAR_API_KEY']],
  NOTION_TOKEN: [fx('ntn_', A.B62, 46), ['NOTION_TOKEN']],
  ATLASSIAN_API_TOKEN: [(r) => 'ATATT3xFfGF0' + r.str(A.B64U, 170) + '=' + r.str(A.HEXU, 8), ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN']],
  POSTMAN_API_KEY: [(r) => `PMAK-${r.str(A.HEX, 24)}-${r.str(A.HEX, 34)}`, ['POSTMAN_API_KEY']],
  NEWRELIC_API_KEY: [fx('NRAK-', A.UP36, 27), ['NEW_RELIC_API_KEY']],
  NEWRELIC_LICENSE_KEY: [(r) => r.str(A.HEX, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY']],
  SENTRY_AUTH_TOKEN: [fx('sntryu_', A.HEX, 64), ['SENTRY_AUTH_TOKEN']],
  GRAFANA_SERVICE_ACCOUNT_TOKEN: [(r) => `glsa_${r.str(A.B62, 32)}_${r.str(A.HEX, 8)}`, ['GRAFANA_TOKEN']],
  VAULT_TOKEN: [fx('hvs.', A.B64U, 90), ['VAULT_TOKEN']],
  TERRAFORM_CLOUD_TOKEN: [(r) => `${r.str(A.B62, 14)}.atlasv1.${r.str(A.B62, 67)}`, ['TFE_TOKEN', 'credentials.token']],
  DOPPLER_TOKEN: [fx('dp.st.', A.B62, 43), ['DOPPLER_TOKEN']],
  PULUMI_ACCESS_TOKEN: [fx('pul-', A.HEX, 40), ['PULUMI_ACCESS_TOKEN']],
  FLYIO_TOKEN: [fx('fo1_', A.B64U, 43), ['FLY_API_TOKEN']],
  NETLIFY_TOKEN: [fx('nfp_', A.B62, 36), ['NETLIFY_AUTH_TOKEN']],
  SUPABASE_ACCESS_TOKEN: [fx('sbp_', A.HEX, 40), ['SUPABASE_ACCESS_TOKEN']],
  CLOUDFLARE_API_TOKEN: [fx('', A.B64U, 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']],
  AZURE_STORAGE_KEY: [(r) => b64pad(r, 64), ['AccountKey', 'AZURE_STORAGE_KEY']],
  AZURE_CLIENT_SECRET: [(r) => r.str(A.B62, 3) + r.int(0, 9) + 'Q~' + r.str(A.B62 + '_.-~', 34), ['AZURE_CLIENT_SECRET']],
  ALIBABA_ACCESS_KEY: [fx('LTAI', A.B62, 20), ['ALIBABA_CLOUD_ACCESS_KEY_ID']],
  TELEGRAM_BOT_TOKEN: [(r) => `${r.int(1000000000, 7999999999)}:AA${r.str(A.B64U, 33)}`, ['TELEGRAM_BOT_TOKEN']],
  DISCORD_BOT_TOKEN: [(r) => `${Buffer.from(r.digits(18)).toString('base64url')}.${r.str(A.B64U, 6)}.${r.str(A.B64U, 38)}`, ['DISCORD_TOKEN']],
  SQUARE_ACCESS_TOKEN: [fx('EAAA', A.B64U, 60), ['SQUARE_ACCESS_TOKEN']],
  SQUARE_OAUTH_SECRET: [fx('sq0csp-', A.B64U, 43), ['SQUARE_APP_SECRET']],
  BRAINTREE_ACCESS_TOKEN: [(r) => `access_token$production$${r.str(A.A36, 16)}$${r.str(A.HEX, 32)}`, ['BRAINTREE_TOKEN']],
  FIGMA_TOKEN: [fx('figd_', A.B64U, 40), ['FIGMA_TOKEN']],
  AIRTABLE_PAT: [(r) => `pat${r.str(A.B62, 14)}.${r.str(A.HEX, 64)}`, ['AIRTABLE_API_KEY']],
  CIRCLECI_TOKEN: [(r) => `CCIPAT_${r.str(A.B62, 22)}_${r.str(A.HEX, 40)}`, ['CIRCLE_TOKEN']],
  BUILDKITE_TOKEN: [fx('bkua_', A.HEX, 40), ['BUILDKITE_API_TOKEN']],
  RUBYGEMS_API_KEY: [fx('rubygems_', A.HEX, 48), ['GEM_HOST_API_KEY']],
  NUGET_API_KEY: [fx('oy2', A.A36, 43), ['NUGET_API_KEY']],
  DYNATRACE_TOKEN: [(r) => `dt0c01.${r.str(A.UP36, 24)}.${r.str(A.UP36, 64)}`, ['DT_API_TOKEN']],
  TAILSCALE_AUTH_KEY: [(r) => `tskey-auth-k${r.str(A.B62, 16)}-${r.str(A.B62, 32)}`, ['TS_AUTHKEY']],
  MAPBOX_SECRET_TOKEN: [(r) => 'sk.eyJ1Ijoi' + r.str(A.B64U, 40) + '.' + r.str(A.B64U, 22), ['MAPBOX_SECRET']],
  ALGOLIA_ADMIN_KEY: [fx('', A.HEX, 32), ['ALGOLIA_ADMIN_KEY']],
  OKTA_API_TOKEN: [fx('00', A.B64U, 40), ['OKTA_API_TOKEN']],
  LAUNCHDARKLY_SDK_KEY: [(r) => `sdk-${r.str(A.HEX, 8)}-${r.str(A.HEX, 4)}-${r.str(A.HEX, 4)}-${r.str(A.HEX, 4)}-${r.str(A.HEX, 12)}`, ['LD_SDK_KEY']],
  SEGMENT_WRITE_KEY: [fx('', A.B62, 32), ['SEGMENT_WRITE_KEY']],
  AGE_SECRET_KEY: [(r) => 'AGE-SECRET-KEY-1' + r.str(A.BECH.toUpperCase(), 58), ['AGE_KEY']],
  COHERE_API_KEY: [fx('', A.B62, 40), ['CO_API_KEY']],
  GROQ_API_KEY: [fx('gsk_', A.B62, 52), ['GROQ_API_KEY']],
  REPLICATE_API_TOKEN: [fx('r8_', A.B62, 37), ['REPLICATE_API_TOKEN']],
  PERPLEXITY_API_KEY: [fx('pplx-', A.B62, 48), ['PPLX_API_KEY']],
  MISTRAL_API_KEY: [fx('', A.B62, 32), ['MISTRAL_API_KEY']],
  XAI_API_KEY: [fx('xai-', A.B62, 80), ['XAI_API_KEY']],
  DEEPSEEK_API_KEY: [fx('sk-', A.HEX, 32), ['DEEPSEEK_API_KEY']],
  FIREWORKS_API_KEY: [fx('fw_', A.B62, 24), ['FIREWORKS_API_KEY']],
  RESEND_API_KEY: [(r) => `re_${r.str(A.B62, 8)}_${r.str(A.B62, 24)}`, ['RESEND_API_KEY']],
  POSTHOG_PERSONAL_KEY: [fx('phx_', A.B62, 43), ['POSTHOG_PERSONAL_API_KEY']],
  EASYPOST_API_KEY: [fx('EZAK', A.HEX, 54), ['EASYPOST_API_KEY']],
  SHIPPO_API_TOKEN: [fx('shippo_live_', A.HEX, 40), ['SHIPPO_TOKEN']],
  PLAID_SECRET: [fx('', A.HEX, 30), ['PLAID_SECRET']],
  CONTENTFUL_TOKEN: [fx('CFPAT-', A.B64U, 43), ['CONTENTFUL_MANAGEMENT_TOKEN']],
  HEROKU_API_KEY: [fx('HRKU-AA', A.B64U, 58), ['HEROKU_API_KEY']],
  FASTLY_API_TOKEN: [fx('', A.B64U, 32), ['FASTLY_API_TOKEN']],
  DATADOG_API_KEY: [fx('', A.HEX, 32), ['DD_API_KEY']],
  DATADOG_APP_KEY: [fx('', A.HEX, 40), ['DD_APP_KEY']],
  PAGERDUTY_TOKEN: [fx('u+', A.B64U, 18), ['PAGERDUTY_TOKEN']],
  OPSGENIE_API_KEY: [(r) => `${r.str(A.HEX, 8)}-${r.str(A.HEX, 4)}-${r.str(A.HEX, 4)}-${r.str(A.HEX, 4)}-${r.str(A.HEX, 12)}`, ['OPSGENIE_API_KEY']],
  ZENDESK_API_TOKEN: [fx('', A.B62, 40), ['ZENDESK_API_TOKEN']],
  INTERCOM_TOKEN: [(r) => 'dG9rOj' + r.str(A.B64U, 54) + '=', ['INTERCOM_ACCESS_TOKEN']],
  ONFIDO_TOKEN: [fx('api_live.', A.B64U, 43), ['ONFIDO_API_TOKEN']],
  // no-prefix and framework secrets
  GENERIC_API_KEY: [(r) => r.pick([() => r.str(A.HEX, 32), () => r.str(A.HEX, 40), () => r.str(A.B62, r.int(24, 48)), () => r.str(A.B64U, r.int(30, 50)), () => r.str(A.HEXU, 32)])(), ['api_key', 'apikey']],
  GENERIC_TOKEN: [(r) => r.pick([() => r.str(A.B62 + '-_', r.int(32, 64)), () => r.str(A.HEX, 64), () => b64pad(r, r.pick([24, 30, 33]))])(), ['token', 'access_token']],
  GENERIC_SECRET: [(r) => r.pick([() => r.str(A.B62, r.int(20, 40)), () => r.str(A.B64U, r.int(26, 48)), () => r.str(A.A36, r.int(24, 36))])(), ['secret']],
  OAUTH_CLIENT_SECRET: [(r) => r.pick([() => r.str(A.B62 + '-_', r.int(32, 48)), () => r.str(A.HEX, 40), () => r.str(A.B62, 64)])(), ['client_secret', 'clientSecret']],
  OAUTH_ACCESS_TOKEN: [(r) => r.pick([() => 'ya29.' + r.str(A.B64U, 120), () => r.str(A.B62, 40), () => r.str(A.B64U, 86)])(), ['access_token']],
  OAUTH_REFRESH_TOKEN: [(r) => r.str(A.B62 + '-_', r.int(48, 96)), ['refresh_token']],
  API_SECRET: [(r) => r.str(A.B64, r.int(28, 44)).replace(/^[+/]/, 'Q'), ['api_secret']],
  HMAC_SIGNING_KEY: [(r) => r.str(A.HEX, 64), ['hmac_key', 'signing_key']],
  WEBHOOK_SECRET: [(r) => r.str(A.B62, 32), ['webhook_secret']],
  ENCRYPTION_KEY: [(r) => b64pad(r, 32), ['encryption_key', 'ENC_KEY']],
  SESSION_SECRET: [(r) => r.str(A.B62 + '!#%&*-_', r.int(32, 48)), ['SESSION_SECRET', 'cookie_secret']],
  JWT_SIGNING_SECRET: [(r) => r.str(A.B64U, r.int(32, 64)), ['JWT_SECRET']],
  DJANGO_SECRET_KEY: [(r) => 'django-insecure-' + r.str(A.LOW + '0123456789!#%^&*(-_=+)', 50), ['DJANGO_SECRET_KEY', 'SECRET_KEY']],
  RAILS_SECRET_KEY_BASE: [(r) => r.str(A.HEX, 128), ['SECRET_KEY_BASE']],
  RAILS_MASTER_KEY: [(r) => r.str(A.HEX, 32), ['RAILS_MASTER_KEY']],
  LARAVEL_APP_KEY: [(r) => 'base64:' + b64pad(r, 32), ['APP_KEY']],
  NEXTAUTH_SECRET: [(r) => b64pad(r, 33), ['NEXTAUTH_SECRET', 'AUTH_SECRET']],
  FLASK_SECRET_KEY: [(r) => r.str(A.HEX, 48), ['FLASK_SECRET_KEY']],
  SPRING_JASYPT_PASSWORD: [(r) => r.str(A.B62, 24), ['jasypt.encryptor.password']],
  TOTP_SEED: [(r) => r.str(A.B32, r.pick([16, 32])), ['totp_secret', 'otp_seed']],
  RECOVERY_CODE: [(r) => `${r.str(A.A36, 5)}-${r.str(A.A36, 5)}`, ['recovery_code']],
  PASSWORD: [(r) => humanPassword(r), ['password', 'passwd', 'pwd']],
  PASSPHRASE: [(r) => { const s = r.pick(['-', ' ', '.']); return Array.from({ length: r.int(4, 6) }, () => r.pick(WORDS).toLowerCase()).join(s); }, ['passphrase']],
  DATABASE_PASSWORD: [(r) => (r.chance(0.5) ? humanPassword(r, true) : r.str(A.B62, r.int(16, 32))), ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD']],
  REDIS_PASSWORD: [(r) => r.str(A.B62, r.int(20, 40)), ['REDIS_PASSWORD', 'requirepass']],
  RABBITMQ_PASSWORD: [(r) => humanPassword(r, true), ['RABBITMQ_DEFAULT_PASS']],
  MONGODB_PASSWORD: [(r) => r.str(A.B62, r.int(12, 24)), ['MONGO_INITDB_ROOT_PASSWORD']],
  SMTP_PASSWORD: [(r) => (r.chance(0.5) ? r.str(A.LOW, 16) : humanPassword(r)), ['SMTP_PASSWORD', 'mail.password']],
  LDAP_BIND_PASSWORD: [(r) => humanPassword(r), ['LDAP_BIND_PASSWORD', 'bindPassword']],
  SSH_PASSWORD: [(r) => humanPassword(r, true), ['ssh_pass']],
  WIFI_PASSWORD: [(r) => humanPassword(r, true), ['wpa_passphrase', 'psk']],
  ADMIN_PASSWORD: [(r) => humanPassword(r), ['ADMIN_PASSWORD', 'admin_pass']],
  KEYSTORE_PASSWORD: [(r) => humanPassword(r, true), ['storePassword', 'keyPassword']],
  SERVICE_ACCOUNT_PASSWORD: [(r) => r.str(A.B62 + '!*-_', r.int(16, 28)), ['svc_password']],
  BASIC_AUTH_CREDENTIALS: [(r) => Buffer.from(`${r.pick(['admin', 'deploy', 'ci', 'svc-report', 'grafana', 'kiosk'])}:${humanPassword(r)}`).toString('base64'), ['Authorization']],
  DOCKER_CONFIG_AUTH: [(r) => Buffer.from(`${r.pick(['robot$ci', 'deployer', 'ops'])}:${r.str(A.B62, 28)}`).toString('base64'), ['auth']],
  K8S_SECRET_DATA: [(r) => Buffer.from(r.chance(0.5) ? humanPassword(r) : r.str(A.B62, 32)).toString('base64'), ['data']],
  JWT: [(r) => jwt(r), ['id_token', 'bearer']],
  SSH_KEY_PASSPHRASE: [(r) => humanPassword(r), ['ssh_key_passphrase']],
  PGP_PASSPHRASE: [(r) => Array.from({ length: 5 }, () => r.pick(WORDS).toLowerCase()).join('-'), ['GPG_PASSPHRASE']],
  VPN_PRESHARED_KEY: [(r) => r.str(A.B62, r.int(24, 40)), ['psk', 'ipsec_psk']],
  WIREGUARD_PRIVATE_KEY: [(r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }, ['PrivateKey']],
  SNMP_COMMUNITY: [(r) => r.str(A.B62, r.int(12, 20)), ['community']],
  CONNECTION_STRING_PASSWORD: [(r) => r.str(A.B62 + '!*_-', r.int(14, 26)), ['Password']],
  API_KEY_HEADER_VALUE: [(r) => r.str(A.HEX, 48), ['X-Api-Key']],
  LICENSE_SIGNING_KEY: [(r) => r.str(A.UP36, 5) + '-' + r.str(A.UP36, 5) + '-' + r.str(A.UP36, 5) + '-' + r.str(A.B62, 24), ['license_secret']],
  CI_DEPLOY_KEY_PASSWORD: [(r) => humanPassword(r, true), ['DEPLOY_PASSWORD']],
  PIN_CODE_SECRET: [(r) => r.str(A.B62, 20), ['pin_salt']],
  FTP_PASSWORD: [(r) => humanPassword(r, true), ['ftp_password']],
  ENCRYPTED_VOLUME_KEY: [(r) => r.str(A.HEX, 64), ['luks_key']],
};

export function jwt(r) {
  const alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const h = { alg, typ: 'JWT' }; if (alg !== 'HS256' && r.chance(0.5)) h.kid = r.str(A.B64U, 16);
  const now = r.int(1740000000, 1790000000);
  const p = { sub: r.pick(['user_', 'usr-', 'acct:']) + r.str(A.A36, 10), iat: now, exp: now + r.pick([900, 3600, 86400]), iss: r.pick(['https://auth.acme.example', 'https://login.corp.test/', 'idp']), scope: r.pick(['read write', 'admin', 'openid profile email', 'repo:read']) };
  if (r.chance(0.4)) p.aud = r.pick(['api', 'billing-svc', 'console']);
  const sigLen = { HS256: 43, RS256: 342, ES256: 86, HS512: 86 }[alg];
  return Buffer.from(JSON.stringify(h)).toString('base64url') + '.' + Buffer.from(JSON.stringify(p)).toString('base64url') + '.' + r.str(A.B64U, sigLen);
}

export const KIND_NAMES = Object.keys(KINDS);
export const PEM_TYPES = ['rsa', 'pkcs8', 'ec', 'ed25519', 'openssh'];

// A cycling picker so every kind appears several times.
export function secretPicker(r) {
  const queues = new Map();
  const mk = (e) => { const [g, keys] = KINDS[e]; const m = S(e, g(r)); m.key = r.pick(keys); return m; };
  // one shuffled cycle per filter, so every matching kind comes up in turn
  const cyc = (name, filter) => { let q = queues.get(name); if (!q || !q.length) { q = r.shuffle(KIND_NAMES.filter(filter || (() => true))); queues.set(name, q); } return mk(q.shift()); };
  const NOPREFIX = /^(GENERIC|OAUTH|API_SECRET|HMAC|WEBHOOK_SECRET|ENCRYPTION|SESSION|JWT_SIGNING|TWILIO_AUTH|ALGOLIA|SEGMENT|COHERE|MISTRAL|DATADOG|FASTLY|ZENDESK|CLOUDFLARE|PLAID|REDIS|MONGODB|SERVICE_ACCOUNT|VPN|SNMP|FLASK|RAILS|PIN|ENCRYPTED|API_KEY_HEADER|SPRING|TOTP|AWS_SECRET|AZURE_STORAGE|OPSGENIE|WIREGUARD|LICENSE)/;
  return {
    next: () => cyc('all'),
    of: mk,
    noPrefix: () => cyc('noprefix', (e) => NOPREFIX.test(e)),
    password: () => cyc('password', (e) => /PASSWORD|PASSPHRASE|SNMP|VPN_PRESHARED/.test(e)),
    urlPassword: () => S(r.pick(['DATABASE_PASSWORD', 'RABBITMQ_PASSWORD', 'REDIS_PASSWORD', 'MONGODB_PASSWORD', 'SSH_PASSWORD', 'FTP_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'CONNECTION_STRING_PASSWORD']), r.chance(0.5) ? humanPassword(r, true) : r.str(A.B62, r.int(12, 28))),
    plain: () => cyc('plain', (e) => !/JWT$|BASIC_AUTH|DOCKER_CONFIG|K8S_SECRET|PASSPHRASE$|PGP_PASS/.test(e)),
  };
}
