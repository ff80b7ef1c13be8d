// Format-valid fake secrets. Every value comes from the seeded PRNG.
import { base62, crc32, A62 } from './lib.mjs';

const gh = (pfx) => (r) => { const body = r.b62(30); return pfx + body + base62(crc32(body), 6); };
const pre = (p, f) => (r) => p + f(r);
const b64pad = (r, nbytes) => r.bytes(nbytes).toString('base64');
const uuidish = (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function pem(r, label, prefix, bodyLen, opt = {}) {
  let body = prefix + r.b64(bodyLen - prefix.length - 2) + (opt.pad ?? 'AA');
  body = body.slice(0, bodyLen);
  const lines = body.match(/.{1,64}/g);
  const ind = opt.indent ?? '';
  const nl = opt.escaped ? '\\n' : '\n';
  return `-----BEGIN ${label}-----${nl}` + lines.map((l) => ind + l).join(nl) + `${nl}${ind}-----END ${label}-----`;
}
export function jwt(r, alg = 'HS256') {
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const now = 1780000000 + r.int(0, 9000000);
  const p = Buffer.from(JSON.stringify({ sub: r.pick(['usr_', 'svc_', 'acct_']) + r.alnumL(10), iat: now, exp: now + r.pick([900, 3600, 86400]), scope: r.pick(['read', 'read write', 'admin', 'billing:write']), iss: r.pick(['https://auth.corp.example', 'https://login.acme.test', 'idp-01']) })).toString('base64url');
  const sig = r.bytes(alg.startsWith('HS') ? 32 : 64).toString('base64url');
  return `${h}.${p}.${sig}`;
}

const WORDS = ['maple', 'tiger', 'sunset', 'pepper', 'rocket', 'harbor', 'violet', 'summer', 'winter', 'falcon', 'coffee', 'banana', 'dragon', 'purple', 'monkey', 'sailor', 'gizmo', 'lucky', 'shadow', 'biscuit', 'autumn', 'pirate', 'cactus', 'nebula', 'Berlin', 'Lisboa', 'Kirsche', 'soleil', 'gato', 'koala'];
export function humanPassword(r) {
  const w = r.pick(WORDS), w2 = r.pick(WORDS);
  const yr = String(r.int(1975, 2025));
  const f = r.int(0, 7);
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  switch (f) {
    case 0: return cap(w) + yr + r.pick(['!', '#', '?', '$', '!!']);
    case 1: return cap(w) + r.pick(['_', '-', '.']) + cap(w2) + r.int(1, 99);
    case 2: return w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + r.int(10, 999);
    case 3: return cap(w) + '&' + cap(w2) + yr.slice(2);
    case 4: return `${cap(w)}${cap(w2)}${r.digits(3)}${r.pick(['!', '*', '%'])}`;
    case 5: return `${r.pick(['Ilove', 'My', 'Go', 'Team'])}${cap(w)}${r.int(1, 12)}${r.pick(['!', '#'])}`;
    case 6: return `${w}-${w2}-${r.pick(WORDS).toLowerCase()}-${r.int(2, 9)}`;
    default: return `${cap(w)}${yr}${r.pick(['@', '.', '+'])}${r.upper(2)}`;
  }
}
const strongPw = (r) => r.str(A62 + '!#%^*_-+=', r.int(14, 24));
const wifi = (r) => r.chance(0.5) ? humanPassword(r) + r.pick(['', 'Home', '5G']) : r.str(A62, r.int(10, 20));

export const SECRET_GEN = {
  GITHUB_PERSONAL_ACCESS_TOKEN: gh('ghp_'), GITHUB_OAUTH_TOKEN: gh('gho_'), GITHUB_USER_TO_SERVER_TOKEN: gh('ghu_'),
  GITHUB_SERVER_TO_SERVER_TOKEN: gh('ghs_'), GITHUB_REFRESH_TOKEN: gh('ghr_'),
  GITHUB_FINE_GRAINED_PAT: (r) => `github_pat_11${r.alnumU(20)}_${r.b62(59)}`,
  GITLAB_PAT: pre('glpat-', (r) => r.b64u(20).replace(/[-_]/g, 'x')), GITLAB_RUNNER_TOKEN: pre('glrt-', (r) => r.b62(20)),
  GITLAB_DEPLOY_TOKEN: pre('gldt-', (r) => r.b62(20)), GITLAB_TRIGGER_TOKEN: pre('glptt-', (r) => r.hex(40)),
  AWS_ACCESS_KEY: (r) => r.pick(['AKIA', 'ASIA']) + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  AWS_SECRET_KEY: (r) => r.b64(40), AWS_SESSION_TOKEN: (r) => 'IQoJb3JpZ2luX2VjE' + r.b64(220) + '==',
  SLACK_BOT_TOKEN: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`, SLACK_USER_TOKEN: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`,
  SLACK_APP_TOKEN: (r) => `xapp-1-A${r.alnumU(10)}-${r.digits(13)}-${r.hex(64)}`, SLACK_CONFIG_TOKEN: (r) => `xoxe.xoxp-1-${r.b62(150)}`,
  STRIPE_SECRET_KEY: (r) => 'sk_live_51' + r.b62(97), STRIPE_RESTRICTED_KEY: (r) => 'rk_live_51' + r.b62(97), STRIPE_WEBHOOK_SECRET: pre('whsec_', (r) => r.b62(32)),
  OPENAI_API_KEY: (r) => `sk-proj-${r.b64u(64)}T3BlbkFJ${r.b64u(64)}`, OPENAI_LEGACY_KEY: (r) => `sk-${r.b62(20)}T3BlbkFJ${r.b62(20)}`,
  OPENAI_ADMIN_KEY: (r) => `sk-admin-${r.b64u(60)}T3BlbkFJ${r.b64u(20)}`,
  ANTHROPIC_API_KEY: (r) => `sk-ant-api03-${r.b64u(93)}AA`, ANTHROPIC_ADMIN_KEY: (r) => `sk-ant-admin01-${r.b64u(93)}AA`,
  JSON_WEB_TOKEN: (r) => jwt(r, r.pick(['HS256', 'HS512', 'RS256', 'ES256'])),
  RSA_PRIVATE_KEY: (r) => pem(r, 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 1592, { pad: 'g=' }),
  PKCS8_PRIVATE_KEY: (r) => pem(r, 'PRIVATE KEY', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ', 1624, { pad: '==' }),
  EC_PRIVATE_KEY: (r) => pem(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 164, { pad: '==' }),
  OPENSSH_PRIVATE_KEY: (r) => pem(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 400, { pad: '==' }),
  PGP_PRIVATE_KEY: (r) => pem(r, 'PGP PRIVATE KEY BLOCK', 'lQVYBG', 900, { pad: '=' }),
  GOOGLE_API_KEY: (r) => 'AIza' + r.b64u(35), GOOGLE_OAUTH_CLIENT_SECRET: (r) => 'GOCSPX-' + r.b64u(28),
  AZURE_STORAGE_ACCOUNT_KEY: (r) => b64pad(r, 64), AZURE_CLIENT_SECRET: (r) => r.b62(3) + '8Q~' + r.str(A62 + '~._-', 34),
  AZURE_SAS_SIGNATURE: (r) => encodeURIComponent(b64pad(r, 32)),
  TWILIO_API_KEY: pre('SK', (r) => r.hex(32)), TWILIO_AUTH_TOKEN: (r) => r.hex(32),
  SENDGRID_API_KEY: (r) => `SG.${r.b64u(22)}.${r.b64u(43)}`, MAILGUN_API_KEY: pre('key-', (r) => r.hex(32)),
  MAILCHIMP_API_KEY: (r) => `${r.hex(32)}-us${r.int(1, 21)}`, NPM_TOKEN: pre('npm_', (r) => r.b62(36)),
  PYPI_TOKEN: (r) => 'pypi-AgEIcHlwaS5vcmc' + r.b64u(120), DOCKERHUB_PAT: pre('dckr_pat_', (r) => r.b64u(27)),
  HEROKU_API_KEY: pre('HRKU-AA', (r) => r.b64u(58)), DIGITALOCEAN_TOKEN: pre('dop_v1_', (r) => r.hex(64)), DIGITALOCEAN_OAUTH_TOKEN: pre('doo_v1_', (r) => r.hex(64)),
  SHOPIFY_ACCESS_TOKEN: pre('shpat_', (r) => r.hex(32)), SHOPIFY_SHARED_SECRET: pre('shpss_', (r) => r.hex(32)), SHOPIFY_CUSTOM_APP_TOKEN: pre('shpca_', (r) => r.hex(32)),
  ATLASSIAN_API_TOKEN: (r) => 'ATATT3xFfGF0' + r.b64u(170) + '=' + r.HEX(8), LINEAR_API_KEY: pre('lin_api_', (r) => r.b62(40)),
  NOTION_TOKEN: pre('ntn_', (r) => r.digits(11) + r.b62(35)), HUGGINGFACE_TOKEN: pre('hf_', (r) => r.str('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34)),
  REPLICATE_API_TOKEN: pre('r8_', (r) => r.b62(37)), GROQ_API_KEY: pre('gsk_', (r) => r.b62(52)), PERPLEXITY_API_KEY: pre('pplx-', (r) => r.b62(48)),
  DATABRICKS_TOKEN: (r) => 'dapi' + r.hex(32) + r.pick(['', '-2', '-3']), VAULT_SERVICE_TOKEN: pre('hvs.', (r) => r.b64u(90)), VAULT_BATCH_TOKEN: pre('hvb.', (r) => r.b64u(120)),
  TERRAFORM_CLOUD_TOKEN: (r) => `${r.b62(14)}.atlasv1.${r.b62(67)}`, PULUMI_ACCESS_TOKEN: pre('pul-', (r) => r.hex(40)),
  DOPPLER_TOKEN: (r) => `dp.${r.pick(['st', 'pt', 'sa'])}.${r.pick(['prd', 'dev', 'stg'])}.${r.b62(43)}`,
  NEW_RELIC_LICENSE_KEY: (r) => r.hex(36) + 'NRAL', NEW_RELIC_USER_KEY: pre('NRAK-', (r) => r.alnumU(27)),
  DATADOG_API_KEY: (r) => r.hex(32), DATADOG_APP_KEY: (r) => r.hex(40), SENTRY_AUTH_TOKEN: pre('sntryu_', (r) => r.hex(64)),
  GRAFANA_SERVICE_ACCOUNT_TOKEN: (r) => `glsa_${r.b62(32)}_${r.hex(8)}`, GRAFANA_CLOUD_TOKEN: (r) => 'glc_eyJvIjoi' + r.b64(80) + '=',
  CLOUDFLARE_API_TOKEN: (r) => r.b64u(40), CLOUDFLARE_ORIGIN_CA_KEY: pre('v1.0-', (r) => r.hex(24) + '-' + r.hex(146)),
  FASTLY_API_TOKEN: (r) => r.b64u(32), NETLIFY_TOKEN: pre('nfp_', (r) => r.b62(36)), VERCEL_TOKEN: (r) => r.b62(24),
  SUPABASE_ACCESS_TOKEN: pre('sbp_', (r) => r.hex(40)), PLANETSCALE_TOKEN: pre('pscale_tkn_', (r) => r.b64u(43)), PLANETSCALE_PASSWORD: pre('pscale_pw_', (r) => r.b64u(43)),
  POSTMAN_API_KEY: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, FIGMA_TOKEN: pre('figd_', (r) => r.b64u(40)),
  ASANA_PAT: (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, DISCORD_BOT_TOKEN: (r) => `${Buffer.from(r.digits(18)).toString('base64url')}.${r.b64u(6)}.${r.b64u(38)}`,
  TELEGRAM_BOT_TOKEN: (r) => `${r.int(1000000000, 7999999999)}:AA${r.b64u(33)}`, SQUARE_ACCESS_TOKEN: pre('EAAA', (r) => r.b64u(60)), SQUARE_OAUTH_SECRET: pre('sq0csp-', (r) => r.b64u(43)),
  BRAINTREE_ACCESS_TOKEN: (r) => `access_token$production$${r.alnumL(16)}$${r.hex(32)}`, SHIPPO_API_TOKEN: pre('shippo_live_', (r) => r.hex(40)), EASYPOST_API_KEY: pre('EZAK', (r) => r.hex(54)),
  OKTA_API_TOKEN: pre('00', (r) => r.b64u(40)), AUTH0_CLIENT_SECRET: (r) => r.b64u(64), FIREBASE_SERVER_KEY: (r) => `AAAA${r.b64u(7)}:APA91b${r.b64u(134)}`,
  MAPBOX_SECRET_TOKEN: (r) => `sk.eyJ1IjoiY${r.b64u(50)}.${r.b64u(22)}`, ALGOLIA_ADMIN_KEY: (r) => r.hex(32), CONTENTFUL_PAT: pre('CFPAT-', (r) => r.b64u(43)),
  ZENDESK_API_TOKEN: (r) => r.b62(40), INTERCOM_ACCESS_TOKEN: (r) => 'dG9rOj' + r.b64(54) + '=', HUBSPOT_PRIVATE_APP_TOKEN: (r) => 'pat-' + r.pick(['na1', 'eu1']) + '-' + uuidish(r),
  SALESFORCE_ACCESS_TOKEN: (r) => `00D${r.b62(12)}!AQ${r.b62(4)}.${r.b64u(96)}`, DYNATRACE_API_TOKEN: (r) => `dt0c01.${r.alnumU(24)}.${r.alnumU(64)}`,
  ROLLBAR_ACCESS_TOKEN: (r) => r.hex(32), BUGSNAG_API_KEY: (r) => r.hex(32), CIRCLECI_PAT: pre('CCIPAT_', (r) => r.b62(22) + '_' + r.hex(40)),
  BUILDKITE_TOKEN: pre('bkua_', (r) => r.hex(40)), SONARQUBE_TOKEN: (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40),
  JFROG_API_KEY: pre('AKCp8', (r) => r.b62(68)), JFROG_ACCESS_TOKEN: pre('cmVmdGtuOjAxOj', (r) => r.b62(50)), OCTOPUS_API_KEY: pre('API-', (r) => r.alnumU(26)),
  LAUNCHDARKLY_SDK_KEY: (r) => 'sdk-' + uuidish(r), LAUNCHDARKLY_API_KEY: (r) => 'api-' + uuidish(r), SEGMENT_WRITE_KEY: (r) => r.b62(32),
  MIXPANEL_API_SECRET: (r) => r.hex(32), AMPLITUDE_SECRET_KEY: (r) => r.hex(32), PAGERDUTY_API_KEY: pre('u+', (r) => r.b64u(18)),
  AIRTABLE_PAT: (r) => `pat${r.b62(14)}.${r.hex(64)}`, TYPEFORM_TOKEN: pre('tfp_', (r) => r.b62(44) + '_' + r.b62(14)),
  GOCARDLESS_ACCESS_TOKEN: pre('live_', (r) => r.b64u(40)), PLAID_SECRET: (r) => r.hex(30), ALIBABA_ACCESS_KEY: pre('LTAI', (r) => r.b62(20)),
  TENCENT_SECRET_ID: pre('AKID', (r) => r.b62(32)), IBM_CLOUD_API_KEY: (r) => r.b64u(44), YANDEX_OAUTH_TOKEN: pre('y0_AgAAAA', (r) => r.b64u(50)),
  SCALEWAY_SECRET_KEY: pre('SCW', (r) => r.alnumU(17)), LINODE_TOKEN: (r) => r.hex(64), VULTR_API_KEY: (r) => r.alnumU(36), HETZNER_API_TOKEN: (r) => r.b62(64),
  NGROK_AUTHTOKEN: (r) => `2${r.b62(26)}_${r.b62(21)}`, TAILSCALE_AUTH_KEY: (r) => `tskey-auth-k${r.b62(11)}CNTRL-${r.b62(33)}`, FLY_API_TOKEN: pre('fo1_', (r) => r.b64u(43)),
  RENDER_API_KEY: pre('rnd_', (r) => r.b62(32)), COHERE_API_KEY: (r) => r.b62(40), MISTRAL_API_KEY: (r) => r.b62(32), DEEPSEEK_API_KEY: pre('sk-', (r) => r.hex(32)),
  XAI_API_KEY: pre('xai-', (r) => r.b62(80)), ELEVENLABS_API_KEY: pre('sk_', (r) => r.hex(48)), PINECONE_API_KEY: pre('pcsk_', (r) => r.b62(6) + '_' + r.b62(62)),
  LANGSMITH_API_KEY: (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, OPENROUTER_API_KEY: pre('sk-or-v1-', (r) => r.hex(64)), TOGETHER_API_KEY: (r) => r.hex(64),
  RESEND_API_KEY: pre('re_', (r) => r.b62(8) + '_' + r.b62(24)), BREVO_API_KEY: (r) => `xkeysib-${r.hex(64)}-${r.b62(16)}`, NUGET_API_KEY: pre('oy2', (r) => r.alnumL(43)),
  RUBYGEMS_API_KEY: pre('rubygems_', (r) => r.hex(48)), CRATES_IO_TOKEN: pre('cio', (r) => r.b62(32)), AGE_SECRET_KEY: (r) => 'AGE-SECRET-KEY-1' + r.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  WIREGUARD_PRIVATE_KEY: (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); },
  ETHEREUM_PRIVATE_KEY: (r) => '0x' + r.hex(64), TOTP_SEED: (r) => r.str(b32, 32),
  DJANGO_SECRET_KEY: (r) => 'django-insecure-' + r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50), RAILS_SECRET_KEY_BASE: (r) => r.hex(128), RAILS_MASTER_KEY: (r) => r.hex(32),
  FLASK_SECRET_KEY: (r) => r.hex(48), LARAVEL_APP_KEY: (r) => 'base64:' + b64pad(r, 32), SYMFONY_APP_SECRET: (r) => r.hex(32), NEXTAUTH_SECRET: (r) => b64pad(r, 32),
  JWT_SIGNING_SECRET: (r) => r.b64u(r.int(32, 64)), SESSION_SECRET: (r) => r.b62(r.int(24, 48)), ENCRYPTION_KEY: (r) => r.hex(64), WEBHOOK_SIGNING_SECRET: (r) => r.b62(r.int(24, 40)),
  DATABASE_PASSWORD: (r) => r.chance(0.5) ? strongPw(r).replace(/[#%^+=]/g, 'x') : humanPassword(r).replace(/[@#%+?]/g, '!'), REDIS_PASSWORD: (r) => r.b62(32), MONGODB_PASSWORD: (r) => r.b62(r.int(16, 24)),
  RABBITMQ_PASSWORD: (r) => humanPassword(r).replace(/[@#%+?]/g, '_'), LDAP_BIND_PASSWORD: strongPw, SMTP_PASSWORD: (r) => r.str('abcdefghijklmnopqrstuvwxyz', 16),
  BASIC_AUTH_CREDENTIALS: (r) => Buffer.from(`${r.pick(['admin', 'deploy', 'ci', 'svc-report', 'jenkins'])}:${humanPassword(r)}`).toString('base64'),
  DOCKER_REGISTRY_AUTH: (r) => Buffer.from(`${r.pick(['robot$ci', 'builder', 'pushbot'])}:${r.b62(32)}`).toString('base64'),
  KUBERNETES_SECRET_DATA: (r) => Buffer.from(strongPw(r)).toString('base64'),
  WIFI_PASSWORD: wifi, HUMAN_PASSWORD: humanPassword, ADMIN_PASSWORD: humanPassword, SSH_PASSWORD: humanPassword, FTP_PASSWORD: strongPw, KEYSTORE_PASSWORD: humanPassword,
  PRIVATE_KEY_PASSPHRASE: (r) => `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.int(1, 99)}`.replace(/^ +| +$/g, ''), VPN_PRESHARED_KEY: (r) => r.b62(r.int(20, 40)),
  SNMP_COMMUNITY_STRING: (r) => r.pick(['nms', 'mon', 'ro', 'netops']) + r.b62(10),
  GENERIC_API_KEY: (r) => r.pick([() => r.b62(32), () => r.hex(40), () => r.b64u(43), () => r.alnumU(24)])(), GENERIC_SECRET: (r) => r.pick([() => r.b62(40), () => r.hex(64), () => r.b64(44)])(),
  CLIENT_SECRET: (r) => r.pick([() => r.b64u(40), () => r.hex(48), () => r.b62(32)])(), API_SECRET: (r) => r.pick([() => r.hex(40), () => r.b62(36)])(), AUTH_KEY: (r) => r.b62(r.int(28, 44)),
  SIGNING_KEY: (r) => r.pick([() => r.hex(64), () => b64pad(r, 48)])(), OPAQUE_ACCESS_TOKEN: (r) => r.b64u(r.int(40, 64)), OAUTH_REFRESH_TOKEN: (r) => '1//' + r.b64u(100), BEARER_TOKEN: (r) => r.b62(r.int(30, 50)),
  HMAC_KEY: (r) => r.hex(64), MASTER_KEY: (r) => b64pad(r, 32), LICENSE_KEY: (r) => [0, 1, 2, 3, 4].map(() => r.alnumU(5)).join('-'), INTERNAL_SERVICE_TOKEN: (r) => 'svc.' + r.b62(40),
};
export const SECRET_KINDS = Object.keys(SECRET_GEN);
export const gen = (r, e) => ({ e, v: SECRET_GEN[e](r) });
// wrappers for PEM forms
export function pemVariant(r, e, opt) {
  const map = { RSA_PRIVATE_KEY: ['RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 1592, 'g='], PKCS8_PRIVATE_KEY: ['PRIVATE KEY', 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ', 1624, '=='], EC_PRIVATE_KEY: ['EC PRIVATE KEY', 'MHcCAQEEI', 164, '=='], OPENSSH_PRIVATE_KEY: ['OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 400, '=='] };
  const m = map[e]; return { e, v: pem(r, m[0], m[1], m[2], { pad: m[3], ...opt }) };
}
// vendor-prefix-free random tokens for "unusual names"
export const PREFIXLESS = ['GENERIC_API_KEY', 'GENERIC_SECRET', 'CLIENT_SECRET', 'API_SECRET', 'AUTH_KEY', 'SIGNING_KEY', 'OPAQUE_ACCESS_TOKEN', 'BEARER_TOKEN', 'HMAC_KEY', 'MASTER_KEY', 'INTERNAL_SERVICE_TOKEN', 'DATADOG_API_KEY', 'TWILIO_AUTH_TOKEN', 'ALGOLIA_ADMIN_KEY', 'ZENDESK_API_TOKEN', 'COHERE_API_KEY', 'MISTRAL_API_KEY', 'SEGMENT_WRITE_KEY', 'ENCRYPTION_KEY', 'SESSION_SECRET', 'WEBHOOK_SIGNING_SECRET', 'CLOUDFLARE_API_TOKEN', 'VERCEL_TOKEN', 'LINODE_TOKEN', 'PLAID_SECRET', 'MIXPANEL_API_SECRET'];
