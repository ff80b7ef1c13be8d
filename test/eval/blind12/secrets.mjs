// blind12 secret generators: ~150 credential kinds, format-valid where a format exists.
import { R, S, A62, HEX, HEXU, UP, LO, D10, B64, B64U, B32, A36L, A36U, base62, crc32, b64, b64u, wrap, crc24 } from './lib.mjs';

const rs = R.str;
const words = ['sunflower', 'harbor', 'maple', 'tiger', 'copper', 'violet', 'rocket', 'pepper', 'falcon', 'summer', 'winter', 'garden', 'shadow', 'coffee', 'banana', 'orange', 'dragon', 'monkey', 'silver', 'purple', 'thunder', 'pirate', 'cactus', 'lemon', 'marble', 'ocean', 'panda', 'river', 'velvet', 'walnut', 'zebra', 'biscuit', 'canyon', 'dolphin', 'ember', 'glacier', 'hazel', 'igloo', 'jasmine', 'kettle', 'lantern', 'meadow', 'nutmeg', 'otter', 'pickle', 'quartz', 'raven', 'saffron', 'tulip', 'umbrella', 'sommer', 'katze', 'fußball', 'soleil', 'chocolat', 'corazon', 'estrella', 'gatito', 'saudade', 'amore'];
const syms = '!#$%&*?+=.-_@^~';
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const leet = (w) => w.replace(/a/g, () => R.chance(0.5) ? '@' : 'a').replace(/o/g, () => R.chance(0.5) ? '0' : 'o').replace(/e/g, () => R.chance(0.4) ? '3' : 'e').replace(/i/g, () => R.chance(0.3) ? '1' : 'i').replace(/s/g, () => R.chance(0.3) ? '$' : 's');

// passwords people choose
export function humanPassword(urlSafe = false) {
  const w = () => R.pick(words);
  const sy = () => urlSafe ? R.pick('!*-_.~') : R.pick(syms);
  let p = R.weighted([
    [3, () => cap(w()) + sy() + R.int(1, 2030)],
    [2, () => cap(w()) + cap(w()) + R.int(10, 99) + sy()],
    [2, () => leet(cap(w())) + R.int(1, 9999)],
    [2, () => [w(), w(), w(), w()].join(R.pick(['-', '.', '_', urlSafe ? '-' : ' '])).trim()],
    [1, () => w() + R.int(1970, 2010) + sy()],
    [1, () => cap(w()) + '_' + cap(w()) + '_' + R.int(1, 99)],
    [1, () => sy() + cap(w()) + R.digits(4) + sy()],
    [1, () => w().toUpperCase() + sy() + w() + R.int(0, 99)],
  ])();
  if (urlSafe) p = p.replace(/[@#$%&?+=^ ]/g, () => R.pick('!*-_.~'));
  if (/^\s|\s$/.test(p)) p = p.trim();
  return p;
}
export function randomPassword(urlSafe = false) {
  const alpha = urlSafe ? A62 + '-_.~' : A62 + '!#%&*+-=?^_~';
  return rs(A62, 1) + rs(alpha, R.int(10, 30)) + rs(A62, 1);
}
export const anyPassword = (urlSafe = false) => (R.chance(0.55) ? humanPassword(urlSafe) : randomPassword(urlSafe));

// ---- structured keys ----
function derLen(n) { if (n < 128) return Buffer.from([n]); if (n < 256) return Buffer.from([0x81, n]); return Buffer.from([0x82, n >> 8, n & 255]); }
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
function dint(nbytes, topSet = true) { const b = R.bytes(nbytes); if (topSet) b[0] |= 0x80; else b[0] &= 0x7f; b[0] |= topSet ? 0 : 0x01; return tlv(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b); }
const smallInt = (v) => tlv(0x02, Buffer.from(v === 65537 ? [1, 0, 1] : [v]));
const oid = (hex) => tlv(0x06, Buffer.from(hex, 'hex'));
function rsaPkcs1(bits) {
  const B = bits / 8, H = B / 2;
  return seq(smallInt(0), dint(B), smallInt(65537), dint(B, false), dint(H), dint(H), dint(H, R.chance(0.5)), dint(H, R.chance(0.5)), dint(H, false));
}
const pem = (label, der, width = 64) => `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), width)}\n-----END ${label}-----`;
export function pemKey(kind) {
  kind = kind || R.pick(['rsa1', 'rsa8', 'ec', 'ec384', 'ed8', 'openssh', 'pgp', 'rsa1']);
  switch (kind) {
    case 'rsa1': return pem('RSA PRIVATE KEY', rsaPkcs1(R.chance(0.8) ? 2048 : 1024));
    case 'rsa8': return pem('PRIVATE KEY', seq(smallInt(0), seq(oid('2a864886f70d010101'), Buffer.from([5, 0])), tlv(0x04, rsaPkcs1(2048))));
    case 'ec': return pem('EC PRIVATE KEY', seq(smallInt(1), tlv(0x04, R.bytes(32)), tlv(0xa0, oid('2a8648ce3d030107')), tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0, 4]), R.bytes(64)])))));
    case 'ec384': return pem('EC PRIVATE KEY', seq(smallInt(1), tlv(0x04, R.bytes(48)), tlv(0xa0, oid('2b81040022')), tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0, 4]), R.bytes(96)])))));
    case 'ed8': return pem('PRIVATE KEY', seq(smallInt(0), seq(oid('2b6570')), tlv(0x04, tlv(0x04, R.bytes(32)))));
    case 'openssh': {
      const str = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
      const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
      const pk = R.bytes(32), sk = R.bytes(32), chk = R.bytes(4);
      const pub = Buffer.concat([str('ssh-ed25519'), str(pk)]);
      let priv = Buffer.concat([chk, chk, str('ssh-ed25519'), str(pk), str(Buffer.concat([sk, pk])), str('deploy@build-' + R.int(1, 40))]);
      let pad = 1; while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([pad++])]);
      const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pub), str(priv)]);
      return pem('OPENSSH PRIVATE KEY', body, 70);
    }
    case 'pgp': {
      const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), R.bytes(R.int(700, 950))]);
      const c = crc24(body); const cs = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64');
      return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${cs}\n-----END PGP PRIVATE KEY BLOCK-----`;
    }
  }
}
export function ghToken(prefix) { const body = rs(A62, 30); return `${prefix}_${body}${base62(crc32(body), 6)}`; }
export function jwt() {
  const alg = R.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const hdr = R.chance(0.5) ? { alg, typ: 'JWT' } : { typ: 'JWT', alg, kid: rs(A62, 12) };
  const now = 1760000000 + R.int(0, 20000000);
  const pl = R.pick([
    () => ({ sub: String(R.int(1000, 999999)), iat: now, exp: now + 3600 }),
    () => ({ iss: 'https://auth.corp.example', aud: 'api', sub: 'svc-' + rs(LO, 6), scope: 'read write', iat: now, exp: now + 86400 }),
    () => ({ uid: rs(HEX, 24), role: R.pick(['admin', 'user', 'service']), iat: now }),
    () => ({ sub: rs(A36L, 10), tenant: 't-' + R.int(1, 900), jti: rs(HEX, 16), exp: now + 900 }),
  ])();
  const sig = alg.startsWith('HS') ? R.bytes(alg === 'HS512' ? 64 : 32) : R.bytes(alg === 'ES256' ? 64 : 256);
  return `${b64u(JSON.stringify(hdr))}.${b64u(JSON.stringify(pl))}.${sig.toString('base64url')}`;
}
const uuid = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${R.pick('89ab')}${rs(HEX, 3)}-${rs(HEX, 12)}`;
const b64len = (nbytes) => R.bytes(nbytes).toString('base64');
const b64ulen = (nbytes) => R.bytes(nbytes).toString('base64url');

// no-prefix generic generators (emphasis of this round)
export const noPrefix = {
  hex: () => rs(HEX, R.pick([16, 24, 32, 40, 48, 64])),
  hexU: () => rs(HEXU, R.pick([20, 32, 40])),
  b62: () => rs(A62, R.int(20, 64)),
  b64: () => b64len(R.pick([18, 24, 30, 32, 33, 48])),
  b64u: () => b64ulen(R.pick([16, 24, 32, 40, 48])),
  dashy: () => rs(A62, R.int(6, 12)) + R.pick(['-', '_']) + rs(A62 + '-_', R.int(10, 30)) + rs(A62, 2),
  upper: () => rs(A36U, R.pick([20, 24, 32])),
  grouped: () => [rs(A36U, 5), rs(A36U, 5), rs(A36U, 5), rs(A36U, 5)].join('-'),
};
export const genericValue = () => R.pick(Object.values(noPrefix))();

// ---- kind table: [ENTITY, generator, key names] ----
const K = [];
const add = (e, g, keys) => K.push({ e, g, keys: keys || ['api_key', 'token'] });
add('GITHUB_PERSONAL_ACCESS_TOKEN', () => ghToken('ghp'), ['GITHUB_TOKEN', 'gh_token', 'GH_PAT']);
add('GITHUB_OAUTH_TOKEN', () => ghToken('gho'), ['github_oauth', 'oauth_token']);
add('GITHUB_APP_INSTALLATION_TOKEN', () => ghToken('ghs'), ['installation_token']);
add('GITHUB_USER_TO_SERVER_TOKEN', () => ghToken('ghu'), ['gh_user_token']);
add('GITHUB_REFRESH_TOKEN', () => ghToken('ghr'), ['gh_refresh']);
add('GITHUB_FINE_GRAINED_PAT', () => `github_pat_11${rs(A36U, 20)}_${rs(A62, 59)}`, ['GITHUB_PAT', 'gh_fine_pat']);
add('AWS_ACCESS_KEY', () => 'AKIA' + rs(B32, 16), ['aws_access_key_id', 'AWS_ACCESS_KEY_ID']);
add('AWS_TEMP_ACCESS_KEY', () => 'ASIA' + rs(B32, 16), ['aws_access_key_id']);
add('AWS_SECRET_KEY', () => rs(A62 + '+/', 40), ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY']);
add('AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2Vj' + b64len(R.int(280, 420)).replace(/=+$/, ''), ['aws_session_token']);
add('SLACK_BOT_TOKEN', () => `xoxb-${R.digits(12)}-${R.digits(13)}-${rs(A62, 24)}`, ['SLACK_BOT_TOKEN', 'slack_token']);
add('SLACK_USER_TOKEN', () => `xoxp-${R.digits(12)}-${R.digits(12)}-${R.digits(13)}-${rs(HEX, 32)}`, ['slack_user_token']);
add('SLACK_APP_TOKEN', () => `xapp-1-A${rs(A36U, 10)}-${R.digits(13)}-${rs(HEX, 64)}`, ['SLACK_APP_TOKEN']);
add('STRIPE_SECRET_KEY', () => `sk_live_${rs(A62, R.pick([24, 99]))}`, ['STRIPE_SECRET_KEY', 'stripe.secret']);
add('STRIPE_RESTRICTED_KEY', () => `rk_live_${rs(A62, R.pick([24, 99]))}`, ['stripe_restricted']);
add('STRIPE_WEBHOOK_SECRET', () => `whsec_${rs(A62, 32)}`, ['STRIPE_WEBHOOK_SECRET']);
add('OPENAI_API_KEY', () => `sk-proj-${rs(A62 + '-_', 74)}T3BlbkFJ${rs(A62 + '-_', 74)}`, ['OPENAI_API_KEY', 'openai_key']);
add('OPENAI_LEGACY_KEY', () => `sk-${rs(A62, 20)}T3BlbkFJ${rs(A62, 20)}`, ['OPENAI_KEY']);
add('OPENAI_SERVICE_ACCOUNT_KEY', () => `sk-svcacct-${rs(A62 + '-_', 74)}T3BlbkFJ${rs(A62 + '-_', 74)}`, ['openai_svc_key']);
add('ANTHROPIC_API_KEY', () => `sk-ant-api03-${rs(A62 + '-_', 93)}AA`, ['ANTHROPIC_API_KEY', 'claude_key']);
add('ANTHROPIC_ADMIN_KEY', () => `sk-ant-admin01-${rs(A62 + '-_', 93)}AA`, ['anthropic_admin_key']);
add('JWT', jwt, ['id_token', 'access_token', 'session_jwt']);
add('GITLAB_PAT', () => `glpat-${rs(A62 + '-_', 20)}`, ['GITLAB_TOKEN', 'gitlab_pat']);
add('GITLAB_RUNNER_TOKEN', () => `glrt-${rs(A62 + '-_', 20)}`, ['runner_token']);
add('GITLAB_DEPLOY_TOKEN', () => `gldt-${rs(A62 + '-_', 20)}`, ['deploy_token']);
add('NPM_TOKEN', () => `npm_${rs(A62, 36)}`, ['NPM_TOKEN', '_authToken']);
add('DOCKERHUB_PAT', () => `dckr_pat_${rs(A62 + '-_', 27)}`, ['DOCKERHUB_TOKEN']);
add('HUGGINGFACE_TOKEN', () => `hf_${rs(UP + LO, 34)}`, ['HF_TOKEN', 'hugging_face_hub_token']);
add('SENDGRID_API_KEY', () => `SG.${rs(A62 + '-_', 22)}.${rs(A62 + '-_', 43)}`, ['SENDGRID_API_KEY']);
add('TWILIO_AUTH_TOKEN', () => rs(HEX, 32), ['TWILIO_AUTH_TOKEN', 'twilio_auth']);
add('TWILIO_API_KEY', () => `SK${rs(HEX, 32)}`, ['twilio_api_key']);
add('MAILGUN_API_KEY', () => `key-${rs(HEX, 32)}`, ['MAILGUN_API_KEY']);
add('MAILCHIMP_API_KEY', () => `${rs(HEX, 32)}-us${R.int(1, 21)}`, ['MAILCHIMP_KEY']);
add('SHOPIFY_ACCESS_TOKEN', () => `shpat_${rs(HEX, 32)}`, ['SHOPIFY_ACCESS_TOKEN']);
add('SHOPIFY_SHARED_SECRET', () => `shpss_${rs(HEX, 32)}`, ['shopify_shared_secret']);
add('SHOPIFY_CUSTOM_APP_TOKEN', () => `shpca_${rs(HEX, 32)}`, ['shopify_custom_token']);
add('DIGITALOCEAN_TOKEN', () => `dop_v1_${rs(HEX, 64)}`, ['DIGITALOCEAN_TOKEN', 'do_token']);
add('DIGITALOCEAN_OAUTH_TOKEN', () => `doo_v1_${rs(HEX, 64)}`, ['do_oauth']);
add('LINEAR_API_KEY', () => `lin_api_${rs(A62, 40)}`, ['LINEAR_API_KEY']);
add('NOTION_TOKEN', () => R.chance(0.5) ? `secret_${rs(A62, 43)}` : `ntn_${R.digits(11)}${rs(A62, 35)}`, ['NOTION_TOKEN']);
add('ATLASSIAN_API_TOKEN', () => `ATATT3xFfGF0${rs(A62 + '-_', 170)}=${rs(HEXU, 8)}`, ['JIRA_API_TOKEN', 'confluence_token']);
add('DATADOG_API_KEY', () => rs(HEX, 32), ['DD_API_KEY', 'datadog_api_key']);
add('DATADOG_APP_KEY', () => rs(HEX, 40), ['DD_APP_KEY']);
add('NEW_RELIC_USER_KEY', () => `NRAK-${rs(A36U, 27)}`, ['NEW_RELIC_API_KEY']);
add('NEW_RELIC_INGEST_KEY', () => `${rs(HEX, 36)}NRAL`, ['NEW_RELIC_LICENSE_KEY']);
add('SENTRY_AUTH_TOKEN', () => `sntryu_${rs(HEX, 64)}`, ['SENTRY_AUTH_TOKEN']);
add('SENTRY_ORG_TOKEN', () => `sntrys_${b64u(JSON.stringify({ iat: 1760000000 + R.int(0, 9e6), url: 'https://sentry.corp.example', org: 'acme' }))}_${rs(A62 + '+/', 43)}`, ['sentry_org_token']);
add('GRAFANA_SERVICE_ACCOUNT_TOKEN', () => `glsa_${rs(A62, 32)}_${rs(HEX, 8)}`, ['GRAFANA_TOKEN']);
add('GRAFANA_CLOUD_TOKEN', () => `glc_${b64(JSON.stringify({ o: String(R.int(100000, 999999)), n: 'stack-' + R.int(1, 99) + '-token', k: rs(A62, 24), m: { r: 'prod-eu-west-0' } }))}`, ['grafana_cloud_api_key']);
add('POSTMAN_API_KEY', () => `PMAK-${rs(HEX, 24)}-${rs(HEX, 34)}`, ['POSTMAN_API_KEY']);
add('PULUMI_ACCESS_TOKEN', () => `pul-${rs(HEX, 40)}`, ['PULUMI_ACCESS_TOKEN']);
add('TERRAFORM_CLOUD_TOKEN', () => `${rs(A62, 14)}.atlasv1.${rs(A62, 67)}`, ['TFE_TOKEN', 'credentials_token']);
add('VAULT_SERVICE_TOKEN', () => `hvs.${rs(A62 + '_-', 90)}`, ['VAULT_TOKEN']);
add('VAULT_BATCH_TOKEN', () => `hvb.${rs(A62 + '_-', 138)}`, ['vault_batch_token']);
add('DOPPLER_SERVICE_TOKEN', () => `dp.st.${R.pick(['dev', 'prd', 'stg'])}.${rs(A62, 40)}`, ['DOPPLER_TOKEN']);
add('CLOUDFLARE_API_TOKEN', () => rs(A62 + '-_', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']);
add('CLOUDFLARE_GLOBAL_KEY', () => rs(HEX, 37), ['CF_API_KEY']);
add('HEROKU_API_KEY', () => `HRKU-AA${rs(A62 + '-_', 58)}`, ['HEROKU_API_KEY']);
add('FLY_ACCESS_TOKEN', () => `fo1_${rs(A62 + '-_', 43)}`, ['FLY_API_TOKEN']);
add('PLANETSCALE_PASSWORD', () => `pscale_pw_${rs(A62 + '-_', 43)}`, ['PLANETSCALE_DB_PASSWORD']);
add('PLANETSCALE_TOKEN', () => `pscale_tkn_${rs(A62 + '-_', 43)}`, ['PLANETSCALE_SERVICE_TOKEN']);
add('SUPABASE_ACCESS_TOKEN', () => `sbp_${rs(HEX, 40)}`, ['SUPABASE_ACCESS_TOKEN']);
add('SUPABASE_SECRET_KEY', () => `sb_secret_${rs(A62 + '-_', 31)}`, ['SUPABASE_SECRET_KEY']);
add('VERCEL_TOKEN', () => rs(A62, 24), ['VERCEL_TOKEN']);
add('NETLIFY_TOKEN', () => `nfp_${rs(A62, 36)}`, ['NETLIFY_AUTH_TOKEN']);
add('ALGOLIA_ADMIN_KEY', () => rs(HEX, 32), ['ALGOLIA_ADMIN_API_KEY']);
add('AIRTABLE_PAT', () => `pat${rs(A62, 14)}.${rs(HEX, 64)}`, ['AIRTABLE_TOKEN']);
add('ASANA_PAT', () => `2/${R.digits(16)}/${R.digits(16)}:${rs(HEX, 32)}`, ['ASANA_ACCESS_TOKEN']);
add('CIRCLECI_TOKEN', () => `CCIPAT_${rs(A62, 22)}_${rs(HEX, 40)}`, ['CIRCLE_TOKEN']);
add('BITBUCKET_APP_PASSWORD', () => `ATBB${rs(A62, 28)}${rs(HEXU, 8)}`, ['BITBUCKET_APP_PASSWORD']);
add('AZURE_STORAGE_KEY', () => b64len(64), ['AccountKey', 'AZURE_STORAGE_KEY']);
add('AZURE_SAS_SIGNATURE', () => encodeURIComponent(b64len(32)), ['sas_sig']);
add('AZURE_CLIENT_SECRET', () => `${rs(A62, 3)}8Q~${rs(A62 + '_~.-', 34)}`, ['AZURE_CLIENT_SECRET', 'clientSecret']);
add('AZURE_DEVOPS_PAT', () => rs(A36L, 52), ['AZDO_PAT', 'SYSTEM_ACCESSTOKEN']);
add('GCP_API_KEY', () => `AIza${rs(A62 + '-_', 35)}`, ['GOOGLE_API_KEY', 'maps_key']);
add('GOOGLE_OAUTH_CLIENT_SECRET', () => `GOCSPX-${rs(A62 + '-_', 28)}`, ['GOOGLE_CLIENT_SECRET']);
add('GOOGLE_REFRESH_TOKEN', () => `1//0${rs(A62 + '-_', 99)}`, ['refresh_token']);
add('GOOGLE_OAUTH_ACCESS_TOKEN', () => `ya29.${rs(A62 + '-_', 150)}`, ['google_access_token']);
add('TELEGRAM_BOT_TOKEN', () => `${R.int(1e8, 9e9)}:AA${rs(A62 + '-_', 33)}`, ['TELEGRAM_BOT_TOKEN', 'tg_token']);
add('DISCORD_BOT_TOKEN', () => `${b64u(String(R.int(1e17, 9e17))).replace(/=+$/, '')}.${rs(A62 + '-_', 6)}.${rs(A62 + '-_', 38)}`, ['DISCORD_TOKEN']);
add('SQUARE_ACCESS_TOKEN', () => `EAAA${rs(A62 + '-_', 60)}`, ['SQUARE_ACCESS_TOKEN']);
add('SQUARE_OAUTH_SECRET', () => `sq0csp-${rs(A62 + '-_', 43)}`, ['square_oauth_secret']);
add('PAYPAL_CLIENT_SECRET', () => `E${rs(A62 + '-_', 79)}`, ['PAYPAL_CLIENT_SECRET']);
add('BRAINTREE_ACCESS_TOKEN', () => `access_token$production$${rs(A36L, 16)}$${rs(HEX, 32)}`, ['BRAINTREE_TOKEN']);
add('RAZORPAY_KEY_SECRET', () => rs(A62, 24), ['RAZORPAY_KEY_SECRET']);
add('PADDLE_API_KEY', () => `pdl_live_apikey_${rs(A36L, 26)}_${rs(A62, 22)}_${rs(A62, 3)}`, ['PADDLE_API_KEY']);
add('MAPBOX_SECRET_TOKEN', () => `sk.${b64u(JSON.stringify({ u: 'acme-' + rs(LO, 5), a: rs(A36L, 25) })).replace(/=+$/, '')}.${rs(A62 + '-_', 22)}`, ['MAPBOX_SECRET']);
add('OKTA_API_TOKEN', () => `00${rs(A62 + '-_', 40)}`, ['OKTA_API_TOKEN']);
add('AUTH0_CLIENT_SECRET', () => rs(A62 + '-_', 64), ['AUTH0_CLIENT_SECRET']);
add('CONFLUENT_API_SECRET', () => rs(A62 + '+/', 64), ['sasl.password', 'CONFLUENT_SECRET']);
add('DATABRICKS_TOKEN', () => `dapi${rs(HEX, 32)}${R.chance(0.5) ? '-' + R.int(2, 3) : ''}`, ['DATABRICKS_TOKEN']);
add('OPENROUTER_API_KEY', () => `sk-or-v1-${rs(HEX, 64)}`, ['OPENROUTER_API_KEY']);
add('GROQ_API_KEY', () => `gsk_${rs(A62, 52)}`, ['GROQ_API_KEY']);
add('REPLICATE_API_TOKEN', () => `r8_${rs(A62, 37)}`, ['REPLICATE_API_TOKEN']);
add('COHERE_API_KEY', () => rs(A62, 40), ['CO_API_KEY']);
add('MISTRAL_API_KEY', () => rs(A62, 32), ['MISTRAL_API_KEY']);
add('PERPLEXITY_API_KEY', () => `pplx-${rs(A62, 48)}`, ['PPLX_API_KEY']);
add('DEEPSEEK_API_KEY', () => `sk-${rs(HEX, 32)}`, ['DEEPSEEK_API_KEY']);
add('XAI_API_KEY', () => `xai-${rs(A62, 80)}`, ['XAI_API_KEY']);
add('FIREWORKS_API_KEY', () => `fw_${rs(A62, 24)}`, ['FIREWORKS_API_KEY']);
add('TOGETHER_API_KEY', () => `tgp_v1_${rs(A62 + '-_', 43)}`, ['TOGETHER_API_KEY']);
add('LANGSMITH_API_KEY', () => `lsv2_pt_${rs(HEX, 32)}_${rs(HEX, 10)}`, ['LANGSMITH_API_KEY']);
add('PINECONE_API_KEY', () => `pcsk_${rs(A62, 6)}_${rs(A62, 63)}`, ['PINECONE_API_KEY']);
add('WANDB_API_KEY', () => rs(HEX, 40), ['WANDB_API_KEY']);
add('ELEVENLABS_API_KEY', () => `sk_${rs(HEX, 48)}`, ['ELEVENLABS_API_KEY', 'xi_api_key']);
add('ASSEMBLYAI_API_KEY', () => rs(HEX, 32), ['ASSEMBLYAI_API_KEY']);
add('NGROK_AUTHTOKEN', () => `2${rs(A62, 26)}_${rs(A62, 21)}`, ['NGROK_AUTHTOKEN']);
add('TAILSCALE_AUTH_KEY', () => `tskey-auth-k${rs(A62, 16)}CNTRL-${rs(A62, 33)}`, ['TS_AUTHKEY']);
add('SONARQUBE_TOKEN', () => `squ_${rs(HEX, 40)}`, ['SONAR_TOKEN']);
add('JFROG_ACCESS_TOKEN', () => `cmVmdGtuOjAxOj${rs(A62, 50)}`, ['ARTIFACTORY_TOKEN']);
add('ARTIFACTORY_API_KEY', () => `AKCp${rs(A62, 69)}`, ['artifactory_api_key']);
add('OCTOPUS_API_KEY', () => `API-${rs(A36U, 32)}`, ['OCTOPUS_API_KEY']);
add('POSTMARK_SERVER_TOKEN', () => uuid(), ['POSTMARK_SERVER_TOKEN', 'X-Postmark-Server-Token']);
add('RESEND_API_KEY', () => `re_${rs(A62, 8)}_${rs(A62, 24)}`, ['RESEND_API_KEY']);
add('BREVO_API_KEY', () => `xkeysib-${rs(HEX, 64)}-${rs(A62, 16)}`, ['BREVO_API_KEY']);
add('HUBSPOT_PRIVATE_APP_TOKEN', () => `pat-na1-${uuid()}`, ['HUBSPOT_ACCESS_TOKEN']);
add('SALESFORCE_ACCESS_TOKEN', () => `00D${rs(A62, 12)}!${rs(A62 + '._', 96)}`, ['sf_access_token']);
add('LAUNCHDARKLY_SDK_KEY', () => `sdk-${uuid()}`, ['LD_SDK_KEY']);
add('LAUNCHDARKLY_API_TOKEN', () => `api-${uuid()}`, ['LD_API_TOKEN']);
add('SEGMENT_WRITE_KEY', () => rs(A62, 32), ['SEGMENT_WRITE_KEY']);
add('MIXPANEL_API_SECRET', () => rs(HEX, 32), ['MIXPANEL_SECRET']);
add('CONTENTFUL_PAT', () => `CFPAT-${rs(A62 + '-_', 43)}`, ['CONTENTFUL_MANAGEMENT_TOKEN']);
add('PREFECT_API_KEY', () => `pnu_${rs(A62, 36)}`, ['PREFECT_API_KEY']);
add('DBT_CLOUD_TOKEN', () => `dbtc_${rs(A62 + '-_', 50)}`, ['DBT_CLOUD_API_KEY']);
add('BUILDKITE_TOKEN', () => `bkua_${rs(HEX, 40)}`, ['BUILDKITE_API_TOKEN']);
add('ONEPASSWORD_SERVICE_TOKEN', () => `ops_eyJ${rs(A62 + '-_', 240)}`, ['OP_SERVICE_ACCOUNT_TOKEN']);
add('AGE_SECRET_KEY', () => `AGE-SECRET-KEY-1${rs('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`, ['age_identity']);
add('FACEBOOK_ACCESS_TOKEN', () => `EAA${rs(A62, R.int(150, 200))}`, ['FB_ACCESS_TOKEN']);
add('TWITTER_BEARER_TOKEN', () => `AAAAAAAAAAAAAAAAAAAAA${rs(A62, 20)}%3D${rs(A62, 50)}`, ['TWITTER_BEARER_TOKEN']);
add('DROPBOX_ACCESS_TOKEN', () => `sl.${rs(A62 + '-_', 135)}`, ['DROPBOX_TOKEN']);
add('FIGMA_PAT', () => `figd_${rs(A62 + '-_', 40)}`, ['FIGMA_TOKEN']);
add('CLICKUP_TOKEN', () => `pk_${R.digits(8)}_${rs(A36U, 32)}`, ['CLICKUP_API_KEY']);
add('TRELLO_TOKEN', () => `ATTA${rs(HEX, 64)}${rs(HEXU, 8)}`, ['TRELLO_TOKEN']);
add('TODOIST_TOKEN', () => rs(HEX, 40), ['TODOIST_API_TOKEN']);
add('GITEA_TOKEN', () => rs(HEX, 40), ['GITEA_TOKEN']);
add('PAGERDUTY_API_KEY', () => `u+${rs(A62 + '-_', 18)}`, ['PAGERDUTY_TOKEN']);
add('OPSGENIE_API_KEY', () => uuid(), ['OPSGENIE_API_KEY']);
add('DJANGO_SECRET_KEY', () => `django-insecure-${rs(LO + D10 + '!@#$%^&*(-_=+)', 50)}`, ['SECRET_KEY']);
add('RAILS_SECRET_KEY_BASE', () => rs(HEX, 128), ['SECRET_KEY_BASE', 'secret_key_base']);
add('RAILS_MASTER_KEY', () => rs(HEX, 32), ['RAILS_MASTER_KEY']);
add('FLASK_SECRET_KEY', () => rs(HEX, 48), ['FLASK_SECRET_KEY', 'app.secret_key']);
add('LARAVEL_APP_KEY', () => `base64:${b64len(32)}`, ['APP_KEY']);
add('NEXTAUTH_SECRET', () => b64len(32), ['NEXTAUTH_SECRET', 'AUTH_SECRET']);
add('SESSION_SECRET', () => rs(A62, R.int(32, 64)), ['SESSION_SECRET', 'cookie_secret']);
add('JWT_SIGNING_SECRET', () => R.chance(0.5) ? rs(A62 + '-_', 48) : b64len(48), ['JWT_SECRET', 'jwt.signing-key']);
add('ENCRYPTION_KEY', () => R.chance(0.5) ? rs(HEX, 64) : b64len(32), ['ENCRYPTION_KEY', 'data_key', 'aes_key']);
add('WEBHOOK_SIGNING_SECRET', () => rs(A62, R.int(24, 48)), ['WEBHOOK_SECRET', 'signing_secret']);
add('BASIC_AUTH_CREDENTIALS', () => b64(`${R.pick(['admin', 'svc-report', 'deploy', 'grafana', 'ops'])}:${anyPassword()}`), ['Authorization']);
add('DOCKER_REGISTRY_AUTH', () => b64(`${R.pick(['ci-bot', 'pusher', 'build'])}:${anyPassword()}`), ['auth']);
add('K8S_SECRET_DATA', () => b64(anyPassword()), ['password']);
add('DATABASE_PASSWORD', () => anyPassword(), ['DB_PASSWORD', 'database.password', 'PGPASSWORD', 'MYSQL_ROOT_PASSWORD']);
add('REDIS_PASSWORD', () => anyPassword(), ['REDIS_PASSWORD', 'requirepass']);
add('RABBITMQ_PASSWORD', () => anyPassword(), ['RABBITMQ_DEFAULT_PASS', 'amqp_password']);
add('MONGODB_PASSWORD', () => anyPassword(), ['MONGO_INITDB_ROOT_PASSWORD']);
add('LDAP_BIND_PASSWORD', () => anyPassword(), ['LDAP_BIND_PW', 'bindCredential']);
add('SMTP_PASSWORD', () => anyPassword(), ['SMTP_PASSWORD', 'mail.smtp.password', 'EMAIL_HOST_PASSWORD']);
add('FTP_PASSWORD', () => anyPassword(), ['FTP_PASS', 'sftp_password']);
add('SSH_PASSWORD', () => anyPassword(), ['ssh_pass', 'ansible_ssh_pass']);
add('USER_PASSWORD', () => humanPassword(), ['password', 'passwd', 'pwd']);
add('ADMIN_PASSWORD', () => anyPassword(), ['ADMIN_PASSWORD', 'admin_pass', 'GF_SECURITY_ADMIN_PASSWORD']);
add('WIFI_PASSWORD', () => humanPassword(), ['wpa_passphrase', 'psk']);
add('KEYSTORE_PASSWORD', () => anyPassword(), ['keystore.password', 'storePassword', 'KEY_PASSWORD']);
add('GENERIC_API_KEY', genericValue, ['api_key', 'apikey', 'x-api-key', 'partner_key', 'svc_key', 'ingest_key', 'license_key', 'widgetKey', 'KEYCODE', 'auth_code_secret']);
add('GENERIC_TOKEN', genericValue, ['token', 'access_token', 'bearer', 'sync_token', 'upload_token', 'relay_tok', 'tkn', 'passkey_token', 'feed_auth']);
add('GENERIC_CLIENT_SECRET', genericValue, ['client_secret', 'clientSecret', 'oauth_secret', 'consumer_secret', 'app_secret', 'CLIENT_PWD']);
add('GENERIC_SECRET', genericValue, ['secret', 'shared_secret', 'hmac_key', 'salt_secret', 'master_seed', 'credential', 'cred', 'magic', 'sig_key', 'pepper']);
add('PRIVATE_KEY', () => pemKey(), ['private_key', 'ssh_private_key', 'tls.key']);
export const KINDS = K;
export const byEntity = Object.fromEntries(K.map((k) => [k.e, k]));
const GENERIC = ['GENERIC_API_KEY', 'GENERIC_TOKEN', 'GENERIC_CLIENT_SECRET', 'GENERIC_SECRET', 'USER_PASSWORD', 'DATABASE_PASSWORD', 'ADMIN_PASSWORD'];

// queue so that every kind appears, with extra weight on prefix-less credentials
let queue = [];
export function nextKind() {
  if (!queue.length) queue = R.shuffle([...K.filter((k) => k.e !== 'PRIVATE_KEY'), ...GENERIC.map((e) => byEntity[e]), ...GENERIC.map((e) => byEntity[e]), ...GENERIC.map((e) => byEntity[e])]);
  return queue.pop();
}
// returns {entity, value, key}
export function secret(entity) {
  const k = entity ? byEntity[entity] : nextKind();
  return { k, key: R.pick(k.keys), span: S(k.e, k.g()) };
}
export const sp = (entity, value) => S(entity, value ?? byEntity[entity].g());
export const unusualKeys = ['zephyr_passphrase', 'the_thing_we_dont_commit', 'bucketSauce', 'MOOSE_KEY', 'svc.acct.cred', 'x_auth_magic', 'handshake_blob', 'shh', 'k', 'ingestion.auth.value', 'backend_pw', 'creds_v2', 'secretSauce', 'opaque_token', 'legacy_hash_salt', 'partner.sftp.pass', 'reporting_user_pwd', 'telemetry_write_tok', 'ORCHID_KEY', 'nightly_sync_auth', 'keyphrase', 'PASSWORT', 'contrasena', 'motdepasse', 'chave_api', 'kennwort_db'];
