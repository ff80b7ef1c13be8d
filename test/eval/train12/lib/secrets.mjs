// Secret generators: ~170 credential kinds, all format-valid and random.
import { B62, B64, B64U, B32, HEX, UPPER, LOWER, DIG, base62, crc32 } from './core.mjs';

const b64 = (r, n) => r.str(B64, n);
const b64u = (r, n) => r.str(B64U, n);
const al = (r, n) => r.str(B62, n);
const up = (r, n) => r.str(UPPER + DIG, n);
const lo = (r, n) => r.str(LOWER + DIG, n);

export function github(r, p = 'ghp') { const body = al(r, 30); return `${p}_${body}${base62(crc32(body), 6)}`; }
export function jwt(r, extra = {}) {
  const h = Buffer.from(JSON.stringify(r.pick([{ alg: 'HS256', typ: 'JWT' }, { alg: 'RS256', typ: 'JWT', kid: r.hex(16) }, { alg: 'ES256', typ: 'JWT' }]))).toString('base64url');
  const iat = 1700000000 + r.int(0, 60000000);
  const body = { sub: r.pick(['usr_', 'svc-', 'acct:', '']) + r.hex(10), iat, exp: iat + r.pick([900, 3600, 86400]), ...extra };
  if (r.chance(0.5)) body.scope = r.pick(['read write', 'admin', 'orders:read', 'openid profile email']);
  if (r.chance(0.4)) body.iss = `https://auth.${r.pick(['acme', 'corp', 'idp'])}.example/`;
  const p = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${h}.${p}.${b64u(r, r.pick([43, 86]))}`;
}
function wrap(s, w = 64) { const out = []; for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w)); return out; }
export function pem(r, type) {
  let label, der;
  if (type === 'rsa') { label = 'RSA PRIVATE KEY'; der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]); }
  else if (type === 'ec') { label = 'EC PRIVATE KEY'; der = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]); }
  else if (type === 'pkcs8') { label = 'PRIVATE KEY'; der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(1179)]); }
  else if (type === 'openssh') {
    label = 'OPENSSH PRIVATE KEY';
    const str = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
    const pub = r.bytes(32), chk = r.bytes(4);
    const pubBlob = Buffer.concat([str(Buffer.from('ssh-ed25519')), str(pub)]);
    const priv = Buffer.concat([chk, chk, str(Buffer.from('ssh-ed25519')), str(pub), str(Buffer.concat([r.bytes(32), pub])), str(Buffer.from('user@host')), Buffer.from([1, 2, 3, 4, 5, 6, 7])]);
    const one = Buffer.alloc(4); one.writeUInt32BE(1);
    der = Buffer.concat([Buffer.from('openssh-key-v1\0'), str(Buffer.from('none')), str(Buffer.from('none')), str(Buffer.alloc(0)), one, str(pubBlob), str(priv)]);
    return `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), 70).join('\n')}\n-----END ${label}-----`;
  } else { // pgp
    const body = wrap(Buffer.concat([Buffer.from([0x95, 0x03, 0xc6]), r.bytes(700)]).toString('base64'), 64).join('\n');
    return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n=${b64(r, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  }
  return `-----BEGIN ${label}-----\n${wrap(der.toString('base64')).join('\n')}\n-----END ${label}-----`;
}

// Human-chosen passwords.
const WORDS = ['sunshine', 'Dragon', 'monkey', 'Bella', 'Charlie', 'Sommer', 'Hase', 'soleil', 'Chouchou', 'Pikachu', 'Barcelona', 'Milano', 'tigre', 'Kirschblüte', 'Lakers', 'Yankees', 'Liverpool', 'Arsenal', 'Princess', 'Snoopy', 'Frodo', 'Gandalf', 'Nanami', 'Sakura', 'Porsche', 'Bremen', 'Mustang', 'Dolphin', 'Koala', 'Marmelade', 'Zebra', 'Paris', 'Orion', 'coffee', 'Tequila', 'Schatzi', 'Baileys', 'Kaffee', 'mariposa', 'estrela'];
const SYM = '!@#%&*?_.-+=';
export function humanPassword(r) {
  const w = r.pick(WORDS), y = r.pick(['2019', '2021', '2023', '2024', '1987', '1992', '77', '12', '007', '0412', '99']);
  switch (r.int(0, 7)) {
    case 0: return w + y + r.pick(SYM);
    case 1: return w[0].toUpperCase() + w.slice(1).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + y;
    case 2: return `${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}-${r.int(10, 99)}`;
    case 3: return `${w}${r.pick(SYM)}${y}${r.pick(SYM)}`;
    case 4: return `I${r.pick(['love', 'heart', 'Miss'])}${w}${y}`;
    case 5: return `${w.toUpperCase()}_${r.pick(WORDS)}${r.int(1, 9)}`;
    case 6: return `${r.pick(['Winter', 'Frühling', 'Herbst', 'Printemps', 'Verano', 'Autumn'])}${y}${r.pick(SYM)}`;
    default: return `${w}${r.int(100, 9999)}${r.pick(SYM)}${r.str(UPPER, 1)}`;
  }
}
export function machinePassword(r) { return r.str(B62 + '!#%*+-=_.', r.int(16, 28)); }
export function wifiPass(r) {
  switch (r.int(0, 4)) {
    case 0: return `${r.pick(WORDS)}${r.pick(WORDS)}${r.int(10, 9999)}`;
    case 1: return `${r.pick(['blue', 'green', 'tiny', 'brave', 'lazy', 'happy'])}-${r.pick(['otter', 'garden', 'lamp', 'river', 'penguin'])}-${r.pick(['fifty', 'seven', 'nine', 'forty'])}-${r.int(1, 99)}`;
    case 2: return r.str(B62, r.int(10, 20));
    case 3: return `Familie${r.pick(['Müller', 'Schmidt', 'Nguyen', 'Rossi', 'Kowalski'])}${r.int(1990, 2024)}!`;
    default: return humanPassword(r);
  }
}

const GENERIC_NAMES = ['relay_passphrase', 'halo_auth', 'bridge_key', 'ingest_sig', 'upstream_bearer', 'sync_shared_secret', 'hmac_pepper', 'unseal_share', 'sidecar_token', 'partner_handshake', 'mq_creds', 'telemetry_pass', 'license_secret', 'callback_signing', 'kiosk_pin_seed', 'warp_key', 'edge_auth', 'notary_token', 'portal_cookie_key', 'legacy_bridge_pw', 'vendor_blob', 'xfer_secret', 'pairing_code_salt', 'cipher_seed', 'uplink_code'];

// [entity, typical key names, generator]
export const KINDS = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', ['github_token', 'gh_token'], (r) => github(r, 'ghp')],
  ['GITHUB_OAUTH_TOKEN', ['github_oauth'], (r) => github(r, 'gho')],
  ['GITHUB_APP_USER_TOKEN', ['gh_user_to_server'], (r) => github(r, 'ghu')],
  ['GITHUB_APP_INSTALLATION_TOKEN', ['gh_installation_token'], (r) => github(r, 'ghs')],
  ['GITHUB_REFRESH_TOKEN', ['gh_refresh'], (r) => github(r, 'ghr')],
  ['GITHUB_FINE_GRAINED_PAT', ['github_pat'], (r) => `github_pat_11${up(r, 20)}_${al(r, 59)}`],
  ['AWS_ACCESS_KEY', ['aws_access_key_id'], (r) => 'AKIA' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)],
  ['AWS_TEMP_ACCESS_KEY', ['aws_access_key_id'], (r) => 'ASIA' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)],
  ['AWS_SECRET_KEY', ['aws_secret_access_key'], (r) => b64(r, 40)],
  ['AWS_SESSION_TOKEN', ['aws_session_token'], (r) => 'IQoJb3JpZ2luX2Vj' + b64(r, 280)],
  ['SLACK_BOT_TOKEN', ['slack_bot_token'], (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${al(r, 24)}`],
  ['SLACK_USER_TOKEN', ['slack_user_token'], (r) => `xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`],
  ['SLACK_APP_TOKEN', ['slack_app_token'], (r) => `xapp-1-A${up(r, 10)}-${r.digits(13)}-${r.hex(64)}`],
  ['SLACK_CONFIG_TOKEN', ['slack_config_token'], (r) => `xoxe.xoxp-1-${al(r, 150)}`],
  ['STRIPE_SECRET_KEY', ['stripe_secret_key'], (r) => `sk_live_51${al(r, 97)}`],
  ['STRIPE_TEST_SECRET_KEY', ['stripe_key'], (r) => `sk_test_51${al(r, 97)}`],
  ['STRIPE_RESTRICTED_KEY', ['stripe_restricted_key'], (r) => `rk_live_51${al(r, 97)}`],
  ['STRIPE_WEBHOOK_SECRET', ['stripe_webhook_secret'], (r) => `whsec_${al(r, 32)}`],
  ['OPENAI_API_KEY', ['openai_api_key'], (r) => `sk-proj-${b64u(r, 58)}T3BlbkFJ${b64u(r, 58)}`],
  ['OPENAI_LEGACY_KEY', ['openai_key'], (r) => `sk-${al(r, 20)}T3BlbkFJ${al(r, 20)}`],
  ['OPENAI_ADMIN_KEY', ['openai_admin_key'], (r) => `sk-admin-${b64u(r, 58)}T3BlbkFJ${b64u(r, 58)}`],
  ['ANTHROPIC_API_KEY', ['anthropic_api_key'], (r) => `sk-ant-api03-${b64u(r, 93)}AA`],
  ['ANTHROPIC_ADMIN_KEY', ['anthropic_admin_key'], (r) => `sk-ant-admin01-${b64u(r, 93)}AA`],
  ['GOOGLE_API_KEY', ['google_api_key', 'maps_key'], (r) => `AIza${r.str(B62 + '-_', 35)}`],
  ['GOOGLE_OAUTH_CLIENT_SECRET', ['google_client_secret'], (r) => `GOCSPX-${r.str(B62 + '-_', 28)}`],
  ['GCP_SERVICE_ACCOUNT_KEY_ID', ['private_key_id'], (r) => r.hex(40)],
  ['GITLAB_PAT', ['gitlab_token'], (r) => `glpat-${r.str(B62 + '-_', 20)}`],
  ['GITLAB_RUNNER_TOKEN', ['runner_token'], (r) => `glrt-${r.str(B62 + '-_', 20)}`],
  ['GITLAB_DEPLOY_TOKEN', ['deploy_token'], (r) => `gldt-${r.str(B62 + '-_', 20)}`],
  ['GITLAB_PIPELINE_TRIGGER', ['trigger_token'], (r) => `glptt-${r.hex(40)}`],
  ['NPM_TOKEN', ['npm_token'], (r) => `npm_${al(r, 36)}`],
  ['PYPI_TOKEN', ['pypi_token'], (r) => `pypi-AgEIcHlwaS5vcmc${b64u(r, 70)}`],
  ['DOCKERHUB_PAT', ['docker_pat'], (r) => `dckr_pat_${r.str(B62 + '-_', 27)}`],
  ['NUGET_API_KEY', ['nuget_api_key'], (r) => `oy2${lo(r, 43)}`],
  ['RUBYGEMS_API_KEY', ['gem_host_api_key'], (r) => `rubygems_${r.hex(48)}`],
  ['CARGO_REGISTRY_TOKEN', ['cargo_token'], (r) => `cio${al(r, 32)}`],
  ['TWILIO_API_KEY_SID', ['twilio_api_key'], (r) => `SK${r.hex(32)}`],
  ['TWILIO_AUTH_TOKEN', ['twilio_auth_token'], (r) => r.hex(32)],
  ['SENDGRID_API_KEY', ['sendgrid_api_key'], (r) => `SG.${r.str(B62 + '-_', 22)}.${r.str(B62 + '-_', 43)}`],
  ['MAILGUN_API_KEY', ['mailgun_key'], (r) => `key-${r.hex(32)}`],
  ['MAILCHIMP_API_KEY', ['mailchimp_key'], (r) => `${r.hex(32)}-us${r.int(1, 21)}`],
  ['SHOPIFY_ACCESS_TOKEN', ['shopify_token'], (r) => `shpat_${r.hex(32)}`],
  ['SHOPIFY_SHARED_SECRET', ['shopify_secret'], (r) => `shpss_${r.hex(32)}`],
  ['SHOPIFY_CUSTOM_APP_TOKEN', ['shopify_custom'], (r) => `shpca_${r.hex(32)}`],
  ['DIGITALOCEAN_TOKEN', ['do_token'], (r) => `dop_v1_${r.hex(64)}`],
  ['DIGITALOCEAN_OAUTH', ['do_oauth'], (r) => `doo_v1_${r.hex(64)}`],
  ['HEROKU_API_KEY', ['heroku_api_key'], (r) => `HRKU-AA${r.str(B62 + '_-', 58)}`],
  ['LINEAR_API_KEY', ['linear_key'], (r) => `lin_api_${al(r, 40)}`],
  ['NOTION_TOKEN', ['notion_token'], (r) => `ntn_${r.digits(11)}${al(r, 35)}`],
  ['AIRTABLE_PAT', ['airtable_pat'], (r) => `pat${al(r, 14)}.${r.hex(64)}`],
  ['HUGGINGFACE_TOKEN', ['hf_token'], (r) => `hf_${al(r, 34)}`],
  ['REPLICATE_TOKEN', ['replicate_api_token'], (r) => `r8_${al(r, 37)}`],
  ['GROQ_API_KEY', ['groq_key'], (r) => `gsk_${al(r, 52)}`],
  ['PERPLEXITY_API_KEY', ['pplx_key'], (r) => `pplx-${al(r, 48)}`],
  ['OPENROUTER_API_KEY', ['openrouter_key'], (r) => `sk-or-v1-${r.hex(64)}`],
  ['XAI_API_KEY', ['xai_key'], (r) => `xai-${al(r, 80)}`],
  ['DEEPSEEK_API_KEY', ['deepseek_key'], (r) => `sk-${r.hex(32)}`],
  ['COHERE_API_KEY', ['co_api_key'], (r) => al(r, 40)],
  ['MISTRAL_API_KEY', ['mistral_key'], (r) => al(r, 32)],
  ['DATADOG_API_KEY', ['dd_api_key'], (r) => r.hex(32)],
  ['DATADOG_APP_KEY', ['dd_app_key'], (r) => r.hex(40)],
  ['NEWRELIC_USER_KEY', ['new_relic_api_key'], (r) => `NRAK-${up(r, 27)}`],
  ['NEWRELIC_LICENSE_KEY', ['license_key'], (r) => `${r.hex(36)}NRAL`],
  ['SENTRY_AUTH_TOKEN', ['sentry_auth_token'], (r) => `sntrys_${b64u(r, 120)}`],
  ['SENTRY_USER_TOKEN', ['sentry_token'], (r) => `sntryu_${r.hex(64)}`],
  ['ATLASSIAN_API_TOKEN', ['jira_token', 'confluence_token'], (r) => `ATATT3xFfGF0${r.str(B62 + '-_', 170)}=${r.hex(8).toUpperCase()}`],
  ['BITBUCKET_APP_PASSWORD', ['bitbucket_app_password'], (r) => `ATBB${al(r, 28)}${r.hex(8).toUpperCase()}`],
  ['AZURE_STORAGE_KEY', ['AccountKey'], (r) => b64(r, 86) + '=='],
  ['AZURE_CLIENT_SECRET', ['azure_client_secret'], (r) => `${al(r, 3)}8Q~${r.str(B62 + '~._-', 34)}`],
  ['AZURE_SAS_SIGNATURE', ['sig'], (r) => encodeURIComponent(b64(r, 43) + '=')],
  ['AZURE_OPENAI_KEY', ['azure_openai_key'], (r) => r.hex(32)],
  ['DISCORD_BOT_TOKEN', ['discord_token'], (r) => `${'MT' + b64u(r, 24).replace(/[-_]/g, 'x')}.${al(r, 6)}.${r.str(B62 + '-_', 38)}`],
  ['DISCORD_WEBHOOK_TOKEN', ['webhook_token'], (r) => r.str(B62 + '-_', 68)],
  ['TELEGRAM_BOT_TOKEN', ['telegram_bot_token'], (r) => `${r.int(1000000000, 7999999999)}:AA${r.str(B62 + '-_', 33)}`],
  ['TERRAFORM_CLOUD_TOKEN', ['tfe_token'], (r) => `${al(r, 14)}.atlasv1.${al(r, 67)}`],
  ['VAULT_TOKEN', ['vault_token'], (r) => `hvs.${r.str(B62 + '_-', 90)}`],
  ['VAULT_BATCH_TOKEN', ['vault_batch'], (r) => `hvb.${r.str(B62 + '_-', 120)}`],
  ['CONSUL_ACL_TOKEN', ['consul_token'], (r) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`],
  ['POSTMAN_API_KEY', ['postman_key'], (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`],
  ['FIGMA_TOKEN', ['figma_token'], (r) => `figd_${r.str(B62 + '-_', 40)}`],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', ['grafana_token'], (r) => `glsa_${al(r, 32)}_${r.hex(8)}`],
  ['GRAFANA_CLOUD_TOKEN', ['grafana_cloud'], (r) => `glc_${b64(r, 80).replace(/[+/]/g, 'Q')}`],
  ['PLANETSCALE_PASSWORD', ['pscale_password'], (r) => `pscale_pw_${r.str(B62 + '_-', 43)}`],
  ['PLANETSCALE_TOKEN', ['pscale_token'], (r) => `pscale_tkn_${r.str(B62 + '_-', 43)}`],
  ['DOPPLER_TOKEN', ['doppler_token'], (r) => `dp.pt.${al(r, 43)}`],
  ['PULUMI_ACCESS_TOKEN', ['pulumi_token'], (r) => `pul-${r.hex(40)}`],
  ['FLYIO_TOKEN', ['fly_api_token'], (r) => `fo1_${r.str(B62 + '_-', 43)}`],
  ['NETLIFY_TOKEN', ['netlify_auth_token'], (r) => `nfp_${al(r, 36)}`],
  ['VERCEL_TOKEN', ['vercel_token'], (r) => al(r, 24)],
  ['CLOUDFLARE_API_TOKEN', ['cf_api_token'], (r) => r.str(B62 + '_-', 40)],
  ['CLOUDFLARE_GLOBAL_KEY', ['cf_api_key'], (r) => r.hex(37)],
  ['SQUARE_ACCESS_TOKEN', ['square_token'], (r) => `EAAA${r.str(B62 + '-_', 60)}`],
  ['SQUARE_OAUTH_SECRET', ['square_secret'], (r) => `sq0csp-${r.str(B62 + '-_', 43)}`],
  ['BRAINTREE_ACCESS_TOKEN', ['braintree_token'], (r) => `access_token$production$${lo(r, 16)}$${r.hex(32)}`],
  ['ADYEN_API_KEY', ['adyen_api_key'], (r) => `AQE${al(r, 20)}+${al(r, 40)}=-${al(r, 30)}`],
  ['SHIPPO_TOKEN', ['shippo_token'], (r) => `shippo_live_${r.hex(40)}`],
  ['EASYPOST_API_KEY', ['easypost_key'], (r) => `EZAK${r.hex(54)}`],
  ['ALGOLIA_ADMIN_KEY', ['algolia_admin_key'], (r) => r.hex(32)],
  ['CONTENTFUL_PAT', ['contentful_token'], (r) => `CFPAT-${r.str(B62 + '-_', 43)}`],
  ['OKTA_API_TOKEN', ['okta_token'], (r) => `00${r.str(B62 + '-_', 40)}`],
  ['AUTH0_CLIENT_SECRET', ['auth0_client_secret'], (r) => r.str(B62 + '-_', 64)],
  ['MAPBOX_SECRET_TOKEN', ['mapbox_secret'], (r) => `sk.eyJ1Ijoi${b64u(r, 40)}.${b64u(r, 22)}`],
  ['DROPBOX_TOKEN', ['dropbox_token'], (r) => `sl.${r.str(B62 + '-_', 135)}`],
  ['ASANA_PAT', ['asana_token'], (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`],
  ['CIRCLECI_TOKEN', ['circle_token'], (r) => `CCIPAT_${al(r, 22)}_${r.hex(40)}`],
  ['BUILDKITE_TOKEN', ['buildkite_token'], (r) => `bkua_${r.hex(40)}`],
  ['DATABRICKS_TOKEN', ['databricks_token'], (r) => `dapi${r.hex(32)}`],
  ['SONARQUBE_TOKEN', ['sonar_token'], (r) => `squ_${r.hex(40)}`],
  ['ELEVENLABS_API_KEY', ['xi_api_key'], (r) => `sk_${r.hex(48)}`],
  ['LAUNCHDARKLY_SDK_KEY', ['ld_sdk_key'], (r) => `sdk-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`],
  ['SEGMENT_WRITE_KEY', ['segment_write_key'], (r) => al(r, 32)],
  ['ZENDESK_API_TOKEN', ['zendesk_token'], (r) => al(r, 40)],
  ['INTERCOM_TOKEN', ['intercom_token'], (r) => `dG9rOj${b64(r, 54)}=`],
  ['AGE_SECRET_KEY', ['age_key'], (r) => `AGE-SECRET-KEY-1${r.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`],
  ['ONEPASSWORD_SERVICE_TOKEN', ['op_service_account_token'], (r) => `ops_eyJ${b64u(r, 200)}`],
  ['TAILSCALE_AUTH_KEY', ['ts_authkey'], (r) => `tskey-auth-k${al(r, 10)}CNTRL-${al(r, 33)}`],
  ['TAILSCALE_API_KEY', ['ts_api_key'], (r) => `tskey-api-k${al(r, 10)}CNTRL-${al(r, 33)}`],
  ['NGROK_AUTHTOKEN', ['ngrok_authtoken'], (r) => `${al(r, 27)}_${al(r, 21)}`],
  ['PINECONE_API_KEY', ['pinecone_key'], (r) => `pcsk_${al(r, 6)}_${al(r, 62)}`],
  ['LANGSMITH_API_KEY', ['langchain_api_key'], (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`],
  ['SUPABASE_ACCESS_TOKEN', ['supabase_token'], (r) => `sbp_${r.hex(40)}`],
  ['SUPABASE_SERVICE_ROLE_KEY', ['supabase_service_role_key'], (r) => jwt(r, { role: 'service_role' })],
  ['RESEND_API_KEY', ['resend_key'], (r) => `re_${al(r, 8)}_${al(r, 24)}`],
  ['FACEBOOK_ACCESS_TOKEN', ['fb_access_token'], (r) => `EAA${al(r, 180)}`],
  ['JENKINS_API_TOKEN', ['jenkins_token'], (r) => `11${r.hex(32)}`],
  ['ARTIFACTORY_API_KEY', ['artifactory_key'], (r) => `AKCp${al(r, 69)}`],
  ['DYNATRACE_TOKEN', ['dt_api_token'], (r) => `dt0c01.${up(r, 24)}.${up(r, 64)}`],
  ['PREFECT_API_KEY', ['prefect_key'], (r) => `pnu_${al(r, 36)}`],
  ['TYPEFORM_TOKEN', ['typeform_token'], (r) => `tfp_${r.str(B62 + '-_', 44)}_${al(r, 14)}`],
  ['PAGERDUTY_API_KEY', ['pagerduty_token'], (r) => `u+${r.str(B62 + '-_', 18)}`],
  ['JWT', ['access_token', 'id_token'], (r) => jwt(r)],
  ['JWT_REFRESH_TOKEN', ['refresh_token'], (r) => jwt(r, { typ: 'refresh' })],
  ['RSA_PRIVATE_KEY', ['private_key'], (r) => pem(r, 'rsa')],
  ['EC_PRIVATE_KEY', ['tls_key'], (r) => pem(r, 'ec')],
  ['PRIVATE_KEY', ['signing_key_pem'], (r) => pem(r, 'pkcs8')],
  ['OPENSSH_PRIVATE_KEY', ['ssh_key'], (r) => pem(r, 'openssh')],
  ['PGP_PRIVATE_KEY', ['gpg_key'], (r) => pem(r, 'pgp')],
  ['WIREGUARD_PRIVATE_KEY', ['PrivateKey'], (r) => b64(r, 43) + '='],
  ['WIREGUARD_PRESHARED_KEY', ['PresharedKey'], (r) => b64(r, 43) + '='],
  ['DATABASE_PASSWORD', ['db_password', 'pg_pass'], machinePassword],
  ['REDIS_PASSWORD', ['redis_password', 'requirepass'], machinePassword],
  ['MONGODB_PASSWORD', ['mongo_password'], machinePassword],
  ['AMQP_PASSWORD', ['rabbitmq_password'], machinePassword],
  ['LDAP_BIND_PASSWORD', ['bind_password'], machinePassword],
  ['SMTP_PASSWORD', ['smtp_password', 'mail_pass'], machinePassword],
  ['FTP_PASSWORD', ['ftp_password'], humanPassword],
  ['SSH_PASSWORD', ['ssh_pass'], humanPassword],
  ['ADMIN_PASSWORD', ['admin_password'], humanPassword],
  ['USER_PASSWORD', ['password'], humanPassword],
  ['ROOT_PASSWORD', ['root_password'], humanPassword],
  ['KEYSTORE_PASSWORD', ['keystore_password', 'storePassword'], humanPassword],
  ['VPN_PRESHARED_KEY', ['ipsec_psk', 'psk'], machinePassword],
  ['WIFI_PASSWORD', ['wpa_passphrase', 'wifi_password'], wifiPass],
  ['WIFI_PSK_HEX', ['psk'], (r) => r.hex(64)],
  ['SNMP_COMMUNITY', ['snmp_community'], (r) => `${r.pick(['netops', 'mon', 'rocomm', 'lab'])}${r.str(B62, 10)}`],
  ['BASIC_AUTH_CREDENTIALS', ['auth'], (r) => Buffer.from(`${r.pick(['deploy', 'admin', 'ci-bot', 'svc_reports'])}:${machinePassword(r)}`).toString('base64')],
  ['DOCKER_REGISTRY_AUTH', ['auth'], (r) => Buffer.from(`${r.pick(['robot$ci', 'builder', 'pushbot'])}:${al(r, 24)}`).toString('base64')],
  ['K8S_SECRET_DATA', ['password'], (r) => Buffer.from(machinePassword(r)).toString('base64')],
  ['DJANGO_SECRET_KEY', ['SECRET_KEY'], (r) => `django-insecure-${r.str(LOWER + DIG + '!@#%^&*(-_=+)', 50)}`],
  ['RAILS_SECRET_KEY_BASE', ['secret_key_base'], (r) => r.hex(128)],
  ['RAILS_MASTER_KEY', ['RAILS_MASTER_KEY'], (r) => r.hex(32)],
  ['LARAVEL_APP_KEY', ['APP_KEY'], (r) => `base64:${b64(r, 43)}=`],
  ['FLASK_SECRET_KEY', ['SECRET_KEY'], (r) => r.hex(48)],
  ['NEXTAUTH_SECRET', ['NEXTAUTH_SECRET'], (r) => b64(r, 43) + '='],
  ['SESSION_SECRET', ['session_secret', 'cookie_secret'], (r) => al(r, 48)],
  ['JWT_SIGNING_KEY', ['jwt_secret', 'jwt_signing_key'], (r) => r.str(B62 + '-_', 64)],
  ['ENCRYPTION_KEY', ['encryption_key', 'aes_key'], (r) => b64(r, 43) + '='],
  ['HMAC_KEY', ['hmac_key'], (r) => r.hex(64)],
  ['WEBHOOK_SECRET', ['webhook_secret'], (r) => al(r, 40)],
  ['OAUTH_CLIENT_SECRET', ['client_secret'], (r) => r.str(B62 + '-_~.', 40)],
  ['API_SECRET', ['api_secret', 'consumer_secret'], (r) => al(r, 50)],
  ['GENERIC_API_KEY', ['api_key', 'apikey', 'x-api-key'], (r) => r.pick([() => r.hex(32), () => al(r, 40), () => lo(r, 36)])()],
  ['ACCESS_TOKEN', ['access_token', 'bearer'], (r) => al(r, r.int(32, 64))],
  ['AUTH_KEY', ['auth_key', 'authkey'], (r) => r.str(B62 + '+/', 44)],
  ['SIGNING_KEY', ['signing_key', 'sign_secret'], (r) => r.hex(64)],
  ['TOTP_SEED', ['totp_secret', 'otp_seed'], (r) => r.str(B32, 32)],
  ['CRYPTO_WALLET_PRIVATE_KEY', ['wallet_private_key'], (r) => '0x' + r.hex(64)],
  ['CLOUDINARY_API_SECRET', ['cloudinary_secret'], (r) => r.str(B62 + '-_', 27)],
  ['FIREBASE_SERVER_KEY', ['fcm_server_key'], (r) => `AAAA${r.str(B62 + '-_', 7)}:APA91b${r.str(B62 + '-_', 134)}`],
  ['GENERIC_RANDOM_SECRET', GENERIC_NAMES, (r) => r.pick([() => al(r, r.int(24, 48)), () => r.hex(r.int(32, 64)), () => b64(r, 40) + '=', () => lo(r, 30)])()],
];
export const KIND_NAMES = KINDS.map((k) => k[0]);
const BY = Object.fromEntries(KINDS.map((k) => [k[0], k]));
export const make = (r, e) => ({ e, v: BY[e][2](r), name: r.pick(BY[e][1]) });

// round robin over every kind so each is used
export function makeCycler(r, exclude = []) {
  let order = [], i = 0;
  const noPem = KINDS.filter((k) => !/PRIVATE_KEY$/.test(k[0]) || /WIREGUARD|WALLET/.test(k[0])).map((k) => k[0]).filter((e) => !exclude.includes(e));
  return () => { if (i >= order.length) { order = r.shuffle(noPem); i = 0; } return make(r, order[i++]); };
}
export const GENERIC = GENERIC_NAMES;
export function styleName(n, st) {
  const parts = n.split(/[_\-\s]+|(?=[A-Z][a-z])/).filter(Boolean).map((x) => x.toLowerCase());
  if (st === 'upper') return parts.join('_').toUpperCase();
  if (st === 'camel') return parts[0] + parts.slice(1).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  if (st === 'kebab') return parts.join('-');
  if (st === 'pascal') return parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
  if (st === 'dot') return parts.join('.');
  return parts.join('_');
}
