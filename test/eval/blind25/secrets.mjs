// Secret generators. Each entity: a format-valid fake value from the seeded stream, the key names
// it tends to sit under, and a human description used in prose and spreadsheets.
import { ALPHA } from './prng.mjs';
import { githubChecksum, bech32Encode, convertBits } from './checksums.mjs';
import { armor, rsaPkcs1Der, pkcs8RsaDer, pkcs8Ed25519Der, pkcs8EcDer, ecSec1Der, opensshEd25519, pgpEd25519 } from './pem.mjs';
import { uuid } from './lookalikes.mjs';

const { B62, B64, B64U, HEXL, HEXU, UPNUM, LOWNUM, LET, B32, DIG } = ALPHA;
const B62U = B62 + '-_';
const s = (r, a, n) => r.str(a, n);

// ---- words for human-chosen passwords and passphrases ----
export const WORDS = {
  en: 'harbour violin orange tiger lantern maple copper river falcon pepper biscuit thunder meadow rocket velvet walrus pickle sunrise marble anchor'.split(' '),
  de: 'Sommer Lampe Regen Kaffee Mond Tasche Fahrrad Wolke Brezel Tanne Igel Schnee Garten Bleistift Apfel Hafen'.split(' '),
  fr: 'soleil fromage baguette lune marmotte citron nuage vélo château papillon'.split(' '),
  es: 'sol playa naranja gato luna guitarra tortuga cielo'.split(' '),
  it: 'gelato limone mare sole gatto pizza vespa nuvola'.split(' '),
  pl: 'kawa pierogi zima lato kot rower słońce jabłko'.split(' '),
  sv: 'fika älg sommar kanelbulle sjö skog'.split(' '),
  tr: 'kedi deniz çay simit bulut güneş'.split(' '),
  pt: 'saudade praia café gato lua mar'.split(' '),
  nl: 'fiets kaas tulp molen regen gracht'.split(' '),
};
const ALLW = Object.values(WORDS).flat();
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
export function humanPassword(r, lang) {
  const w = fold(r.pick(WORDS[lang] || ALLW));
  const y = r.pick(['2024', '2025', '2026', '88', '1907', '07', '123', '99', '13', '2312', String(r.range(1, 31)).padStart(2, '0') + String(r.range(1, 12)).padStart(2, '0')]);
  const sym = r.pick(['!', '#', '?', '$', '*', '.', '!!', '', '&', '%']);
  return r.wpick([
    [4, () => cap(w) + y + sym], [2, () => w + sym + y], [2, () => cap(w) + sym + cap(fold(r.pick(ALLW))) + r.range(1, 99)],
    [1, () => cap(w).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + y], [1, () => w.toLowerCase() + y],
    [1, () => cap(w) + '_' + y + sym], [1, () => 'Ich' + cap(w) + y + '!'],
  ])();
}
export function passphrase(r, lang) {
  const n = r.range(3, 5); const ws = []; const pool = WORDS[lang] || ALLW;
  while (ws.length < n) { const w = r.pick(pool); if (!ws.includes(w)) ws.push(w.toLowerCase()); }
  return r.wpick([[3, () => ws.join('-')], [3, () => ws.join(' ')], [1, () => ws.map(cap).join('') + r.range(1, 99)], [1, () => ws.join('.') + r.pick(['!', '7', ''])], [1, () => ws.join('_')]])();
}
export function machinePassword(r, n, safe = 'url') {
  const extra = safe === 'url' ? '-_.~!*' : safe === 'alnum' ? '' : '!#$%&*+=?^@-_.~';
  let v; do { v = s(r, B62 + extra, n ?? r.range(14, 28)); } while (!/[0-9]/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v) || /^[^A-Za-z0-9]|[^A-Za-z0-9]$/.test(v));
  return v;
}
export const anyPassword = (r, lang, safe) => r.chance(0.5) ? humanPassword(r, lang) : machinePassword(r, undefined, safe);

// ---- structured values ----
const b64j = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
export function jwt(r, claims = {}) {
  const alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const header = alg.startsWith('HS') ? (r.chance(0.6) ? { alg, typ: 'JWT' } : { typ: 'JWT', alg }) : { alg, typ: 'JWT', kid: s(r, B62U, r.pick([16, 22, 43])) };
  const now = r.range(1767225600, 1790000000);
  const payload = Object.assign(r.pick([
    { sub: String(r.range(10000, 9999999)), iat: now, exp: now + r.pick([900, 3600, 86400, 2592000]) },
    { iss: `https://auth.${r.pick(['corp', 'office', 'shop', 'travel'])}.example/`, sub: uuid(r), aud: r.pick(['crm-api', 'payroll', 'portal', 'mail-gateway']), iat: now, exp: now + 3600, scope: r.pick(['read write', 'openid profile email', 'invoices:read']) },
    { role: r.pick(['service_role', 'authenticated', 'anon_admin']), iss: r.pick(['supabase', 'erp']), iat: now, exp: now + 315360000 },
    { uid: r.range(100, 99999), tid: s(r, HEXL, 8), iat: now },
  ]), claims);
  const sigLen = alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : alg === 'HS512' ? 64 : 32;
  return `${b64j(header)}.${b64j(payload)}.${r.bytes(sigLen).toString('base64url')}`;
}
export function ghToken(r, p) { const body = s(r, B62, 30); return `gh${p}_${body}${githubChecksum(body)}`; }
export function basicAuth(user, pass) { return Buffer.from(`${user}:${pass}`).toString('base64'); }
function bitlocker(r) { return Array.from({ length: 8 }, () => String(11 * r.range(0, 65535)).padStart(6, '0')).join('-'); }
function ageKey(r) { return bech32Encode('age-secret-key-', convertBits([...r.bytes(32)], 8, 5, true)).toUpperCase(); }
// words from the start of the BIP-39 English list
const BIP39_A = 'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis'.split(' ');
const BC = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function pem(r, kind, who = 'ops@host') {
  switch (kind) {
    case 'RSA_PRIVATE_KEY': return armor('RSA PRIVATE KEY', rsaPkcs1Der(r, 2048));
    case 'PKCS8_PRIVATE_KEY': return r.wpick([[3, () => armor('PRIVATE KEY', pkcs8RsaDer(r, 2048))], [2, () => armor('PRIVATE KEY', pkcs8Ed25519Der(r))], [2, () => armor('PRIVATE KEY', pkcs8EcDer(r))]])();
    case 'EC_PRIVATE_KEY': return armor('EC PRIVATE KEY', ecSec1Der(r, r.chance(0.75) ? 'p256' : 'p384'));
    case 'OPENSSH_PRIVATE_KEY': return opensshEd25519(r, who);
    case 'PGP_PRIVATE_KEY': return pgpEd25519(r, who, r.range(1735689600, 1780000000));
  }
  throw new Error(kind);
}
export const PEM_KINDS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY'];

// [entity, description, key names, generator, vendor?]
const V = true;
const E = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GitHub personal token', ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'], (r) => ghToken(r, 'p'), V],
  ['GITHUB_OAUTH_TOKEN', 'GitHub OAuth token', ['GH_OAUTH_TOKEN', 'GITHUB_OAUTH'], (r) => ghToken(r, 'o'), V],
  ['GITHUB_USER_TO_SERVER_TOKEN', 'GitHub app user token', ['GH_APP_USER_TOKEN'], (r) => ghToken(r, 'u'), V],
  ['GITHUB_SERVER_TO_SERVER_TOKEN', 'GitHub app installation token', ['GH_INSTALLATION_TOKEN'], (r) => ghToken(r, 's'), V],
  ['GITHUB_REFRESH_TOKEN', 'GitHub refresh token', ['GH_REFRESH_TOKEN'], (r) => ghToken(r, 'r'), V],
  ['GITHUB_FINE_GRAINED_TOKEN', 'GitHub fine-grained token', ['GH_FG_TOKEN', 'GITHUB_TOKEN'], (r) => `github_pat_11${s(r, UPNUM, 20)}_${s(r, B62, 59)}`, V],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', 'GitLab token', ['GITLAB_TOKEN', 'GL_TOKEN'], (r) => `glpat-${s(r, B62U, 20)}`, V],
  ['GITLAB_RUNNER_TOKEN', 'GitLab runner token', ['RUNNER_TOKEN'], (r) => `glrt-${s(r, B62U, 20)}`, V],
  ['GITLAB_DEPLOY_TOKEN', 'GitLab deploy token', ['DEPLOY_TOKEN'], (r) => `gldt-${s(r, B62U, 20)}`, V],
  ['BITBUCKET_APP_PASSWORD', 'Bitbucket app password', ['BITBUCKET_APP_PASSWORD', 'BB_TOKEN'], (r) => `ATBB${s(r, B62, 28)}${s(r, HEXU, 8)}`, V],
  ['ATLASSIAN_API_TOKEN', 'Jira/Confluence API token', ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_TOKEN'], (r) => `ATATT3xFfGF0${s(r, B62U, 168)}=${s(r, HEXU, 8)}`, V],
  ['AWS_ACCESS_KEY', 'AWS access key id', ['AWS_ACCESS_KEY_ID', 'aws_access_key_id'], (r) => `AKIA${s(r, B32, 16)}`, V],
  ['AWS_SESSION_ACCESS_KEY', 'AWS temporary key id', ['AWS_ACCESS_KEY_ID'], (r) => `ASIA${s(r, B32, 16)}`, V],
  ['AWS_SECRET_KEY', 'AWS secret access key', ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key'], (r) => s(r, B64, 40), V],
  ['AWS_SESSION_TOKEN', 'AWS session token', ['AWS_SESSION_TOKEN', 'aws_session_token'], (r) => `IQoJb3JpZ2luX2Vj${s(r, B64, 340)}`, V],
  ['SLACK_BOT_TOKEN', 'Slack bot token', ['SLACK_BOT_TOKEN', 'SLACK_TOKEN'], (r) => `xoxb-${r.digits(r.range(10, 13))}-${r.digits(13)}-${s(r, B62, 24)}`, V],
  ['SLACK_USER_TOKEN', 'Slack user token', ['SLACK_USER_TOKEN'], (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${s(r, HEXL, 32)}`, V],
  ['SLACK_APP_TOKEN', 'Slack app-level token', ['SLACK_APP_TOKEN'], (r) => `xapp-1-A${s(r, UPNUM, 10)}-${r.digits(13)}-${s(r, HEXL, 64)}`, V],
  ['SLACK_WEBHOOK_SECRET', 'Slack webhook path', ['SLACK_WEBHOOK_URL'], (r) => `T${s(r, UPNUM, 10)}/B${s(r, UPNUM, 10)}/${s(r, B62, 24)}`, V],
  ['STRIPE_SECRET_KEY', 'Stripe live secret key', ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], (r) => `sk_live_51${s(r, B62, 97)}`, V],
  ['STRIPE_RESTRICTED_KEY', 'Stripe restricted key', ['STRIPE_RESTRICTED_KEY'], (r) => `rk_live_51${s(r, B62, 97)}`, V],
  ['STRIPE_WEBHOOK_SECRET', 'Stripe webhook signing secret', ['STRIPE_WEBHOOK_SECRET'], (r) => `whsec_${s(r, B62, 32)}`, V],
  ['OPENAI_PROJECT_KEY', 'OpenAI project key', ['OPENAI_API_KEY'], (r) => `sk-proj-${s(r, B62U, 74)}T3BlbkFJ${s(r, B62U, 74)}`, V],
  ['OPENAI_API_KEY', 'OpenAI key (legacy)', ['OPENAI_API_KEY', 'OPENAI_KEY'], (r) => `sk-${s(r, B62, 20)}T3BlbkFJ${s(r, B62, 20)}`, V],
  ['OPENAI_SERVICE_ACCOUNT_KEY', 'OpenAI service-account key', ['OPENAI_SVC_KEY'], (r) => `sk-svcacct-${s(r, B62U, 74)}T3BlbkFJ${s(r, B62U, 74)}`, V],
  ['ANTHROPIC_API_KEY', 'Anthropic API key', ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'], (r) => `sk-ant-api03-${s(r, B62U, 93)}AA`, V],
  ['ANTHROPIC_ADMIN_KEY', 'Anthropic admin key', ['ANTHROPIC_ADMIN_KEY'], (r) => `sk-ant-admin01-${s(r, B62U, 93)}AA`, V],
  ['GOOGLE_API_KEY', 'Google API key', ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'GEMINI_API_KEY'], (r) => `AIza${s(r, B62U, 35)}`, V],
  ['GOOGLE_OAUTH_CLIENT_SECRET', 'Google OAuth client secret', ['GOOGLE_CLIENT_SECRET', 'client_secret'], (r) => `GOCSPX-${s(r, B62U, 28)}`, V],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', 'Google refresh token', ['GOOGLE_REFRESH_TOKEN', 'refresh_token'], (r) => `1//0${s(r, 'abcdefghij', 1)}${s(r, B62U, 98)}`, V],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', 'Google access token', ['access_token'], (r) => `ya29.a0${s(r, B62U, 150)}`, V],
  ['GCP_PRIVATE_KEY_ID', 'GCP service-account key id', ['private_key_id'], (r) => s(r, HEXL, 40), V],
  ['AZURE_STORAGE_ACCOUNT_KEY', 'Azure storage account key', ['AccountKey', 'AZURE_STORAGE_KEY'], (r) => r.bytes(64).toString('base64'), V],
  ['AZURE_SAS_SIGNATURE', 'Azure SAS signature', ['sig'], (r) => encodeURIComponent(r.bytes(32).toString('base64')), V],
  ['AZURE_CLIENT_SECRET', 'Azure AD client secret', ['AZURE_CLIENT_SECRET', 'ClientSecret'], (r) => `${s(r, B62, 3)}${r.range(0, 9)}Q~${s(r, B62 + '-_.~', 34)}`, V],
  ['AZURE_DEVOPS_PAT', 'Azure DevOps PAT', ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT'], (r) => s(r, ALPHA.B32L, 52), V],
  ['AZURE_OPENAI_KEY', 'Azure OpenAI key', ['AZURE_OPENAI_API_KEY'], (r) => s(r, HEXL, 32), V],
  ['TWILIO_AUTH_TOKEN', 'Twilio auth token', ['TWILIO_AUTH_TOKEN'], (r) => s(r, HEXL, 32), V],
  ['TWILIO_API_KEY', 'Twilio API key', ['TWILIO_API_KEY'], (r) => `SK${s(r, HEXL, 32)}`, V],
  ['SENDGRID_API_KEY', 'SendGrid API key', ['SENDGRID_API_KEY', 'SMTP_PASSWORD'], (r) => `SG.${s(r, B62U, 22)}.${s(r, B62U, 43)}`, V],
  ['MAILGUN_API_KEY', 'Mailgun API key', ['MAILGUN_API_KEY'], (r) => `key-${s(r, HEXL, 32)}`, V],
  ['MAILCHIMP_API_KEY', 'Mailchimp API key', ['MAILCHIMP_API_KEY'], (r) => `${s(r, HEXL, 32)}-us${r.range(1, 21)}`, V],
  ['POSTMARK_SERVER_TOKEN', 'Postmark server token', ['POSTMARK_SERVER_TOKEN', 'X-Postmark-Server-Token'], (r) => uuid(r), V],
  ['BREVO_API_KEY', 'Brevo API key', ['BREVO_API_KEY', 'SENDINBLUE_KEY'], (r) => `xkeysib-${s(r, HEXL, 64)}-${s(r, B62, 16)}`, V],
  ['RESEND_API_KEY', 'Resend API key', ['RESEND_API_KEY'], (r) => `re_${s(r, B62, 8)}_${s(r, B62, 24)}`, V],
  ['MAILJET_SECRET_KEY', 'Mailjet secret key', ['MJ_APISECRET_PRIVATE'], (r) => s(r, HEXL, 32), V],
  ['SHOPIFY_ACCESS_TOKEN', 'Shopify admin token', ['SHOPIFY_ACCESS_TOKEN', 'X-Shopify-Access-Token'], (r) => `shpat_${s(r, HEXL, 32)}`, V],
  ['SHOPIFY_SHARED_SECRET', 'Shopify shared secret', ['SHOPIFY_API_SECRET'], (r) => `shpss_${s(r, HEXL, 32)}`, V],
  ['SHOPIFY_CUSTOM_APP_TOKEN', 'Shopify custom app token', ['SHOPIFY_CUSTOM_APP_TOKEN'], (r) => `shpca_${s(r, HEXL, 32)}`, V],
  ['SHOPIFY_PRIVATE_APP_PASSWORD', 'Shopify private app password', ['SHOPIFY_PASSWORD'], (r) => `shppa_${s(r, HEXL, 32)}`, V],
  ['NPM_ACCESS_TOKEN', 'npm token', ['NPM_TOKEN', '_authToken'], (r) => `npm_${s(r, B62, 36)}`, V],
  ['DOCKER_HUB_PAT', 'Docker Hub access token', ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'], (r) => `dckr_pat_${s(r, B62U, 27)}`, V],
  ['NUGET_API_KEY', 'NuGet API key', ['NUGET_API_KEY'], (r) => `oy2${s(r, LOWNUM, 43)}`, V],
  ['RUBYGEMS_API_KEY', 'RubyGems API key', ['GEM_HOST_API_KEY'], (r) => `rubygems_${s(r, HEXL, 48)}`, V],
  ['CRATES_API_TOKEN', 'crates registry token', ['CARGO_REGISTRY_TOKEN'], (r) => `cio${s(r, B62, 32)}`, V],
  ['HUGGINGFACE_TOKEN', 'Hugging Face token', ['HF_TOKEN', 'HUGGINGFACEHUB_API_TOKEN'], (r) => `hf_${s(r, LET, 34)}`, V],
  ['REPLICATE_API_TOKEN', 'Replicate token', ['REPLICATE_API_TOKEN'], (r) => `r8_${s(r, B62, 37)}`, V],
  ['GROQ_API_KEY', 'Groq API key', ['GROQ_API_KEY'], (r) => `gsk_${s(r, B62, 52)}`, V],
  ['PERPLEXITY_API_KEY', 'Perplexity API key', ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'], (r) => `pplx-${s(r, B62, 48)}`, V],
  ['OPENROUTER_API_KEY', 'OpenRouter key', ['OPENROUTER_API_KEY'], (r) => `sk-or-v1-${s(r, HEXL, 64)}`, V],
  ['XAI_API_KEY', 'xAI API key', ['XAI_API_KEY'], (r) => `xai-${s(r, B62, 80)}`, V],
  ['MISTRAL_API_KEY', 'Mistral API key', ['MISTRAL_API_KEY'], (r) => s(r, B62, 32), V],
  ['COHERE_API_KEY', 'Cohere API key', ['COHERE_API_KEY', 'CO_API_KEY'], (r) => s(r, B62, 40), V],
  ['ELEVENLABS_API_KEY', 'ElevenLabs key', ['ELEVENLABS_API_KEY', 'xi-api-key'], (r) => `sk_${s(r, HEXL, 48)}`, V],
  ['PINECONE_API_KEY', 'Pinecone API key', ['PINECONE_API_KEY'], (r) => `pcsk_${s(r, B62, 5)}_${s(r, B62, 64)}`, V],
  ['LANGSMITH_API_KEY', 'LangSmith key', ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], (r) => `lsv2_pt_${s(r, HEXL, 32)}_${s(r, HEXL, 10)}`, V],
  ['WANDB_API_KEY', 'Weights & Biases key', ['WANDB_API_KEY'], (r) => s(r, HEXL, 40), V],
  ['DATADOG_API_KEY', 'Datadog API key', ['DD_API_KEY', 'DATADOG_API_KEY'], (r) => s(r, HEXL, 32), V],
  ['DATADOG_APP_KEY', 'Datadog application key', ['DD_APP_KEY'], (r) => s(r, HEXL, 40), V],
  ['NEW_RELIC_LICENSE_KEY', 'New Relic license key', ['NEW_RELIC_LICENSE_KEY'], (r) => `${s(r, HEXL, 36)}NRAL`, V],
  ['NEW_RELIC_USER_API_KEY', 'New Relic user key', ['NEW_RELIC_API_KEY'], (r) => `NRAK-${s(r, UPNUM, 27)}`, V],
  ['SENTRY_AUTH_TOKEN', 'Sentry user token', ['SENTRY_AUTH_TOKEN'], (r) => `sntryu_${s(r, HEXL, 64)}`, V],
  ['SENTRY_ORG_TOKEN', 'Sentry org token', ['SENTRY_AUTH_TOKEN'], (r) => `sntrys_${b64j({ iat: r.range(1767225600, 1790000000), url: 'https://sentry.corp.example', region_url: 'https://eu.sentry.corp.example', org: r.pick(['acme', 'nordwind', 'kestrel']) }).replace(/=+$/, '')}_${s(r, B64, 43)}`, V],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'Grafana service account token', ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], (r) => `glsa_${s(r, B62, 32)}_${s(r, HEXL, 8)}`, V],
  ['GRAFANA_CLOUD_API_TOKEN', 'Grafana Cloud token', ['GRAFANA_CLOUD_TOKEN'], (r) => `glc_${Buffer.from(JSON.stringify({ o: String(r.range(100000, 999999)), n: `stack-${r.range(100000, 999999)}-hm-read`, k: s(r, B62, 24), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0']) } })).toString('base64')}`, V],
  ['DYNATRACE_API_TOKEN', 'Dynatrace token', ['DT_API_TOKEN'], (r) => `dt0c01.${s(r, UPNUM, 24)}.${s(r, UPNUM, 64)}`, V],
  ['HONEYCOMB_API_KEY', 'Honeycomb ingest key', ['HONEYCOMB_API_KEY'], (r) => `hcaik_01${s(r, LOWNUM, 56)}`, V],
  ['SPLUNK_HEC_TOKEN', 'Splunk HEC token', ['SPLUNK_HEC_TOKEN'], (r) => uuid(r), V],
  ['ELASTIC_API_KEY', 'Elastic API key', ['ELASTIC_API_KEY', 'ES_API_KEY'], (r) => Buffer.from(`${s(r, B62U, 20)}:${s(r, B62U, 22)}`).toString('base64'), V],
  ['VAULT_SERVICE_TOKEN', 'Vault token', ['VAULT_TOKEN'], (r) => `hvs.CAESI${s(r, B62U, 86)}`, V],
  ['VAULT_BATCH_TOKEN', 'Vault batch token', ['VAULT_TOKEN'], (r) => `hvb.AAAAAQ${s(r, B62U, 130)}`, V],
  ['TERRAFORM_CLOUD_TOKEN', 'Terraform Cloud token', ['TF_TOKEN_app_terraform_io', 'TFC_TOKEN'], (r) => `${s(r, B62, 14)}.atlasv1.${s(r, B62, 67)}`, V],
  ['DIGITALOCEAN_PAT', 'DigitalOcean token', ['DIGITALOCEAN_ACCESS_TOKEN', 'DO_TOKEN'], (r) => `dop_v1_${s(r, HEXL, 64)}`, V],
  ['DIGITALOCEAN_OAUTH_TOKEN', 'DigitalOcean OAuth token', ['DO_OAUTH_TOKEN'], (r) => `doo_v1_${s(r, HEXL, 64)}`, V],
  ['CLOUDFLARE_API_TOKEN', 'Cloudflare API token', ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], (r) => s(r, B62U, 40), V],
  ['CLOUDFLARE_ORIGIN_CA_KEY', 'Cloudflare origin CA key', ['CF_ORIGIN_CA_KEY'], (r) => `v1.0-${s(r, HEXL, 24)}-${s(r, HEXL, 146)}`, V],
  ['FASTLY_API_TOKEN', 'Fastly token', ['FASTLY_API_TOKEN'], (r) => s(r, B62U, 32), V],
  ['NETLIFY_ACCESS_TOKEN', 'Netlify token', ['NETLIFY_AUTH_TOKEN'], (r) => `nfp_${s(r, B62, 36)}`, V],
  ['VERCEL_TOKEN', 'Vercel token', ['VERCEL_TOKEN'], (r) => s(r, B62, 24), V],
  ['HEROKU_API_KEY', 'Heroku API key', ['HEROKU_API_KEY'], (r) => `HRKU-AA${s(r, B62U, 58)}`, V],
  ['FLY_API_TOKEN', 'Fly deploy token', ['FLY_API_TOKEN'], (r) => `fm2_${s(r, B64, 180)}`, V],
  ['RENDER_API_KEY', 'Render API key', ['RENDER_API_KEY'], (r) => `rnd_${s(r, B62, 32)}`, V],
  ['SUPABASE_ACCESS_TOKEN', 'Supabase access token', ['SUPABASE_ACCESS_TOKEN'], (r) => `sbp_${s(r, HEXL, 40)}`, V],
  ['SUPABASE_SERVICE_ROLE_KEY', 'Supabase service-role key', ['SUPABASE_SERVICE_ROLE_KEY'], (r) => jwt(r, { role: 'service_role', iss: 'supabase' }), V],
  ['PLANETSCALE_PASSWORD', 'PlanetScale password', ['DATABASE_PASSWORD'], (r) => `pscale_pw_${s(r, B62U, 43)}`, V],
  ['PLANETSCALE_TOKEN', 'PlanetScale service token', ['PLANETSCALE_SERVICE_TOKEN'], (r) => `pscale_tkn_${s(r, B62U, 43)}`, V],
  ['NEON_API_KEY', 'Neon API key', ['NEON_API_KEY'], (r) => `napi_${s(r, LOWNUM, 64)}`, V],
  ['LINEAR_API_KEY', 'Linear API key', ['LINEAR_API_KEY'], (r) => `lin_api_${s(r, B62, 40)}`, V],
  ['NOTION_INTEGRATION_TOKEN', 'Notion integration secret', ['NOTION_TOKEN', 'NOTION_API_KEY'], (r) => r.chance(0.6) ? `ntn_${r.digits(11)}${s(r, B62, 35)}` : `secret_${s(r, B62, 43)}`, V],
  ['AIRTABLE_PAT', 'Airtable token', ['AIRTABLE_API_KEY', 'AIRTABLE_PAT'], (r) => `pat${s(r, B62, 14)}.${s(r, HEXL, 64)}`, V],
  ['FIGMA_PAT', 'Figma token', ['FIGMA_TOKEN'], (r) => `figd_${s(r, B62U, 40)}`, V],
  ['ASANA_PAT', 'Asana token', ['ASANA_ACCESS_TOKEN'], (r) => `2/${r.digits(16)}/${r.digits(16)}:${s(r, HEXL, 32)}`, V],
  ['CLICKUP_API_TOKEN', 'ClickUp token', ['CLICKUP_TOKEN'], (r) => `pk_${r.digits(8)}_${s(r, UPNUM, 32)}`, V],
  ['MONDAY_API_TOKEN', 'monday token', ['MONDAY_API_TOKEN'], (r) => jwt(r, { tid: r.range(100000000, 999999999), aai: r.range(10, 99), uid: r.range(10000000, 99999999), rgn: 'euc1' }), V],
  ['HUBSPOT_PRIVATE_APP_TOKEN', 'HubSpot private app token', ['HUBSPOT_ACCESS_TOKEN'], (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`, V],
  ['SALESFORCE_ACCESS_TOKEN', 'Salesforce session token', ['SF_ACCESS_TOKEN', 'SFDC_TOKEN'], (r) => `00D${s(r, B62, 12)}!AQ${s(r, B62 + '._', 94)}`, V],
  ['ZENDESK_API_TOKEN', 'Zendesk API token', ['ZENDESK_API_TOKEN'], (r) => s(r, B62, 40), V],
  ['INTERCOM_ACCESS_TOKEN', 'Intercom token', ['INTERCOM_ACCESS_TOKEN'], (r) => `dG9rOj${s(r, B64, 54)}=`, V],
  ['FRESHDESK_API_KEY', 'Freshdesk API key', ['FRESHDESK_API_KEY'], (r) => s(r, B62, 20), V],
  ['PIPEDRIVE_API_TOKEN', 'Pipedrive token', ['PIPEDRIVE_API_TOKEN'], (r) => s(r, HEXL, 40), V],
  ['ZOHO_REFRESH_TOKEN', 'Zoho refresh token', ['ZOHO_REFRESH_TOKEN'], (r) => `1000.${s(r, HEXL, 32)}.${s(r, HEXL, 32)}`, V],
  ['XERO_CLIENT_SECRET', 'Xero client secret', ['XERO_CLIENT_SECRET'], (r) => s(r, B62U, 48), V],
  ['QUICKBOOKS_CLIENT_SECRET', 'QuickBooks client secret', ['QBO_CLIENT_SECRET'], (r) => s(r, B62, 40), V],
  ['CALENDLY_API_TOKEN', 'Calendly token', ['CALENDLY_TOKEN'], (r) => jwt(r, { iss: 'https://auth.calendly.example', jti: uuid(r), user_uuid: uuid(r) }), V],
  ['TYPEFORM_PAT', 'Typeform token', ['TYPEFORM_TOKEN'], (r) => `tfp_${s(r, B62, 44)}_${s(r, B62, 14)}`, V],
  ['ZOOM_CLIENT_SECRET', 'Zoom client secret', ['ZOOM_CLIENT_SECRET'], (r) => s(r, B62, 32), V],
  ['DROPBOX_ACCESS_TOKEN', 'Dropbox token', ['DROPBOX_TOKEN'], (r) => `sl.u.${s(r, B62U, 140)}`, V],
  ['BOX_DEVELOPER_TOKEN', 'Box developer token', ['BOX_DEVELOPER_TOKEN'], (r) => s(r, B62, 32), V],
  ['DISCORD_BOT_TOKEN', 'Discord bot token', ['DISCORD_TOKEN'], (r) => `${Buffer.from(String(r.range(1, 9)) + r.digits(18)).toString('base64').replace(/=+$/, '')}.${s(r, B62U, 6)}.${s(r, B62U, 38)}`, V],
  ['DISCORD_WEBHOOK_TOKEN', 'Discord webhook token', ['DISCORD_WEBHOOK'], (r) => s(r, B62U, 68), V],
  ['TELEGRAM_BOT_TOKEN', 'Telegram bot token', ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'], (r) => `${r.range(1, 8)}${r.digits(9)}:AA${s(r, B62U, 33)}`, V],
  ['SQUARE_ACCESS_TOKEN', 'Square access token', ['SQUARE_ACCESS_TOKEN'], (r) => `EAAA${s(r, B62U, 60)}`, V],
  ['SQUARE_OAUTH_SECRET', 'Square OAuth secret', ['SQUARE_APP_SECRET'], (r) => `sq0csp-${s(r, B62U, 43)}`, V],
  ['BRAINTREE_ACCESS_TOKEN', 'Braintree access token', ['BRAINTREE_ACCESS_TOKEN'], (r) => `access_token$production$${s(r, LOWNUM, 16)}$${s(r, HEXL, 32)}`, V],
  ['PAYPAL_CLIENT_SECRET', 'PayPal client secret', ['PAYPAL_CLIENT_SECRET'], (r) => `E${s(r, B62U, 79)}`, V],
  ['ADYEN_API_KEY', 'Adyen API key', ['ADYEN_API_KEY'], (r) => `AQE${s(r, B62 + '+/', 97)}==-${s(r, B62, 44)}`, V],
  ['RAZORPAY_KEY_ID', 'Razorpay key id', ['RAZORPAY_KEY_ID'], (r) => `rzp_live_${s(r, B62, 14)}`, V],
  ['RAZORPAY_KEY_SECRET', 'Razorpay key secret', ['RAZORPAY_KEY_SECRET'], (r) => s(r, B62, 24), V],
  ['MOLLIE_API_KEY', 'Mollie live key', ['MOLLIE_API_KEY'], (r) => `live_${s(r, B62, 30)}`, V],
  ['GOCARDLESS_ACCESS_TOKEN', 'GoCardless token', ['GOCARDLESS_ACCESS_TOKEN'], (r) => `live_${s(r, B62U, 40)}`, V],
  ['FLUTTERWAVE_SECRET_KEY', 'Flutterwave secret key', ['FLW_SECRET_KEY'], (r) => `FLWSECK-${s(r, HEXL, 32)}-X`, V],
  ['PAYSTACK_SECRET_KEY', 'Paystack secret key', ['PAYSTACK_SECRET_KEY'], (r) => `sk_live_${s(r, HEXL, 40)}`, V],
  ['PLAID_SECRET', 'Plaid secret', ['PLAID_SECRET'], (r) => s(r, HEXL, 30), V],
  ['ETHERSCAN_API_KEY', 'Etherscan key', ['ETHERSCAN_API_KEY'], (r) => s(r, UPNUM, 34), V],
  ['INFURA_PROJECT_SECRET', 'Infura secret', ['INFURA_API_SECRET'], (r) => s(r, HEXL, 32), V],
  ['ALCHEMY_API_KEY', 'Alchemy key', ['ALCHEMY_API_KEY'], (r) => s(r, B62U, 32), V],
  ['ALGOLIA_ADMIN_API_KEY', 'Algolia admin key', ['ALGOLIA_ADMIN_KEY'], (r) => s(r, HEXL, 32), V],
  ['MAPBOX_SECRET_TOKEN', 'Mapbox secret token', ['MAPBOX_SECRET_TOKEN'], (r) => `sk.${b64j({ u: r.pick(['fieldops', 'travel-desk', 'deliveries']), a: s(r, B62U, 25) })}.${s(r, B62U, 22)}`, V],
  ['OKTA_API_TOKEN', 'Okta API token', ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'], (r) => `00${s(r, B62U, 40)}`, V],
  ['AUTH0_CLIENT_SECRET', 'Auth0 client secret', ['AUTH0_CLIENT_SECRET'], (r) => s(r, B62U, 64), V],
  ['DOPPLER_SERVICE_TOKEN', 'Doppler service token', ['DOPPLER_TOKEN'], (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${s(r, B62, 40)}`, V],
  ['ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', '1Password service account token', ['OP_SERVICE_ACCOUNT_TOKEN'], (r) => `ops_${b64j({ signInAddress: 'office.vault.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: s(r, B64U, 22) }, email: `${s(r, LOWNUM, 12)}@vault.example`, srpX: s(r, HEXL, 64), muk: { alg: 'A256GCM', ext: true, k: s(r, B64U, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${s(r, UPNUM, 6)}-${s(r, UPNUM, 11)}-${s(r, UPNUM, 5)}-${s(r, UPNUM, 5)}-${s(r, UPNUM, 5)}`, throttleSecret: { seed: s(r, HEXL, 64), deviceUuid: s(r, LOWNUM, 26) }, deviceUuid: s(r, LOWNUM, 26) })}`, V],
  ['ONEPASSWORD_SECRET_KEY', '1Password account secret key', ['secret_key'], (r) => `A3-${s(r, UPNUM, 6)}-${s(r, UPNUM, 6)}-${s(r, UPNUM, 5)}-${s(r, UPNUM, 5)}-${s(r, UPNUM, 5)}-${s(r, UPNUM, 5)}`, V],
  ['TAILSCALE_AUTH_KEY', 'Tailscale auth key', ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'], (r) => `tskey-auth-k${s(r, B62, 11)}CNTRL-${s(r, B62, 33)}`, V],
  ['NGROK_AUTHTOKEN', 'ngrok authtoken', ['NGROK_AUTHTOKEN'], (r) => `2${s(r, B62, 26)}_${s(r, B62, 21)}`, V],
  ['CIRCLECI_PAT', 'CircleCI token', ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'], (r) => `CCIPAT_${s(r, B62, 22)}_${s(r, HEXL, 40)}`, V],
  ['BUILDKITE_API_TOKEN', 'Buildkite token', ['BUILDKITE_API_TOKEN'], (r) => `bkua_${s(r, HEXL, 40)}`, V],
  ['SONARQUBE_TOKEN', 'SonarQube token', ['SONAR_TOKEN'], (r) => `${r.pick(['squ', 'sqp', 'sqa'])}_${s(r, HEXL, 40)}`, V],
  ['JFROG_API_KEY', 'Artifactory API key', ['ARTIFACTORY_API_KEY', 'JFROG_TOKEN'], (r) => `AKCp8${s(r, B62, 68)}`, V],
  ['PULUMI_ACCESS_TOKEN', 'Pulumi token', ['PULUMI_ACCESS_TOKEN'], (r) => `pul-${s(r, HEXL, 40)}`, V],
  ['CONTENTFUL_MANAGEMENT_TOKEN', 'Contentful management token', ['CONTENTFUL_MANAGEMENT_TOKEN'], (r) => `CFPAT-${s(r, B62U, 43)}`, V],
  ['POSTHOG_PERSONAL_API_KEY', 'PostHog personal key', ['POSTHOG_PERSONAL_API_KEY'], (r) => `phx_${s(r, B62, 43)}`, V],
  ['SEGMENT_WRITE_KEY', 'Segment write key', ['SEGMENT_WRITE_KEY'], (r) => s(r, B62, 32), V],
  ['MIXPANEL_API_SECRET', 'Mixpanel API secret', ['MIXPANEL_API_SECRET'], (r) => s(r, HEXL, 32), V],
  ['AMPLITUDE_SECRET_KEY', 'Amplitude secret key', ['AMPLITUDE_SECRET_KEY'], (r) => s(r, HEXL, 32), V],
  ['LAUNCHDARKLY_SDK_KEY', 'LaunchDarkly SDK key', ['LD_SDK_KEY'], (r) => `sdk-${uuid(r)}`, V],
  ['LAUNCHDARKLY_API_TOKEN', 'LaunchDarkly API token', ['LD_API_TOKEN'], (r) => `api-${uuid(r)}`, V],
  ['PAGERDUTY_API_TOKEN', 'PagerDuty token', ['PAGERDUTY_TOKEN'], (r) => `u+${s(r, B62U, 18)}`, V],
  ['OPSGENIE_API_KEY', 'Opsgenie key', ['OPSGENIE_API_KEY'], (r) => uuid(r), V],
  ['FIREBASE_FCM_SERVER_KEY', 'FCM server key', ['FCM_SERVER_KEY'], (r) => `AAAA${s(r, B62U, 7)}:APA91b${s(r, B62U, 134)}`, V],
  ['MESSAGEBIRD_API_KEY', 'MessageBird key', ['MESSAGEBIRD_ACCESS_KEY'], (r) => s(r, B62, 25), V],
  ['VONAGE_API_SECRET', 'Vonage API secret', ['VONAGE_API_SECRET', 'NEXMO_API_SECRET'], (r) => s(r, B62, 16), V],
  ['PLIVO_AUTH_TOKEN', 'Plivo auth token', ['PLIVO_AUTH_TOKEN'], (r) => s(r, B62, 40), V],
  ['DEEPL_AUTH_KEY', 'DeepL API key', ['DEEPL_AUTH_KEY'], (r) => `${uuid(r)}:fx`, V],
  ['TWITTER_BEARER_TOKEN', 'X/Twitter bearer token', ['TWITTER_BEARER_TOKEN'], (r) => `AAAAAAAAAAAAAAAAAAAAA${s(r, B62, 26)}%3D${s(r, B62, 50)}`, V],
  ['FACEBOOK_ACCESS_TOKEN', 'Meta page access token', ['FB_PAGE_ACCESS_TOKEN', 'META_ACCESS_TOKEN'], (r) => `EAA${s(r, B62, 180)}`, V],
  ['LINKEDIN_CLIENT_SECRET', 'LinkedIn client secret', ['LINKEDIN_CLIENT_SECRET'], (r) => s(r, B62, 16), V],
  // ---- without vendor prefix ----
  ['GENERIC_API_KEY', 'API key', ['API_KEY', 'apiKey', 'X-API-Key', 'api-key', 'key', 'svc_cred', 'magic', 'sesame', 'k'], (r) => s(r, B62, r.pick([24, 32, 40, 48]))],
  ['GENERIC_SECRET_HEX', 'secret (hex)', ['SECRET', 'APP_SECRET', 'shh', 'cookie_secret', 'salt_pepper', 'TOKEN_SECRET'], (r) => s(r, HEXL, r.pick([32, 40, 48, 64]))],
  ['GENERIC_SECRET_BASE64', 'secret (base64)', ['SECRET_B64', 'signing_material', 'blob_key', 'PRIVATE_SEED'], (r) => r.bytes(r.pick([24, 32, 48])).toString('base64')],
  ['GENERIC_SECRET_BASE32', 'secret (base32)', ['OTP_SHARED', 'LEGACY_KEY_B32', 'totp_key'], (r) => s(r, B32, r.pick([16, 26, 32]))],
  ['GENERIC_BEARER_TOKEN', 'bearer token', ['Authorization', 'token', 'access_token', 'auth_token'], (r) => s(r, B62 + '-_.', r.range(32, 64))],
  ['SESSION_COOKIE', 'session cookie', ['session', 'sessionid', 'connect.sid', 'PHPSESSID', '_session_id'], (r) => r.pick([s(r, LOWNUM, 32), `s%3A${s(r, B62U, 32)}.${s(r, B62 + '%', 43)}`, s(r, HEXL, 40)])],
  ['OAUTH_CLIENT_SECRET', 'OAuth client secret', ['client_secret', 'CLIENT_SECRET', 'oauth_secret'], (r) => s(r, B62U, r.pick([32, 40, 48]))],
  ['ENCRYPTION_KEY', 'encryption key', ['ENCRYPTION_KEY', 'DATA_KEY', 'aes_key', 'FIELD_ENCRYPTION_KEY'], (r) => r.bytes(32).toString(r.chance(0.6) ? 'base64' : 'hex')],
  ['HMAC_SIGNING_KEY', 'HMAC key', ['HMAC_KEY', 'signing_key', 'SIGNATURE_SECRET'], (r) => s(r, HEXL, 64)],
  ['JWT_SIGNING_SECRET', 'JWT signing secret', ['JWT_SECRET', 'jwt.secret', 'JWT_KEY'], (r) => r.chance(0.5) ? s(r, B62, 48) : r.bytes(48).toString('base64')],
  ['WEBHOOK_SIGNING_SECRET', 'webhook signing secret', ['WEBHOOK_SECRET', 'webhook_signing_key'], (r) => s(r, B62, 40)],
  ['DJANGO_SECRET_KEY', 'Django secret key', ['SECRET_KEY', 'DJANGO_SECRET_KEY'], (r) => s(r, 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50).replace(/^[^a-z0-9]/, 'k').replace(/[^a-z0-9]$/, 'q')],
  ['RAILS_MASTER_KEY', 'Rails master key', ['RAILS_MASTER_KEY'], (r) => s(r, HEXL, 32)],
  ['RAILS_SECRET_KEY_BASE', 'Rails secret_key_base', ['SECRET_KEY_BASE'], (r) => s(r, HEXL, 128)],
  ['LARAVEL_APP_KEY', 'Laravel APP_KEY', ['APP_KEY'], (r) => `base64:${r.bytes(32).toString('base64')}`],
  ['FLASK_SECRET_KEY', 'Flask secret key', ['FLASK_SECRET_KEY', 'SECRET_KEY'], (r) => r.chance(0.5) ? s(r, HEXL, 48) : r.bytes(32).toString('base64url')],
  ['NEXTAUTH_SECRET', 'NextAuth secret', ['NEXTAUTH_SECRET', 'AUTH_SECRET'], (r) => r.bytes(32).toString('base64')],
  ['DATABASE_PASSWORD', 'database password', ['DB_PASSWORD', 'PGPASSWORD', 'MYSQL_PASSWORD', 'password', 'db.pass'], (r) => anyPassword(r, 'en', 'url')],
  ['REDIS_PASSWORD', 'Redis password', ['REDIS_PASSWORD', 'requirepass'], (r) => machinePassword(r, r.range(20, 32), 'alnum')],
  ['AMQP_PASSWORD', 'RabbitMQ password', ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'], (r) => machinePassword(r, undefined, 'url')],
  ['MONGODB_PASSWORD', 'MongoDB password', ['MONGO_INITDB_ROOT_PASSWORD', 'MONGO_PASSWORD'], (r) => machinePassword(r, undefined, 'url')],
  ['LDAP_BIND_PASSWORD', 'LDAP bind password', ['LDAP_BIND_PASSWORD', 'bindpw', 'ldap.bind.password'], (r) => anyPassword(r, 'en', 'any')],
  ['SMTP_PASSWORD', 'SMTP password', ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'smtp_pass', 'EMAIL_HOST_PASSWORD'], (r) => anyPassword(r, 'en', 'url')],
  ['IMAP_PASSWORD', 'IMAP password', ['IMAP_PASSWORD', 'imap_pass', 'remotepass'], (r) => anyPassword(r, 'en', 'url')],
  ['FTP_PASSWORD', 'FTP password', ['FTP_PASSWORD', 'ftp_pass'], (r) => anyPassword(r, 'en', 'url')],
  ['SFTP_PASSWORD', 'SFTP password', ['SFTP_PASSWORD', 'sftp.password'], (r) => anyPassword(r, 'en', 'url')],
  ['SSH_PASSWORD', 'SSH password', ['ssh_pass', 'ansible_password'], (r) => anyPassword(r, 'en', 'url')],
  ['SMB_PASSWORD', 'file-share password', ['password', 'smb_pass'], (r) => anyPassword(r, 'de', 'url')],
  ['VPN_PASSWORD', 'VPN password', ['vpn_password', 'VPN_PASS'], (r) => anyPassword(r, 'en', 'url')],
  ['VPN_PRESHARED_KEY', 'VPN pre-shared key', ['psk', 'PRESHARED_KEY', 'ipsec_psk'], (r) => machinePassword(r, r.range(24, 40), 'alnum')],
  ['WIREGUARD_PRIVATE_KEY', 'WireGuard private key', ['PrivateKey'], (r) => r.bytes(32).toString('base64')],
  ['WIFI_PASSWORD', 'Wi-Fi password', ['wpa_passphrase', 'psk', 'WIFI_KEY'], (r) => r.wpick([[3, () => passphrase(r, r.pick(Object.keys(WORDS)))], [3, () => humanPassword(r)], [2, () => machinePassword(r, r.range(12, 20), 'alnum')], [1, () => s(r, HEXL, 64)]])()],
  ['ROUTER_ADMIN_PASSWORD', 'router admin password', ['admin_password'], (r) => anyPassword(r, 'en', 'url')],
  ['SIP_PASSWORD', 'SIP account password', ['secret', 'sip_password', 'auth_password'], (r) => machinePassword(r, r.range(12, 18), 'alnum')],
  ['SNMP_COMMUNITY', 'SNMP community string', ['community', 'rocommunity'], (r) => `${r.pick(['n0c', 'mon', 'ops', 'fac'])}-${s(r, LOWNUM, 6)}-${r.range(10, 99)}`],
  ['KEYSTORE_PASSWORD', 'keystore password', ['storePassword', 'keyPassword', 'KEYSTORE_PASS'], (r) => anyPassword(r, 'en', 'url')],
  ['APP_PASSWORD', 'app password', ['app_password', 'APP_PASSWORD'], (r) => { const w = s(r, ALPHA.LOW, 16); return r.chance(0.6) ? w.match(/.{4}/g).join(' ') : w.match(/.{4}/g).join('-'); }],
  ['USER_PASSWORD', 'password', ['password', 'pass', 'pwd', 'Passwort', 'mot_de_passe', 'contraseña'], (r) => humanPassword(r)],
  ['PASSPHRASE', 'passphrase', ['passphrase', 'master_passphrase'], (r) => passphrase(r, r.pick(Object.keys(WORDS)))],
  ['PIN', 'PIN', ['pin', 'PIN', 'sim_pin'], (r) => r.digits(r.pick([4, 4, 4, 5, 6]))],
  ['ACCESS_CODE', 'door / alarm / key-safe code', ['door_code', 'alarm_code', 'keysafe'], (r) => r.pick([r.digits(4), r.digits(4) + '#', '*' + r.digits(4) + '#', r.digits(6), `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`])],
  ['RECOVERY_CODE', 'recovery code', ['recovery_code', 'backup_code'], (r) => r.pick([`${s(r, LOWNUM, 4)}-${s(r, LOWNUM, 4)}`, `${s(r, ALPHA.HUMAN, 4)}-${s(r, ALPHA.HUMAN, 4)}-${s(r, ALPHA.HUMAN, 4)}`, `${r.digits(5)}-${r.digits(5)}`, `${s(r, HEXL, 5)}-${s(r, HEXL, 5)}`, `${s(r, LOWNUM, 4)} ${s(r, LOWNUM, 4)}`])],
  ['BITLOCKER_RECOVERY_KEY', 'BitLocker recovery key', ['recovery_key'], (r) => bitlocker(r)],
  ['SHARED_LINK_TOKEN', 'shared-link token', ['share_token', 'key', 'resourcekey'], (r) => s(r, B62, r.pick([15, 22, 32, 40]))],
  ['PASSWORD_RESET_TOKEN', 'password reset token', ['reset_token', 'token'], (r) => r.chance(0.5) ? s(r, HEXL, 64) : r.bytes(32).toString('base64url')],
  ['MAGIC_LINK_TOKEN', 'sign-in link token', ['login_token', 'otk'], (r) => r.bytes(r.pick([24, 32])).toString('base64url')],
  ['MEETING_PASSCODE', 'meeting passcode', ['pwd', 'passcode'], (r) => r.chance(0.5) ? s(r, B62, 32) + '.1' : s(r, B62, r.range(6, 10))],
  ['CONFERENCE_HOST_KEY', 'host key', ['host_key'], (r) => r.digits(6)],
  ['VERIFICATION_CODE', 'one-time code', ['otp', 'code'], (r) => r.pick([r.digits(6), `${r.digits(3)} ${r.digits(3)}`, `${r.digits(3)}-${r.digits(3)}`, r.digits(8)])],
  ['TOTP_SEED', 'authenticator setup key', ['secret', 'otp_secret'], (r) => { const v = s(r, B32, 32); return r.chance(0.5) ? v : v.toLowerCase().match(/.{4}/g).join(' '); }],
  ['SOFTWARE_LICENSE_KEY', 'licence key', ['license_key', 'serial', 'LicenseKey'], (r) => Array.from({ length: 5 }, () => s(r, ALPHA.HUMAN, 5)).join('-')],
  ['GIFT_CARD_CODE', 'gift card code', ['gift_code'], (r) => Array.from({ length: 4 }, () => s(r, ALPHA.HUMAN, 4)).join('-')],
  ['PARCEL_PICKUP_CODE', 'parcel locker code', ['pickup_code'], (r) => r.chance(0.5) ? r.digits(6) : s(r, ALPHA.HUMAN, 6)],
  ['PORTAL_ACTIVATION_CODE', 'portal activation code', ['activation_code'], (r) => `${s(r, ALPHA.HUMAN, 4)}-${s(r, ALPHA.HUMAN, 4)}-${s(r, ALPHA.HUMAN, 4)}`],
  ['CRYPTO_SEED_PHRASE', 'wallet recovery phrase', ['mnemonic', 'seed'], (r) => Array.from({ length: r.pick([12, 12, 24]) }, () => r.pick(BIP39_A)).join(' ')],
  ['PASSWORD_HASH', 'password hash', ['hash'], (r) => r.chance(0.6) ? `$2y$${r.pick(['10', '12'])}$${s(r, BC, 53)}` : `$6$${s(r, BC, 16)}$${s(r, BC, 86)}`],
  ['AGE_SECRET_KEY', 'age identity', ['AGE_SECRET_KEY'], (r) => ageKey(r)],
  ['BASIC_AUTH_CREDENTIALS', 'Basic auth', ['Authorization'], null],
  ['DOCKER_REGISTRY_AUTH', 'registry auth', ['auth'], null],
  ['K8S_SECRET_DATA', 'Kubernetes secret data', [], null],
  ['JSON_WEB_TOKEN', 'JWT', ['Authorization', 'id_token', 'access_token', 'jwt'], (r) => jwt(r)],
  ['RSA_PRIVATE_KEY', 'RSA private key', ['private_key'], (r) => pem(r, 'RSA_PRIVATE_KEY')],
  ['PKCS8_PRIVATE_KEY', 'private key', ['private_key'], (r) => pem(r, 'PKCS8_PRIVATE_KEY')],
  ['EC_PRIVATE_KEY', 'EC private key', ['private_key'], (r) => pem(r, 'EC_PRIVATE_KEY')],
  ['OPENSSH_PRIVATE_KEY', 'SSH private key', ['id_ed25519'], (r) => pem(r, 'OPENSSH_PRIVATE_KEY')],
  ['PGP_PRIVATE_KEY', 'PGP private key', ['pgp_key'], (r) => pem(r, 'PGP_PRIVATE_KEY', 'Finance Signing <finance@corp.example>')],
];

export const SECRETS = {};
for (const [entity, desc, keys, gen, vendor] of E) SECRETS[entity] = { entity, desc, keys, gen, vendor: !!vendor };
export const VENDOR_ENTITIES = E.filter((e) => e[4]).map((e) => e[0]);
export const PLAIN_KEYED = ['GENERIC_API_KEY', 'GENERIC_SECRET_HEX', 'GENERIC_SECRET_BASE64', 'GENERIC_SECRET_BASE32', 'OAUTH_CLIENT_SECRET', 'ENCRYPTION_KEY', 'HMAC_SIGNING_KEY', 'JWT_SIGNING_SECRET', 'WEBHOOK_SIGNING_SECRET', 'DJANGO_SECRET_KEY', 'RAILS_MASTER_KEY', 'RAILS_SECRET_KEY_BASE', 'LARAVEL_APP_KEY', 'FLASK_SECRET_KEY', 'NEXTAUTH_SECRET', 'DATABASE_PASSWORD', 'REDIS_PASSWORD', 'AMQP_PASSWORD', 'MONGODB_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD', 'IMAP_PASSWORD', 'SFTP_PASSWORD', 'VPN_PRESHARED_KEY', 'WIREGUARD_PRIVATE_KEY', 'KEYSTORE_PASSWORD', 'SIP_PASSWORD', 'AGE_SECRET_KEY', 'GENERIC_BEARER_TOKEN', 'SESSION_COOKIE'];
export function secretValue(r, entity) { const e = SECRETS[entity]; if (!e || !e.gen) throw new Error('no gen ' + entity); return e.gen(r); }

// a deck that deals every entity in turn (reshuffled each round) so coverage is even
export class Deck {
  constructor(r, items) { this.r = r; this.items = items; this.cur = []; }
  next() { if (!this.cur.length) this.cur = this.r.shuffle(this.items); return this.cur.pop(); }
  save() { return { cur: this.cur.slice(), st: [this.r.a, this.r.b, this.r.c, this.r.d] }; }
  restore(x) { this.cur = x.cur.slice(); [this.r.a, this.r.b, this.r.c, this.r.d] = x.st; }
}
