// Catalogue of secret kinds: generator, typical key names, a format check, and a
// category used by the document kinds to pick fitting secrets. Formats follow the
// vendors' published token shapes; in-house formats are this set's invention.
import { B62, B64, B64URL, HEX, B32, ALNUM_UP, ALNUM_LOW, LOWER, UPPER, DIGITS } from './prng.mjs';
import { ghChecksum, base32, bech32Encode, convertBits } from './checksums.mjs';

const AN = B62, AU = B64URL;
const uuid = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
const b64 = (r, nBytes) => r.bytes(nBytes).toString('base64');
const b64u = (r, nBytes) => r.bytes(nBytes).toString('base64url');
const gh = (prefix) => (r) => { const x = r.str(AN, 30); return `${prefix}_${x}${ghChecksum(x)}`; };
const openaiBody = (r, n) => `${r.str(AU, n)}T3BlbkFJ${r.str(AU, n)}`;
export { uuid };

// word lists for human passwords and passphrases (several languages)
const WORDS = {
  en: 'harbor|violin|copper|maple|orbit|pepper|lantern|velvet|thunder|biscuit|glacier|meadow|falcon|ribbon|saddle|walnut|cobalt|pickle|tundra|marble',
  de: 'Sonne|Brücke|Kaffee|Tiger|Wolke|Fahrrad|Apfel|Schnee|Garten|Laterne|Kiefer|Mondlicht|Bleistift|Hafen|Eichhorn',
  fr: 'soleil|baguette|nuage|lapin|fromage|bougie|citron|papillon|horloge|marron|velours|cerise',
  es: 'mariposa|tortuga|naranja|guitarra|ventana|montaña|paloma|girasol|canela|relámpago',
  it: 'gelato|farfalla|limone|tramonto|girasole|castello|nuvola|lucciola|pomodoro',
  pt: 'jabuticaba|saudade|coqueiro|tucano|cachoeira|laranja|pipoca|farol',
  nl: 'fiets|tulp|molen|hagel|kaas|stroopwafel|zeilboot|duin|grachten',
  pl: 'kotek|rower|deszcz|jablko|pierogi|wiewiorka|kasztan|bursztyn',
  sv: 'kanelbulle|fjäll|lingon|hjortron|sommar|segelbåt|midsommar',
  tr: 'simit|lale|kedi|deniz|martı|kahve|zeytin|çınar',
  ro: 'mishka|zvezda|solnce|koshka|berezka|pogoda|matryoshka',
  ja: 'sakura|neko|yama|umi|tsuki|hoshi|kaze|momiji|ramen',
  id: 'kopi|nasigoreng|bunga|pelangi|gunung|kucing',
};
const WL = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, v.split('|')]));
export const PW_LANGS = Object.keys(WL);
const cap = (s) => s[0].toUpperCase() + s.slice(1);
export function humanPassword(r, lang) {
  const w = WL[lang] || WL[r.pick(PW_LANGS)];
  const sym = r.pick(['!', '#', '$', '?', '*', '@', '.', '%', '&', '!!', '+']);
  const yr = String(r.pick([r.int(1970, 2026), r.int(1, 99), r.int(100, 9999)]));
  switch (r.int(0, 7)) {
    case 0: return cap(r.pick(w)) + yr + sym;
    case 1: return r.pick(w) + sym + yr;
    case 2: return cap(r.pick(w)) + cap(r.pick(w)) + r.int(1, 99);
    case 3: return cap(r.pick(w)).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + r.int(10, 99) + sym;
    case 4: return r.pick(w) + '_' + r.pick(w) + yr;
    case 5: return cap(r.pick(w)) + sym + cap(r.pick(w)) + r.int(1, 9);
    case 6: return yr + cap(r.pick(w)) + sym;
    default: return r.pick(w).toUpperCase().slice(0, 4) + r.pick(w) + r.int(100, 999) + sym;
  }
}
export function passphrase(r, lang) {
  const w = WL[lang] || WL[r.pick(PW_LANGS)];
  const n = r.int(3, 5);
  const words = r.sample(w, Math.min(n, w.length));
  const sep = r.pick([' ', '-', '.', ' ', '_']);
  let s = words.join(sep);
  if (r.chance(0.4)) s += sep + r.int(2, 99);
  return s;
}
export function machinePassword(r, n) {
  n = n || r.int(16, 28);
  const alpha = AN + r.pick(['', '!#%*-_', '@$^&+=', '.:~']);
  let s;
  do { s = r.str(alpha, n); } while (/^[^A-Za-z0-9]|[^A-Za-z0-9]$/.test(s));
  return s;
}
export function managerPassword(r) {
  let s;
  do { s = r.str(AN + '!@#$%^&*()-_=+[]{};:,.<>?', r.int(14, 24)); } while (/^\W|\W$/.test(s) || /["'\\`]/.test(s));
  return s;
}
export function pin(r, n) { let s; do { s = r.digits(n || r.pick([4, 4, 4, 6, 5])); } while (/^(\d)\1+$/.test(s) || s === '1234' || s === '123456'); return s; }
export function recoveryCode(r, style) {
  style = style ?? r.int(0, 3);
  if (style === 0) return `${r.str(ALNUM_LOW, 4)}-${r.str(ALNUM_LOW, 4)}`;
  if (style === 1) return `${r.digits(4)} ${r.digits(4)}`;
  if (style === 2) return `${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 5)}-${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 5)}`;
  return r.str(ALNUM_LOW, 10);
}
export function totpSeed(r) { return base32(r.bytes(r.pick([10, 20]))).replace(/=+$/, ''); }
function djangoKey(r) { let s; do { s = r.str(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50); } while (/^\W|\W$/.test(s)); return 'django-insecure-'.slice(0, 0) + s; }
function ageKey(r) { return bech32Encode('age-secret-key-', convertBits([...r.bytes(32)], 8, 5, true), 'bech32').toUpperCase(); }
function jsonB64(obj) { return Buffer.from(JSON.stringify(obj)).toString('base64url'); }

// category: vendor | cloud | generic | inhouse | config_pw | db_pw
export const CATALOG = [
  // --- code hosting / CI
  { id: 'GITHUB_PERSONAL_ACCESS_TOKEN', cat: 'vendor', gen: gh('ghp'), keys: ['GITHUB_TOKEN', 'GH_TOKEN', 'github_pat', 'gh.token'], re: /^ghp_[A-Za-z0-9]{36}$/ },
  { id: 'GITHUB_OAUTH_TOKEN', cat: 'vendor', gen: gh('gho'), keys: ['GITHUB_OAUTH_TOKEN', 'oauth_token', 'gh_oauth'], re: /^gho_[A-Za-z0-9]{36}$/ },
  { id: 'GITHUB_USER_TO_SERVER_TOKEN', cat: 'vendor', gen: gh('ghu'), keys: ['GH_APP_USER_TOKEN', 'user_token'], re: /^ghu_[A-Za-z0-9]{36}$/ },
  { id: 'GITHUB_APP_INSTALLATION_TOKEN', cat: 'vendor', gen: gh('ghs'), keys: ['GITHUB_APP_TOKEN', 'installation_token', 'GH_INSTALL_TOKEN'], re: /^ghs_[A-Za-z0-9]{36}$/ },
  { id: 'GITHUB_REFRESH_TOKEN', cat: 'vendor', gen: gh('ghr'), keys: ['GH_REFRESH_TOKEN', 'refresh_token'], re: /^ghr_[A-Za-z0-9]{36}$/ },
  { id: 'GITHUB_FINE_GRAINED_TOKEN', cat: 'vendor', gen: (r) => `github_pat_11${r.str(ALNUM_UP, 20)}_${r.str(AN, 59)}`, keys: ['GITHUB_PAT', 'GH_FINEGRAINED', 'ci_repo_token'], re: /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/ },
  { id: 'GITLAB_PERSONAL_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `glpat-${r.str(AU, 20)}`, keys: ['GITLAB_TOKEN', 'GL_TOKEN', 'private_token'], re: /^glpat-[A-Za-z0-9_-]{20}$/ },
  { id: 'GITLAB_PIPELINE_TRIGGER_TOKEN', cat: 'vendor', gen: (r) => `glptt-${r.hex(40)}`, keys: ['TRIGGER_TOKEN', 'gitlab_trigger'], re: /^glptt-[0-9a-f]{40}$/ },
  { id: 'GITLAB_RUNNER_TOKEN', cat: 'vendor', gen: (r) => `glrt-${r.str(AU, 20)}`, keys: ['RUNNER_TOKEN', 'runner_authentication_token'], re: /^glrt-[A-Za-z0-9_-]{20}$/ },
  { id: 'GITLAB_DEPLOY_TOKEN', cat: 'vendor', gen: (r) => `gldt-${r.str(AU, 20)}`, keys: ['DEPLOY_TOKEN', 'gl_deploy_password'], re: /^gldt-[A-Za-z0-9_-]{20}$/ },
  { id: 'BITBUCKET_APP_PASSWORD', cat: 'vendor', gen: (r) => `ATBB${r.str(AN, 32)}${r.hex(8).toUpperCase()}`, keys: ['BITBUCKET_APP_PASSWORD', 'bb_app_pw'], re: /^ATBB[A-Za-z0-9]{32}[0-9A-F]{8}$/ },
  { id: 'CIRCLECI_PERSONAL_TOKEN', cat: 'vendor', gen: (r) => `CCIPAT_${r.str(AN, 22)}_${r.hex(40)}`, keys: ['CIRCLE_TOKEN', 'CIRCLECI_API_TOKEN'], re: /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/ },
  { id: 'BUILDKITE_API_TOKEN', cat: 'vendor', gen: (r) => `bkua_${r.hex(40)}`, keys: ['BUILDKITE_API_TOKEN', 'bk_token'], re: /^bkua_[0-9a-f]{40}$/ },
  { id: 'SONARQUBE_USER_TOKEN', cat: 'vendor', gen: (r) => `squ_${r.hex(40)}`, keys: ['SONAR_TOKEN', 'sonar.login'], re: /^squ_[0-9a-f]{40}$/ },
  { id: 'SONARQUBE_PROJECT_TOKEN', cat: 'vendor', gen: (r) => `sqp_${r.hex(40)}`, keys: ['SONAR_PROJECT_TOKEN', 'sonar.token'], re: /^sqp_[0-9a-f]{40}$/ },
  { id: 'JFROG_API_KEY', cat: 'vendor', gen: (r) => `AKCp${r.str(AN, 69)}`, keys: ['ARTIFACTORY_API_KEY', 'JFROG_APIKEY'], re: /^AKCp[A-Za-z0-9]{69}$/ },
  { id: 'JFROG_IDENTITY_TOKEN', cat: 'vendor', gen: (r) => `cmVmdGtuOjAxOj${r.str(AN, 50)}`, keys: ['JFROG_ACCESS_TOKEN', 'artifactory_identity_token'], re: /^cmVmdGtuOjAxOj[A-Za-z0-9]{50}$/ },
  { id: 'NPM_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `npm_${r.str(AN, 36)}`, keys: ['NPM_TOKEN', 'NODE_AUTH_TOKEN', '_authToken'], re: /^npm_[A-Za-z0-9]{36}$/ },
  { id: 'RUBYGEMS_API_KEY', cat: 'vendor', gen: (r) => `rubygems_${r.hex(48)}`, keys: ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'], re: /^rubygems_[0-9a-f]{48}$/ },
  { id: 'CLOJARS_DEPLOY_TOKEN', cat: 'vendor', gen: (r) => `CLOJARS_${r.hex(60)}`, keys: ['CLOJARS_PASSWORD', 'clojars_token'], re: /^CLOJARS_[0-9a-f]{60}$/ },
  { id: 'NUGET_API_KEY', cat: 'vendor', gen: (r) => `oy2${r.str(LOWER + DIGITS, 43)}`, keys: ['NUGET_API_KEY', 'NuGetApiKey'], re: /^oy2[a-z0-9]{43}$/ },
  { id: 'DOCKER_HUB_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `dckr_pat_${r.str(AU, 27)}`, keys: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD', 'registry_token'], re: /^dckr_pat_[A-Za-z0-9_-]{27}$/ },
  // --- cloud
  { id: 'AWS_ACCESS_KEY', cat: 'cloud', gen: (r) => `AKIA${r.str(B32, 16)}`, keys: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'], re: /^AKIA[A-Z2-7]{16}$/ },
  { id: 'AWS_TEMPORARY_ACCESS_KEY', cat: 'cloud', gen: (r) => `ASIA${r.str(B32, 16)}`, keys: ['AWS_ACCESS_KEY_ID', 'AccessKeyId'], re: /^ASIA[A-Z2-7]{16}$/ },
  { id: 'AWS_SECRET_KEY', cat: 'cloud', gen: (r) => { let s; do { s = r.str(AN + '+/', 40); } while (/^[+/]|[+/]$/.test(s)); return s; }, keys: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey', 'SecretAccessKey'], re: /^[A-Za-z0-9+/]{40}$/ },
  { id: 'AWS_SESSION_TOKEN', cat: 'cloud', gen: (r) => `IQoJb3JpZ2luX2Vj${r.str(AN + '+/', r.int(280, 360))}`, keys: ['AWS_SESSION_TOKEN', 'aws_session_token', 'SessionToken'], re: /^IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{280,360}$/ },
  { id: 'GOOGLE_API_KEY', cat: 'cloud', gen: (r) => `AIza${r.str(AU, 35)}`, keys: ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'gcp.apiKey'], re: /^AIza[A-Za-z0-9_-]{35}$/ },
  { id: 'GOOGLE_OAUTH_CLIENT_SECRET', cat: 'cloud', gen: (r) => `GOCSPX-${r.str(AU, 28)}`, keys: ['GOOGLE_CLIENT_SECRET', 'client_secret'], re: /^GOCSPX-[A-Za-z0-9_-]{28}$/ },
  { id: 'GOOGLE_OAUTH_REFRESH_TOKEN', cat: 'cloud', gen: (r) => `1//0${r.pick(['3', '4', '9', 'e', 'g'])}${r.str(AU, 99)}`, keys: ['GOOGLE_REFRESH_TOKEN', 'refresh_token'], re: /^1\/\/0[0-9a-z][A-Za-z0-9_-]{99}$/ },
  { id: 'GOOGLE_OAUTH_ACCESS_TOKEN', cat: 'cloud', gen: (r) => `ya29.${r.str(AU, r.int(150, 190))}`, keys: ['access_token', 'GOOGLE_ACCESS_TOKEN'], re: /^ya29\.[A-Za-z0-9_-]{150,190}$/ },
  { id: 'AZURE_STORAGE_ACCOUNT_KEY', cat: 'cloud', gen: (r) => b64(r, 64), keys: ['AccountKey', 'AZURE_STORAGE_KEY', 'storage_account_key'], re: /^[A-Za-z0-9+/]{86}==$/ },
  { id: 'AZURE_COSMOSDB_KEY', cat: 'cloud', gen: (r) => b64(r, 64), keys: ['COSMOS_KEY', 'CosmosDb:PrimaryKey', 'cosmos_master_key'], re: /^[A-Za-z0-9+/]{86}==$/ },
  { id: 'AZURE_SERVICE_BUS_KEY', cat: 'cloud', gen: (r) => b64(r, 32), keys: ['SharedAccessKey', 'SERVICEBUS_KEY'], re: /^[A-Za-z0-9+/]{43}=$/ },
  { id: 'AZURE_SAS_SIGNATURE', cat: 'cloud', gen: (r) => encodeURIComponent(b64(r, 32)), keys: ['sig'], re: /^[A-Za-z0-9%]{44,70}$/ },
  { id: 'AZURE_CLIENT_SECRET', cat: 'cloud', gen: (r) => `${r.str(AN, 3)}${r.int(0, 9)}Q~${r.str(AN + '_.~-', 33)}${r.str(AN, 1)}`, keys: ['AZURE_CLIENT_SECRET', 'ClientSecret', 'aad_client_secret'], re: /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_.~-]{34}$/ },
  { id: 'AZURE_DEVOPS_PAT', cat: 'cloud', gen: (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), keys: ['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT', 'System.AccessToken'], re: /^[a-z2-7]{52}$/ },
  { id: 'AZURE_OPENAI_KEY', cat: 'cloud', gen: (r) => r.hex(32), keys: ['AZURE_OPENAI_API_KEY', 'api-key'], re: /^[0-9a-f]{32}$/ },
  { id: 'DIGITALOCEAN_TOKEN', cat: 'cloud', gen: (r) => `dop_v1_${r.hex(64)}`, keys: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'], re: /^dop_v1_[0-9a-f]{64}$/ },
  { id: 'DIGITALOCEAN_OAUTH_TOKEN', cat: 'cloud', gen: (r) => `doo_v1_${r.hex(64)}`, keys: ['DO_OAUTH_TOKEN'], re: /^doo_v1_[0-9a-f]{64}$/ },
  { id: 'ALIBABA_ACCESS_KEY_ID', cat: 'cloud', gen: (r) => `LTAI5t${r.str(AN, 18)}`, keys: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'aliyun_ak'], re: /^LTAI5t[A-Za-z0-9]{18}$/ },
  { id: 'ALIBABA_ACCESS_KEY_SECRET', cat: 'cloud', gen: (r) => r.str(AN, 30), keys: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'aliyun_sk'], re: /^[A-Za-z0-9]{30}$/ },
  { id: 'TENCENT_SECRET_ID', cat: 'cloud', gen: (r) => `AKID${r.str(AN, 32)}`, keys: ['TENCENTCLOUD_SECRET_ID', 'qcloud_secret_id'], re: /^AKID[A-Za-z0-9]{32}$/ },
  { id: 'TENCENT_SECRET_KEY', cat: 'cloud', gen: (r) => r.str(AN, 32), keys: ['TENCENTCLOUD_SECRET_KEY', 'qcloud_secret_key'], re: /^[A-Za-z0-9]{32}$/ },
  { id: 'IBM_CLOUD_API_KEY', cat: 'cloud', gen: (r) => r.str(AU, 44), keys: ['IBMCLOUD_API_KEY', 'IC_API_KEY'], re: /^[A-Za-z0-9_-]{44}$/ },
  { id: 'YANDEX_CLOUD_API_KEY', cat: 'cloud', gen: (r) => `AQVN${r.str(AU, 36)}`, keys: ['YC_API_KEY', 'yandex_api_key'], re: /^AQVN[A-Za-z0-9_-]{36}$/ },
  { id: 'YANDEX_OAUTH_TOKEN', cat: 'cloud', gen: (r) => `y0_${r.str(AU, 55)}`, keys: ['YC_TOKEN', 'yandex_oauth'], re: /^y0_[A-Za-z0-9_-]{55}$/ },
  { id: 'CLOUDFLARE_API_TOKEN', cat: 'cloud', gen: (r) => r.str(AU, 40), keys: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], re: /^[A-Za-z0-9_-]{40}$/ },
  { id: 'CLOUDFLARE_GLOBAL_API_KEY', cat: 'cloud', gen: (r) => r.hex(37), keys: ['CLOUDFLARE_API_KEY', 'CF_API_KEY', 'X-Auth-Key'], re: /^[0-9a-f]{37}$/ },
  { id: 'CLOUDFLARE_ORIGIN_CA_KEY', cat: 'cloud', gen: (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`, keys: ['CF_ORIGIN_CA_KEY', 'X-Auth-User-Service-Key'], re: /^v1\.0-[0-9a-f]{24}-[0-9a-f]{146}$/ },
  { id: 'HEROKU_API_KEY', cat: 'cloud', gen: (r) => `HRKU-AA${r.str(AU, 58)}`, keys: ['HEROKU_API_KEY'], re: /^HRKU-AA[A-Za-z0-9_-]{58}$/ },
  { id: 'FLY_ACCESS_TOKEN', cat: 'cloud', gen: (r) => `fo1_${r.str(AU, 43)}`, keys: ['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN'], re: /^fo1_[A-Za-z0-9_-]{43}$/ },
  { id: 'RENDER_API_KEY', cat: 'cloud', gen: (r) => `rnd_${r.str(AN, 32)}`, keys: ['RENDER_API_KEY'], re: /^rnd_[A-Za-z0-9]{32}$/ },
  { id: 'NETLIFY_ACCESS_TOKEN', cat: 'cloud', gen: (r) => `nfp_${r.str(AN, 36)}`, keys: ['NETLIFY_AUTH_TOKEN'], re: /^nfp_[A-Za-z0-9]{36}$/ },
  { id: 'VERCEL_TOKEN', cat: 'cloud', gen: (r) => r.str(AN, 24), keys: ['VERCEL_TOKEN', 'vercel_api_token'], re: /^[A-Za-z0-9]{24}$/ },
  { id: 'TERRAFORM_CLOUD_TOKEN', cat: 'cloud', gen: (r) => `${r.str(AN, 14)}.atlasv1.${r.str(AN, 67)}`, keys: ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io', 'token'], re: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/ },
  { id: 'PULUMI_ACCESS_TOKEN', cat: 'cloud', gen: (r) => `pul-${r.hex(40)}`, keys: ['PULUMI_ACCESS_TOKEN'], re: /^pul-[0-9a-f]{40}$/ },
  { id: 'VAULT_SERVICE_TOKEN', cat: 'cloud', gen: (r) => `hvs.${r.str(AU, 91)}`, keys: ['VAULT_TOKEN', 'vault_token', 'X-Vault-Token'], re: /^hvs\.[A-Za-z0-9_-]{91}$/ },
  { id: 'VAULT_BATCH_TOKEN', cat: 'cloud', gen: (r) => `hvb.${r.str(AU, 138)}`, keys: ['VAULT_TOKEN'], re: /^hvb\.[A-Za-z0-9_-]{138}$/ },
  { id: 'DOPPLER_SERVICE_TOKEN', cat: 'cloud', gen: (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.str(AN, 40)}`, keys: ['DOPPLER_TOKEN'], re: /^dp\.st\.[a-z]{3}\.[A-Za-z0-9]{40}$/ },
  { id: 'DOPPLER_PERSONAL_TOKEN', cat: 'cloud', gen: (r) => `dp.pt.${r.str(AN, 43)}`, keys: ['DOPPLER_TOKEN'], re: /^dp\.pt\.[A-Za-z0-9]{43}$/ },
  { id: 'TAILSCALE_AUTH_KEY', cat: 'cloud', gen: (r) => `tskey-auth-k${r.str(AN, 11)}CNTRL-${r.str(AN, 33)}`, keys: ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'], re: /^tskey-auth-k[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}$/ },
  { id: 'TAILSCALE_API_KEY', cat: 'cloud', gen: (r) => `tskey-api-k${r.str(AN, 11)}CNTRL-${r.str(AN, 33)}`, keys: ['TAILSCALE_API_KEY'], re: /^tskey-api-k[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}$/ },
  { id: 'NGROK_AUTHTOKEN', cat: 'cloud', gen: (r) => `2${r.str(AN, 26)}_${r.str(AN, 21)}`, keys: ['NGROK_AUTHTOKEN', 'authtoken'], re: /^2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}$/ },
  { id: 'SUPABASE_ACCESS_TOKEN', cat: 'cloud', gen: (r) => `sbp_${r.hex(40)}`, keys: ['SUPABASE_ACCESS_TOKEN'], re: /^sbp_[0-9a-f]{40}$/ },
  { id: 'PLANETSCALE_SERVICE_TOKEN', cat: 'cloud', gen: (r) => `pscale_tkn_${r.str(AU, 43)}`, keys: ['PLANETSCALE_SERVICE_TOKEN'], re: /^pscale_tkn_[A-Za-z0-9_-]{43}$/ },
  { id: 'PLANETSCALE_PASSWORD', cat: 'cloud', gen: (r) => `pscale_pw_${r.str(AU, 43)}`, keys: ['DATABASE_PASSWORD', 'PSCALE_PW'], re: /^pscale_pw_[A-Za-z0-9_-]{43}$/ },
  { id: 'NEON_API_KEY', cat: 'cloud', gen: (r) => `napi_${r.str(LOWER + DIGITS, 64)}`, keys: ['NEON_API_KEY'], re: /^napi_[a-z0-9]{64}$/ },
  { id: 'DATABRICKS_TOKEN', cat: 'cloud', gen: (r) => `dapi${r.hex(32)}${r.chance(0.4) ? '-' + r.int(2, 3) : ''}`, keys: ['DATABRICKS_TOKEN'], re: /^dapi[0-9a-f]{32}(-\d)?$/ },
  { id: 'UPSTASH_REDIS_TOKEN', cat: 'cloud', gen: (r) => `A${r.pick(['X', 'Y', 'Z'])}${r.str(AN, 58)}`, keys: ['UPSTASH_REDIS_REST_TOKEN'], re: /^A[XYZ][A-Za-z0-9]{58}$/ },
  // --- chat / collaboration
  { id: 'SLACK_BOT_TOKEN', cat: 'vendor', gen: (r) => `xoxb-${r.digits(r.int(10, 12), true)}-${r.digits(13, true)}-${r.str(AN, 24)}`, keys: ['SLACK_BOT_TOKEN', 'slack_token', 'bot_token'], re: /^xoxb-\d{10,12}-\d{13}-[A-Za-z0-9]{24}$/ },
  { id: 'SLACK_USER_TOKEN', cat: 'vendor', gen: (r) => `xoxp-${r.digits(11, true)}-${r.digits(12, true)}-${r.digits(13, true)}-${r.hex(32)}`, keys: ['SLACK_USER_TOKEN', 'slack_user_oauth'], re: /^xoxp-\d{11}-\d{12}-\d{13}-[0-9a-f]{32}$/ },
  { id: 'SLACK_APP_TOKEN', cat: 'vendor', gen: (r) => `xapp-1-A${r.str(ALNUM_UP, 10)}-${r.digits(13, true)}-${r.hex(64)}`, keys: ['SLACK_APP_TOKEN', 'socket_mode_token'], re: /^xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}$/ },
  { id: 'SLACK_WEBHOOK_TOKEN', cat: 'vendor', gen: (r) => r.str(AN, 24), keys: ['SLACK_WEBHOOK_URL'], re: /^[A-Za-z0-9]{24}$/, url: true },
  { id: 'DISCORD_BOT_TOKEN', cat: 'vendor', gen: (r) => `${Buffer.from(r.digits(19, true)).toString('base64url')}.${r.str(AU, 6)}.${r.str(AU, 38)}`, keys: ['DISCORD_TOKEN', 'discord_bot_token'], re: /^[A-Za-z0-9_-]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$/ },
  { id: 'DISCORD_WEBHOOK_TOKEN', cat: 'vendor', gen: (r) => r.str(AU, 68), keys: ['DISCORD_WEBHOOK'], re: /^[A-Za-z0-9_-]{68}$/, url: true },
  { id: 'TELEGRAM_BOT_TOKEN', cat: 'vendor', gen: (r) => `${r.digits(10, true)}:AA${r.str(AU, 33)}`, keys: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN', 'bot_api_key'], re: /^\d{10}:AA[A-Za-z0-9_-]{33}$/ },
  { id: 'ATLASSIAN_API_TOKEN', cat: 'vendor', gen: (r) => `ATATT3xFfGF0${r.str(AU, 174)}=${r.hex(8).toUpperCase()}`, keys: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_TOKEN'], re: /^ATATT3xFfGF0[A-Za-z0-9_-]{174}=[0-9A-F]{8}$/ },
  { id: 'LINEAR_API_KEY', cat: 'vendor', gen: (r) => `lin_api_${r.str(AN, 40)}`, keys: ['LINEAR_API_KEY'], re: /^lin_api_[A-Za-z0-9]{40}$/ },
  { id: 'NOTION_INTEGRATION_TOKEN', cat: 'vendor', gen: (r) => `ntn_${r.digits(11, true)}${r.str(AN, 35)}`, keys: ['NOTION_TOKEN', 'NOTION_API_KEY'], re: /^ntn_\d{11}[A-Za-z0-9]{35}$/ },
  { id: 'NOTION_LEGACY_SECRET', cat: 'vendor', gen: (r) => `secret_${r.str(AN, 43)}`, keys: ['NOTION_SECRET', 'notion_key'], re: /^secret_[A-Za-z0-9]{43}$/ },
  { id: 'AIRTABLE_PAT', cat: 'vendor', gen: (r) => `pat${r.str(AN, 14)}.${r.hex(64)}`, keys: ['AIRTABLE_TOKEN', 'AIRTABLE_API_KEY'], re: /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/ },
  { id: 'FIGMA_PAT', cat: 'vendor', gen: (r) => `figd_${r.str(AU, 40)}`, keys: ['FIGMA_TOKEN'], re: /^figd_[A-Za-z0-9_-]{40}$/ },
  { id: 'ASANA_PAT', cat: 'vendor', gen: (r) => `2/${r.digits(16, true)}/${r.digits(16, true)}:${r.hex(32)}`, keys: ['ASANA_ACCESS_TOKEN'], re: /^2\/\d{16}\/\d{16}:[0-9a-f]{32}$/ },
  { id: 'CLICKUP_API_TOKEN', cat: 'vendor', gen: (r) => `pk_${r.digits(8, true)}_${r.str(ALNUM_UP, 32)}`, keys: ['CLICKUP_TOKEN'], re: /^pk_\d{8}_[A-Z0-9]{32}$/ },
  { id: 'TODOIST_API_TOKEN', cat: 'vendor', gen: (r) => r.hex(40), keys: ['TODOIST_API_TOKEN'], re: /^[0-9a-f]{40}$/ },
  { id: 'DROPBOX_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `sl.u.${r.str(AU, 140)}`, keys: ['DROPBOX_TOKEN', 'dropbox_access_token'], re: /^sl\.u\.[A-Za-z0-9_-]{140}$/ },
  { id: 'ZENDESK_API_TOKEN', cat: 'vendor', gen: (r) => r.str(AN, 40), keys: ['ZENDESK_API_TOKEN', 'zd_token'], re: /^[A-Za-z0-9]{40}$/ },
  { id: 'INTERCOM_ACCESS_TOKEN', cat: 'vendor', gen: (r) => Buffer.from(`tok:${uuid(r).replace(/-/g, '_')}:1:0`).toString('base64'), keys: ['INTERCOM_TOKEN'], re: /^dG9rO[A-Za-z0-9+/]+=*$/ },
  { id: 'HUBSPOT_PRIVATE_APP_TOKEN', cat: 'vendor', gen: (r) => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${uuid(r)}`, keys: ['HUBSPOT_ACCESS_TOKEN', 'HUBSPOT_TOKEN'], re: /^pat-(na1|eu1|na2)-[0-9a-f-]{36}$/ },
  { id: 'SALESFORCE_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `00D${r.str(AN, 12)}!AQ${r.pick(['4A', '0A', 'EA'])}${r.str(AN + '._', 92)}`, keys: ['SF_ACCESS_TOKEN', 'SALESFORCE_SESSION_ID'], re: /^00D[A-Za-z0-9]{12}!AQ[A-Z0-9]{2}[A-Za-z0-9._]{92}$/ },
  { id: 'ZOOM_CLIENT_SECRET', cat: 'vendor', gen: (r) => r.str(AN, 32), keys: ['ZOOM_CLIENT_SECRET'], re: /^[A-Za-z0-9]{32}$/ },
  { id: 'FACEBOOK_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `EAA${r.pick(['B', 'G', 'I', 'J'])}${r.str(AN, r.int(160, 190))}`, keys: ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN'], re: /^EAA[BGIJ][A-Za-z0-9]{160,190}$/ },
  { id: 'LINE_CHANNEL_ACCESS_TOKEN', cat: 'vendor', gen: (r) => b64(r, 128), keys: ['LINE_CHANNEL_ACCESS_TOKEN', 'line.bot.channel-token'], re: /^[A-Za-z0-9+/]{170,172}=*$/ },
  { id: 'KAKAO_REST_API_KEY', cat: 'vendor', gen: (r) => r.hex(32), keys: ['KAKAO_REST_API_KEY', 'kakao.rest-key'], re: /^[0-9a-f]{32}$/ },
  { id: 'WECHAT_APP_SECRET', cat: 'vendor', gen: (r) => r.hex(32), keys: ['WECHAT_APPSECRET', 'wx.appsecret'], re: /^[0-9a-f]{32}$/ },
  // --- payments / commerce
  { id: 'STRIPE_SECRET_KEY', cat: 'vendor', gen: (r) => (r.chance(0.5) ? `sk_live_${r.str(AN, 24)}` : `sk_live_51${r.str(AN, 97)}`), keys: ['STRIPE_SECRET_KEY', 'stripe.apiKey', 'STRIPE_API_KEY'], re: /^sk_live_[A-Za-z0-9]{24,99}$/ },
  { id: 'STRIPE_RESTRICTED_KEY', cat: 'vendor', gen: (r) => `rk_live_51${r.str(AN, 97)}`, keys: ['STRIPE_RESTRICTED_KEY'], re: /^rk_live_51[A-Za-z0-9]{97}$/ },
  { id: 'STRIPE_TEST_SECRET_KEY', cat: 'vendor', gen: (r) => `sk_test_51${r.str(AN, 97)}`, keys: ['STRIPE_SECRET_KEY', 'STRIPE_TEST_KEY'], re: /^sk_test_51[A-Za-z0-9]{97}$/ },
  { id: 'STRIPE_WEBHOOK_SECRET', cat: 'vendor', gen: (r) => `whsec_${r.str(AN, 32)}`, keys: ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret'], re: /^whsec_[A-Za-z0-9]{32}$/ },
  { id: 'SQUARE_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `EAAA${r.str(AU, 60)}`, keys: ['SQUARE_ACCESS_TOKEN'], re: /^EAAA[A-Za-z0-9_-]{60}$/ },
  { id: 'SQUARE_OAUTH_SECRET', cat: 'vendor', gen: (r) => `sq0csp-${r.str(AU, 43)}`, keys: ['SQUARE_APP_SECRET'], re: /^sq0csp-[A-Za-z0-9_-]{43}$/ },
  { id: 'BRAINTREE_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `access_token$production$${r.str(LOWER + DIGITS, 16)}$${r.hex(32)}`, keys: ['BRAINTREE_ACCESS_TOKEN', 'PAYPAL_ACCESS_TOKEN'], re: /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/ },
  { id: 'SHOPIFY_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `shpat_${r.hex(32)}`, keys: ['SHOPIFY_ACCESS_TOKEN', 'X-Shopify-Access-Token'], re: /^shpat_[0-9a-f]{32}$/ },
  { id: 'SHOPIFY_SHARED_SECRET', cat: 'vendor', gen: (r) => `shpss_${r.hex(32)}`, keys: ['SHOPIFY_API_SECRET'], re: /^shpss_[0-9a-f]{32}$/ },
  { id: 'SHOPIFY_CUSTOM_APP_TOKEN', cat: 'vendor', gen: (r) => `shpca_${r.hex(32)}`, keys: ['SHOPIFY_CUSTOM_TOKEN'], re: /^shpca_[0-9a-f]{32}$/ },
  { id: 'SHOPIFY_PRIVATE_APP_PASSWORD', cat: 'vendor', gen: (r) => `shppa_${r.hex(32)}`, keys: ['SHOPIFY_PASSWORD'], re: /^shppa_[0-9a-f]{32}$/ },
  { id: 'PLAID_ACCESS_TOKEN', cat: 'vendor', gen: (r) => `access-production-${uuid(r)}`, keys: ['PLAID_ACCESS_TOKEN', 'access_token'], re: /^access-production-[0-9a-f-]{36}$/ },
  { id: 'PLAID_SECRET', cat: 'vendor', gen: (r) => r.hex(30), keys: ['PLAID_SECRET'], re: /^[0-9a-f]{30}$/ },
  { id: 'ADYEN_API_KEY', cat: 'vendor', gen: (r) => `AQE${r.str(AN, 3)}mfx${r.str(AN + '+/', 86)}=-${r.str(AN + '+/', 44)}=-${r.str(AN, 8)}`, keys: ['ADYEN_API_KEY', 'X-API-Key'], re: /^AQE[A-Za-z0-9]{3}mfx[A-Za-z0-9+/]{86}=-[A-Za-z0-9+/]{44}=-[A-Za-z0-9]{8}$/ },
  { id: 'RAZORPAY_KEY_ID', cat: 'vendor', gen: (r) => `rzp_live_${r.str(AN, 14)}`, keys: ['RAZORPAY_KEY_ID'], re: /^rzp_live_[A-Za-z0-9]{14}$/ },
  { id: 'RAZORPAY_KEY_SECRET', cat: 'vendor', gen: (r) => r.str(AN, 24), keys: ['RAZORPAY_KEY_SECRET'], re: /^[A-Za-z0-9]{24}$/ },
  { id: 'PAYSTACK_SECRET_KEY', cat: 'vendor', gen: (r) => `sk_live_${r.hex(40)}`, keys: ['PAYSTACK_SECRET_KEY'], re: /^sk_live_[0-9a-f]{40}$/ },
  { id: 'FLUTTERWAVE_SECRET_KEY', cat: 'vendor', gen: (r) => `FLWSECK-${r.hex(32)}-X`, keys: ['FLW_SECRET_KEY'], re: /^FLWSECK-[0-9a-f]{32}-X$/ },
  { id: 'MOLLIE_API_KEY', cat: 'vendor', gen: (r) => `live_${r.str(AN, 30)}`, keys: ['MOLLIE_API_KEY'], re: /^live_[A-Za-z0-9]{30}$/ },
  { id: 'SHIPPO_API_TOKEN', cat: 'vendor', gen: (r) => `shippo_live_${r.hex(40)}`, keys: ['SHIPPO_API_KEY'], re: /^shippo_live_[0-9a-f]{40}$/ },
  { id: 'EASYPOST_API_KEY', cat: 'vendor', gen: (r) => `EZAK${r.hex(54)}`, keys: ['EASYPOST_API_KEY'], re: /^EZAK[0-9a-f]{54}$/ },
  { id: 'CLERK_SECRET_KEY', cat: 'vendor', gen: (r) => `sk_live_${r.str(AN, 43)}`, keys: ['CLERK_SECRET_KEY'], re: /^sk_live_[A-Za-z0-9]{43}$/ },
  // --- AI
  { id: 'OPENAI_PROJECT_KEY', cat: 'vendor', gen: (r) => `sk-proj-${openaiBody(r, 74)}`, keys: ['OPENAI_API_KEY', 'openai.api_key', 'OPENAI_KEY'], re: /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/ },
  { id: 'OPENAI_LEGACY_KEY', cat: 'vendor', gen: (r) => `sk-${r.str(AN, 20)}T3BlbkFJ${r.str(AN, 20)}`, keys: ['OPENAI_API_KEY'], re: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/ },
  { id: 'OPENAI_SERVICE_ACCOUNT_KEY', cat: 'vendor', gen: (r) => `sk-svcacct-${openaiBody(r, 74)}`, keys: ['OPENAI_API_KEY', 'OPENAI_SVC_KEY'], re: /^sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/ },
  { id: 'OPENAI_ADMIN_KEY', cat: 'vendor', gen: (r) => `sk-admin-${openaiBody(r, 58)}`, keys: ['OPENAI_ADMIN_KEY'], re: /^sk-admin-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}$/ },
  { id: 'ANTHROPIC_API_KEY', cat: 'vendor', gen: (r) => `sk-ant-api03-${r.str(AU, 93)}AA`, keys: ['ANTHROPIC_API_KEY', 'anthropic_key', 'x-api-key'], re: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/ },
  { id: 'ANTHROPIC_ADMIN_KEY', cat: 'vendor', gen: (r) => `sk-ant-admin01-${r.str(AU, 93)}AA`, keys: ['ANTHROPIC_ADMIN_KEY'], re: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/ },
  { id: 'HUGGINGFACE_TOKEN', cat: 'vendor', gen: (r) => `hf_${r.str(UPPER + LOWER, 34)}`, keys: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], re: /^hf_[A-Za-z]{34}$/ },
  { id: 'REPLICATE_API_TOKEN', cat: 'vendor', gen: (r) => `r8_${r.str(AN, 37)}`, keys: ['REPLICATE_API_TOKEN'], re: /^r8_[A-Za-z0-9]{37}$/ },
  { id: 'GROQ_API_KEY', cat: 'vendor', gen: (r) => `gsk_${r.str(AN, 52)}`, keys: ['GROQ_API_KEY'], re: /^gsk_[A-Za-z0-9]{52}$/ },
  { id: 'PERPLEXITY_API_KEY', cat: 'vendor', gen: (r) => `pplx-${r.str(AN, 48)}`, keys: ['PERPLEXITY_API_KEY', 'PPLX_KEY'], re: /^pplx-[A-Za-z0-9]{48}$/ },
  { id: 'XAI_API_KEY', cat: 'vendor', gen: (r) => `xai-${r.str(AN, 80)}`, keys: ['XAI_API_KEY', 'GROK_KEY'], re: /^xai-[A-Za-z0-9]{80}$/ },
  { id: 'OPENROUTER_API_KEY', cat: 'vendor', gen: (r) => `sk-or-v1-${r.hex(64)}`, keys: ['OPENROUTER_API_KEY'], re: /^sk-or-v1-[0-9a-f]{64}$/ },
  { id: 'LANGSMITH_API_KEY', cat: 'vendor', gen: (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, keys: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'], re: /^lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}$/ },
  { id: 'LANGSMITH_SERVICE_KEY', cat: 'vendor', gen: (r) => `lsv2_sk_${r.hex(32)}_${r.hex(10)}`, keys: ['LANGSMITH_SERVICE_KEY'], re: /^lsv2_sk_[0-9a-f]{32}_[0-9a-f]{10}$/ },
  { id: 'PINECONE_API_KEY', cat: 'vendor', gen: (r) => `pcsk_${r.str(AN, 5)}_${r.str(AN, 63)}`, keys: ['PINECONE_API_KEY'], re: /^pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}$/ },
  { id: 'ELEVENLABS_API_KEY', cat: 'vendor', gen: (r) => `sk_${r.hex(48)}`, keys: ['ELEVENLABS_API_KEY', 'xi-api-key'], re: /^sk_[0-9a-f]{48}$/ },
  { id: 'TOGETHER_API_KEY', cat: 'vendor', gen: (r) => `tgp_v1_${r.str(AU, 43)}`, keys: ['TOGETHER_API_KEY'], re: /^tgp_v1_[A-Za-z0-9_-]{43}$/ },
  { id: 'FIREWORKS_API_KEY', cat: 'vendor', gen: (r) => `fw_${r.str(AN, 24)}`, keys: ['FIREWORKS_API_KEY'], re: /^fw_[A-Za-z0-9]{24}$/ },
  { id: 'DEEPSEEK_API_KEY', cat: 'vendor', gen: (r) => `sk-${r.hex(32)}`, keys: ['DEEPSEEK_API_KEY'], re: /^sk-[0-9a-f]{32}$/ },
  { id: 'MISTRAL_API_KEY', cat: 'vendor', gen: (r) => r.str(AN, 32), keys: ['MISTRAL_API_KEY'], re: /^[A-Za-z0-9]{32}$/ },
  { id: 'COHERE_API_KEY', cat: 'vendor', gen: (r) => r.str(AN, 40), keys: ['COHERE_API_KEY', 'CO_API_KEY'], re: /^[A-Za-z0-9]{40}$/ },
  { id: 'DEEPL_AUTH_KEY', cat: 'vendor', gen: (r) => `${uuid(r)}:fx`, keys: ['DEEPL_AUTH_KEY', 'DeepL-Auth-Key'], re: /^[0-9a-f-]{36}:fx$/ },
  // --- observability / messaging
  { id: 'SENDGRID_API_KEY', cat: 'vendor', gen: (r) => `SG.${r.str(AU, 22)}.${r.str(AU, 43)}`, keys: ['SENDGRID_API_KEY', 'SMTP_PASSWORD'], re: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/ },
  { id: 'MAILGUN_API_KEY', cat: 'vendor', gen: (r) => (r.chance(0.5) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`), keys: ['MAILGUN_API_KEY'], re: /^(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/ },
  { id: 'MAILCHIMP_API_KEY', cat: 'vendor', gen: (r) => `${r.hex(32)}-us${r.int(1, 21)}`, keys: ['MAILCHIMP_API_KEY', 'MC_KEY'], re: /^[0-9a-f]{32}-us\d{1,2}$/ },
  { id: 'BREVO_API_KEY', cat: 'vendor', gen: (r) => `xkeysib-${r.hex(64)}-${r.str(AN, 16)}`, keys: ['BREVO_API_KEY', 'SENDINBLUE_KEY'], re: /^xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}$/ },
  { id: 'RESEND_API_KEY', cat: 'vendor', gen: (r) => `re_${r.str(AN, 8)}_${r.str(AN, 24)}`, keys: ['RESEND_API_KEY'], re: /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}$/ },
  { id: 'TWILIO_AUTH_TOKEN', cat: 'vendor', gen: (r) => r.hex(32), keys: ['TWILIO_AUTH_TOKEN'], re: /^[0-9a-f]{32}$/ },
  { id: 'TWILIO_API_SECRET', cat: 'vendor', gen: (r) => r.str(AN, 32), keys: ['TWILIO_API_SECRET'], re: /^[A-Za-z0-9]{32}$/ },
  { id: 'DATADOG_API_KEY', cat: 'vendor', gen: (r) => r.hex(32), keys: ['DD_API_KEY', 'DATADOG_API_KEY'], re: /^[0-9a-f]{32}$/ },
  { id: 'DATADOG_APP_KEY', cat: 'vendor', gen: (r) => r.hex(40), keys: ['DD_APP_KEY', 'DATADOG_APPLICATION_KEY'], re: /^[0-9a-f]{40}$/ },
  { id: 'NEW_RELIC_USER_KEY', cat: 'vendor', gen: (r) => `NRAK-${r.str(ALNUM_UP, 27)}`, keys: ['NEW_RELIC_API_KEY', 'NEWRELIC_USER_KEY'], re: /^NRAK-[A-Z0-9]{27}$/ },
  { id: 'NEW_RELIC_INSERT_KEY', cat: 'vendor', gen: (r) => `NRII-${r.str(AU, 32)}`, keys: ['NEW_RELIC_INSERT_KEY'], re: /^NRII-[A-Za-z0-9_-]{32}$/ },
  { id: 'SENTRY_USER_TOKEN', cat: 'vendor', gen: (r) => `sntryu_${r.hex(64)}`, keys: ['SENTRY_AUTH_TOKEN'], re: /^sntryu_[0-9a-f]{64}$/ },
  { id: 'SENTRY_ORG_TOKEN', cat: 'vendor', gen: (r) => `sntrys_${jsonB64({ iat: r.int(1735000000, 1770000000), url: 'https://errors.corp.example', region_url: 'https://errors.corp.example', org: r.pick(['brightwell', 'kestrel', 'solvana', 'tessaro']) })}_${r.str(AN + '+/', 43)}`, keys: ['SENTRY_AUTH_TOKEN'], re: /^sntrys_[A-Za-z0-9_-]+_[A-Za-z0-9+/]{43}$/ },
  { id: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', cat: 'vendor', gen: (r) => `glsa_${r.str(AN, 32)}_${r.hex(8)}`, keys: ['GRAFANA_TOKEN', 'GF_SA_TOKEN'], re: /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/ },
  { id: 'GRAFANA_CLOUD_TOKEN', cat: 'vendor', gen: (r) => `glc_${jsonB64({ o: String(r.int(100000, 999999)), n: 'stack-' + r.int(100000, 999999) + '-hm-read', k: r.str(AN, 24), m: { r: r.pick(['prod-eu-west-2', 'prod-us-east-0', 'prod-ap-southeast-1']) } })}`, keys: ['GRAFANA_CLOUD_API_KEY'], re: /^glc_[A-Za-z0-9_-]+$/ },
  { id: 'DYNATRACE_API_TOKEN', cat: 'vendor', gen: (r) => `dt0c01.${r.str(ALNUM_UP, 24)}.${r.str(ALNUM_UP, 64)}`, keys: ['DT_API_TOKEN'], re: /^dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}$/ },
  { id: 'HONEYCOMB_API_KEY', cat: 'vendor', gen: (r) => `hcaik_${r.str(LOWER + DIGITS, 58)}`, keys: ['HONEYCOMB_API_KEY'], re: /^hcaik_[a-z0-9]{58}$/ },
  { id: 'ROLLBAR_ACCESS_TOKEN', cat: 'vendor', gen: (r) => r.hex(32), keys: ['ROLLBAR_ACCESS_TOKEN'], re: /^[0-9a-f]{32}$/ },
  { id: 'PAGERDUTY_API_KEY', cat: 'vendor', gen: (r) => `u+${r.str(AU, 18)}`, keys: ['PAGERDUTY_TOKEN', 'PD_API_KEY'], re: /^u\+[A-Za-z0-9_-]{18}$/ },
  { id: 'OPSGENIE_API_KEY', cat: 'vendor', gen: uuid, keys: ['OPSGENIE_API_KEY', 'GenieKey'], re: /^[0-9a-f-]{36}$/ },
  { id: 'POSTHOG_PERSONAL_API_KEY', cat: 'vendor', gen: (r) => `phx_${r.str(AN, 47)}`, keys: ['POSTHOG_PERSONAL_API_KEY'], re: /^phx_[A-Za-z0-9]{47}$/ },
  { id: 'ALGOLIA_ADMIN_KEY', cat: 'vendor', gen: (r) => r.hex(32), keys: ['ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_WRITE_KEY'], re: /^[0-9a-f]{32}$/ },
  { id: 'MAPBOX_SECRET_TOKEN', cat: 'vendor', gen: (r) => `sk.${jsonB64({ u: r.pick(['fieldops', 'geo-team', 'routing-svc']), a: 'cl' + r.str(LOWER + DIGITS, 23) })}.${r.str(AU, 22)}`, keys: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'], re: /^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/ },
  { id: 'FIREBASE_CLOUD_MESSAGING_KEY', cat: 'vendor', gen: (r) => `AAAA${r.str(AU, 7)}:APA91b${r.str(AU, 134)}`, keys: ['FCM_SERVER_KEY'], re: /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/ },
  { id: 'LAUNCHDARKLY_SDK_KEY', cat: 'vendor', gen: (r) => `sdk-${uuid(r)}`, keys: ['LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY'], re: /^sdk-[0-9a-f-]{36}$/ },
  { id: 'LAUNCHDARKLY_API_TOKEN', cat: 'vendor', gen: (r) => `api-${uuid(r)}`, keys: ['LD_API_TOKEN'], re: /^api-[0-9a-f-]{36}$/ },
  { id: 'CONTENTFUL_PAT', cat: 'vendor', gen: (r) => `CFPAT-${r.str(AU, 43)}`, keys: ['CONTENTFUL_MANAGEMENT_TOKEN'], re: /^CFPAT-[A-Za-z0-9_-]{43}$/ },
  { id: 'TYPEFORM_PAT', cat: 'vendor', gen: (r) => `tfp_${r.str(AN, 44)}_${r.str(AN, 14)}`, keys: ['TYPEFORM_TOKEN'], re: /^tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}$/ },
  { id: 'POSTMAN_API_KEY', cat: 'vendor', gen: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, keys: ['POSTMAN_API_KEY', 'X-Api-Key'], re: /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/ },
  { id: 'OKTA_API_TOKEN', cat: 'vendor', gen: (r) => `00${r.str(AU, 40)}`, keys: ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'], re: /^00[A-Za-z0-9_-]{40}$/ },
  { id: 'AUTH0_CLIENT_SECRET', cat: 'vendor', gen: (r) => r.str(AU, 64), keys: ['AUTH0_CLIENT_SECRET'], re: /^[A-Za-z0-9_-]{64}$/ },
  { id: 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', cat: 'vendor', gen: (r) => `ops_${jsonB64({ signInAddress: 'team.vault.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.str(AU, 22) }, email: r.str(LOWER, 12) + '@serviceaccount.vault.example', srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.str(AU, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + r.str(ALNUM_UP, 6) + '-' + r.str(ALNUM_UP, 11), throttleSecret: { seed: r.hex(64), deviceUuid: r.str(LOWER + DIGITS, 26) }, deviceUuid: r.str(LOWER + DIGITS, 26) })}`, keys: ['OP_SERVICE_ACCOUNT_TOKEN'], re: /^ops_eyJ[A-Za-z0-9_-]+$/ },
  { id: 'AGE_SECRET_KEY', cat: 'vendor', gen: ageKey, keys: ['SOPS_AGE_KEY', 'age_key'], re: /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/ },
  { id: 'RECAPTCHA_SECRET_KEY', cat: 'vendor', gen: (r) => `6L${r.str(AU, 5)}AAAAA${r.str(AU, 31)}`, keys: ['RECAPTCHA_SECRET_KEY', 'recaptcha.secret'], re: /^6L[A-Za-z0-9_-]{5}AAAAA[A-Za-z0-9_-]{31}$/ },
  { id: 'WORDPRESS_APPLICATION_PASSWORD', cat: 'vendor', gen: (r) => [0, 1, 2, 3, 4, 5].map(() => r.str(AN, 4)).join(' '), keys: ['WP_APP_PASSWORD'], re: /^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$/ },
  { id: 'PUSHER_APP_SECRET', cat: 'vendor', gen: (r) => r.hex(20), keys: ['PUSHER_APP_SECRET'], re: /^[0-9a-f]{20}$/ },
  { id: 'ABLY_API_KEY', cat: 'vendor', gen: (r) => `${r.str(AN, 6)}.${r.str(AU, 6)}:${r.str(AU, 43)}`, keys: ['ABLY_API_KEY'], re: /^[A-Za-z0-9]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}$/ },
  { id: 'OPENWEATHER_API_KEY', cat: 'vendor', gen: (r) => r.hex(32), keys: ['OPENWEATHER_API_KEY', 'OWM_KEY', 'appid'], re: /^[0-9a-f]{32}$/ },
  // --- unprefixed generic values under ordinary and unusual key names
  { id: 'API_KEY', cat: 'generic', gen: (r) => r.pick([r.hex(32), r.hex(40), r.str(AN, 32), r.str(AN, 40), r.hex(64)]), keys: ['API_KEY', 'apiKey', 'api-key', 'X-API-KEY', 'partner_key', 'clave_api', 'schluessel', 'cle_partenaire', 'apikey'], re: /^[A-Za-z0-9]{32,64}$/ },
  { id: 'CLIENT_SECRET', cat: 'generic', gen: (r) => r.pick([r.str(AU, 40), r.str(AN, 48), r.hex(64)]), keys: ['CLIENT_SECRET', 'oauth.client_secret', 'clientSecret', 'app_secret'], re: /^[A-Za-z0-9_-]{40,64}$/ },
  { id: 'HMAC_SIGNING_KEY', cat: 'generic', gen: (r) => b64(r, r.pick([32, 48, 64])), keys: ['HMAC_KEY', 'signing_key', 'SIGNATURE_SECRET', 'hmacSecret', 'sig_seed'], re: /^[A-Za-z0-9+/]{43,88}=*$/ },
  { id: 'ENCRYPTION_KEY', cat: 'generic', gen: (r) => (r.chance(0.5) ? r.hex(64) : b64(r, 32)), keys: ['ENCRYPTION_KEY', 'DATA_KEY', 'aes_key', 'field_encryption_key', 'KMS_LOCAL_KEY', 'verschluesselung'], re: /^([0-9a-f]{64}|[A-Za-z0-9+/]{43}=)$/ },
  { id: 'WEBHOOK_SIGNING_SECRET', cat: 'generic', gen: (r) => r.pick([r.hex(40), r.str(AN, 32), b64u(r, 32)]), keys: ['WEBHOOK_SECRET', 'webhook_signing_key', 'hook_token', 'callbackSecret'], re: /^[A-Za-z0-9_-]{32,43}$/ },
  { id: 'SESSION_SECRET', cat: 'generic', gen: (r) => r.pick([r.str(AN, 48), r.hex(64), b64(r, 48)]), keys: ['SESSION_SECRET', 'COOKIE_SECRET', 'session.secret', 'express_session_key'], re: /^[A-Za-z0-9+/=]{48,64}$/ },
  { id: 'JWT_SIGNING_SECRET', cat: 'generic', gen: (r) => r.pick([r.str(AN, 64), b64(r, 64), r.hex(64)]), keys: ['JWT_SECRET', 'jwt.secret', 'TOKEN_SIGNING_KEY', 'jwtKey'], re: /^[A-Za-z0-9+/=]{64,88}$/ },
  { id: 'DJANGO_SECRET_KEY', cat: 'generic', gen: djangoKey, keys: ['SECRET_KEY', 'DJANGO_SECRET_KEY'], re: /^[a-z0-9!@#$%^&*(\-_=+)]{50}$/ },
  { id: 'RAILS_SECRET_KEY_BASE', cat: 'generic', gen: (r) => r.hex(128), keys: ['SECRET_KEY_BASE', 'secret_key_base'], re: /^[0-9a-f]{128}$/ },
  { id: 'RAILS_MASTER_KEY', cat: 'generic', gen: (r) => r.hex(32), keys: ['RAILS_MASTER_KEY'], re: /^[0-9a-f]{32}$/ },
  { id: 'LARAVEL_APP_KEY', cat: 'generic', gen: (r) => b64(r, 32), keys: ['APP_KEY'], re: /^[A-Za-z0-9+/]{43}=$/, prefix: 'base64:' },
  { id: 'NEXTAUTH_SECRET', cat: 'generic', gen: (r) => b64(r, 32), keys: ['NEXTAUTH_SECRET', 'AUTH_SECRET'], re: /^[A-Za-z0-9+/]{43}=$/ },
  { id: 'FLASK_SECRET_KEY', cat: 'generic', gen: (r) => r.hex(48), keys: ['FLASK_SECRET_KEY', 'SECRET_KEY'], re: /^[0-9a-f]{48}$/ },
  { id: 'BEARER_TOKEN', cat: 'generic', gen: (r) => r.pick([b64u(r, 32), b64u(r, 48), r.str(AN, 40)]), keys: ['AUTH_TOKEN', 'ACCESS_TOKEN', 'bearer', 'svc_bearer'], re: /^[A-Za-z0-9_-]{40,64}$/ },
  { id: 'OAUTH_REFRESH_TOKEN', cat: 'generic', gen: (r) => b64u(r, r.pick([48, 64])), keys: ['refresh_token', 'REFRESH_TOKEN'], re: /^[A-Za-z0-9_-]{64,86}$/ },
  { id: 'TOTP_SECRET', cat: 'generic', gen: totpSeed, keys: ['TOTP_SECRET', 'otp_seed', 'mfa_secret', '2fa_key'], re: /^[A-Z2-7]{16,32}$/ },
  { id: 'BASE32_SHARED_KEY', cat: 'generic', gen: (r) => base32(r.bytes(r.pick([20, 25, 35]))).replace(/=+$/, ''), keys: ['SHARED_SECRET_B32', 'handshake_b32', 'pairing_key'], re: /^[A-Z2-7]{32,56}$/ },
  { id: 'INTERNAL_SERVICE_TOKEN', cat: 'inhouse', gen: (r) => `${r.pick(['acme', 'bw', 'ksl', 'slv', 'tsr', 'mgh'])}_${r.pick(['live', 'prod', 'svc'])}_${r.str(AN, 40)}`, keys: ['INTERNAL_API_TOKEN', 'SERVICE_TOKEN', 'x-internal-auth', 'mesh_token'], re: /^[a-z]{2,4}_(live|prod|svc)_[A-Za-z0-9]{40}$/ },
  { id: 'INHOUSE_SIGNED_TOKEN', cat: 'inhouse', gen: (r) => `ih1.${b64u(r, 24)}.${b64u(r, 32)}`, keys: ['PORTAL_TOKEN', 'ih_token', 'partner_session'], re: /^ih1\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}$/ },
  { id: 'LICENSE_SERVER_SECRET', cat: 'inhouse', gen: (r) => `LS-${r.str(ALNUM_UP, 8)}-${r.str(ALNUM_UP, 8)}-${r.str(ALNUM_UP, 8)}-${r.str(ALNUM_UP, 8)}`, keys: ['LICENSE_SECRET', 'lic_server_key'], re: /^LS(-[A-Z0-9]{8}){4}$/ },
  { id: 'ERP_API_CREDENTIAL', cat: 'inhouse', gen: (r) => `erp-${r.hex(8)}-${r.str(AN, 32)}`, keys: ['ERP_API_SECRET', 'edi_password', 'erp.connector.secret'], re: /^erp-[0-9a-f]{8}-[A-Za-z0-9]{32}$/ },
  { id: 'SCIM_BEARER_TOKEN', cat: 'inhouse', gen: (r) => `scim_${b64u(r, 30)}`, keys: ['SCIM_TOKEN', 'provisioning_token'], re: /^scim_[A-Za-z0-9_-]{40}$/ },
  // --- passwords in configs and connection strings
  { id: 'DATABASE_PASSWORD', cat: 'db_pw', gen: (r) => (r.chance(0.6) ? machinePassword(r) : humanPassword(r)), keys: ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'spring.datasource.password', 'database.password', 'PGPASSWORD'], re: /^\S.*\S$/ },
  { id: 'REDIS_PASSWORD', cat: 'db_pw', gen: (r) => machinePassword(r, r.int(20, 32)), keys: ['REDIS_PASSWORD', 'requirepass', 'redis.password'], re: /^\S+$/ },
  { id: 'MONGODB_PASSWORD', cat: 'db_pw', gen: (r) => machinePassword(r), keys: ['MONGO_INITDB_ROOT_PASSWORD', 'MONGODB_PASSWORD'], re: /^\S+$/ },
  { id: 'AMQP_PASSWORD', cat: 'db_pw', gen: (r) => machinePassword(r), keys: ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'], re: /^\S+$/ },
  { id: 'ELASTICSEARCH_PASSWORD', cat: 'db_pw', gen: (r) => machinePassword(r), keys: ['ELASTIC_PASSWORD', 'es.password'], re: /^\S+$/ },
  { id: 'SMTP_PASSWORD', cat: 'config_pw', gen: (r) => (r.chance(0.5) ? machinePassword(r) : humanPassword(r)), keys: ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'smtp.pass', 'EMAIL_HOST_PASSWORD'], re: /^\S+$/ },
  { id: 'LDAP_BIND_PASSWORD', cat: 'config_pw', gen: (r) => machinePassword(r), keys: ['LDAP_BIND_PASSWORD', 'bindPassword', 'ldap.bind.credential'], re: /^\S+$/ },
  { id: 'ADMIN_PASSWORD', cat: 'config_pw', gen: (r) => (r.chance(0.5) ? humanPassword(r) : machinePassword(r)), keys: ['ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD', 'admin_pass', 'initialAdminPassword', 'KEYCLOAK_ADMIN_PASSWORD'], re: /^\S+$/ },
  { id: 'SERVICE_ACCOUNT_PASSWORD', cat: 'config_pw', gen: (r) => machinePassword(r), keys: ['SVC_PASSWORD', 'service_password', 'bot_password', 'sa_pass'], re: /^\S+$/ },
  { id: 'KEYSTORE_PASSWORD', cat: 'config_pw', gen: (r) => (r.chance(0.5) ? humanPassword(r) : machinePassword(r)), keys: ['KEYSTORE_PASSWORD', 'server.ssl.key-store-password', 'storePassword', 'keyPassword'], re: /^\S+$/ },
  { id: 'PROXY_PASSWORD', cat: 'config_pw', gen: (r) => humanPassword(r), keys: ['PROXY_PASSWORD', 'https_proxy'], re: /^\S+$/ },
  { id: 'FTP_PASSWORD', cat: 'config_pw', gen: (r) => (r.chance(0.5) ? humanPassword(r) : machinePassword(r)), keys: ['FTP_PASSWORD', 'sftp_password'], re: /^\S+$/ },
  { id: 'VPN_PRESHARED_KEY', cat: 'config_pw', gen: (r) => (r.chance(0.5) ? machinePassword(r, 32) : b64(r, 32)), keys: ['psk', 'PresharedKey', 'ipsec_psk'], re: /^\S+$/ },
  { id: 'SNMP_COMMUNITY_STRING', cat: 'config_pw', gen: (r) => `${r.pick(['mon', 'net', 'snmp', 'ro'])}${r.str(AN, 12)}`, keys: ['community', 'snmp_community', 'rocommunity'], re: /^\S+$/ },
  { id: 'ANSIBLE_VAULT_PASSWORD', cat: 'config_pw', gen: (r) => (r.chance(0.5) ? passphrase(r) : machinePassword(r, 32)), keys: ['ANSIBLE_VAULT_PASSWORD', 'vault_pass'], re: /^\S.*\S$/ },
  { id: 'BACKUP_ENCRYPTION_PASSPHRASE', cat: 'config_pw', gen: (r) => passphrase(r), keys: ['RESTIC_PASSWORD', 'BORG_PASSPHRASE', 'backup_passphrase', 'DUPLICITY_PASSPHRASE'], re: /^\S.*\S$/ },
  { id: 'SSH_KEY_PASSPHRASE', cat: 'config_pw', gen: (r) => passphrase(r), keys: ['SSH_PASSPHRASE', 'key_passphrase'], re: /^\S.*\S$/ },
  { id: 'WIREGUARD_PRIVATE_KEY', cat: 'fixed', gen: (r) => b64(r, 32), keys: ['PrivateKey'], re: /^[A-Za-z0-9+/]{43}=$/ },
  { id: 'GPG_PASSPHRASE', cat: 'config_pw', gen: (r) => passphrase(r), keys: ['GPG_PASSPHRASE', 'MAVEN_GPG_PASSPHRASE', 'signing.password'], re: /^\S.*\S$/ },
];
export const CATALOG_BY_ID = Object.fromEntries(CATALOG.map((e) => [e.id, e]));
// secrets that are only written by the special builders below
export const SPECIAL_IDS = ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY',
  'JWT', 'SUPABASE_SERVICE_ROLE_KEY', 'BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'KUBERNETES_SECRET_VALUE',
  'KUBECONFIG_CLIENT_KEY_DATA', 'USER_PASSWORD', 'PASSPHRASE', 'WIFI_PASSWORD', 'PIN_CODE', 'DOOR_CODE', 'RECOVERY_CODE',
  'TEMPORARY_PASSWORD', 'MEETING_PASSCODE', 'ONE_TIME_CODE', 'ROUTER_ADMIN_PASSWORD', 'SESSION_COOKIE'];

// key-name styles
export function styleKey(r, k, style) {
  const explicit = !!style;
  style = style || r.pick(['as', 'as', 'lower', 'camel', 'kebab', 'dot']);
  if (style === 'as' || (!explicit && /[.:]/.test(k))) return k;
  const words = k.replace(/([a-z])([A-Z])/g, '$1_$2').split(/[_.:\-\s]+/).filter(Boolean).map((w) => w.toLowerCase());
  if (style === 'lower') return words.join('_');
  if (style === 'upper') return words.join('_').toUpperCase();
  if (style === 'camel') return words[0] + words.slice(1).map(cap).join('');
  if (style === 'kebab') return words.join('-');
  if (style === 'dot') return words.join('.');
  return k;
}

// ---------- JWT ----------
export function jwt(r, opts = {}) {
  const alg = opts.alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'RS256']);
  const header = { alg, typ: 'JWT' };
  if (alg[0] !== 'H' || r.chance(0.3)) header.kid = r.hex(16);
  const now = r.int(1767225600, 1798761600);
  const payload = opts.payload || {
    iss: r.pick(['https://auth.corp.example', 'https://login.intra.test/realms/staff', 'https://id.shop.example', 'https://sso.internal.test']),
    sub: r.pick([uuid(r), 'usr_' + r.str(AN, 12), String(r.int(10000, 999999))]),
    aud: r.pick(['api', 'billing-service', 'portal', 'mobile-app']),
    iat: now, exp: now + r.pick([900, 3600, 86400]),
    scope: r.pick(['read write', 'openid profile', 'orders:read', 'admin']),
  };
  const sigLen = alg.startsWith('HS') ? (alg === 'HS512' ? 64 : 32) : alg.startsWith('ES') ? 64 : 256;
  return `${jsonB64(header)}.${jsonB64(payload)}.${r.bytes(sigLen).toString('base64url')}`;
}
export function supabaseServiceKey(r) {
  const iat = r.int(1700000000, 1760000000);
  return jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.str(LOWER, 20), role: 'service_role', iat, exp: iat + 315360000 } });
}
export { b64, b64u, jsonB64 };
