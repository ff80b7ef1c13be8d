// Secret value generators. Every spec: e = entity name, g = generator(r, ctx) -> value,
// k = key-name phrases (words separated by spaces; rendered in many styles), h = how it
// travels in an HTTP header ('bearer' | header name | null), deck = drawn for generic
// key/value positions (false: only produced by dedicated templates).
import { B62, B64, HEX, UPPER, LOWER, DIGITS, B32, ghChecksum, base62, crc32, bech32Encode, convertBits } from './checksums.mjs';

const URLSAFE = B62 + '-_';
const hex = (r, n) => r.str(HEX, n);
const b62 = (r, n) => r.str(B62, n);
const u = (r, n) => r.str(URLSAFE, n);
export const uuid4 = (r) => { const h = hex(r, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
const b64 = (buf) => Buffer.from(buf).toString('base64');
const b64u = (buf) => Buffer.from(buf).toString('base64url');

function gh(r, p) { const x = b62(r, 30); return `gh${p}_${x}${ghChecksum(x)}`; }
function npmTok(r) { const x = b62(r, 30); return `npm_${x}${base62(crc32(Buffer.from(x)), 6)}`; }

// ---- human-chosen passwords and passphrases ----
const PW_WORDS = ['Sommer', 'Winter', 'Bluebird', 'Kaffeetasse', 'Mariposa', 'Chelsea', 'Istanbul', 'Gatito', 'Lisboa', 'Tigerente',
  'Dragon', 'Monkey', 'Sunshine', 'Football', 'Princess', 'Zitrone', 'Pomodoro', 'Koala', 'Moonlight', 'Wasabi', 'Frambuesa',
  'Schnecke', 'Nightowl', 'Pingwin', 'Kirschbaum', 'Sakura', 'Hamster', 'Rainbow', 'Tequila', 'Leopard', 'Bordeaux', 'Stroopwafel',
  'Matrjoschka', 'Baklava', 'Kangaroo', 'Fjord', 'Papagei', 'Capybara', 'Merlot', 'Quokka'];
const PP_WORDS = ['lantern', 'orbit', 'mango', 'velvet', 'granite', 'harbor', 'pickle', 'comet', 'saffron', 'tundra', 'walnut', 'ember',
  'meadow', 'quiver', 'cobalt', 'ferry', 'nutmeg', 'pylon', 'ripple', 'sprocket', 'thimble', 'umbra', 'violet', 'wombat', 'yodel',
  'zephyr', 'biscuit', 'cactus', 'dynamo', 'falcon', 'gazebo', 'hammock', 'igloo', 'jigsaw', 'kettle', 'lobster', 'marble', 'noodle',
  'oyster', 'parsnip', 'wolke', 'tanne', 'fahrrad', 'kompass', 'grenouille', 'bougie', 'tortuga', 'ventana', 'bicicletta', 'farfalla'];
export function humanPassword(r) {
  const w = r.pick(PW_WORDS), y = r.pick(['2026', '2025', '1987', '1994', '88', '42', '7', '17', '21', '99', '123', '34']);
  const s = r.pick(['!', '#', '$', '%', '*', '?', '.', '_', '-', '&', '!!', '+']);
  const shape = r.int(0, 9);
  const leet = (x) => x.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3');
  let pw;
  switch (shape) {
    case 0: pw = `${w}${y}${s}`; break;
    case 1: pw = `${w}${s}${y}`; break;
    case 2: pw = `${leet(w)}${y}`; break;
    case 3: pw = `${w.toLowerCase()}${s}${r.pick(PW_WORDS).toLowerCase()}${y}`; break;
    case 4: pw = `${y}${w}${s}`; break;
    case 5: pw = `${w}_${r.pick(PW_WORDS)}${y}`; break;
    case 6: pw = `${w.toUpperCase().slice(0, 3)}${w.slice(3).toLowerCase()}${y}${s}${s}`; break;
    case 7: pw = `Ich${w}${y}`; break;
    case 8: pw = `${leet(w.toLowerCase())}${s}${y}`; break;
    default: pw = `${w}${r.pick(['Mein', 'My', 'Mi', 'Mon'])}${y}${s}`;
  }
  // keep '@' from ever looking like an e-mail domain
  return pw.replace(/@(?=[A-Za-z0-9-]+\.[A-Za-z])/g, 'a');
}
export function passphrase(r) {
  const n = r.int(4, 6);
  const sep = r.pick(['-', ' ', '.', '_', '-', ' ']);
  const words = [];
  for (let i = 0; i < n; i++) { let w = r.pick(PP_WORDS); while (words.includes(w)) w = r.pick(PP_WORDS); words.push(w); }
  let p = words.join(sep);
  if (r.chance(0.3)) p += sep + r.int(2, 99);
  if (r.chance(0.2)) p = p[0].toUpperCase() + p.slice(1);
  return p;
}
export function machinePassword(r, n) {
  const len = n || r.int(16, 32);
  const alpha = r.pick([B62, B62 + '!#%^*-_+=', B62 + '-_.', B62 + '~!#$%']);
  let s = r.str(alpha, len);
  if (!/\d/.test(s)) s = s.slice(0, -1) + r.int(0, 9);
  return s;
}
// password safe inside URLs (no @ : / ? # % or spaces)
export const urlPassword = (r) => (r.chance(0.5) ? machinePassword(r).replace(/[^A-Za-z0-9\-_.~!*+=]/g, '') : humanPassword(r).replace(/[^A-Za-z0-9\-_.~!*]/g, '')) || b62(r, 16);

export function jwt(r, { alg, payload, kid } = {}) {
  const a = alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const header = kid ? { alg: a, kid, typ: 'JWT' } : r.chance(0.5) ? { alg: a, typ: 'JWT' } : { typ: 'JWT', alg: a };
  const now = 1767225600 + r.int(0, 15000000);
  const body = payload || { sub: String(r.int(10000, 9999999)), iat: now, exp: now + r.pick([900, 3600, 86400, 2592000]), scope: r.pick(['read:orders write:orders', 'admin', 'svc', 'openid profile']) };
  const sigLen = a.startsWith('RS') ? 256 : a === 'ES256' ? 64 : a === 'HS512' ? 64 : 32;
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(body))}.${b64u(r.bytes(sigLen))}`;
}

const S = (e, g, k, o = {}) => ({ e, g, k, h: 'h' in o ? o.h : 'bearer', deck: o.deck ?? true, vendor: o.vendor ?? true, w: o.w ?? 1 });

export const SPECS = [
  // --- code hosting, CI, package tooling ---
  S('GITHUB_PERSONAL_ACCESS_TOKEN', (r) => gh(r, 'p'), ['github token', 'gh token', 'github pat', 'git token'], { h: 'token' }),
  S('GITHUB_OAUTH_ACCESS_TOKEN', (r) => gh(r, 'o'), ['github oauth token', 'gh oauth']),
  S('GITHUB_USER_TO_SERVER_TOKEN', (r) => gh(r, 'u'), ['github app user token', 'gh user token']),
  S('GITHUB_APP_INSTALLATION_TOKEN', (r) => gh(r, 's'), ['github app token', 'installation token', 'gh app token']),
  S('GITHUB_REFRESH_TOKEN', (r) => gh(r, 'r'), ['github refresh token', 'gh refresh']),
  S('GITHUB_FINE_GRAINED_PAT', (r) => `github_pat_11${r.str(UPPER + DIGITS, 20)}_${b62(r, 59)}`, ['github pat', 'gh fine grained token', 'repo token']),
  S('GITLAB_PERSONAL_ACCESS_TOKEN', (r) => `glpat-${u(r, 20)}`, ['gitlab token', 'gitlab pat', 'gl token'], { h: 'PRIVATE-TOKEN' }),
  S('GITLAB_PIPELINE_TRIGGER_TOKEN', (r) => `glptt-${hex(r, 40)}`, ['gitlab trigger token', 'pipeline trigger token']),
  S('GITLAB_RUNNER_AUTH_TOKEN', (r) => `glrt-${u(r, 20)}`, ['runner token', 'gitlab runner token']),
  S('GITLAB_DEPLOY_TOKEN', (r) => `gldt-${u(r, 20)}`, ['gitlab deploy token', 'deploy token']),
  S('NPM_ACCESS_TOKEN', npmTok, ['npm token', 'node auth token', 'npm publish token']),
  S('DOCKER_HUB_PAT', (r) => `dckr_pat_${u(r, 27)}`, ['docker hub token', 'docker password', 'registry token']),
  S('JFROG_ACCESS_TOKEN', (r) => b64(`reftkn:01:${1800000000 + r.int(0, 99999999)}:${b62(r, 27)}`).replace(/=+$/, ''), ['artifactory token', 'jfrog access token']),
  S('JFROG_API_KEY', (r) => `AKCp${b62(r, 69)}`, ['artifactory api key', 'jfrog api key'], { h: 'X-JFrog-Art-Api' }),
  S('SONARQUBE_TOKEN', (r) => `${r.pick(['squ_', 'sqp_', 'sqa_'])}${hex(r, 40)}`, ['sonar token', 'sonarqube token']),
  S('CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${b62(r, 22)}_${hex(r, 40)}`, ['circle token', 'circleci token'], { h: 'Circle-Token' }),
  S('BUILDKITE_API_TOKEN', (r) => `bkua_${hex(r, 40)}`, ['buildkite token', 'bk api token']),
  S('HARBOR_ROBOT_SECRET', (r) => b62(r, 32), ['harbor robot secret', 'robot account secret'], { vendor: false }),
  // --- clouds ---
  S('AWS_ACCESS_KEY_ID', (r) => `AKIA${r.str(B32, 16)}`, ['aws access key id', 'aws access key', 'access key id'], { h: null, w: 2 }),
  S('AWS_TEMPORARY_ACCESS_KEY_ID', (r) => `ASIA${r.str(B32, 16)}`, ['aws access key id', 'sts access key'], { h: null }),
  S('AWS_SECRET_ACCESS_KEY', (r) => r.str(B62 + '+/', 40), ['aws secret access key', 'aws secret key', 'secret access key'], { h: null, w: 2 }),
  S('AWS_SESSION_TOKEN', (r) => `IQoJb3JpZ2luX2Vj${r.str(B64, r.int(280, 420))}`, ['aws session token', 'session token'], { h: 'X-Amz-Security-Token' }),
  S('GOOGLE_API_KEY', (r) => `AIza${u(r, 35)}`, ['google api key', 'gcp api key', 'maps api key', 'gemini api key'], { h: 'X-Goog-Api-Key' }),
  S('GOOGLE_OAUTH_CLIENT_SECRET', (r) => `GOCSPX-${u(r, 28)}`, ['google client secret', 'oauth client secret', 'gcp client secret'], { h: null }),
  S('GOOGLE_OAUTH_ACCESS_TOKEN', (r) => `ya29.a0${u(r, r.int(140, 200))}`, ['google access token', 'gcloud access token']),
  S('GOOGLE_OAUTH_REFRESH_TOKEN', (r) => `1//0${r.pick(['g', 'e', '3', '9'])}${u(r, r.int(95, 100))}`, ['google refresh token', 'gcloud refresh token'], { h: null }),
  S('AZURE_STORAGE_ACCOUNT_KEY', (r) => b64(r.bytes(64)), ['azure storage key', 'account key', 'storage account key'], { h: null }),
  S('AZURE_AD_CLIENT_SECRET', (r) => `${r.str(B62, 3)}${r.int(0, 9)}Q~${r.str(B62 + '-_.~', 34)}`, ['azure client secret', 'aad client secret', 'entra client secret', 'arm client secret'], { h: null }),
  S('AZURE_DEVOPS_PAT', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), ['azure devops pat', 'ado token', 'azdo pat'], { h: null }),
  S('AZURE_OPENAI_KEY', (r) => hex(r, 32), ['azure openai key', 'aoai api key'], { h: 'api-key' }),
  S('ALIBABA_ACCESS_KEY_ID', (r) => `LTAI5t${b62(r, 18)}`, ['alibaba access key id', 'aliyun access key'], { h: null }),
  S('ALIBABA_ACCESS_KEY_SECRET', (r) => b62(r, 30), ['alibaba access key secret', 'aliyun secret'], { h: null }),
  S('TENCENT_SECRET_ID', (r) => `AKID${b62(r, 32)}`, ['tencent secret id', 'tencentcloud secret id'], { h: null }),
  S('IBM_CLOUD_API_KEY', (r) => u(r, 44), ['ibm cloud api key', 'ibmcloud api key'], { h: null }),
  S('DIGITALOCEAN_PAT', (r) => `dop_v1_${hex(r, 64)}`, ['digitalocean token', 'do token', 'doctl token']),
  S('DIGITALOCEAN_OAUTH_TOKEN', (r) => `doo_v1_${hex(r, 64)}`, ['digitalocean oauth token']),
  S('CLOUDFLARE_API_TOKEN', (r) => u(r, 40), ['cloudflare api token', 'cf api token'], { vendor: false }),
  S('CLOUDFLARE_GLOBAL_API_KEY', (r) => hex(r, 37), ['cloudflare api key', 'cf global key'], { h: 'X-Auth-Key' }),
  S('CLOUDFLARE_ORIGIN_CA_KEY', (r) => `v1.0-${hex(r, 24)}-${hex(r, 146)}`, ['origin ca key', 'cf origin ca key'], { h: 'X-Auth-User-Service-Key' }),
  S('HEROKU_API_KEY', (r) => `HRKU-AA${u(r, 58)}`, ['heroku api key', 'heroku token']),
  S('FLY_API_TOKEN', (r) => `fm2_${r.str(B64, r.int(180, 240))}`, ['fly api token', 'fly token']),
  S('VERCEL_TOKEN', (r) => b62(r, 24), ['vercel token', 'vercel api token'], { vendor: false }),
  S('NETLIFY_ACCESS_TOKEN', (r) => `nfp_${b62(r, 36)}`, ['netlify auth token', 'netlify token']),
  S('RENDER_API_KEY', (r) => `rnd_${b62(r, 32)}`, ['render api key']),
  S('SUPABASE_ACCESS_TOKEN', (r) => `sbp_${hex(r, 40)}`, ['supabase access token', 'supabase token']),
  S('PLANETSCALE_DB_PASSWORD', (r) => `pscale_pw_${u(r, 43)}`, ['planetscale password', 'database password', 'db password'], { h: null }),
  S('PLANETSCALE_SERVICE_TOKEN', (r) => `pscale_tkn_${u(r, 43)}`, ['planetscale service token']),
  S('NEON_DB_PASSWORD', (r) => `npg_${b62(r, 12)}`, ['neon password', 'pg password'], { h: null }),
  S('UPSTASH_REDIS_TOKEN', (r) => `AX${b62(r, 2)}AAIjcD${b62(r, 52)}`, ['upstash redis rest token', 'kv rest api token']),
  S('DATABRICKS_TOKEN', (r) => `dapi${hex(r, 32)}`, ['databricks token', 'dbx token']),
  S('CONFLUENT_API_SECRET', (r) => r.str(B62 + '+/', 64), ['confluent api secret', 'kafka api secret', 'ccloud api secret'], { h: null }),
  S('TERRAFORM_CLOUD_TOKEN', (r) => `${b62(r, 14)}.atlasv1.${u(r, 67)}`, ['tfe token', 'terraform cloud token', 'tf token']),
  S('PULUMI_ACCESS_TOKEN', (r) => `pul-${hex(r, 40)}`, ['pulumi access token', 'pulumi token']),
  S('VAULT_SERVICE_TOKEN', (r) => `hvs.CAESI${u(r, 82)}`, ['vault token', 'vault root token'], { h: 'X-Vault-Token' }),
  S('VAULT_BATCH_TOKEN', (r) => `hvb.AAAAAQ${u(r, 140)}`, ['vault batch token'], { h: 'X-Vault-Token' }),
  S('DOPPLER_SERVICE_TOKEN', (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${b62(r, 43)}`, ['doppler token', 'doppler service token']),
  S('INFISICAL_SERVICE_TOKEN', (r) => `st.${uuid4(r)}.${hex(r, 32)}.${hex(r, 32)}`, ['infisical token']),
  S('ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', (r) => `ops_${b64u(JSON.stringify({ signInAddress: `${r.pick(['acme', 'nordwind', 'kestrel'])}.vault.example`, email: `${r.str(LOWER + DIGITS, 13)}@svc-accounts.example`, secretKey: `A3-${r.str(UPPER + DIGITS, 6)}-${r.str(UPPER + DIGITS, 11)}`, srpX: hex(r, 64), muk: { alg: 'A256GCM', k: u(r, 43), kty: 'oct' } }))}`, ['op service account token', '1password token']),
  S('TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${b62(r, 10)}CNTRL-${b62(r, 33)}`, ['tailscale auth key', 'ts authkey']),
  S('NGROK_AUTHTOKEN', (r) => `2${b62(r, 26)}_${b62(r, 21)}`, ['ngrok authtoken', 'ngrok token'], { h: null }),
  S('WIREGUARD_PRIVATE_KEY', (r) => b64(r.bytes(32)), ['wg private key', 'wireguard private key', 'tunnel private key'], { h: null }),
  S('AGE_SECRET_KEY', (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5, true)).toUpperCase(), ['sops age key', 'age key'], { h: null }),
  // --- AI vendors ---
  S('OPENAI_PROJECT_KEY', (r) => `sk-proj-${u(r, 74)}T3BlbkFJ${u(r, 74)}`, ['openai api key', 'openai key', 'oai key'], { w: 2 }),
  S('OPENAI_LEGACY_USER_KEY', (r) => `sk-${b62(r, 20)}T3BlbkFJ${b62(r, 20)}`, ['openai api key', 'openai key']),
  S('OPENAI_SERVICE_ACCOUNT_KEY', (r) => `sk-svcacct-${u(r, 74)}T3BlbkFJ${u(r, 74)}`, ['openai service account key']),
  S('OPENAI_ADMIN_KEY', (r) => `sk-admin-${u(r, 58)}T3BlbkFJ${u(r, 58)}`, ['openai admin key']),
  S('ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${u(r, 93)}AA`, ['anthropic api key', 'claude api key', 'anthropic key'], { h: 'x-api-key', w: 2 }),
  S('ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${u(r, 93)}AA`, ['anthropic admin key'], { h: 'x-api-key' }),
  S('HUGGING_FACE_TOKEN', (r) => `hf_${r.str(UPPER + LOWER, 34)}`, ['hf token', 'hugging face hub token', 'huggingface token']),
  S('REPLICATE_API_TOKEN', (r) => `r8_${b62(r, 37)}`, ['replicate api token']),
  S('GROQ_API_KEY', (r) => `gsk_${b62(r, 52)}`, ['groq api key']),
  S('PERPLEXITY_API_KEY', (r) => `pplx-${b62(r, 48)}`, ['perplexity api key', 'pplx key']),
  S('XAI_API_KEY', (r) => `xai-${b62(r, 80)}`, ['xai api key', 'grok api key']),
  S('OPENROUTER_API_KEY', (r) => `sk-or-v1-${hex(r, 64)}`, ['openrouter api key']),
  S('FIREWORKS_API_KEY', (r) => `fw_${b62(r, 24)}`, ['fireworks api key']),
  S('ELEVENLABS_API_KEY', (r) => `sk_${hex(r, 48)}`, ['elevenlabs api key', 'xi api key'], { h: 'xi-api-key' }),
  S('PINECONE_API_KEY', (r) => `pcsk_${b62(r, 6)}_${b62(r, 63)}`, ['pinecone api key'], { h: 'Api-Key' }),
  S('LANGSMITH_API_KEY', (r) => `lsv2_pt_${hex(r, 32)}_${hex(r, 10)}`, ['langsmith api key', 'langchain api key'], { h: 'x-api-key' }),
  S('LANGFUSE_SECRET_KEY', (r) => `sk-lf-${uuid4(r)}`, ['langfuse secret key'], { h: null }),
  S('TAVILY_API_KEY', (r) => `tvly-${r.pick(['', 'dev-', 'prod-'])}${b62(r, 32)}`, ['tavily api key']),
  S('COHERE_API_KEY', (r) => b62(r, 40), ['cohere api key', 'co api key'], { vendor: false }),
  S('MISTRAL_API_KEY', (r) => b62(r, 32), ['mistral api key'], { vendor: false }),
  S('DEEPGRAM_API_KEY', (r) => hex(r, 40), ['deepgram api key', 'dg key'], { h: 'Token', vendor: false }),
  S('WANDB_API_KEY', (r) => hex(r, 40), ['wandb api key', 'weights and biases key'], { h: null, vendor: false }),
  // --- messaging, comms ---
  S('SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(r.int(11, 13))}-${r.digits(r.int(12, 13))}-${b62(r, 24)}`, ['slack bot token', 'slack token'], { w: 2 }),
  S('SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${hex(r, 32)}`, ['slack user token', 'slack oauth token']),
  S('SLACK_APP_LEVEL_TOKEN', (r) => `xapp-1-A${r.str(UPPER + DIGITS, 10)}-${r.digits(13)}-${hex(r, 64)}`, ['slack app token', 'socket mode token']),
  S('SLACK_WEBHOOK_SECRET', (r) => b62(r, 24), ['slack webhook'], { deck: false }),
  S('DISCORD_BOT_TOKEN', (r) => `${b64(String(r.int(1, 9)) + r.digits(r.int(17, 18))).replace(/=+$/, '')}.${u(r, 6)}.${u(r, 38)}`, ['discord bot token', 'discord token'], { h: 'Bot' }),
  S('DISCORD_WEBHOOK_TOKEN', (r) => u(r, 68), ['discord webhook'], { deck: false }),
  S('TELEGRAM_BOT_TOKEN', (r) => `${r.digits(10)}:AA${u(r, 33)}`, ['telegram bot token', 'tg bot token'], { h: null }),
  S('TWILIO_AUTH_TOKEN', (r) => hex(r, 32), ['twilio auth token'], { h: null, vendor: false }),
  S('TWILIO_API_SECRET', (r) => b62(r, 32), ['twilio api secret'], { h: null, vendor: false }),
  S('SENDGRID_API_KEY', (r) => `SG.${u(r, 22)}.${u(r, 43)}`, ['sendgrid api key', 'smtp password']),
  S('MAILGUN_API_KEY', (r) => `key-${hex(r, 32)}`, ['mailgun api key', 'mailgun key'], { h: null }),
  S('MAILCHIMP_API_KEY', (r) => `${hex(r, 32)}-us${r.int(1, 21)}`, ['mailchimp api key'], { h: null }),
  S('POSTMARK_SERVER_TOKEN', (r) => uuid4(r), ['postmark server token', 'postmark token'], { h: 'X-Postmark-Server-Token', vendor: false }),
  S('PUSHER_APP_SECRET', (r) => hex(r, 20), ['pusher secret', 'pusher app secret'], { h: null, vendor: false }),
  S('ABLY_API_KEY', (r) => `${b62(r, 6)}.${u(r, 6)}:${u(r, 43)}`, ['ably api key', 'ably key'], { h: null }),
  S('FIREBASE_FCM_SERVER_KEY', (r) => `AAAA${u(r, 7)}:APA91b${u(r, 134)}`, ['fcm server key', 'firebase server key'], { h: 'key' }),
  // --- payments, commerce ---
  S('STRIPE_LIVE_SECRET_KEY', (r) => `sk_live_${r.chance(0.6) ? '51' + b62(r, 97) : b62(r, 24)}`, ['stripe secret key', 'stripe api key', 'stripe key'], { w: 2 }),
  S('STRIPE_TEST_SECRET_KEY', (r) => `sk_test_${r.chance(0.6) ? '51' + b62(r, 97) : b62(r, 24)}`, ['stripe test key', 'stripe secret key']),
  S('STRIPE_RESTRICTED_KEY', (r) => `rk_live_${r.chance(0.6) ? '51' + b62(r, 97) : b62(r, 24)}`, ['stripe restricted key']),
  S('STRIPE_WEBHOOK_SIGNING_SECRET', (r) => `whsec_${b62(r, 32)}`, ['stripe webhook secret', 'webhook signing secret'], { h: null }),
  S('SQUARE_ACCESS_TOKEN', (r) => `EAAA${u(r, 60)}`, ['square access token']),
  S('SQUARE_OAUTH_SECRET', (r) => `sq0csp-${u(r, 43)}`, ['square application secret', 'square oauth secret'], { h: null }),
  S('BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str(LOWER + DIGITS, 16)}$${hex(r, 32)}`, ['braintree access token', 'paypal access token']),
  S('FLUTTERWAVE_SECRET_KEY', (r) => `FLWSECK-${hex(r, 32)}-X`, ['flutterwave secret key']),
  S('PAYSTACK_SECRET_KEY', (r) => `sk_live_${hex(r, 40)}`, ['paystack secret key']),
  S('MOLLIE_API_KEY', (r) => `live_${b62(r, 30)}`, ['mollie api key']),
  S('PLAID_SECRET', (r) => hex(r, 30), ['plaid secret'], { h: null, vendor: false }),
  S('SHOPIFY_ADMIN_ACCESS_TOKEN', (r) => `shpat_${hex(r, 32)}`, ['shopify access token', 'shopify admin token'], { h: 'X-Shopify-Access-Token' }),
  S('SHOPIFY_SHARED_SECRET', (r) => `shpss_${hex(r, 32)}`, ['shopify shared secret', 'shopify api secret'], { h: null }),
  S('SHOPIFY_CUSTOM_APP_TOKEN', (r) => `shpca_${hex(r, 32)}`, ['shopify custom app token'], { h: 'X-Shopify-Access-Token' }),
  S('SHIPPO_API_TOKEN', (r) => `shippo_live_${hex(r, 40)}`, ['shippo api token', 'shippo token'], { h: 'ShippoToken' }),
  S('EASYPOST_API_KEY', (r) => `EZAK${hex(r, 54)}`, ['easypost api key']),
  // --- SaaS / productivity / observability ---
  S('ATLASSIAN_API_TOKEN', (r) => `ATATT3xFfGF0${u(r, 170)}=${r.str('0123456789ABCDEF', 8)}`, ['jira api token', 'confluence token', 'atlassian token'], { h: null }),
  S('LINEAR_API_KEY', (r) => `lin_api_${b62(r, 40)}`, ['linear api key']),
  S('NOTION_INTEGRATION_TOKEN', (r) => (r.chance(0.5) ? `ntn_${r.digits(11)}${b62(r, 35)}` : `secret_${b62(r, 43)}`), ['notion token', 'notion api key']),
  S('FIGMA_PAT', (r) => `figd_${u(r, 40)}`, ['figma token', 'figma pat'], { h: 'X-Figma-Token' }),
  S('ASANA_PAT', (r) => `2/${r.digits(16)}/${r.digits(16)}:${hex(r, 32)}`, ['asana pat', 'asana token']),
  S('AIRTABLE_PAT', (r) => `pat${b62(r, 14)}.${hex(r, 64)}`, ['airtable token', 'airtable pat']),
  S('CLICKUP_API_TOKEN', (r) => `pk_${r.digits(8)}_${r.str(UPPER + DIGITS, 32)}`, ['clickup token'], { h: 'Authorization' }),
  S('HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${uuid4(r)}`, ['hubspot token', 'hubspot private app token']),
  S('SALESFORCE_ACCESS_TOKEN', (r) => `00D${b62(r, 12)}!AQ${r.pick(['4A', '0A', 'sA'])}${u(r, 92).replace(/_/g, '.')}`, ['salesforce access token', 'sf session id']),
  S('POSTMAN_API_KEY', (r) => `PMAK-${hex(r, 24)}-${hex(r, 34)}`, ['postman api key'], { h: 'X-Api-Key' }),
  S('CONTENTFUL_PAT', (r) => `CFPAT-${u(r, 43)}`, ['contentful management token']),
  S('SEGMENT_WRITE_KEY', (r) => b62(r, 32), ['segment write key'], { h: null, vendor: false }),
  S('MIXPANEL_API_SECRET', (r) => hex(r, 32), ['mixpanel api secret'], { h: null, vendor: false }),
  S('POSTHOG_PERSONAL_API_KEY', (r) => `phx_${b62(r, 43)}`, ['posthog personal api key']),
  S('LAUNCHDARKLY_SDK_KEY', (r) => `sdk-${uuid4(r)}`, ['launchdarkly sdk key', 'ld sdk key'], { h: 'Authorization' }),
  S('LAUNCHDARKLY_API_TOKEN', (r) => `api-${uuid4(r)}`, ['launchdarkly api token', 'ld api key'], { h: 'Authorization' }),
  S('DATADOG_API_KEY', (r) => hex(r, 32), ['datadog api key', 'dd api key'], { h: 'DD-API-KEY', vendor: false, w: 2 }),
  S('DATADOG_APP_KEY', (r) => hex(r, 40), ['datadog app key', 'dd application key'], { h: 'DD-APPLICATION-KEY', vendor: false }),
  S('NEW_RELIC_LICENSE_KEY', (r) => `${hex(r, 36)}NRAL`, ['new relic license key', 'nr license key'], { h: null }),
  S('NEW_RELIC_USER_API_KEY', (r) => `NRAK-${r.str(UPPER + DIGITS, 27)}`, ['new relic api key', 'nr user key'], { h: 'Api-Key' }),
  S('SENTRY_USER_AUTH_TOKEN', (r) => `sntryu_${hex(r, 64)}`, ['sentry auth token']),
  S('SENTRY_ORG_AUTH_TOKEN', (r) => `sntrys_${b64(JSON.stringify({ iat: 1767225600 + r.int(0, 9e6), url: `https://sentry.${r.pick(['acme', 'kestrel', 'nordwind'])}.example`, org: r.pick(['acme', 'kestrel-labs', 'nordwind']) })).replace(/=+$/, '')}_${r.str(B62 + '+/', 43)}`, ['sentry auth token', 'sentry org token']),
  S('SENTRY_DSN_KEY', (r) => hex(r, 32), ['sentry dsn'], { deck: false }),
  S('GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${b62(r, 32)}_${hex(r, 8)}`, ['grafana token', 'grafana service account token']),
  S('GRAFANA_CLOUD_TOKEN', (r) => `glc_${b64(JSON.stringify({ o: r.digits(6), n: `stack-${r.digits(6)}-hm-read`, k: b62(r, 24), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0']) } })).replace(/=+$/, '')}`, ['grafana cloud token', 'grafana cloud api key']),
  S('SPLUNK_HEC_TOKEN', (r) => uuid4(r).toUpperCase(), ['splunk hec token', 'hec token'], { h: 'Splunk', vendor: false }),
  S('PAGERDUTY_API_KEY', (r) => `u+${u(r, 18)}`, ['pagerduty api key', 'pd token'], { h: 'Token token=' }),
  S('PAGERDUTY_ROUTING_KEY', (r) => `R0${r.str(B62, 30)}`, ['pagerduty routing key', 'pd integration key'], { h: null }),
  S('OPSGENIE_API_KEY', (r) => uuid4(r), ['opsgenie api key'], { h: 'GenieKey', vendor: false }),
  S('HONEYCOMB_API_KEY', (r) => `hcaik_01${r.str(LOWER + DIGITS, 56)}`, ['honeycomb api key', 'honeycomb ingest key'], { h: 'X-Honeycomb-Team' }),
  S('ELASTIC_API_KEY', (r) => b64(`${u(r, 20)}:${u(r, 22)}`), ['elastic api key', 'es api key'], { h: 'ApiKey' }),
  S('SNYK_API_TOKEN', (r) => uuid4(r), ['snyk token'], { h: 'token', vendor: false }),
  S('SAUCE_ACCESS_KEY', (r) => uuid4(r), ['sauce access key'], { h: null, vendor: false }),
  S('BROWSERSTACK_ACCESS_KEY', (r) => b62(r, 20), ['browserstack access key', 'browserstack key'], { h: null, vendor: false }),
  S('ALGOLIA_ADMIN_API_KEY', (r) => hex(r, 32), ['algolia admin key', 'algolia api key'], { h: 'X-Algolia-API-Key', vendor: false }),
  S('MAPBOX_SECRET_TOKEN', (r) => `sk.${b64u(JSON.stringify({ u: r.pick(['acme-maps', 'kestrel', 'fleetops']), a: r.str(LOWER + DIGITS, 25) }))}.${u(r, 22)}`, ['mapbox secret token', 'mapbox download token'], { h: null }),
  S('OKTA_API_TOKEN', (r) => `00${u(r, 40)}`, ['okta api token', 'okta token'], { h: 'SSWS' }),
  S('AUTH0_CLIENT_SECRET', (r) => u(r, 64), ['auth0 client secret'], { h: null, vendor: false }),
  S('DROPBOX_ACCESS_TOKEN', (r) => `sl.${u(r, 135)}`, ['dropbox token', 'dropbox access token']),
  S('CLOUDINARY_API_SECRET', (r) => u(r, 27), ['cloudinary api secret'], { h: null, vendor: false }),
  // --- in-house / generic credentials (no vendor prefix) ---
  S('DATABASE_PASSWORD', (r) => (r.chance(0.6) ? machinePassword(r) : humanPassword(r)), ['db password', 'database password', 'postgres password', 'mysql password', 'pg pass', 'datasource password', 'db pass'], { h: null, vendor: false, w: 4 }),
  S('ADMIN_PASSWORD', (r) => (r.chance(0.5) ? humanPassword(r) : machinePassword(r, 14)), ['admin password', 'root password', 'superuser password', 'grafana admin password', 'initial admin password'], { h: null, vendor: false, w: 2 }),
  S('SERVICE_ACCOUNT_PASSWORD', (r) => machinePassword(r), ['service account password', 'svc password', 'bind password', 'technical user password'], { h: null, vendor: false }),
  S('REDIS_PASSWORD', (r) => machinePassword(r), ['redis password', 'redis auth', 'cache password'], { h: null, vendor: false }),
  S('SMTP_PASSWORD', (r) => (r.chance(0.5) ? machinePassword(r) : humanPassword(r)), ['smtp password', 'mail password', 'email host password'], { h: null, vendor: false }),
  S('LDAP_BIND_PASSWORD', (r) => machinePassword(r), ['ldap bind password', 'ldap password', 'bind credential'], { h: null, vendor: false }),
  S('KAFKA_SASL_PASSWORD', (r) => machinePassword(r), ['sasl password', 'kafka password'], { h: null, vendor: false }),
  S('RABBITMQ_PASSWORD', (r) => machinePassword(r), ['rabbitmq password', 'amqp password', 'broker password'], { h: null, vendor: false }),
  S('KEYSTORE_PASSWORD', (r) => (r.chance(0.5) ? machinePassword(r, 12) : humanPassword(r)), ['keystore password', 'truststore password', 'key store pass'], { h: null, vendor: false }),
  S('GPG_PASSPHRASE', (r) => passphrase(r), ['gpg passphrase', 'signing key passphrase'], { h: null, vendor: false }),
  S('ANSIBLE_VAULT_PASSWORD', (r) => (r.chance(0.5) ? passphrase(r) : machinePassword(r)), ['ansible vault password', 'vault pass'], { h: null, vendor: false }),
  S('WIFI_PSK', (r) => (r.chance(0.5) ? humanPassword(r) : passphrase(r)), ['wifi password', 'wpa psk', 'guest wifi key'], { h: null, vendor: false }),
  S('IPSEC_PRESHARED_KEY', (r) => machinePassword(r, 32), ['ipsec psk', 'pre shared key', 'vpn psk'], { h: null, vendor: false }),
  S('SNMP_COMMUNITY_STRING', (r) => `${r.pick(['nms', 'mon', 'ro', 'netops'])}-${b62(r, r.int(10, 16))}`, ['snmp community', 'community string'], { h: null, vendor: false }),
  S('GENERIC_API_KEY_HEX', (r) => hex(r, r.pick([32, 40, 48, 64])), ['api key', 'apikey', 'access key', 'x api key', 'partner key', 'integration key', 'client key'], { vendor: false, w: 4 }),
  S('GENERIC_API_KEY_BASE62', (r) => b62(r, r.pick([24, 32, 40, 48])), ['api key', 'api token', 'auth token', 'access token', 'private token', 'client token'], { vendor: false, w: 4 }),
  S('GENERIC_SECRET_BASE64', (r) => b64(r.bytes(r.pick([24, 32, 48, 64]))), ['secret', 'client secret', 'shared secret', 'secret key', 'app secret'], { h: null, vendor: false, w: 3 }),
  S('GENERIC_SECRET_BASE32', (r) => r.str(B32, r.pick([26, 32, 52])), ['secret', 'recovery secret', 'device secret', 'enrolment secret'], { h: null, vendor: false }),
  S('UNUSUAL_KEY_SECRET', (r) => r.pick([() => hex(r, 40), () => b62(r, 36), () => u(r, 43), () => b64(r.bytes(30))])(), ['sig material', 'blob', 'bootstrap', 'magic', 'pepper', 'upstream cred', 'shh', 'opaque', 'lic', 'ctx seed', 'handshake', 'k', 'zz cfg', 'auth blob', 'sauce', 'mojo', 'cheese'], { vendor: false, w: 2 }),
  S('HMAC_SIGNING_SECRET', (r) => (r.chance(0.5) ? hex(r, 64) : b64(r.bytes(32))), ['hmac secret', 'signing secret', 'signature key', 'hmac key'], { h: null, vendor: false }),
  S('SESSION_SECRET', (r) => u(r, r.pick([32, 48, 64])), ['session secret', 'cookie secret', 'secret key base'], { h: null, vendor: false }),
  S('ENCRYPTION_KEY', (r) => (r.chance(0.5) ? hex(r, 64) : b64(r.bytes(32))), ['encryption key', 'data key', 'aes key', 'master key', 'kek'], { h: null, vendor: false }),
  S('FERNET_KEY', (r) => b64u(r.bytes(32)), ['fernet key', 'airflow fernet key'], { h: null, vendor: false }),
  S('WEBHOOK_SHARED_SECRET', (r) => u(r, r.pick([32, 40])), ['webhook secret', 'hook secret', 'callback secret'], { h: null, vendor: false }),
  S('TOTP_SEED', (r) => r.str(B32, r.pick([16, 32])), ['totp secret', 'mfa seed', 'otp secret', '2fa secret'], { h: null, vendor: false }),
  S('DJANGO_SECRET_KEY', (r) => `django-insecure-${r.str(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50)}`.replace(/@(?=[A-Za-z0-9-]+\.[A-Za-z])/g, '#'), ['django secret key', 'secret key'], { h: null, vendor: false }),
  S('RAILS_MASTER_KEY', (r) => hex(r, 32), ['rails master key'], { h: null, vendor: false }),
  S('RAILS_SECRET_KEY_BASE', (r) => hex(r, 128), ['secret key base'], { h: null, vendor: false }),
  S('LARAVEL_APP_KEY', (r) => `base64:${b64(r.bytes(32))}`, ['app key'], { h: null, vendor: false }),
  S('NEXTAUTH_SECRET', (r) => b64(r.bytes(32)), ['nextauth secret', 'auth secret'], { h: null, vendor: false }),
  S('JWT_SIGNING_SECRET', (r) => (r.chance(0.5) ? u(r, 64) : humanPassword(r) + b62(r, 8)), ['jwt secret', 'jwt signing key', 'token secret'], { h: null, vendor: false }),
  S('OAUTH_CLIENT_SECRET', (r) => u(r, r.pick([32, 40, 48])), ['client secret', 'oauth client secret', 'oidc client secret', 'keycloak client secret'], { h: null, vendor: false, w: 2 }),
  S('OAUTH_REFRESH_TOKEN', (r) => u(r, r.pick([48, 64, 86])), ['refresh token'], { h: null, vendor: false }),
  S('OPAQUE_BEARER_TOKEN', (r) => u(r, r.pick([32, 43, 64])), ['access token', 'bearer token', 'auth token'], { vendor: false, w: 2 }),
  S('INHOUSE_SERVICE_TOKEN', (r) => `${r.pick(['nwk_live_', 'kst_svc_', 'acm-int-', 'bx_prod_', 'tlm1.'])}${b62(r, r.pick([32, 40]))}`, ['internal token', 'service token', 'svc token', 'platform token'], { vendor: false, w: 2 }),
  S('INHOUSE_SIGNED_KEY', (r) => `${r.pick(['ik2', 'ak1', 'wsk'])}.${r.str(B32, 8).toLowerCase()}.${u(r, 43)}`, ['internal api key', 'gateway key', 'edge key'], { vendor: false }),
  S('PASETO_LOCAL_TOKEN', (r) => `v4.local.${u(r, r.int(120, 180))}`, ['paseto token', 'session token'], { vendor: false }),
  S('HEX_ENCODED_PASSWORD', (r) => Buffer.from(humanPassword(r)).toString('hex'), ['password hex', 'pw hex', 'encoded password'], { h: null, vendor: false }),
  S('BASE64_ENCODED_PASSWORD', (r) => b64(machinePassword(r)), ['password b64', 'password base64', 'encoded pass'], { h: null, vendor: false }),
  S('LICENSE_KEY', (r) => Array.from({ length: 5 }, () => r.str(UPPER + DIGITS, 5)).join('-'), ['license key', 'product key', 'serial'], { h: null, vendor: false }),
  S('MFA_RECOVERY_CODE', (r) => `${r.str(LOWER + DIGITS, 5)}-${r.str(LOWER + DIGITS, 5)}`, ['recovery code', 'backup code'], { h: null, vendor: false, deck: false }),
  // --- template-only kinds (dedicated syntax) ---
  S('JWT', (r) => jwt(r), ['service role key', 'id token', 'internal jwt', 'session jwt'], { vendor: false, w: 4 }),
  S('K8S_SERVICE_ACCOUNT_TOKEN', (r) => jwt(r, { alg: 'RS256', kid: u(r, 43), payload: { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'default', 'kubernetes.io/serviceaccount/service-account.name': 'deployer', sub: 'system:serviceaccount:default:deployer' } }), ['token'], { vendor: false, deck: false }),
  S('K8S_SECRET_DATA', () => '', [], { deck: false, vendor: false }),
  S('DOCKER_REGISTRY_AUTH', () => '', [], { deck: false, vendor: false }),
  S('BASIC_AUTH_CREDENTIALS', () => '', [], { deck: false, vendor: false }),
  S('KUBECONFIG_CLIENT_KEY_DATA', () => '', [], { deck: false, vendor: false }),
  S('URL_EMBEDDED_PASSWORD', () => '', [], { deck: false, vendor: false }),
  S('CLI_PASSWORD_ARGUMENT', () => '', [], { deck: false, vendor: false }),
  S('API_KEY_IN_QUERY_STRING', () => '', [], { deck: false, vendor: false }),
  S('S3_PRESIGNED_SIGNATURE', () => '', [], { deck: false, vendor: false }),
  S('AZURE_SAS_SIGNATURE', () => '', [], { deck: false, vendor: false }),
  S('SESSION_COOKIE', () => '', [], { deck: false, vendor: false }),
  S('HUMAN_PASSWORD', humanPassword, [], { deck: false, vendor: false }),
  S('PASSPHRASE', passphrase, [], { deck: false, vendor: false }),
  S('TEMPORARY_PASSWORD', (r) => (r.chance(0.5) ? `${r.pick(['Welcome', 'Start', 'Temp', 'Reset', 'Willkommen', 'Bienvenue'])}${r.int(10, 99)}${r.pick(['!', '#', '$', '?'])}${r.str(UPPER, 2)}` : machinePassword(r, 12)), [], { deck: false, vendor: false }),
  S('NETRC_PASSWORD', () => '', [], { deck: false, vendor: false }),
  S('RSA_PRIVATE_KEY', () => '', [], { deck: false, vendor: false }),
  S('PKCS8_PRIVATE_KEY', () => '', [], { deck: false, vendor: false }),
  S('EC_PRIVATE_KEY', () => '', [], { deck: false, vendor: false }),
  S('OPENSSH_PRIVATE_KEY', () => '', [], { deck: false, vendor: false }),
  S('PGP_PRIVATE_KEY', () => '', [], { deck: false, vendor: false }),
];
export const SPEC = Object.fromEntries(SPECS.map((s) => [s.e, s]));
export const DECK_SPECS = SPECS.flatMap((s) => (s.deck ? Array(s.w).fill(s) : []));

// ---- key-name styling ----
export function styleKey(r, phrase, style) {
  const words = phrase.split(/\s+/);
  const st = style || r.weighted([[4, 'SNAKE'], [3, 'snake'], [2, 'camel'], [1, 'kebab'], [1, 'dot'], [1, 'Pascal']]);
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  switch (st) {
    case 'SNAKE': return words.join('_').toUpperCase();
    case 'snake': return words.join('_').toLowerCase();
    case 'camel': return words[0].toLowerCase() + words.slice(1).map(cap).join('');
    case 'kebab': return words.join('-').toLowerCase();
    case 'dot': return words.join('.').toLowerCase();
    case 'Pascal': return words.map(cap).join('');
    case 'Header': return words.map(cap).join('-');
    default: return words.join('_');
  }
}
