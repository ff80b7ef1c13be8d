// Secret value generators and the registry of this set's secret kinds.
import { ALNUM, HEX, B64URL, B64, B32, LOWER, DIGITS, UPPER } from './prng.mjs';
import { githubChecksum, base58check } from './checksums.mjs';
import * as K from './keys.mjs';

const b64u = (s) => Buffer.from(s, 'utf8').toString('base64url');
const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
export { uuid };

// ------------------------------------------------------------- human passwords
const PW_WORDS = {
  en: ['sunshine', 'Falcon', 'harbor', 'Bluebird', 'Winter', 'pancake', 'Lighthouse', 'marmalade', 'Tigerlily', 'Otter'],
  de: ['Sonnenblume', 'Kaffeetasse', 'Schneeflocke', 'Fahrrad', 'Eichhörnchen', 'Brezel', 'Gartenzwerg', 'Maikäfer'],
  fr: ['soleil', 'Papillon', 'chocolat', 'Mirabelle', 'Croissant', 'Libellule'],
  es: ['primavera', 'Mariposa', 'girasol', 'Churros', 'Sandía', 'Golondrina'],
  pt: ['saudade', 'Abacaxi', 'Jabuticaba', 'Sabiá', 'Caipira'],
  it: ['girasole', 'Farfalla', 'Limoncello', 'Gelato', 'Cipresso'],
  nl: ['fietsbel', 'Tulp', 'Stroopwafel', 'Molen', 'Kikker'],
  pl: ['wiosna', 'Słoneczko', 'Pierogi', 'Bocian', 'Żubr'],
  sv: ['sommar', 'Kanelbulle', 'Midsommar', 'Älgen', 'Fika'],
  da: ['hygge', 'Smørrebrød', 'Vikingeskib', 'Rugbrød'],
  fi: ['kissanpentu', 'Revontulet', 'Sauna', 'Mustikka'],
  cs: ['kocour', 'Knedlík', 'Vltava', 'Čmelák'],
  tr: ['kelebek', 'Lokum', 'Boğaz', 'Simit'],
  ru: ['ghbdtn', 'Solnyshko', 'Matryoshka', 'Kotik', 'Vesna'],
  uk: ['Kalyna', 'Soniashnyk', 'Vyshyvanka'],
  el: ['thalassa', 'Koukla', 'Meltemi'],
  ja: ['sakura', 'Tanuki', 'Onigiri', 'Fujisan', 'Neko'],
  zh: ['woaini', 'Xiongmao', 'Jiaozi', 'Longjing'],
  ko: ['saranghae', 'Kimchi', 'Hangang', 'Dubu'],
  hi: ['Ganesha', 'Chai', 'Mausam', 'Jalebi'],
  ar: ['Yasmin', 'Qamar', 'Sahara', 'Nakhla'],
  he: ['Shalom', 'Tapuach', 'Kineret'],
  vi: ['Hoasen', 'Caphe', 'Bunbo'],
  id: ['Rendang', 'Merdeka', 'Kopi'],
  th: ['Sawasdee', 'Tomyam', 'Chang'],
  ro: ['Ciocarlie', 'Mamaliga', 'Dunarea'],
  hu: ['Gulyas', 'Pogacsa', 'Balaton'],
};
export function pwHuman(r, lang = 'en') {
  const words = PW_WORDS[lang] || PW_WORDS.en;
  const w = r.pick(words);
  const year = String(r.pick([r.int(1960, 2025), r.int(10, 99), r.int(1, 9)]));
  const sym = r.pick(['!', '#', '$', '%', '&', '*', '?', '@', '+', '']);
  const form = r.int(0, 6);
  let v;
  switch (form) {
    case 0: v = `${w}${year}${sym}`; break;
    case 1: v = `${w}${sym || '#'}${year}`; break;
    case 2: v = `${year}${w}${sym}`; break;
    case 3: v = `${w}_${r.pick(words)}${r.int(1, 99)}`; break;
    case 4: v = w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3') + year; break;
    case 5: v = `${w[0].toUpperCase()}${w.slice(1)}.${r.pick(words).toLowerCase()}.${year}`; break;
    default: v = `${w}${r.int(100, 999)}${sym}`;
  }
  return v;
}
const PW_SYMS = '!#$%&*+-=?@^_~';
export function pwRandom(r, n = r.int(12, 20), syms = PW_SYMS) {
  for (;;) {
    let s = r.str(ALNUM + syms, n);
    if (/[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s)) return s;
  }
}
const DICE = ['amber', 'basket', 'cactus', 'dolphin', 'ember', 'fjord', 'gravel', 'hazel', 'igloo', 'jigsaw', 'kettle', 'lantern', 'meadow', 'nectar', 'orbit', 'pepper', 'quartz', 'raven', 'saddle', 'tundra', 'umbrella', 'velvet', 'walnut', 'yonder', 'zephyr', 'copper', 'maple', 'pixel', 'rocket', 'sparrow'];
export const pwPassphrase = (r, sep = r.pick(['-', '.', ' ', '_'])) => Array.from({ length: r.int(3, 5) }, () => r.pick(DICE)).join(sep) + (r.chance(0.5) ? sep + r.int(1, 99) : '');
export const pwAny = (r, lang) => r.wpick([[5, () => pwHuman(r, lang)], [4, () => pwRandom(r)], [1, () => pwPassphrase(r, r.pick(['-', '.', '_']))]])();
export const pin = (r, n) => { for (;;) { const p = r.digits(n); if (!/^(\d)\1+$/.test(p) && p !== '1234'.slice(0, n)) return p; } };

// ------------------------------------------------------------- BIP39-style words (subset)
const BIP = ['abandon', 'ability', 'absorb', 'access', 'acoustic', 'actor', 'adapt', 'advice', 'afford', 'agent', 'airport', 'alarm', 'album', 'alley', 'amateur', 'anchor', 'ancient', 'animal', 'antique', 'anxiety', 'apple', 'arena', 'armor', 'arrow', 'artwork', 'aspect', 'athlete', 'auction', 'autumn', 'avocado', 'awkward', 'bamboo', 'banner', 'barrel', 'beach', 'bicycle', 'blanket', 'blossom', 'bonus', 'bracket', 'brisk', 'bubble', 'cabbage', 'cactus', 'canoe', 'carbon', 'castle', 'cereal', 'chimney', 'cinnamon', 'clever', 'coconut', 'comic', 'copper', 'cradle', 'crystal', 'cupboard', 'dance', 'dawn', 'denial', 'desert', 'dolphin', 'donkey', 'dragon', 'eagle', 'echo', 'elbow', 'embark', 'enrich', 'estate', 'fabric', 'fiction', 'flamingo', 'fossil', 'galaxy', 'garlic', 'giraffe', 'glimpse', 'gospel', 'harbor', 'hazard', 'hedgehog', 'horizon', 'humble', 'illness', 'infant', 'island', 'ivory', 'jaguar', 'jungle', 'kangaroo', 'kitten', 'ladder', 'lemon', 'lizard', 'lobster', 'lunar', 'magnet', 'mango', 'marble', 'meadow', 'monkey', 'museum', 'napkin', 'nephew', 'noodle', 'oblige', 'olive', 'orbit', 'oyster', 'paddle', 'panther', 'peanut', 'pelican', 'pigeon', 'planet', 'pudding', 'puzzle', 'quantum', 'rabbit', 'raccoon', 'ribbon', 'rocket', 'saddle', 'salmon', 'satoshi', 'scatter', 'shadow', 'silver', 'spider', 'squirrel', 'stadium', 'sunset', 'tennis', 'thunder', 'tobacco', 'tornado', 'tribe', 'trumpet', 'tunnel', 'umbrella', 'uncle', 'unicorn', 'velvet', 'violin', 'volcano', 'walnut', 'whisper', 'window', 'wisdom', 'yellow', 'zebra'];
export const seedPhrase = (r, n = r.pick([12, 12, 24])) => Array.from({ length: n }, () => r.pick(BIP)).join(' ');

// ------------------------------------------------------------- JWT
export function jwt(r, opts = {}) {
  const alg = opts.alg || r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const header = { alg, typ: 'JWT' };
  if (alg !== 'HS256' && alg !== 'HS512') header.kid = r.alnum(r.int(8, 16));
  const iat = r.int(1700000000, 1745000000);
  const payload = opts.payload || {
    iss: opts.iss || `https://${r.pick(['auth', 'login', 'sso', 'id'])}.${r.pick(['corp', 'intranet', 'portal', 'buchhaltung', 'booking'])}.${r.pick(['example', 'test'])}/`,
    sub: opts.sub || (r.chance(0.5) ? uuid(r) : String(r.int(1000, 99999999))),
    aud: opts.aud || r.pick(['office-api', 'calendar', 'hr-portal', 'payroll', 'crm', 'expenses']),
    iat, exp: iat + r.pick([900, 3600, 86400, 604800]),
    ...(opts.extra || {}),
  };
  const sigLen = alg.startsWith('RS') ? 256 : alg === 'ES256' ? 64 : alg === 'HS512' ? 64 : 32;
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${r.bytes(sigLen).toString('base64url')}`;
}

// ------------------------------------------------------------- tokens with a structure
const gh = (prefix) => (r) => { const body = r.alnum(30); return `${prefix}_${body}${githubChecksum(body)}`; };
const bitlockerGroup = (r) => String(11 * r.int(0, 65535)).padStart(6, '0');
const WINKEY = 'BCDFGHJKMPQRTVWXY2346789';
const wif = (r) => base58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([0x01])]));
const b64 = (r, nBytes) => r.bytes(nBytes).toString('base64');
const userPass = (user, pass) => Buffer.from(`${user}:${pass}`, 'utf8').toString('base64');

// ------------------------------------------------------------- the registry
// e: entity name; g: generator (r, ctx) => string; w: words for key names; pem: multi-line
export const SECRET_KINDS = [
  // code hosting / package tokens
  { e: 'GITHUB_PERSONAL_ACCESS_TOKEN', g: gh('ghp'), w: ['gh', 'token'] },
  { e: 'GITHUB_OAUTH_TOKEN', g: gh('gho'), w: ['gh', 'oauth', 'token'] },
  { e: 'GITHUB_USER_TO_SERVER_TOKEN', g: gh('ghu'), w: ['gh', 'app', 'user', 'token'] },
  { e: 'GITHUB_SERVER_TO_SERVER_TOKEN', g: gh('ghs'), w: ['gh', 'installation', 'token'] },
  { e: 'GITHUB_REFRESH_TOKEN', g: gh('ghr'), w: ['gh', 'refresh', 'token'] },
  { e: 'GITHUB_FINE_GRAINED_TOKEN', g: (r) => `github_pat_11${r.upperalnum(20)}_${r.alnum(59)}`, w: ['gh', 'pat'] },
  { e: 'GITLAB_PERSONAL_ACCESS_TOKEN', g: (r) => `glpat-${r.str(ALNUM + '-_', 20)}`, w: ['gitlab', 'token'] },
  { e: 'GITLAB_RUNNER_TOKEN', g: (r) => `glrt-${r.str(ALNUM + '-_', 20)}`, w: ['runner', 'token'] },
  { e: 'GITLAB_DEPLOY_TOKEN', g: (r) => `gldt-${r.str(ALNUM + '-_', 20)}`, w: ['deploy', 'token'] },
  { e: 'ATLASSIAN_APP_PASSWORD', g: (r) => `ATBB${r.alnum(28)}${r.HEX(8)}`, w: ['atlassian', 'app', 'password'] },
  { e: 'ATLASSIAN_API_TOKEN', g: (r) => `ATATT3xFfGF0${r.str(ALNUM + '-_', 170)}=${r.HEX(8)}`, w: ['jira', 'api', 'token'] },
  { e: 'NPM_ACCESS_TOKEN', g: (r) => `npm_${r.alnum(36)}`, w: ['npm', 'token'] },
  { e: 'NUGET_API_KEY', g: (r) => `oy2${r.loweralnum(43)}`, w: ['nuget', 'api', 'key'] },
  { e: 'RUBYGEMS_API_KEY', g: (r) => `rubygems_${r.hex(48)}`, w: ['gem', 'host', 'api', 'key'] },
  { e: 'DOCKER_HUB_ACCESS_TOKEN', g: (r) => `dckr_pat_${r.str(ALNUM + '-_', 27)}`, w: ['docker', 'token'] },
  { e: 'JFROG_REFERENCE_TOKEN', g: (r) => `cmVmdGtuOjAxOjE3${r.alnum(48)}`, w: ['artifactory', 'token'] },
  // cloud
  { e: 'AWS_ACCESS_KEY', g: (r) => `AKIA${r.b32(16)}`, w: ['aws', 'access', 'key', 'id'] },
  { e: 'AWS_TEMPORARY_ACCESS_KEY', g: (r) => `ASIA${r.b32(16)}`, w: ['aws', 'access', 'key', 'id'] },
  { e: 'AWS_SECRET_KEY', g: (r) => r.str(ALNUM + '+/', 40), w: ['aws', 'secret', 'access', 'key'] },
  { e: 'AWS_SESSION_TOKEN', g: (r) => `IQoJb3JpZ2luX2Vj${r.str(B64, 300)}`, w: ['aws', 'session', 'token'] },
  { e: 'AWS_SES_SMTP_PASSWORD', g: (r) => `B${r.str(ALNUM + '+/', 43)}`, w: ['ses', 'smtp', 'password'] },
  { e: 'GOOGLE_API_KEY', g: (r) => `AIza${r.str(ALNUM + '-_', 35)}`, w: ['google', 'api', 'key'] },
  { e: 'GOOGLE_OAUTH_CLIENT_SECRET', g: (r) => `GOCSPX-${r.str(ALNUM + '-_', 28)}`, w: ['google', 'client', 'secret'] },
  { e: 'GOOGLE_OAUTH_REFRESH_TOKEN', g: (r) => `1//0${r.pick(['g', '3', '9', 'e'])}${r.str(ALNUM + '-_', 98)}`, w: ['google', 'refresh', 'token'] },
  { e: 'GOOGLE_OAUTH_ACCESS_TOKEN', g: (r) => `ya29.${r.str(ALNUM + '-_', r.int(150, 200))}`, w: ['google', 'access', 'token'] },
  { e: 'GOOGLE_APP_PASSWORD', g: (r) => r.chance(0.7) ? [r.lower(4), r.lower(4), r.lower(4), r.lower(4)].join(' ') : r.lower(16), w: ['gmail', 'app', 'password'] },
  { e: 'AZURE_STORAGE_ACCOUNT_KEY', g: (r) => b64(r, 64), w: ['azure', 'storage', 'key'] },
  { e: 'AZURE_SAS_SIGNATURE', g: (r) => encodeURIComponent(b64(r, 32)), w: ['sas', 'token'] },
  { e: 'AZURE_AD_CLIENT_SECRET', g: (r) => `${r.alnum(3)}8Q~${r.str(ALNUM + '_.~-', 34)}`, w: ['azure', 'client', 'secret'] },
  { e: 'AZURE_DEVOPS_PAT', g: (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), w: ['ado', 'pat'] },
  { e: 'AZURE_SHARED_ACCESS_KEY', g: (r) => b64(r, 32), w: ['servicebus', 'shared', 'access', 'key'] },
  { e: 'GCP_SERVICE_ACCOUNT_KEY', g: (r) => K.pem('PRIVATE KEY', K.pkcs8Rsa(r)), w: ['private', 'key'], pem: true },
  { e: 'DIGITALOCEAN_TOKEN', g: (r) => `dop_v1_${r.hex(64)}`, w: ['do', 'token'] },
  { e: 'HEROKU_API_KEY', g: (r) => `HRKU-${uuid(r)}`, w: ['heroku', 'api', 'key'] },
  { e: 'VERCEL_TOKEN', g: (r) => r.alnum(24), w: ['vercel', 'token'] },
  { e: 'NETLIFY_TOKEN', g: (r) => `nfp_${r.alnum(36)}`, w: ['netlify', 'auth', 'token'] },
  { e: 'CLOUDFLARE_API_TOKEN', g: (r) => r.str(ALNUM + '-_', 40), w: ['cf', 'api', 'token'] },
  { e: 'CLOUDFLARE_GLOBAL_API_KEY', g: (r) => r.hex(37), w: ['cf', 'api', 'key'] },
  { e: 'VAULT_TOKEN', g: (r) => `hvs.${r.str(ALNUM + '-_', r.pick([24, 90]))}`, w: ['vault', 'token'] },
  { e: 'TERRAFORM_CLOUD_TOKEN', g: (r) => `${r.alnum(14)}.atlasv1.${r.alnum(67)}`, w: ['tfe', 'token'] },
  { e: 'PULUMI_ACCESS_TOKEN', g: (r) => `pul-${r.hex(40)}`, w: ['pulumi', 'access', 'token'] },
  { e: 'DOPPLER_TOKEN', g: (r) => r.chance(0.5) ? `dp.st.prd.${r.alnum(43)}` : `dp.pt.${r.alnum(43)}`, w: ['doppler', 'token'] },
  { e: 'CIRCLECI_PERSONAL_TOKEN', g: (r) => `CCIPAT_${r.alnum(22)}_${r.hex(40)}`, w: ['circle', 'token'] },
  { e: 'TAILSCALE_AUTH_KEY', g: (r) => `tskey-auth-${r.alnum(12)}-${r.alnum(32)}`, w: ['ts', 'authkey'] },
  { e: 'NGROK_AUTHTOKEN', g: (r) => `2${r.alnum(26)}_${r.alnum(21)}`, w: ['ngrok', 'authtoken'] },
  // chat / collaboration
  { e: 'SLACK_BOT_TOKEN', g: (r) => `xoxb-${r.nzdigits(r.int(10, 13))}-${r.nzdigits(r.int(10, 13))}-${r.alnum(24)}`, w: ['slack', 'bot', 'token'] },
  { e: 'SLACK_USER_TOKEN', g: (r) => `xoxp-${r.nzdigits(11)}-${r.nzdigits(11)}-${r.nzdigits(13)}-${r.hex(32)}`, w: ['slack', 'user', 'token'] },
  { e: 'SLACK_APP_TOKEN', g: (r) => `xapp-1-A${r.upperalnum(10)}-${r.nzdigits(13)}-${r.hex(64)}`, w: ['slack', 'app', 'token'] },
  { e: 'SLACK_WEBHOOK_SECRET', g: (r) => `T${r.upperalnum(10)}/B${r.upperalnum(10)}/${r.alnum(24)}`, w: ['slack', 'webhook'] },
  { e: 'DISCORD_BOT_TOKEN', g: (r) => `${b64u(r.nzdigits(18)).replace(/=+$/, '')}.${r.str(ALNUM + '-_', 6)}.${r.str(ALNUM + '-_', 38)}`, w: ['discord', 'token'] },
  { e: 'DISCORD_WEBHOOK_TOKEN', g: (r) => r.str(ALNUM + '-_', 68), w: ['discord', 'webhook'] },
  { e: 'TELEGRAM_BOT_TOKEN', g: (r) => `${r.nzdigits(10)}:AA${r.str(ALNUM + '-_', 33)}`, w: ['telegram', 'bot', 'token'] },
  { e: 'NOTION_INTEGRATION_TOKEN', g: (r) => r.chance(0.5) ? `secret_${r.alnum(43)}` : `ntn_${r.digits(11)}${r.alnum(35)}`, w: ['notion', 'token'] },
  { e: 'AIRTABLE_PERSONAL_ACCESS_TOKEN', g: (r) => `pat${r.alnum(14)}.${r.hex(64)}`, w: ['airtable', 'token'] },
  { e: 'ASANA_PERSONAL_ACCESS_TOKEN', g: (r) => `2/${r.nzdigits(16)}/${r.nzdigits(16)}:${r.hex(32)}`, w: ['asana', 'pat'] },
  { e: 'TRELLO_API_TOKEN', g: (r) => `ATTA${r.hex(64)}${r.HEX(8)}`, w: ['trello', 'token'] },
  { e: 'LINEAR_API_KEY', g: (r) => `lin_api_${r.alnum(40)}`, w: ['linear', 'api', 'key'] },
  { e: 'CLICKUP_API_TOKEN', g: (r) => `pk_${r.nzdigits(8)}_${r.upperalnum(32)}`, w: ['clickup', 'token'] },
  { e: 'TODOIST_API_TOKEN', g: (r) => r.hex(40), w: ['todoist', 'token'] },
  { e: 'ZOOM_CLIENT_SECRET', g: (r) => r.alnum(32), w: ['zoom', 'client', 'secret'] },
  { e: 'DROPBOX_ACCESS_TOKEN', g: (r) => `sl.${r.str(ALNUM + '-_', 135)}`, w: ['dropbox', 'token'] },
  { e: 'BOX_DEVELOPER_TOKEN', g: (r) => r.alnum(32), w: ['box', 'developer', 'token'] },
  { e: 'TYPEFORM_TOKEN', g: (r) => `tfp_${r.str(ALNUM + '_', 44)}_${r.alnum(14)}`, w: ['typeform', 'token'] },
  { e: 'DOCUSIGN_INTEGRATION_SECRET', g: (r) => uuid(r), w: ['docusign', 'secret', 'key'] },
  { e: 'DEEPL_AUTH_KEY', g: (r) => `${uuid(r)}:fx`, w: ['deepl', 'auth', 'key'] },
  { e: 'MICROSOFT_TEAMS_WEBHOOK_SECRET', g: (r) => r.hex(32), w: ['teams', 'webhook'] },
  // CRM / support / HR / accounting
  { e: 'HUBSPOT_PRIVATE_APP_TOKEN', g: (r) => `pat-${r.pick(['na1', 'eu1'])}-${uuid(r)}`, w: ['hubspot', 'token'] },
  { e: 'SALESFORCE_ACCESS_TOKEN', g: (r) => `00D${r.alnum(12)}!${r.str(ALNUM + '._', 96)}`, w: ['sf', 'access', 'token'] },
  { e: 'PIPEDRIVE_API_TOKEN', g: (r) => r.hex(40), w: ['pipedrive', 'api', 'token'] },
  { e: 'ZENDESK_API_TOKEN', g: (r) => r.alnum(40), w: ['zendesk', 'api', 'token'] },
  { e: 'FRESHDESK_API_KEY', g: (r) => r.alnum(20), w: ['freshdesk', 'api', 'key'] },
  { e: 'INTERCOM_ACCESS_TOKEN', g: (r) => Buffer.from(`tok:${uuid(r)}:1:0`).toString('base64').replace(/=+$/, '') + '=', w: ['intercom', 'token'] },
  { e: 'XERO_CLIENT_SECRET', g: (r) => r.str(ALNUM + '-_', 48), w: ['xero', 'client', 'secret'] },
  { e: 'QUICKBOOKS_CLIENT_SECRET', g: (r) => r.alnum(40), w: ['qbo', 'client', 'secret'] },
  { e: 'LEXWARE_API_KEY', g: (r) => r.str(ALNUM + '-_', 48), w: ['lexoffice', 'api', 'key'] },
  { e: 'PERSONIO_CLIENT_SECRET', g: (r) => `papi-${r.hex(48)}`, w: ['personio', 'client', 'secret'] },
  { e: 'BAMBOOHR_API_KEY', g: (r) => r.hex(40), w: ['bamboohr', 'api', 'key'] },
  // mail / messaging providers
  { e: 'SENDGRID_API_KEY', g: (r) => `SG.${r.str(ALNUM + '-_', 22)}.${r.str(ALNUM + '-_', 43)}`, w: ['sendgrid', 'api', 'key'] },
  { e: 'MAILGUN_API_KEY', g: (r) => r.chance(0.5) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`, w: ['mailgun', 'api', 'key'] },
  { e: 'MAILCHIMP_API_KEY', g: (r) => `${r.hex(32)}-us${r.int(1, 21)}`, w: ['mailchimp', 'api', 'key'] },
  { e: 'MAILJET_SECRET_KEY', g: (r) => r.hex(32), w: ['mj', 'apikey', 'private'] },
  { e: 'POSTMARK_SERVER_TOKEN', g: (r) => uuid(r), w: ['postmark', 'server', 'token'] },
  { e: 'BREVO_API_KEY', g: (r) => `xkeysib-${r.hex(64)}-${r.alnum(16)}`, w: ['brevo', 'api', 'key'] },
  { e: 'MANDRILL_API_KEY', g: (r) => `md-${r.str(ALNUM + '-_', 22)}`, w: ['mandrill', 'key'] },
  { e: 'RESEND_API_KEY', g: (r) => `re_${r.alnum(8)}_${r.alnum(24)}`, w: ['resend', 'api', 'key'] },
  { e: 'TWILIO_AUTH_TOKEN', g: (r) => r.hex(32), w: ['twilio', 'auth', 'token'] },
  { e: 'VONAGE_API_SECRET', g: (r) => r.alnum(16), w: ['vonage', 'api', 'secret'] },
  { e: 'FIREBASE_CLOUD_MESSAGING_KEY', g: (r) => `AAAA${r.alnum(7)}:APA91b${r.str(ALNUM + '-_', 134)}`, w: ['fcm', 'server', 'key'] },
  { e: 'LINE_CHANNEL_ACCESS_TOKEN', g: (r) => b64(r, 129), w: ['line', 'channel', 'token'] },
  { e: 'FACEBOOK_PAGE_ACCESS_TOKEN', g: (r) => `EAA${r.pick(['B', 'G', 'J'])}${r.alnum(r.int(150, 190))}`, w: ['fb', 'page', 'token'] },
  { e: 'TWITTER_BEARER_TOKEN', g: (r) => `AAAAAAAAAAAAAAAAAAAAA${r.alnum(20)}%3D${r.alnum(50)}`, w: ['x', 'bearer', 'token'] },
  // payments / commerce
  { e: 'STRIPE_SECRET_KEY', g: (r) => `sk_live_${r.pick([r.alnum(24), '51' + r.alnum(97)])}`, w: ['stripe', 'secret', 'key'] },
  { e: 'STRIPE_RESTRICTED_KEY', g: (r) => `rk_live_${r.pick([r.alnum(24), '51' + r.alnum(97)])}`, w: ['stripe', 'restricted', 'key'] },
  { e: 'STRIPE_WEBHOOK_SECRET', g: (r) => `whsec_${r.alnum(32)}`, w: ['stripe', 'webhook', 'secret'] },
  { e: 'PAYPAL_CLIENT_SECRET', g: (r) => `E${r.str(ALNUM + '-_', 79)}`, w: ['paypal', 'client', 'secret'] },
  { e: 'BRAINTREE_ACCESS_TOKEN', g: (r) => `access_token$production$${r.loweralnum(16)}$${r.hex(32)}`, w: ['braintree', 'token'] },
  { e: 'SQUARE_ACCESS_TOKEN', g: (r) => `EAAA${r.str(ALNUM + '-_', 60)}`, w: ['square', 'access', 'token'] },
  { e: 'ADYEN_API_KEY', g: (r) => `AQE${r.alnum(3)}mfx${r.str(ALNUM + '+/', 110)}=`, w: ['adyen', 'api', 'key'] },
  { e: 'MOLLIE_API_KEY', g: (r) => `live_${r.alnum(30)}`, w: ['mollie', 'api', 'key'] },
  { e: 'RAZORPAY_KEY_SECRET', g: (r) => r.alnum(24), w: ['razorpay', 'key', 'secret'] },
  { e: 'PAYSTACK_SECRET_KEY', g: (r) => `sk_live_${r.hex(40)}`, w: ['paystack', 'secret', 'key'] },
  { e: 'FLUTTERWAVE_SECRET_KEY', g: (r) => `FLWSECK-${r.hex(32)}-X`, w: ['flw', 'secret', 'key'] },
  { e: 'PLAID_SECRET', g: (r) => r.hex(30), w: ['plaid', 'secret'] },
  { e: 'WISE_API_TOKEN', g: (r) => uuid(r), w: ['wise', 'api', 'token'] },
  { e: 'GOCARDLESS_ACCESS_TOKEN', g: (r) => `live_${r.str(ALNUM + '-_', 40)}`, w: ['gocardless', 'access', 'token'] },
  { e: 'SHOPIFY_ACCESS_TOKEN', g: (r) => `shpat_${r.hex(32)}`, w: ['shopify', 'access', 'token'] },
  { e: 'SHOPIFY_SHARED_SECRET', g: (r) => `shpss_${r.hex(32)}`, w: ['shopify', 'shared', 'secret'] },
  { e: 'SHOPIFY_CUSTOM_APP_TOKEN', g: (r) => `shpca_${r.hex(32)}`, w: ['shopify', 'custom', 'app', 'token'] },
  { e: 'WOOCOMMERCE_CONSUMER_KEY', g: (r) => `ck_${r.hex(40)}`, w: ['wc', 'consumer', 'key'] },
  { e: 'WOOCOMMERCE_CONSUMER_SECRET', g: (r) => `cs_${r.hex(40)}`, w: ['wc', 'consumer', 'secret'] },
  { e: 'SHIPPO_API_TOKEN', g: (r) => `shippo_live_${r.hex(40)}`, w: ['shippo', 'token'] },
  { e: 'EASYPOST_API_KEY', g: (r) => `EZAK${r.alnum(54)}`, w: ['easypost', 'api', 'key'] },
  // AI
  { e: 'OPENAI_API_KEY', g: (r) => r.chance(0.75) ? `sk-proj-${r.str(ALNUM + '-_', 74)}T3BlbkFJ${r.str(ALNUM + '-_', 74)}` : `sk-${r.alnum(20)}T3BlbkFJ${r.alnum(20)}`, w: ['openai', 'api', 'key'] },
  { e: 'ANTHROPIC_API_KEY', g: (r) => `sk-ant-api03-${r.str(ALNUM + '-_', 93)}AA`, w: ['anthropic', 'api', 'key'] },
  { e: 'ANTHROPIC_ADMIN_KEY', g: (r) => `sk-ant-admin01-${r.str(ALNUM + '-_', 93)}AA`, w: ['anthropic', 'admin', 'key'] },
  { e: 'HUGGINGFACE_TOKEN', g: (r) => `hf_${r.str(UPPER + LOWER, 34)}`, w: ['hf', 'token'] },
  { e: 'COHERE_API_KEY', g: (r) => r.alnum(40), w: ['cohere', 'api', 'key'] },
  { e: 'MISTRAL_API_KEY', g: (r) => r.alnum(32), w: ['mistral', 'api', 'key'] },
  { e: 'GROQ_API_KEY', g: (r) => `gsk_${r.alnum(52)}`, w: ['groq', 'api', 'key'] },
  { e: 'PERPLEXITY_API_KEY', g: (r) => `pplx-${r.alnum(48)}`, w: ['pplx', 'api', 'key'] },
  { e: 'REPLICATE_API_TOKEN', g: (r) => `r8_${r.alnum(37)}`, w: ['replicate', 'api', 'token'] },
  // observability
  { e: 'DATADOG_API_KEY', g: (r) => r.hex(32), w: ['dd', 'api', 'key'] },
  { e: 'DATADOG_APP_KEY', g: (r) => r.hex(40), w: ['dd', 'app', 'key'] },
  { e: 'NEW_RELIC_USER_API_KEY', g: (r) => `NRAK-${r.upperalnum(27)}`, w: ['new', 'relic', 'api', 'key'] },
  { e: 'NEW_RELIC_LICENSE_KEY', g: (r) => `${r.hex(36)}NRAL`, w: ['new', 'relic', 'license', 'key'] },
  { e: 'SENTRY_AUTH_TOKEN', g: (r) => `sntryu_${r.hex(64)}`, w: ['sentry', 'auth', 'token'] },
  { e: 'SENTRY_DSN_KEY', g: (r) => r.hex(32), w: ['sentry', 'dsn'] },
  { e: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', g: (r) => `glsa_${r.alnum(32)}_${r.hex(8)}`, w: ['grafana', 'token'] },
  { e: 'PAGERDUTY_API_KEY', g: (r) => `u+${r.str(ALNUM + '_-', 18)}`, w: ['pagerduty', 'token'] },
  { e: 'ALGOLIA_ADMIN_API_KEY', g: (r) => r.hex(32), w: ['algolia', 'admin', 'key'] },
  { e: 'MAPBOX_SECRET_TOKEN', g: (r) => `sk.${b64u(JSON.stringify({ u: r.lower(8), a: 'cl' + r.loweralnum(23) })).replace(/=+$/, '')}.${r.str(ALNUM + '-_', 22)}`, w: ['mapbox', 'secret', 'token'] },
  // identity
  { e: 'OKTA_API_TOKEN', g: (r) => `00${r.str(ALNUM + '-_', 40)}`, w: ['okta', 'api', 'token'] },
  { e: 'AUTH0_CLIENT_SECRET', g: (r) => r.str(ALNUM + '-_', 64), w: ['auth0', 'client', 'secret'] },
  { e: 'KEYCLOAK_CLIENT_SECRET', g: (r) => r.alnum(32), w: ['keycloak', 'client', 'secret'] },
  { e: 'OAUTH_CLIENT_SECRET', g: (r) => r.str(ALNUM + '-_~.', r.int(32, 48)), w: ['client', 'secret'] },
  { e: 'OAUTH_ACCESS_TOKEN', g: (r) => r.str(ALNUM + '-_.', r.int(40, 80)), w: ['access', 'token'] },
  { e: 'OAUTH_REFRESH_TOKEN', g: (r) => r.str(ALNUM + '-_', r.int(48, 96)), w: ['refresh', 'token'] },
  { e: 'JSON_WEB_TOKEN', g: (r, c) => jwt(r, c), w: ['id', 'token'] },
  { e: 'SUPABASE_SERVICE_ROLE_KEY', g: (r) => jwt(r, { alg: 'HS256', payload: { iss: 'supabase', ref: r.lower(20), role: 'service_role', iat: 1700000000 + r.int(0, 4e7), exp: 2000000000 + r.int(0, 1e8) } }), w: ['supabase', 'service', 'role', 'key'] },
  { e: 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', g: (r) => `ops_${b64u(JSON.stringify({ signInAddress: 'team.vault.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.bytes(16).toString('base64url') }, email: `${r.lower(12)}@svc.vault.example`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.bytes(32).toString('base64url'), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.upperalnum(6)}-${r.upperalnum(6)}-${r.upperalnum(5)}-${r.upperalnum(5)}-${r.upperalnum(5)}-${r.upperalnum(5)}`, throttleSecret: { seed: r.hex(64), uuid: uuid(r) }, deviceUuid: r.loweralnum(26) })).replace(/=+$/, '')}`, w: ['op', 'service', 'account', 'token'] },
  { e: 'PASSWORD_MANAGER_SECRET_KEY', g: (r) => `A3-${r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6)}-${r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6)}-${r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5)}-${r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5)}-${r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5)}-${r.str('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 5)}`, w: ['secret', 'key'] },
  // app secrets
  { e: 'API_KEY', g: (r) => r.pick([r.alnum(32), r.hex(40), `${r.lower(3)}_${r.alnum(32)}`, r.str(ALNUM + '-_', 40)]), w: ['api', 'key'] },
  { e: 'WEBHOOK_SIGNING_SECRET', g: (r) => r.pick([r.hex(64), `whsec_${r.str(B64, 32)}`, r.alnum(40)]), w: ['webhook', 'secret'] },
  { e: 'ENCRYPTION_KEY', g: (r) => r.chance(0.6) ? b64(r, 32) : r.hex(64), w: ['encryption', 'key'] },
  { e: 'HMAC_SECRET', g: (r) => r.pick([r.hex(64), b64(r, 48)]), w: ['hmac', 'secret'] },
  { e: 'DJANGO_SECRET_KEY', g: (r) => `django-insecure-${r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50)}`.replace(/^django-insecure-/, r.chance(0.5) ? 'django-insecure-' : ''), w: ['secret', 'key'] },
  { e: 'RAILS_SECRET_KEY_BASE', g: (r) => r.hex(128), w: ['secret', 'key', 'base'] },
  { e: 'LARAVEL_APP_KEY', g: (r) => `base64:${b64(r, 32)}`, w: ['app', 'key'] },
  { e: 'NEXTAUTH_SECRET', g: (r) => b64(r, 32), w: ['nextauth', 'secret'] },
  { e: 'FLASK_SECRET_KEY', g: (r) => r.hex(48), w: ['flask', 'secret', 'key'] },
  { e: 'JWT_SIGNING_SECRET', g: (r) => r.pick([r.str(ALNUM + '!@#$%^&*', 48), r.hex(64)]), w: ['jwt', 'secret'] },
  { e: 'SESSION_COOKIE', g: (r) => r.pick([r.loweralnum(32), `s%3A${r.str(ALNUM + '-_', 32)}.${r.str(ALNUM + '%', 43)}`, r.hex(64)]), w: ['session', 'id'] },
  { e: 'CSRF_TOKEN', g: (r) => r.str(ALNUM, 64), w: ['csrf', 'token'] },
  // infrastructure passwords
  { e: 'DATABASE_PASSWORD', g: (r) => pwRandom(r, r.int(12, 24), '!#%*+-=?_~'), w: ['db', 'password'] },
  { e: 'POSTGRES_PASSWORD', g: (r) => pwRandom(r, r.int(12, 24), '!#%*-_~'), w: ['postgres', 'password'] },
  { e: 'MYSQL_PASSWORD', g: (r) => pwRandom(r, r.int(12, 24), '!#%*-_'), w: ['mysql', 'password'] },
  { e: 'MONGODB_PASSWORD', g: (r) => pwRandom(r, r.int(12, 24), '-_~'), w: ['mongo', 'password'] },
  { e: 'REDIS_PASSWORD', g: (r) => r.pick([r.alnum(32), r.hex(48)]), w: ['redis', 'password'] },
  { e: 'AMQP_PASSWORD', g: (r) => pwRandom(r, 18, '-_'), w: ['rabbitmq', 'password'] },
  { e: 'MSSQL_PASSWORD', g: (r) => pwRandom(r, 16, '!#%*'), w: ['sa', 'password'] },
  { e: 'LDAP_BIND_PASSWORD', g: (r) => pwRandom(r, 16), w: ['ldap', 'bind', 'password'] },
  { e: 'SMTP_PASSWORD', g: (r) => pwAny(r), w: ['smtp', 'password'] },
  { e: 'IMAP_PASSWORD', g: (r) => pwAny(r), w: ['imap', 'password'] },
  { e: 'FTP_PASSWORD', g: (r) => pwAny(r), w: ['ftp', 'password'] },
  { e: 'SFTP_PASSWORD', g: (r) => pwRandom(r, 16), w: ['sftp', 'password'] },
  { e: 'VPN_PASSWORD', g: (r) => pwAny(r), w: ['vpn', 'password'] },
  { e: 'VPN_PRESHARED_KEY', g: (r) => r.pick([r.alnum(24), b64(r, 32), pwRandom(r, 20)]), w: ['ipsec', 'psk'] },
  { e: 'WIREGUARD_PRIVATE_KEY', g: (r) => b64(r, 32), w: ['private', 'key'] },
  { e: 'ROUTER_ADMIN_PASSWORD', g: (r) => pwAny(r), w: ['router', 'admin', 'password'] },
  { e: 'BASIC_AUTH_CREDENTIALS', g: (r, c) => userPass(c?.user || r.lower(6), c?.pass || pwAny(r)), w: ['authorization'] },
  { e: 'DOCKER_REGISTRY_AUTH', g: (r, c) => userPass(c?.user || r.lower(7), c?.pass || pwRandom(r, 20)), w: ['auth'] },
  { e: 'KUBERNETES_SECRET_VALUE', g: (r) => Buffer.from(pwRandom(r, 20)).toString('base64'), w: ['password'] },
  // private keys
  { e: 'RSA_PRIVATE_KEY', g: (r) => K.pem('RSA PRIVATE KEY', K.rsaPkcs1Der(r, 2048)), w: ['private', 'key'], pem: true },
  { e: 'PKCS8_PRIVATE_KEY', g: (r) => K.pem('PRIVATE KEY', r.chance(0.5) ? K.pkcs8Ec(r) : K.pkcs8Rsa(r, 2048)), w: ['private', 'key'], pem: true },
  { e: 'EC_PRIVATE_KEY', g: (r) => K.pem('EC PRIVATE KEY', K.sec1Ec(r)), w: ['ec', 'key'], pem: true },
  { e: 'ED25519_PRIVATE_KEY', g: (r) => K.pem('PRIVATE KEY', K.pkcs8Ed25519(r)), w: ['signing', 'key'], pem: true },
  { e: 'OPENSSH_PRIVATE_KEY', g: (r, c) => K.opensshEd25519(r, c?.comment || `${r.lower(6)}@${r.pick(['laptop', 'nas', 'pi', 'office-pc'])}`), w: ['ssh', 'key'], pem: true },
  // personal / office secrets
  { e: 'PASSWORD', g: (r, c) => pwAny(r, c?.lang), w: ['password'] },
  { e: 'TEMPORARY_PASSWORD', g: (r) => r.pick([`${r.pick(['Welcome', 'Start', 'Willkommen', 'Bienvenue', 'Temp'])}${r.int(10, 99)}${r.pick(['!', '#', '?'])}${r.upper(2)}`, pwRandom(r, 12)]), w: ['initial', 'password'] },
  { e: 'WIFI_PASSWORD', g: (r, c) => r.pick([pwHuman(r, c?.lang), pwRandom(r, 16, '-_'), pwPassphrase(r, '-'), r.digits(8) + r.upper(2)]), w: ['wifi', 'password'] },
  { e: 'APP_PASSWORD', g: (r) => r.chance(0.6) ? `${r.lower(4)}-${r.lower(4)}-${r.lower(4)}-${r.lower(4)}` : r.str(LOWER + DIGITS, 16), w: ['app', 'password'] },
  { e: 'PASSWORD_MANAGER_MASTER_PASSWORD', g: (r) => pwPassphrase(r, r.pick(['-', ' ', '.'])), w: ['master', 'password'] },
  { e: 'ONLINE_BANKING_PASSWORD', g: (r, c) => pwAny(r, c?.lang), w: ['banking', 'password'] },
  { e: 'DEVICE_PASSCODE', g: (r) => pin(r, r.pick([4, 6, 6])), w: ['passcode'] },
  { e: 'BANK_CARD_PIN', g: (r) => pin(r, 4), w: ['pin'] },
  { e: 'SIM_PIN', g: (r) => pin(r, 4), w: ['sim', 'pin'] },
  { e: 'SIM_PUK', g: (r) => r.digits(8), w: ['puk'] },
  { e: 'VOICEMAIL_PIN', g: (r) => pin(r, r.pick([4, 6])), w: ['voicemail', 'pin'] },
  { e: 'TELEPHONE_BANKING_PIN', g: (r) => pin(r, r.pick([5, 6])), w: ['telephone', 'pin'] },
  { e: 'PRINTER_PIN', g: (r) => pin(r, r.pick([4, 5])), w: ['printer', 'pin'] },
  { e: 'DOOR_CODE', g: (r) => r.pick([pin(r, 4), pin(r, 5), pin(r, 4) + '#', '*' + pin(r, 4), `${r.upper(1)}${pin(r, 4)}`]), w: ['door', 'code'] },
  { e: 'ALARM_CODE', g: (r) => pin(r, r.pick([4, 4, 6])), w: ['alarm', 'code'] },
  { e: 'KEY_SAFE_CODE', g: (r) => r.pick([pin(r, 4), pin(r, 3), `${r.upper(1)}${r.digits(3)}`]), w: ['keysafe', 'code'] },
  { e: 'LOCKER_CODE', g: (r) => pin(r, r.pick([3, 4])), w: ['locker', 'code'] },
  { e: 'GATE_CODE', g: (r) => r.pick([pin(r, 4), pin(r, 4) + '#', '#' + pin(r, 5)]), w: ['gate', 'code'] },
  { e: 'GARAGE_CODE', g: (r) => pin(r, r.pick([4, 6])), w: ['garage', 'code'] },
  { e: 'SAFE_COMBINATION', g: (r) => r.pick([`${r.int(1, 99)}-${r.int(1, 99)}-${r.int(1, 99)}`, pin(r, 6)]), w: ['safe', 'combination'] },
  { e: 'BIKE_LOCK_CODE', g: (r) => pin(r, r.pick([4, 5])), w: ['bike', 'lock'] },
  { e: 'PARCEL_LOCKER_PIN', g: (r) => r.pick([pin(r, 6), pin(r, 8), r.upperalnum(6)]), w: ['pickup', 'code'] },
  { e: 'MEETING_PASSCODE', g: (r) => r.pick([pin(r, 6), r.alnum(6), r.str(ALNUM + '*@#.', 8), pin(r, 8)]), w: ['passcode'] },
  { e: 'MEETING_HOST_KEY', g: (r) => pin(r, 6), w: ['host', 'key'] },
  { e: 'ONE_TIME_CODE', g: (r) => r.pick([pin(r, 6), `${r.digits(3)} ${r.digits(3)}`, r.upper(3) + '-' + r.digits(3)]), w: ['otp'] },
  { e: 'RECOVERY_CODE', g: (r) => r.pick([`${r.loweralnum(4)}-${r.loweralnum(4)}`, `${r.digits(4)} ${r.digits(4)}`, `${r.loweralnum(5)}-${r.loweralnum(5)}`, r.hex(10), `${r.upperalnum(4)}-${r.upperalnum(4)}-${r.upperalnum(4)}`]), w: ['recovery', 'code'] },
  { e: 'TOTP_SEED', g: (r) => r.b32(r.pick([16, 32])), w: ['totp', 'secret'] },
  { e: 'BITLOCKER_RECOVERY_KEY', g: (r) => Array.from({ length: 8 }, () => bitlockerGroup(r)).join('-'), w: ['recovery', 'key'] },
  { e: 'FILEVAULT_RECOVERY_KEY', g: (r) => Array.from({ length: 6 }, () => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)).join('-'), w: ['recovery', 'key'] },
  { e: 'WINDOWS_PRODUCT_KEY', g: (r) => Array.from({ length: 5 }, () => r.str(WINKEY, 5)).join('-'), w: ['product', 'key'] },
  { e: 'SOFTWARE_LICENSE_KEY', g: (r) => r.pick([Array.from({ length: 4 }, () => r.upperalnum(4)).join('-'), `${r.upper(3)}-${r.upperalnum(6)}-${r.upperalnum(6)}-${r.upperalnum(6)}`, r.upperalnum(25).replace(/(.{5})(?=.)/g, '$1-')]), w: ['license', 'key'] },
  { e: 'GIFT_CARD_CODE', g: (r) => r.pick([`${r.upperalnum(4)}-${r.upperalnum(6)}-${r.upperalnum(4)}`, r.digits(16).replace(/(.{4})(?=.)/g, '$1 '), r.upperalnum(16).replace(/(.{4})(?=.)/g, '$1-'), `X${r.upperalnum(15)}`]), w: ['gift', 'card'] },
  { e: 'GIFT_CARD_PIN', g: (r) => pin(r, r.pick([4, 6, 8])), w: ['gift', 'card', 'pin'] },
  { e: 'VOUCHER_CODE', g: (r) => r.pick([`${r.upper(r.int(3, 6))}-${r.upperalnum(4)}-${r.upperalnum(4)}`, r.upperalnum(10), `${r.upperalnum(5)}${r.digits(5)}`]), w: ['voucher', 'code'] },
  { e: 'SEED_PHRASE', g: (r) => seedPhrase(r), w: ['mnemonic'] },
  { e: 'CRYPTO_WALLET_PRIVATE_KEY', g: (r) => wif(r), w: ['wif'] },
  { e: 'ETHEREUM_PRIVATE_KEY', g: (r) => `0x${r.hex(64)}`, w: ['eth', 'private', 'key'] },
  { e: 'SHARE_LINK_TOKEN', g: (r) => r.pick([r.str(ALNUM + '-_', r.int(22, 44)), r.alnum(15), r.hex(32)]), w: ['share', 'token'] },
  { e: 'PRIVATE_CALENDAR_TOKEN', g: (r) => r.pick([r.hex(32), r.str(ALNUM + '-_', 40)]), w: ['ical', 'token'] },
  { e: 'PASSWORD_RESET_TOKEN', g: (r) => r.str(ALNUM + '-_', r.int(32, 64)), w: ['reset', 'token'] },
  { e: 'LOGIN_LINK_TOKEN', g: (r) => r.str(ALNUM + '-_', r.int(40, 64)), w: ['magic', 'token'] },
  { e: 'SECURITY_QUESTION_ANSWER', g: (r) => r.pick(['Kowalski', 'Rex', 'Bergmann', 'Fluffy', 'Oakwood Elementary', 'Lisboa', 'Pfefferminz', 'Toyota Corolla', 'Mrs. Abernathy', 'Hakuna', 'Bello', 'Sternschnuppe']), w: ['security', 'answer'] },
  { e: 'CARD_SECURITY_CODE', g: (r) => r.digits(r.pick([3, 3, 4])), w: ['cvc'] },
];
export const BY_ENTITY = Object.fromEntries(SECRET_KINDS.map((k) => [k.e, k]));
export const PEM_ENTITIES = new Set(SECRET_KINDS.filter((k) => k.pem).map((k) => k.e));
export const JWT_ENTITIES = new Set(['JSON_WEB_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY']);
export function gen(r, e, ctx) {
  const k = BY_ENTITY[e];
  if (!k) throw new Error('unknown secret kind ' + e);
  for (let i = 0; i < 50; i++) {
    const v = k.g(r, ctx);
    if (!/example/i.test(v) && v.trim() === v) return v;
  }
  throw new Error('could not generate ' + e);
}

// key naming in several conventions
export function keyName(r, words, style) {
  style = style || r.pick(['UPPER', 'UPPER', 'snake', 'camel', 'kebab', 'dot', 'Pascal']);
  const w = words.map((x) => x.toLowerCase());
  switch (style) {
    case 'UPPER': return w.join('_').toUpperCase();
    case 'snake': return w.join('_');
    case 'camel': return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'Pascal': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'kebab': return w.join('-');
    case 'dot': return w.join('.');
    default: return w.join('_');
  }
}
export const ENTITIES_FOR_CONFIG = SECRET_KINDS.filter((k) => !['PASSWORD', 'DOOR_CODE', 'ALARM_CODE', 'KEY_SAFE_CODE', 'LOCKER_CODE', 'GATE_CODE', 'GARAGE_CODE', 'SAFE_COMBINATION', 'BIKE_LOCK_CODE', 'BANK_CARD_PIN', 'SIM_PIN', 'SIM_PUK', 'VOICEMAIL_PIN', 'TELEPHONE_BANKING_PIN', 'DEVICE_PASSCODE', 'SECURITY_QUESTION_ANSWER', 'CARD_SECURITY_CODE', 'SEED_PHRASE', 'GIFT_CARD_CODE', 'GIFT_CARD_PIN', 'VOUCHER_CODE', 'PARCEL_LOCKER_PIN', 'MEETING_HOST_KEY', 'MEETING_PASSCODE', 'ONE_TIME_CODE', 'RECOVERY_CODE', 'BITLOCKER_RECOVERY_KEY', 'FILEVAULT_RECOVERY_KEY', 'PASSWORD_MANAGER_MASTER_PASSWORD', 'ONLINE_BANKING_PASSWORD', 'PRINTER_PIN', 'PASSWORD_RESET_TOKEN', 'LOGIN_LINK_TOKEN', 'PRIVATE_CALENDAR_TOKEN', 'SHARE_LINK_TOKEN', 'WINDOWS_PRODUCT_KEY', 'BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'KUBERNETES_SECRET_VALUE', 'TEMPORARY_PASSWORD'].includes(k.e) && !k.pem).map((k) => k.e);
