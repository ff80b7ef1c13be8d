// Secret kinds: entity name, generator, typical key names, and the validator's format check.
import { createHmac } from 'node:crypto';
import { S } from './builder.mjs';
import { ALNUM, LOWER_ALNUM, UPPER_ALNUM, B64URL, B64, BASE32 } from './prng.mjs';
import { githubChecksum, githubTokenValid, bech32Encode, convertBits, bech32Decode, b58check, b58checkDecode, ciscoType7, ciscoType7Decode, bitlockerValid, crc32 } from './checksums.mjs';
import { pem, rsaPkcs1, pkcs8Rsa, pkcs8Ec, pkcs8Ed25519, ecSec1, opensshPrivate, pgpPrivate, checkPem } from './keys.mjs';

const HEXL = '0123456789abcdef';
const WORDS = ['sommer', 'mariposa', 'girasol', 'kaffee', 'tulipe', 'primavera', 'lokomotive', 'bumblebee', 'kilimanjaro', 'fjord', 'pantera', 'schatzi', 'obelix', 'dragon', 'azzurro', 'chocolat', 'matahari', 'sakura', 'vltava', 'borscht', 'tortuga', 'pinguin', 'amarelo', 'kiwi', 'zitrone', 'cometa', 'falcon', 'biscuit', 'mango', 'oktober', 'lavanda', 'trebol', 'koala', 'nebula', 'harbour', 'granite', 'violin', 'paprika', 'cactus', 'maple'];
const SYMS = '!%*_+=-.~^';
const cap = (s) => s[0].toUpperCase() + s.slice(1);
export function password(r, style) {
  style = style || r.weighted([[4, 'human'], [4, 'strong'], [2, 'phrase'], [1, 'leet']]);
  if (style === 'human') return r.pick([cap(r.pick(WORDS)), r.pick(WORDS)]) + r.pick(['', '_', '.', '-']) + r.pick([String(r.range(1, 99)), String(r.range(1960, 2025)), r.digits(3)]) + r.pick(['!', '#', '$', '?', '*', '']);
  if (style === 'strong') return r.str(ALNUM, 1) + r.str(ALNUM + SYMS + ALNUM, r.range(14, 30)) + r.str(ALNUM, 1);
  if (style === 'phrase') return Array.from({ length: r.range(3, 4) }, () => r.pick(WORDS)).join(r.pick(['-', '.', '_'])) + (r.chance(0.5) ? r.range(1, 99) : '');
  if (style === 'url') return r.str(ALNUM, 1) + r.str(ALNUM + '-._~', r.range(12, 26)) + r.str(ALNUM, 1);
  if (style === 'pin') return r.digits(r.pick([4, 4, 5, 6]));
  return cap(r.pick(WORDS)).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0') + r.pick(['!', '$', '%']) + r.range(10, 99);
}
const b64 = (r, n) => r.bytes(n).toString('base64');
const b64u = (r, n) => r.bytes(n).toString('base64url');
const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
export function ghToken(r, p) { const rand = r.str(ALNUM, 30); return `${p}_${rand}${githubChecksum(rand)}`; }

export function jwt(r, { alg, payload, typ = 'JWT', kid } = {}) {
  alg = alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const h = { alg, typ }; if (kid || r.chance(0.4)) h.kid = kid || r.hex(16);
  const now = 1.70e9 + r.int(5e7);
  payload = payload || { iss: r.pick(['https://auth.corp.example', 'https://id.kestrel.test/realms/main', 'https://login.tanager.example/oauth2']), sub: r.chance(0.5) ? uuid(r) : String(r.range(10000, 999999)), aud: r.pick(['api', 'billing-svc', 'mobile-app']), iat: now, exp: now + r.pick([900, 3600, 86400]), scope: r.pick(['read write', 'openid profile', 'admin']) };
  const head = Buffer.from(JSON.stringify(h)).toString('base64url') + '.' + Buffer.from(JSON.stringify(payload)).toString('base64url');
  let sig;
  if (alg.startsWith('HS')) sig = createHmac(alg === 'HS512' ? 'sha512' : 'sha256', r.bytes(32)).update(head).digest().toString('base64url');
  else sig = r.bytes(alg === 'RS256' ? 256 : 64).toString('base64url');
  return head + '.' + sig;
}
export function jwtValid(t) {
  const p = t.split('.'); if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
  try {
    const h = JSON.parse(Buffer.from(p[0], 'base64url').toString()); const pl = JSON.parse(Buffer.from(p[1], 'base64url').toString());
    if (!h.alg || typeof pl !== 'object') return false;
    const n = Buffer.from(p[2], 'base64url').length; return ({ HS256: 32, HS512: 64, RS256: 256, ES256: 64 })[h.alg] === n;
  } catch { return false; }
}
const basicValid = (v) => { const d = Buffer.from(v, 'base64').toString('utf8'); const i = d.indexOf(':'); return /^[A-Za-z0-9+/]+=*$/.test(v) && i > 0 && i < d.length - 1 && Buffer.from(d).toString('base64') === v; };
function ageKey(r) { return bech32Encode('age-secret-key-', convertBits([...r.bytes(32)], 8, 5, true)).toUpperCase(); }
function wif(r) { return b58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([1])])); }
function bitlocker(r) { return Array.from({ length: 8 }, () => String(11 * r.range(0, 65535)).padStart(6, '0')).join('-'); }
function wgKey(r) { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }
function openvpnKey(r) { const lines = []; for (let i = 0; i < 16; i++) lines.push(r.hex(32)); return `-----BEGIN OpenVPN Static key V1-----\n${lines.join('\n')}\n-----END OpenVPN Static key V1-----`; }
const PEMGEN = {
  rsa: (r) => pem('RSA PRIVATE KEY', rsaPkcs1(r, r.chance(0.85) ? 2048 : 3072)), pkcs8: (r) => pem('PRIVATE KEY', r.chance(0.5) ? pkcs8Rsa(r, 2048) : r.chance(0.5) ? pkcs8Ec(r) : pkcs8Ed25519(r)),
  ec: (r) => pem('EC PRIVATE KEY', ecSec1(r, r.chance(0.8) ? 'p256' : 'p384')), ssh: (r, c) => opensshPrivate(r, c || `deploy@${r.pick(['build-7', 'bastion', 'laptop-mk', 'ci'])}`, r.chance(0.8) ? 'ssh-ed25519' : 'ecdsa'),
  pgp: (r, c) => pgpPrivate(r, c || `Release Signing <release@${r.pick(['kestrel', 'tanager', 'oakridge'])}.example>`, 1.6e9 + r.int(1e8)),
};
const pemOk = (v) => { try { checkPem(v); return true; } catch { return false; } };

// spec: [entity, generator, keyNames, check(regex|fn)]
const SP = [];
const add = (e, g, keys, check) => SP.push({ e, g, keys: keys.split(','), check });
// --- code hosting & CI
add('GITHUB_PERSONAL_ACCESS_TOKEN', (r) => ghToken(r, 'ghp'), 'github_token,gh_token,github_pat,GH_ENTERPRISE_TOKEN', githubTokenValid);
add('GITHUB_OAUTH_TOKEN', (r) => ghToken(r, 'gho'), 'oauth_token,gh_oauth,github_oauth_access', githubTokenValid);
add('GITHUB_USER_TO_SERVER_TOKEN', (r) => ghToken(r, 'ghu'), 'app_user_token,ghu_token', githubTokenValid);
add('GITHUB_SERVER_TO_SERVER_TOKEN', (r) => ghToken(r, 'ghs'), 'installation_token,ghs_token,gh_app_install', githubTokenValid);
add('GITHUB_REFRESH_TOKEN', (r) => ghToken(r, 'ghr'), 'gh_refresh,refresh_token_gh', githubTokenValid);
add('GITHUB_FINE_GRAINED_TOKEN', (r) => `github_pat_${r.str(UPPER_ALNUM, 22)}_${r.str(ALNUM, 59)}`, 'github_pat,fine_grained_pat', /^github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}$/);
add('GITLAB_PERSONAL_ACCESS_TOKEN', (r) => 'glpat-' + r.str(ALNUM + '-_', 20), 'gitlab_token,gl_pat,CI_JOB_PAT', /^glpat-[A-Za-z0-9_-]{20}$/);
add('GITLAB_RUNNER_TOKEN', (r) => 'glrt-' + r.str(ALNUM + '-_', 20), 'runner_token,registration_token', /^glrt-[A-Za-z0-9_-]{20}$/);
add('GITLAB_DEPLOY_TOKEN', (r) => 'gldt-' + r.str(ALNUM + '-_', 20), 'deploy_token,gl_deploy', /^gldt-[A-Za-z0-9_-]{20}$/);
add('BITBUCKET_APP_PASSWORD', (r) => 'ATBB' + r.str(ALNUM, 28) + r.HEX(8), 'bb_app_password,bitbucket_password', /^ATBB[A-Za-z0-9]{28}[0-9A-F]{8}$/);
add('SONARQUBE_TOKEN', (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40), 'sonar_token,sonar.login', /^sq[upa]_[0-9a-f]{40}$/);
add('CIRCLECI_PERSONAL_TOKEN', (r) => `CCIPAT_${r.str(ALNUM, 22)}_${r.hex(40)}`, 'circle_token,circleci_api', /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/);
add('BUILDKITE_API_TOKEN', (r) => 'bkua_' + r.hex(40), 'buildkite_token,bk_api_token', /^bkua_[0-9a-f]{40}$/);
add('JENKINS_API_TOKEN', (r) => '11' + r.hex(32), 'jenkins_token,jenkins_api_key', /^11[0-9a-f]{32}$/);
add('TERRAFORM_CLOUD_TOKEN', (r) => `${r.str(ALNUM, 14)}.atlasv1.${r.str(ALNUM, 67)}`, 'tfe_token,TF_TOKEN_app,terraform_token', /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/);
add('PULUMI_ACCESS_TOKEN', (r) => 'pul-' + r.hex(40), 'pulumi_access_token', /^pul-[0-9a-f]{40}$/);
add('NPM_ACCESS_TOKEN', (r) => 'npm_' + r.str(ALNUM, 36), 'npm_token,_authToken,NODE_AUTH_TOKEN', /^npm_[A-Za-z0-9]{36}$/);
add('NUGET_API_KEY', (r) => 'oy2' + r.str('abcdefghijklmnopqrstuvwxyz234567', 43), 'nuget_api_key,NUGET_KEY', /^oy2[a-z2-7]{43}$/);
add('RUBYGEMS_API_KEY', (r) => 'rubygems_' + r.hex(48), 'gem_host_api_key,rubygems_api_key', /^rubygems_[0-9a-f]{48}$/);
add('DOCKER_HUB_PAT', (r) => 'dckr_pat_' + r.str(ALNUM + '-_', 27), 'docker_pat,registry_token', /^dckr_pat_[A-Za-z0-9_-]{27}$/);
add('ARTIFACTORY_API_KEY', (r) => 'AKCp' + r.str(ALNUM, 69), 'artifactory_apikey,rt_api_key', /^AKCp[A-Za-z0-9]{69}$/);
add('JFROG_IDENTITY_TOKEN', (r) => Buffer.from(`reftkn:01:${1.7e9 + r.int(1e8)}:${r.str(ALNUM, 27)}`).toString('base64').replace(/=+$/, ''), 'jfrog_token,identity_token', /^cmVmdGtuOjAxOj[A-Za-z0-9+/]+$/);
add('SNYK_API_TOKEN', uuid, 'snyk_token,SNYK_AUTH', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
// --- cloud
add('AWS_ACCESS_KEY', (r) => 'AKIA' + r.str(BASE32, 16), 'aws_access_key_id,AWS_ACCESS_KEY,accessKeyId,s3_key', /^AKIA[A-Z2-7]{16}$/);
add('AWS_TEMPORARY_ACCESS_KEY', (r) => 'ASIA' + r.str(BASE32, 16), 'aws_access_key_id,AccessKeyId', /^ASIA[A-Z2-7]{16}$/);
add('AWS_SECRET_KEY', (r) => r.str(ALNUM + '+/', 40), 'aws_secret_access_key,AWS_SECRET,secretAccessKey,s3_secret', /^[A-Za-z0-9+/]{40}$/);
add('AWS_SESSION_TOKEN', (r) => 'IQoJb3JpZ2luX2Vj' + r.str(ALNUM + '+/', r.range(300, 420)) + '==', 'aws_session_token,SessionToken', /^IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{300,420}==$/);
add('AWS_MWS_KEY', (r) => 'amzn.mws.' + uuid(r), 'mws_auth_token,marketplace_key', /^amzn\.mws\.[0-9a-f-]{36}$/);
add('GOOGLE_API_KEY', (r) => 'AIza' + r.str(ALNUM + '-_', 35), 'google_api_key,maps_key,firebase_api_key,GOOGLE_KEY', /^AIza[A-Za-z0-9_-]{35}$/);
add('GOOGLE_OAUTH_CLIENT_SECRET', (r) => 'GOCSPX-' + r.str(ALNUM + '-_', 28), 'client_secret,google_client_secret', /^GOCSPX-[A-Za-z0-9_-]{28}$/);
add('GOOGLE_OAUTH_REFRESH_TOKEN', (r) => '1//0' + r.str(ALNUM + '-_', r.range(90, 110)), 'refresh_token,gdrive_refresh', /^1\/\/0[A-Za-z0-9_-]{90,110}$/);
add('GOOGLE_OAUTH_ACCESS_TOKEN', (r) => 'ya29.' + r.str(ALNUM + '-_', r.range(140, 180)), 'access_token,bearer', /^ya29\.[A-Za-z0-9_-]{140,180}$/);
add('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', (r) => PEMGEN.pkcs8(r), 'private_key', pemOk);
add('AZURE_STORAGE_ACCOUNT_KEY', (r) => b64(r, 64), 'AccountKey,azure_storage_key,storage_key', /^[A-Za-z0-9+/]{86}==$/);
add('AZURE_SAS_SIGNATURE', (r) => b64(r, 32).replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D'), 'sig', /^[A-Za-z0-9%]{43,70}$/);
add('AZURE_CLIENT_SECRET', (r) => r.str(ALNUM, 3) + r.digits(1) + 'Q~' + r.str(ALNUM + '_~.-', 34), 'AZURE_CLIENT_SECRET,clientSecret,aad_secret', /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}$/);
add('AZURE_DEVOPS_PAT', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), 'AZURE_DEVOPS_EXT_PAT,ado_pat,SYSTEM_ACCESSTOKEN', /^[a-z2-7]{52}$/);
add('AZURE_SERVICE_BUS_KEY', (r) => b64(r, 32), 'SharedAccessKey,servicebus_key', /^[A-Za-z0-9+/]{43}=$/);
add('AZURE_COSMOSDB_KEY', (r) => b64(r, 64), 'cosmos_key,AccountKey,primaryMasterKey', /^[A-Za-z0-9+/]{86}==$/);
add('AZURE_FUNCTION_KEY', (r) => r.str(ALNUM + '-_', 54) + '==', 'x-functions-key,function_key,code', /^[A-Za-z0-9_-]{54}==$/);
add('ALIBABA_ACCESS_KEY_ID', (r) => 'LTAI' + r.str(ALNUM, 20), 'access_key_id,ALIBABA_CLOUD_ACCESS_KEY_ID', /^LTAI[A-Za-z0-9]{20}$/);
add('ALIBABA_ACCESS_KEY_SECRET', (r) => r.str(ALNUM, 30), 'access_key_secret,ALIBABA_CLOUD_ACCESS_KEY_SECRET', /^[A-Za-z0-9]{30}$/);
add('TENCENT_SECRET_ID', (r) => 'AKID' + r.str(ALNUM, 32), 'secret_id,TENCENTCLOUD_SECRET_ID', /^AKID[A-Za-z0-9]{32}$/);
add('TENCENT_SECRET_KEY', (r) => r.str(ALNUM, 32), 'secret_key,TENCENTCLOUD_SECRET_KEY', /^[A-Za-z0-9]{32}$/);
add('HUAWEI_CLOUD_SECRET_KEY', (r) => r.str(ALNUM, 40), 'HUAWEICLOUD_SDK_SK,huawei_sk', /^[A-Za-z0-9]{40}$/);
add('IBM_CLOUD_API_KEY', (r) => r.str(ALNUM + '-_', 44), 'IBMCLOUD_API_KEY,ibm_apikey', /^[A-Za-z0-9_-]{44}$/);
add('YANDEX_CLOUD_OAUTH_TOKEN', (r) => 'y0_' + r.str(ALNUM + '-_', 55), 'yc_token,YC_OAUTH', /^y0_[A-Za-z0-9_-]{55}$/);
add('YANDEX_CLOUD_API_KEY', (r) => 'AQVN' + r.str(ALNUM + '-_', 36), 'yc_api_key', /^AQVN[A-Za-z0-9_-]{36}$/);
add('DIGITALOCEAN_PERSONAL_TOKEN', (r) => 'dop_v1_' + r.hex(64), 'DIGITALOCEAN_TOKEN,do_token', /^dop_v1_[0-9a-f]{64}$/);
add('DIGITALOCEAN_OAUTH_TOKEN', (r) => 'doo_v1_' + r.hex(64), 'do_oauth_token', /^doo_v1_[0-9a-f]{64}$/);
add('DIGITALOCEAN_SPACES_SECRET', (r) => r.str(ALNUM + '+/', 43), 'SPACES_SECRET_KEY,spaces_secret', /^[A-Za-z0-9+/]{43}$/);
add('LINODE_API_TOKEN', (r) => r.hex(64), 'LINODE_TOKEN,linode_cli_token', /^[0-9a-f]{64}$/);
add('HETZNER_API_TOKEN', (r) => r.str(ALNUM, 64), 'HCLOUD_TOKEN,hetzner_token', /^[A-Za-z0-9]{64}$/);
add('SCALEWAY_SECRET_KEY', uuid, 'SCW_SECRET_KEY,scw_secret', /^[0-9a-f-]{36}$/);
add('VULTR_API_KEY', (r) => r.str(UPPER_ALNUM, 36), 'VULTR_API_KEY,vultr_key', /^[A-Z0-9]{36}$/);
add('BACKBLAZE_APPLICATION_KEY', (r) => 'K00' + r.digits(1) + r.str(ALNUM, 27), 'B2_APPLICATION_KEY,b2_app_key', /^K00\d[A-Za-z0-9]{27}$/);
add('CLOUDFLARE_API_TOKEN', (r) => r.str(ALNUM + '-_', 40), 'CLOUDFLARE_API_TOKEN,CF_API_TOKEN', /^[A-Za-z0-9_-]{40}$/);
add('CLOUDFLARE_GLOBAL_API_KEY', (r) => r.hex(37), 'CF_API_KEY,cloudflare_global_key', /^[0-9a-f]{37}$/);
add('CLOUDFLARE_ORIGIN_CA_KEY', (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`, 'CF_ORIGIN_CA_KEY', /^v1\.0-[0-9a-f]{24}-[0-9a-f]{146}$/);
add('FASTLY_API_TOKEN', (r) => r.str(ALNUM + '-_', 32), 'FASTLY_API_TOKEN,fastly_key', /^[A-Za-z0-9_-]{32}$/);
add('NETLIFY_ACCESS_TOKEN', (r) => 'nfp_' + r.str(ALNUM, 36), 'NETLIFY_AUTH_TOKEN', /^nfp_[A-Za-z0-9]{36}$/);
add('VERCEL_TOKEN', (r) => r.str(ALNUM, 24), 'VERCEL_TOKEN,now_token', /^[A-Za-z0-9]{24}$/);
add('HEROKU_API_KEY', (r) => 'HRKU-' + uuid(r), 'HEROKU_API_KEY,heroku_token', /^HRKU-[0-9a-f-]{36}$/);
add('FLY_IO_TOKEN', (r) => 'FlyV1 fm2_' + r.str(ALNUM + '+/', r.range(180, 240)) + '==', 'FLY_API_TOKEN,fly_token', /^FlyV1 fm2_[A-Za-z0-9+/]{180,240}==$/);
add('RENDER_API_KEY', (r) => 'rnd_' + r.str(ALNUM, 32), 'RENDER_API_KEY', /^rnd_[A-Za-z0-9]{32}$/);
add('RAILWAY_TOKEN', uuid, 'RAILWAY_TOKEN', /^[0-9a-f-]{36}$/);
// --- chat / messaging / email
add('SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.str(ALNUM, 24)}`, 'SLACK_BOT_TOKEN,slack_token,bot_token', /^xoxb-\d{11}-\d{13}-[A-Za-z0-9]{24}$/);
add('SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.hex(32)}`, 'SLACK_USER_TOKEN,user_token', /^xoxp-\d{11}-\d{11}-\d{13}-[0-9a-f]{32}$/);
add('SLACK_APP_TOKEN', (r) => `xapp-1-A${r.str(UPPER_ALNUM, 10)}-${r.digits(13)}-${r.hex(64)}`, 'SLACK_APP_TOKEN,socket_token', /^xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}$/);
add('SLACK_WEBHOOK_TOKEN', (r) => r.str(ALNUM, 24), 'webhook_url,slack_hook', /^[A-Za-z0-9]{24}$/);
add('DISCORD_BOT_TOKEN', (r) => `${Buffer.from(String(r.range(1, 9)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${r.str(ALNUM + '-_', 6)}.${r.str(ALNUM + '-_', 38)}`, 'DISCORD_TOKEN,bot_token', /^[A-Za-z0-9]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$/);
add('DISCORD_WEBHOOK_TOKEN', (r) => r.str(ALNUM + '-_', 68), 'discord_webhook', /^[A-Za-z0-9_-]{68}$/);
add('TELEGRAM_BOT_TOKEN', (r) => `${r.range(1000000000, 7999999999)}:AA${r.str(ALNUM + '-_', 33)}`, 'TELEGRAM_TOKEN,tg_bot_token,BOT_TOKEN', /^\d{10}:AA[A-Za-z0-9_-]{33}$/);
add('TWILIO_AUTH_TOKEN', (r) => r.hex(32), 'TWILIO_AUTH_TOKEN,twilio_token', /^[0-9a-f]{32}$/);
add('TWILIO_API_SECRET', (r) => r.str(ALNUM, 32), 'TWILIO_API_SECRET', /^[A-Za-z0-9]{32}$/);
add('SENDGRID_API_KEY', (r) => `SG.${r.str(ALNUM + '-_', 22)}.${r.str(ALNUM + '-_', 43)}`, 'SENDGRID_API_KEY,sendgrid_key,smtp_password', /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
add('MAILGUN_API_KEY', (r) => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`, 'MAILGUN_API_KEY,mg_key', /^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}$/);
add('MAILCHIMP_API_KEY', (r) => `${r.hex(32)}-us${r.range(1, 21)}`, 'MAILCHIMP_KEY,mc_api_key', /^[0-9a-f]{32}-us\d{1,2}$/);
add('POSTMARK_SERVER_TOKEN', uuid, 'POSTMARK_API_TOKEN,X-Postmark-Server-Token', /^[0-9a-f-]{36}$/);
add('MAILJET_SECRET_KEY', (r) => r.hex(32), 'MJ_APIKEY_PRIVATE,mailjet_secret', /^[0-9a-f]{32}$/);
add('BREVO_API_KEY', (r) => `xkeysib-${r.hex(64)}-${r.str(ALNUM, 16)}`, 'BREVO_API_KEY,sendinblue_key', /^xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}$/);
add('MANDRILL_API_KEY', (r) => 'md-' + r.str(ALNUM + '-_', 22), 'MANDRILL_KEY', /^md-[A-Za-z0-9_-]{22}$/);
add('SPARKPOST_API_KEY', (r) => r.hex(40), 'SPARKPOST_API_KEY', /^[0-9a-f]{40}$/);
add('RESEND_API_KEY', (r) => `re_${r.str(ALNUM, 8)}_${r.str(ALNUM, 24)}`, 'RESEND_API_KEY', /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}$/);
add('VONAGE_API_SECRET', (r) => r.str(ALNUM, 16), 'VONAGE_API_SECRET,nexmo_secret', /^[A-Za-z0-9]{16}$/);
add('PLIVO_AUTH_TOKEN', (r) => r.str(ALNUM, 40), 'PLIVO_AUTH_TOKEN', /^[A-Za-z0-9]{40}$/);
add('MATRIX_ACCESS_TOKEN', (r) => `syt_${Buffer.from(r.pick(['bot', 'bridge', 'ops'])).toString('base64url')}_${r.str(ALNUM, 20)}_${r.str(ALNUM, 6)}`, 'access_token,matrix_token', /^syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}$/);
add('MASTODON_ACCESS_TOKEN', (r) => r.str(ALNUM + '-_', 43), 'MASTODON_ACCESS_TOKEN', /^[A-Za-z0-9_-]{43}$/);
// --- payments & commerce
add('STRIPE_SECRET_KEY', (r) => 'sk_live_' + r.str(ALNUM, r.pick([24, 99])), 'STRIPE_SECRET_KEY,stripe_sk,stripe.apiKey', /^sk_live_[A-Za-z0-9]{24,99}$/);
add('STRIPE_RESTRICTED_KEY', (r) => 'rk_live_' + r.str(ALNUM, r.pick([24, 99])), 'STRIPE_RESTRICTED_KEY', /^rk_live_[A-Za-z0-9]{24,99}$/);
add('STRIPE_WEBHOOK_SECRET', (r) => 'whsec_' + r.str(ALNUM, 32), 'STRIPE_WEBHOOK_SECRET,endpoint_secret', /^whsec_[A-Za-z0-9]{32}$/);
add('BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str(LOWER_ALNUM, 16)}$${r.hex(32)}`, 'BRAINTREE_ACCESS_TOKEN', /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/);
add('SQUARE_ACCESS_TOKEN', (r) => 'EAAA' + r.str(ALNUM + '-_', 60), 'SQUARE_ACCESS_TOKEN', /^EAAA[A-Za-z0-9_-]{60}$/);
add('SQUARE_OAUTH_SECRET', (r) => 'sq0csp-' + r.str(ALNUM + '-_', 43), 'SQUARE_APP_SECRET', /^sq0csp-[A-Za-z0-9_-]{43}$/);
add('ADYEN_API_KEY', (r) => 'AQE' + r.str(ALNUM, 3) + 'gXvdYRlcRBO' + r.str(ALNUM + '+/', 80) + '=', 'ADYEN_API_KEY,X-API-Key', /^AQE[A-Za-z0-9]{3}gXvdYRlcRBO[A-Za-z0-9+/]{80}=$/);
add('RAZORPAY_KEY_SECRET', (r) => r.str(ALNUM, 24), 'RAZORPAY_KEY_SECRET', /^[A-Za-z0-9]{24}$/);
add('PAYSTACK_SECRET_KEY', (r) => 'sk_live_' + r.hex(40), 'PAYSTACK_SECRET_KEY', /^sk_live_[0-9a-f]{40}$/);
add('FLUTTERWAVE_SECRET_KEY', (r) => `FLWSECK-${r.hex(32)}-X`, 'FLW_SECRET_KEY', /^FLWSECK-[0-9a-f]{32}-X$/);
add('MOLLIE_API_KEY', (r) => 'live_' + r.str(ALNUM, 30), 'MOLLIE_API_KEY', /^live_[A-Za-z0-9]{30}$/);
add('GOCARDLESS_ACCESS_TOKEN', (r) => 'live_' + r.str(ALNUM + '-_', 40), 'GOCARDLESS_ACCESS_TOKEN', /^live_[A-Za-z0-9_-]{40}$/);
add('PLAID_SECRET', (r) => r.hex(30), 'PLAID_SECRET', /^[0-9a-f]{30}$/);
add('COINBASE_API_SECRET', (r) => b64(r, 64), 'COINBASE_API_SECRET,cb_secret', /^[A-Za-z0-9+/]{86}==$/);
add('BINANCE_API_SECRET', (r) => r.str(ALNUM, 64), 'BINANCE_SECRET,binance.secret', /^[A-Za-z0-9]{64}$/);
add('KRAKEN_PRIVATE_KEY', (r) => b64(r, 64), 'KRAKEN_PRIVATE_KEY', /^[A-Za-z0-9+/]{86}==$/);
add('SHOPIFY_ACCESS_TOKEN', (r) => 'shpat_' + r.hex(32), 'SHOPIFY_ACCESS_TOKEN,X-Shopify-Access-Token', /^shpat_[0-9a-f]{32}$/);
add('SHOPIFY_SHARED_SECRET', (r) => 'shpss_' + r.hex(32), 'SHOPIFY_API_SECRET', /^shpss_[0-9a-f]{32}$/);
add('SHOPIFY_CUSTOM_APP_TOKEN', (r) => 'shpca_' + r.hex(32), 'SHOPIFY_CUSTOM_TOKEN', /^shpca_[0-9a-f]{32}$/);
add('SHIPPO_API_TOKEN', (r) => 'shippo_live_' + r.hex(40), 'SHIPPO_TOKEN', /^shippo_live_[0-9a-f]{40}$/);
add('EASYPOST_API_KEY', (r) => 'EZAK' + r.hex(54), 'EASYPOST_API_KEY', /^EZAK[0-9a-f]{54}$/);
// --- AI
add('OPENAI_API_KEY', (r) => r.chance(0.6) ? `sk-proj-${r.str(ALNUM + '-_', 74)}T3BlbkFJ${r.str(ALNUM + '-_', 74)}` : `sk-${r.str(ALNUM, 20)}T3BlbkFJ${r.str(ALNUM, 20)}`, 'OPENAI_API_KEY,openai_key,llm_api_key', /^sk-(proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})$/);
add('OPENAI_SERVICE_ACCOUNT_KEY', (r) => `sk-svcacct-${r.str(ALNUM + '-_', 74)}T3BlbkFJ${r.str(ALNUM + '-_', 74)}`, 'OPENAI_SVC_KEY', /^sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/);
add('ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${r.str(ALNUM + '-_', 93)}AA`, 'ANTHROPIC_API_KEY,claude_key', /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/);
add('ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${r.str(ALNUM + '-_', 93)}AA`, 'ANTHROPIC_ADMIN_KEY', /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/);
add('HUGGINGFACE_TOKEN', (r) => 'hf_' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34), 'HF_TOKEN,HUGGING_FACE_HUB_TOKEN', /^hf_[A-Za-z]{34}$/);
add('REPLICATE_API_TOKEN', (r) => 'r8_' + r.str(ALNUM, 37), 'REPLICATE_API_TOKEN', /^r8_[A-Za-z0-9]{37}$/);
add('GROQ_API_KEY', (r) => 'gsk_' + r.str(ALNUM, 52), 'GROQ_API_KEY', /^gsk_[A-Za-z0-9]{52}$/);
add('PERPLEXITY_API_KEY', (r) => 'pplx-' + r.str(ALNUM, 48), 'PPLX_API_KEY', /^pplx-[A-Za-z0-9]{48}$/);
add('XAI_API_KEY', (r) => 'xai-' + r.str(ALNUM, 80), 'XAI_API_KEY', /^xai-[A-Za-z0-9]{80}$/);
add('COHERE_API_KEY', (r) => r.str(ALNUM, 40), 'CO_API_KEY,cohere_key', /^[A-Za-z0-9]{40}$/);
add('MISTRAL_API_KEY', (r) => r.str(ALNUM, 32), 'MISTRAL_API_KEY', /^[A-Za-z0-9]{32}$/);
add('DEEPGRAM_API_KEY', (r) => r.hex(40), 'DEEPGRAM_API_KEY', /^[0-9a-f]{40}$/);
add('ELEVENLABS_API_KEY', (r) => 'sk_' + r.hex(48), 'ELEVENLABS_API_KEY,xi-api-key', /^sk_[0-9a-f]{48}$/);
add('PINECONE_API_KEY', (r) => `pcsk_${r.str(ALNUM, 6)}_${r.str(ALNUM, 63)}`, 'PINECONE_API_KEY', /^pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}$/);
add('LANGSMITH_API_KEY', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, 'LANGSMITH_API_KEY,LANGCHAIN_API_KEY', /^lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}$/);
// --- SaaS / productivity / observability
add('ATLASSIAN_API_TOKEN', (r) => `ATATT3xFfGF0${r.str(ALNUM + '-_', 170)}=${r.HEX(8)}`, 'JIRA_API_TOKEN,confluence_token', /^ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/);
add('LINEAR_API_KEY', (r) => 'lin_api_' + r.str(ALNUM, 40), 'LINEAR_API_KEY', /^lin_api_[A-Za-z0-9]{40}$/);
add('NOTION_INTEGRATION_TOKEN', (r) => r.chance(0.5) ? 'ntn_' + r.str(ALNUM, 46) : 'secret_' + r.str(ALNUM, 43), 'NOTION_TOKEN,notion_secret', /^(ntn_[A-Za-z0-9]{46}|secret_[A-Za-z0-9]{43})$/);
add('AIRTABLE_PERSONAL_ACCESS_TOKEN', (r) => `pat${r.str(ALNUM, 14)}.${r.hex(64)}`, 'AIRTABLE_PAT', /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/);
add('FIGMA_PERSONAL_ACCESS_TOKEN', (r) => 'figd_' + r.str(ALNUM + '-_', 40), 'FIGMA_TOKEN', /^figd_[A-Za-z0-9_-]{40}$/);
add('ASANA_PERSONAL_ACCESS_TOKEN', (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, 'ASANA_PAT', /^2\/\d{16}\/\d{16}:[0-9a-f]{32}$/);
add('TRELLO_API_TOKEN', (r) => 'ATTA' + r.hex(64) + r.HEX(8), 'TRELLO_TOKEN', /^ATTA[0-9a-f]{64}[0-9A-F]{8}$/);
add('HUBSPOT_PRIVATE_APP_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`, 'HUBSPOT_ACCESS_TOKEN', /^pat-(na1|eu1)-[0-9a-f-]{36}$/);
add('SALESFORCE_SESSION_ID', (r) => `00D${r.str(ALNUM, 12)}!AQ${r.str(ALNUM, 4)}.${r.str(ALNUM + '._', 96)}`, 'sf_session,SFDC_ACCESS_TOKEN', /^00D[A-Za-z0-9]{12}!AQ[A-Za-z0-9]{4}\.[A-Za-z0-9._]{96}$/);
add('ZENDESK_API_TOKEN', (r) => r.str(ALNUM, 40), 'ZENDESK_API_TOKEN', /^[A-Za-z0-9]{40}$/);
add('INTERCOM_ACCESS_TOKEN', (r) => Buffer.from(`tok:${uuid(r)}:${r.digits(1)}:0`).toString('base64'), 'INTERCOM_TOKEN', /^dG9rO[A-Za-z0-9+/]+=*$/);
add('PAGERDUTY_API_KEY', (r) => 'u+' + r.str(ALNUM + '-_', 18), 'PAGERDUTY_TOKEN,pd_api_key', /^u\+[A-Za-z0-9_-]{18}$/);
add('OPSGENIE_API_KEY', uuid, 'OPSGENIE_API_KEY', /^[0-9a-f-]{36}$/);
add('DATADOG_API_KEY', (r) => r.hex(32), 'DD_API_KEY,datadog_api_key', /^[0-9a-f]{32}$/);
add('DATADOG_APP_KEY', (r) => r.hex(40), 'DD_APP_KEY,datadog_app_key', /^[0-9a-f]{40}$/);
add('NEW_RELIC_USER_API_KEY', (r) => 'NRAK-' + r.str(UPPER_ALNUM, 27), 'NEW_RELIC_API_KEY', /^NRAK-[A-Z0-9]{27}$/);
add('NEW_RELIC_LICENSE_KEY', (r) => r.hex(36) + 'NRAL', 'NEW_RELIC_LICENSE_KEY,license_key', /^[0-9a-f]{36}NRAL$/);
add('SENTRY_AUTH_TOKEN', (r) => `sntrys_${Buffer.from(JSON.stringify({ iat: 1.7e9 + r.int(1e8), url: 'https://errors.corp.example', region_url: 'https://eu.errors.corp.example', org: r.pick(['kestrel', 'tanager']) })).toString('base64').replace(/=+$/, '')}_${r.str(ALNUM + '+/', 43)}`, 'SENTRY_AUTH_TOKEN', /^sntrys_eyJ[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}$/);
add('SENTRY_USER_TOKEN', (r) => 'sntryu_' + r.hex(64), 'SENTRY_TOKEN', /^sntryu_[0-9a-f]{64}$/);
add('GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${r.str(ALNUM, 32)}_${r.hex(8)}`, 'GRAFANA_TOKEN,grafana_sa_token', /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/);
add('GRAFANA_CLOUD_TOKEN', (r) => 'glc_' + Buffer.from(JSON.stringify({ o: String(r.range(100000, 999999)), n: 'stack-' + r.range(1000, 9999) + '-token', k: r.str(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).toString('base64').replace(/=+$/, ''), 'GRAFANA_CLOUD_API_KEY', /^glc_eyJ[A-Za-z0-9+/]+$/);
add('HONEYCOMB_API_KEY', (r) => r.str(ALNUM, 22), 'HONEYCOMB_API_KEY,x-honeycomb-team', /^[A-Za-z0-9]{22}$/);
add('ROLLBAR_ACCESS_TOKEN', (r) => r.hex(32), 'ROLLBAR_ACCESS_TOKEN', /^[0-9a-f]{32}$/);
add('BUGSNAG_API_KEY', (r) => r.hex(32), 'BUGSNAG_API_KEY', /^[0-9a-f]{32}$/);
add('SUMOLOGIC_ACCESS_KEY', (r) => r.str(ALNUM, 64), 'SUMO_ACCESS_KEY', /^[A-Za-z0-9]{64}$/);
add('SPLUNK_HEC_TOKEN', (r) => uuid(r).toUpperCase(), 'SPLUNK_HEC_TOKEN,hec_token', /^[0-9A-F-]{36}$/);
add('ELASTIC_API_KEY', (r) => Buffer.from(`${r.str(ALNUM + '-_', 20)}:${r.str(ALNUM + '-_', 22)}`).toString('base64'), 'ELASTIC_API_KEY,es_api_key', /^[A-Za-z0-9+/]{56,60}={0,2}$/);
add('INFLUXDB_TOKEN', (r) => b64u(r, 64).slice(0, 86) + '==', 'INFLUX_TOKEN,influxdb_token', /^[A-Za-z0-9_-]{86}==$/);
add('ALGOLIA_ADMIN_API_KEY', (r) => r.hex(32), 'ALGOLIA_ADMIN_KEY', /^[0-9a-f]{32}$/);
add('MAPBOX_SECRET_TOKEN', (r) => `sk.${Buffer.from(JSON.stringify({ u: r.pick(['kestrel-maps', 'tanager']), a: 'cl' + r.str(LOWER_ALNUM, 23) })).toString('base64url')}.${r.str(ALNUM + '-_', 22)}`, 'MAPBOX_SECRET_TOKEN', /^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
add('FIREBASE_CLOUD_MESSAGING_KEY', (r) => `AAAA${r.str(ALNUM + '-_', 7)}:APA91b${r.str(ALNUM + '-_', 134)}`, 'FCM_SERVER_KEY,fcm_key', /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/);
add('RECAPTCHA_SECRET_KEY', (r) => '6L' + r.str(ALNUM + '-_', 38), 'RECAPTCHA_SECRET', /^6L[A-Za-z0-9_-]{38}$/);
add('HCAPTCHA_SECRET', (r) => '0x' + r.hex(40), 'HCAPTCHA_SECRET', /^0x[0-9a-f]{40}$/);
add('TWITTER_BEARER_TOKEN', (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.str(ALNUM, 19) + '%3D' + r.str(ALNUM, 50), 'TWITTER_BEARER_TOKEN,X_BEARER', /^A{21}[A-Za-z0-9]{19}%3D[A-Za-z0-9]{50}$/);
add('FACEBOOK_ACCESS_TOKEN', (r) => 'EAA' + r.str(ALNUM, r.range(150, 200)), 'FB_ACCESS_TOKEN,page_token', /^EAA[A-Za-z0-9]{150,200}$/);
add('SPOTIFY_CLIENT_SECRET', (r) => r.hex(32), 'SPOTIFY_CLIENT_SECRET', /^[0-9a-f]{32}$/);
add('TWITCH_CLIENT_SECRET', (r) => r.str(LOWER_ALNUM, 30), 'TWITCH_CLIENT_SECRET', /^[a-z0-9]{30}$/);
add('STEAM_WEB_API_KEY', (r) => r.HEX(32), 'STEAM_API_KEY', /^[0-9A-F]{32}$/);
add('RIOT_API_KEY', (r) => 'RGAPI-' + uuid(r), 'RIOT_API_KEY', /^RGAPI-[0-9a-f-]{36}$/);
add('DROPBOX_ACCESS_TOKEN', (r) => 'sl.' + r.str(ALNUM + '-_', 135), 'DROPBOX_TOKEN', /^sl\.[A-Za-z0-9_-]{135}$/);
add('REDDIT_CLIENT_SECRET', (r) => r.str(ALNUM + '-_', 30), 'REDDIT_SECRET', /^[A-Za-z0-9_-]{30}$/);
add('OKTA_API_TOKEN', (r) => '00' + r.str(ALNUM + '-_', 40), 'OKTA_API_TOKEN,SSWS', /^00[A-Za-z0-9_-]{40}$/);
add('AUTH0_CLIENT_SECRET', (r) => r.str(ALNUM + '-_', 64), 'AUTH0_CLIENT_SECRET', /^[A-Za-z0-9_-]{64}$/);
add('KEYCLOAK_CLIENT_SECRET', (r) => r.str(ALNUM, 32), 'KEYCLOAK_CLIENT_SECRET,kc_secret', /^[A-Za-z0-9]{32}$/);
add('OIDC_CLIENT_SECRET', (r) => r.str(ALNUM + '-_.~', 40), 'OIDC_CLIENT_SECRET,client_secret', /^[A-Za-z0-9_.~-]{40}$/);
add('POSTMAN_API_KEY', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, 'POSTMAN_API_KEY', /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/);
add('CONTENTFUL_MANAGEMENT_TOKEN', (r) => 'CFPAT-' + r.str(ALNUM + '-_', 43), 'CONTENTFUL_MANAGEMENT_TOKEN', /^CFPAT-[A-Za-z0-9_-]{43}$/);
add('TAILSCALE_AUTH_KEY', (r) => `tskey-auth-k${r.str(ALNUM, 10)}CNTRL-${r.str(ALNUM, 33)}`, 'TS_AUTHKEY,tailscale_key', /^tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}$/);
add('NGROK_AUTHTOKEN', (r) => `2${r.str(ALNUM, 26)}_${r.str(ALNUM, 21)}`, 'NGROK_AUTHTOKEN,authtoken', /^2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}$/);
add('DOPPLER_SERVICE_TOKEN', (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.str(ALNUM, 40)}`, 'DOPPLER_TOKEN', /^dp\.st\.(prd|stg|dev)\.[A-Za-z0-9]{40}$/);
add('VAULT_TOKEN', (r) => 'hvs.' + r.str(ALNUM + '_-', r.pick([24, 91])), 'VAULT_TOKEN,vault.token,X-Vault-Token', /^hvs\.[A-Za-z0-9_-]{24,91}$/);
add('VAULT_BATCH_TOKEN', (r) => 'hvb.' + r.str(ALNUM + '_-', 138), 'VAULT_BATCH_TOKEN', /^hvb\.[A-Za-z0-9_-]{138}$/);
add('VAULT_UNSEAL_KEY', (r) => b64(r, 33), 'unseal_key,Unseal Key 1', /^[A-Za-z0-9+/]{44}$/);
add('CONSUL_GOSSIP_KEY', (r) => b64(r, 32), 'encrypt,CONSUL_GOSSIP_KEY', /^[A-Za-z0-9+/]{43}=$/);
add('CONSUL_ACL_TOKEN', uuid, 'CONSUL_HTTP_TOKEN,acl_token', /^[0-9a-f-]{36}$/);
// --- keys, crypto material
add('RSA_PRIVATE_KEY', PEMGEN.rsa, 'private_key,tls_key,signing_key', pemOk);
add('PKCS8_PRIVATE_KEY', PEMGEN.pkcs8, 'private_key,key.pem', pemOk);
add('EC_PRIVATE_KEY', PEMGEN.ec, 'ec_key,apns_key', pemOk);
add('SSH_PRIVATE_KEY', PEMGEN.ssh, 'id_ed25519,ssh_key,deploy_key', pemOk);
add('PGP_PRIVATE_KEY', PEMGEN.pgp, 'gpg_private_key,signing_key', pemOk);
add('OPENVPN_STATIC_KEY', openvpnKey, 'tls-auth,ta.key', (v) => /^-----BEGIN OpenVPN Static key V1-----\n([0-9a-f]{32}\n){16}-----END OpenVPN Static key V1-----$/.test(v.replace(/\\n/g, '\n').split('\n').map((l) => l.trim()).join('\n')));
add('WIREGUARD_PRIVATE_KEY', wgKey, 'PrivateKey,wg_private_key', /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/);
add('WIREGUARD_PRESHARED_KEY', (r) => b64(r, 32), 'PresharedKey', /^[A-Za-z0-9+/]{43}=$/);
add('AGE_SECRET_KEY', ageKey, 'AGE_SECRET_KEY,age_identity', (v) => { const d = bech32Decode(v); return !!d && d.hrp === 'age-secret-key-' && /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/.test(v); });
add('BITCOIN_PRIVATE_KEY_WIF', wif, 'wif,btc_privkey', (v) => { const p = b58checkDecode(v); return !!p && p[0] === 0x80 && p.length === 34; });
add('ETHEREUM_PRIVATE_KEY', (r) => '0x' + r.hex(64), 'ETH_PRIVATE_KEY,deployer_key,PRIVATE_KEY', /^0x[0-9a-f]{64}$/);
add('TOTP_SECRET', (r) => r.str(BASE32, r.pick([16, 32])), 'totp_secret,otp_seed,mfa_secret', /^[A-Z2-7]{16,32}$/);
add('TWO_FACTOR_BACKUP_CODE', (r) => `${r.digits(4)} ${r.digits(4)}`.replace(' ', r.pick([' ', '-'])), 'backup_code,recovery_code', /^\d{4}[ -]\d{4}$/);
add('BITLOCKER_RECOVERY_KEY', bitlocker, 'recovery_key,bitlocker', bitlockerValid);
add('ONEPASSWORD_SECRET_KEY', (r) => `A3-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}`, 'secret_key,emergency_kit', /^A3(-[A-Z0-9]{5,6}){6}$/);
add('JWT_ACCESS_TOKEN', (r) => jwt(r), 'access_token,id_token,Authorization,jwt', jwtValid);
add('OIDC_ID_TOKEN', (r) => jwt(r, { alg: 'RS256', payload: { iss: 'https://sso.corp.example', aud: 'portal', sub: r.hex(12), nonce: r.hex(8), iat: 1.7e9 + r.int(1e7), exp: 1.71e9 + r.int(1e7) } }), 'id_token', jwtValid);
add('SUPABASE_SERVICE_ROLE_KEY', (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.str('abcdefghijklmnopqrstuvwxyz', 20), role: 'service_role', iat: 1.69e9 + r.int(1e7), exp: 2.0e9 + r.int(1e7) } }), 'SUPABASE_SERVICE_ROLE_KEY,service_role_key', jwtValid);
add('KUBERNETES_SERVICE_ACCOUNT_TOKEN', (r) => jwt(r, { alg: 'RS256', payload: { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': r.pick(['default', 'ci', 'payments']), 'kubernetes.io/serviceaccount/service-account.name': r.pick(['deployer', 'argocd-manager', 'builder']), sub: 'system:serviceaccount:ci:deployer' } }), 'token', jwtValid);
add('JWT_SIGNING_SECRET', (r) => r.str(ALNUM + '-_', r.pick([32, 48, 64])), 'JWT_SECRET,jwt.secret,token_secret', /^[A-Za-z0-9_-]{32,64}$/);
// --- frameworks
add('DJANGO_SECRET_KEY', (r) => 'django-insecure-'.slice(0, r.chance(0.3) ? 16 : 0) + r.str('abcdefghijklmnopqrstuvwxyz0123456789!%^&*(-_=+)', 50), 'SECRET_KEY,DJANGO_SECRET_KEY', /^(django-insecure-)?[a-z0-9!%^&*(\-_=+)]{50}$/);
add('RAILS_SECRET_KEY_BASE', (r) => r.hex(128), 'SECRET_KEY_BASE,secret_key_base', /^[0-9a-f]{128}$/);
add('RAILS_MASTER_KEY', (r) => r.hex(32), 'RAILS_MASTER_KEY', /^[0-9a-f]{32}$/);
add('LARAVEL_APP_KEY', (r) => 'base64:' + b64(r, 32), 'APP_KEY', /^base64:[A-Za-z0-9+/]{43}=$/);
add('SYMFONY_APP_SECRET', (r) => r.hex(32), 'APP_SECRET', /^[0-9a-f]{32}$/);
add('FLASK_SECRET_KEY', (r) => r.hex(64), 'FLASK_SECRET_KEY,SECRET_KEY', /^[0-9a-f]{64}$/);
add('NEXTAUTH_SECRET', (r) => b64(r, 32), 'NEXTAUTH_SECRET,AUTH_SECRET', /^[A-Za-z0-9+/]{43}=$/);
add('SESSION_SECRET', (r) => r.str(ALNUM, r.range(24, 48)), 'SESSION_SECRET,cookie_secret,session.secret', /^[A-Za-z0-9]{24,48}$/);
add('WORDPRESS_AUTH_SALT', (r) => r.str(ALNUM + '!%^&*()-_[]{}<>~+=,.;:|', 64), 'AUTH_KEY,SECURE_AUTH_SALT,LOGGED_IN_KEY,NONCE_SALT', /^[A-Za-z0-9!%^&*()\-_[\]{}<>~+=,.;:|]{64}$/);
add('GHOST_ADMIN_API_KEY', (r) => `${r.hex(24)}:${r.hex(64)}`, 'GHOST_ADMIN_API_KEY', /^[0-9a-f]{24}:[0-9a-f]{64}$/);
add('ENCRYPTION_KEY', (r) => r.chance(0.5) ? b64(r, 32) : r.hex(64), 'ENCRYPTION_KEY,data_key,aes_key,MASTER_KEY', /^([A-Za-z0-9+/]{43}=|[0-9a-f]{64})$/);
add('HMAC_SECRET', (r) => r.hex(r.pick([32, 64])), 'HMAC_SECRET,signing_secret', /^[0-9a-f]{32,64}$/);
add('WEBHOOK_SIGNING_SECRET', (r) => r.pick(['whk_', 'wh_', '']) + r.str(ALNUM, 32), 'WEBHOOK_SECRET,webhook.secret', /^(whk_|wh_)?[A-Za-z0-9]{32}$/);
add('GENERIC_API_KEY', (r) => r.str(ALNUM, r.range(24, 40)), 'api_key,apikey,X-API-KEY,key', /^[A-Za-z0-9]{24,40}$/);
add('OPAQUE_ACCESS_TOKEN', (r) => r.str(ALNUM + '-_.', r.range(32, 64)), 'access_token,token,auth_token', /^[A-Za-z0-9_.-]{32,64}$/);
add('OPAQUE_REFRESH_TOKEN', (r) => r.str(ALNUM + '-_', r.range(40, 80)), 'refresh_token', /^[A-Za-z0-9_-]{40,80}$/);
add('SESSION_COOKIE', (r) => r.pick([r.hex(32), r.str(LOWER_ALNUM, 26), 's%3A' + r.str(ALNUM + '-_', 32) + '.' + r.str(ALNUM + '+/', 43)]), 'sessionid,PHPSESSID,JSESSIONID,connect.sid,_session_id', /^([0-9a-f]{32}|[a-z0-9]{26}|s%3A[A-Za-z0-9_-]{32}\.[A-Za-z0-9+/]{43})$/);
add('UNLABELLED_RANDOM_SECRET', (r) => r.pick([r.str(ALNUM, r.range(20, 48)), b64(r, r.range(18, 36)), r.hex(r.pick([32, 40, 48]))]), 'zephyr_blob,k_frob,wibble_seed,qx,salt_pepper,tallow,nonce_seed,moonbeam,flux_capacitor,x_internal_7,krabbel,grumpkin', /^[A-Za-z0-9+/=]{20,64}$/);
// --- passwords by system
const PW = (e, keys, style) => add(e, (r) => password(r, style), keys, (v) => v.length >= 4 && !/\s/.test(v));
PW('DATABASE_PASSWORD', 'DB_PASSWORD,database.password,db_pass,spring.datasource.password');
PW('POSTGRES_PASSWORD', 'POSTGRES_PASSWORD,PGPASSWORD,pg_password');
PW('MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD,mysql_root_pw');
PW('MYSQL_PASSWORD', 'MYSQL_PASSWORD,mysql.password');
PW('MONGODB_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD,mongo_password');
PW('REDIS_PASSWORD', 'REDIS_PASSWORD,requirepass,redis.password');
PW('RABBITMQ_PASSWORD', 'RABBITMQ_DEFAULT_PASS,amqp_password');
add('ERLANG_COOKIE', (r) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 20), 'RABBITMQ_ERLANG_COOKIE,erlang_cookie', /^[A-Z]{20}$/);
PW('KAFKA_SASL_PASSWORD', 'sasl.password,KAFKA_PASSWORD');
PW('ELASTICSEARCH_PASSWORD', 'ELASTIC_PASSWORD,es_password');
PW('MSSQL_SA_PASSWORD', 'MSSQL_SA_PASSWORD,SA_PASSWORD');
PW('ORACLE_DB_PASSWORD', 'ORACLE_PWD,oracle_password');
PW('NEO4J_PASSWORD', 'NEO4J_AUTH,neo4j_password');
PW('CLICKHOUSE_PASSWORD', 'CLICKHOUSE_PASSWORD');
PW('SNOWFLAKE_PASSWORD', 'SNOWFLAKE_PASSWORD,sf_password');
PW('LDAP_BIND_PASSWORD', 'LDAP_BIND_PASSWORD,bindpw,ldap.password');
PW('SMTP_PASSWORD', 'SMTP_PASSWORD,mail.smtp.password,EMAIL_HOST_PASSWORD');
PW('IMAP_PASSWORD', 'IMAP_PASSWORD,imap_pass');
PW('FTP_PASSWORD', 'FTP_PASSWORD,ftp_pass');
PW('SFTP_PASSWORD', 'SFTP_PASSWORD');
PW('SSH_PASSWORD', 'ssh_password,ansible_ssh_pass');
PW('WIFI_PASSWORD', 'wifi_password,psk,wpa_passphrase', 'human');
PW('VPN_PRESHARED_KEY', 'vpn_psk,ipsec_psk,leftpsk');
PW('SNMP_COMMUNITY_STRING', 'snmp_community,community');
PW('RADIUS_SHARED_SECRET', 'radius_secret,secret');
PW('ROUTER_ADMIN_PASSWORD', 'admin_password,router_pw', 'human');
PW('KEYSTORE_PASSWORD', 'storePassword,keystore.password,javax.net.ssl.keyStorePassword');
PW('ANDROID_KEY_PASSWORD', 'keyPassword,android.injected.signing.key.password');
PW('PFX_PASSWORD', 'pfx_password,certificate_password');
PW('GPG_PASSPHRASE', 'GPG_PASSPHRASE,passphrase', 'phrase');
PW('LUKS_PASSPHRASE', 'luks_passphrase', 'phrase');
PW('KEEPASS_MASTER_PASSWORD', 'keepass_master', 'phrase');
PW('ADMIN_PASSWORD', 'ADMIN_PASSWORD,admin_pass,initialAdminPassword');
PW('USER_LOGIN_PASSWORD', 'password,passwd,pwd,pass');
PW('EMAIL_ACCOUNT_PASSWORD', 'email_password,mail_pw', 'human');
add('APPLE_APP_SPECIFIC_PASSWORD', (r) => Array.from({ length: 4 }, () => r.str('abcdefghijklmnopqrstuvwxyz', 4)).join('-'), 'APP_SPECIFIC_PASSWORD,FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD', /^([a-z]{4}-){3}[a-z]{4}$/);
PW('GRAFANA_ADMIN_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD,grafana_admin_pw');
PW('ARGOCD_ADMIN_PASSWORD', 'argocd_admin_password');
PW('MINIO_ROOT_PASSWORD', 'MINIO_ROOT_PASSWORD,MINIO_SECRET_KEY');
PW('VNC_PASSWORD', 'VNC_PASSWORD,vnc_pw');
PW('RDP_PASSWORD', 'rdp_password');
add('CISCO_TYPE7_PASSWORD', (r) => ciscoType7(password(r, 'human').slice(0, 12), r.range(0, 15)), 'password 7,enable password 7', (v) => !!ciscoType7Decode(v));
PW('NETRC_PASSWORD', 'password');
PW('URL_EMBEDDED_PASSWORD', 'url', 'url');
PW('JDBC_PASSWORD', 'jdbc.password,password', 'url');
PW('ODBC_PASSWORD', 'PWD');
PW('HELM_REPO_PASSWORD', 'HELM_REPO_PASSWORD,helm_password');
PW('MAVEN_SETTINGS_PASSWORD', 'password');
PW('PIP_INDEX_PASSWORD', 'PIP_INDEX_PASSWORD', 'url');
add('SIM_PUK_CODE', (r) => r.digits(8), 'puk', /^\d{8}$/);
add('DEVICE_PIN', (r) => r.digits(r.pick([4, 6])), 'pin', /^\d{4,6}$/);
add('ALARM_CODE', (r) => r.digits(4) + r.pick(['', '#', '*']), 'alarm_code', /^\d{4}[#*]?$/);
add('DOOR_ENTRY_CODE', (r) => r.pick(['', '#', 'C']) + r.digits(4), 'door_code', /^[#C]?\d{4}$/);
add('SAFE_COMBINATION', (r) => `${r.range(1, 99)}-${r.range(1, 99)}-${r.range(1, 99)}`, 'safe', /^\d{1,2}-\d{1,2}-\d{1,2}$/);
add('VOICEMAIL_PIN', (r) => r.digits(r.pick([4, 6])), 'voicemail_pin', /^\d{4,6}$/);
add('BASIC_AUTH_CREDENTIALS', (r) => Buffer.from(`${r.pick(['admin', 'deploy', 'ci', 'svc-report', 'grafana', 'metrics', 'jenkins'])}:${password(r, 'strong')}`).toString('base64'), 'Authorization', basicValid);
add('DOCKER_REGISTRY_AUTH', (r) => Buffer.from(`${r.pick(['robot$ci', 'deployer', 'pull-bot', '_json_key_base64', 'ci-push'])}:${password(r, 'strong')}`).toString('base64'), 'auth', basicValid);
add('NPMRC_BASIC_AUTH', (r) => Buffer.from(`${r.pick(['builder', 'svc-npm', 'release'])}:${password(r, 'strong')}`).toString('base64'), '_auth', basicValid);
add('K8S_SECRET_DATA', (r) => Buffer.from(password(r)).toString('base64'), 'password,db-password,api-key', (v) => /^[A-Za-z0-9+/]+=*$/.test(v) && Buffer.from(Buffer.from(v, 'base64').toString('utf8')).toString('base64') === v);
add('KUBECONFIG_CLIENT_KEY_DATA', (r) => Buffer.from(PEMGEN.ec(r) + '\n').toString('base64'), 'client-key-data', (v) => pemOk(Buffer.from(v, 'base64').toString().trim()));
add('KUBECONFIG_TOKEN', (r) => `${r.str(LOWER_ALNUM, 6)}.${r.str(LOWER_ALNUM, 16)}`, 'token', /^[a-z0-9]{6}\.[a-z0-9]{16}$/);

export const SECRET_SPECS = SP;
export const SPEC = Object.fromEntries(SP.map((s) => [s.e, s]));
if (Object.keys(SPEC).length !== SP.length) throw new Error('duplicate secret entity');
export function sec(r, entity, ...args) { const s = SPEC[entity]; if (!s) throw new Error('no secret ' + entity); return S(entity, s.g(r, ...args)); }
export function checkSecret(entity, value) {
  const s = SPEC[entity]; if (!s) return `unknown secret entity ${entity}`;
  const ok = typeof s.check === 'function' ? s.check(value) : s.check.test(value);
  return ok ? null : `value fails ${entity} format`;
}
// Key-name styles
export function keyStyle(k, style) {
  const words = k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
  switch (style) {
    case 'env': return words.join('_').toUpperCase();
    case 'snake': return words.join('_');
    case 'kebab': return words.join('-');
    case 'camel': return words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('');
    case 'dot': return words.join('.');
    default: return k;
  }
}
