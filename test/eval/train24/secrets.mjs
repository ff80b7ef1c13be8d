// Secret kinds: this set's own entity names, each with a generator of format-valid raw values,
// ordinary key-name word lists, and (for the validator) a format regex or checksum check.
import { sec } from './builder.mjs';
import { B32, B64, B64URL, ALNUM, HEX } from './prng.mjs';
import { ghChecksum, crc32, base62, mod97, b58encode } from './checksums.mjs';
import * as D from './der.mjs';

const AN_ = ALNUM + '_-';
const b64bytes = (r, n) => r.bytes(n).toString('base64');
const b64u = (r, n) => r.bytes(n).toString('base64url');
const uuid4 = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export { uuid4 };

// ---------- human and machine passwords ----------
const PW_WORDS = ['Sommer', 'Winter', 'Sonnenschein', 'Tiger', 'Falcon', 'Marzipan', 'Kolibri', 'Papillon', 'Mariposa', 'Girasol', 'Pomodoro', 'Gelato', 'Vlinder', 'Zonnebloem',
  'Motyl', 'Kanelbulle', 'Sisu', 'Lumi', 'Deniz', 'Simit', 'Kedi', 'Tsubasa', 'Sakura', 'Hanabi', 'Mango', 'Orchid', 'Rainbow', 'Thunder', 'Harbor', 'Maple', 'Bluebird',
  'Copper', 'Nebula', 'Pixel', 'Quokka', 'Falafel', 'Baobab', 'Jollof', 'Simba', 'Chai', 'Masala', 'Monsoon', 'Tango', 'Mojito', 'Lagoon', 'Cactus', 'Zebra', 'Panda',
  'Bacalhau', 'Pierogi', 'Borscht', 'Matryoshka', 'Fjord', 'Aurora', 'Sauna', 'Kaffee', 'Brezel', 'Croissant', 'Paella', 'Churro', 'Tortuga', 'Hygge', 'Lagom', 'Kimchi', 'Ramen', 'Durian'];
const SYM_SAFE = '!%*+-_.~^', SYM_ALL = '!#$%&*+-_.~^?=,;:()[]{}';
export function humanPassword(r, { safe = true } = {}) {
  const w = r.pick(PW_WORDS), sym = safe ? SYM_SAFE : SYM_ALL;
  const y = String(r.pick([r.int(1970, 2026), r.int(1, 99), r.int(100, 9999)]));
  switch (r.int(0, 7)) {
    case 0: return w + y + r.pick(sym);
    case 1: return r.pick(sym) + w.toLowerCase() + y;
    case 2: return w.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1') + r.pick(sym) + r.digits(2);
    case 3: return w + r.pick(sym) + r.pick(PW_WORDS) + r.digits(r.int(1, 3));
    case 4: return w.toUpperCase().slice(0, 4) + r.pick(sym) + w.toLowerCase().slice(0, 3) + y;
    case 5: return 'Qwertz' + r.pick(sym) + r.digits(4);
    case 6: return r.pick(PW_WORDS).toLowerCase() + r.pick(sym) + r.pick(PW_WORDS) + r.pick(sym) + r.digits(2);
    default: return w + r.pick(['#', '$', '&']).replace(/./, (c) => (safe ? '_' : c)) + y + r.pick(sym);
  }
}
export function machinePassword(r, len = 0, { safe = true } = {}) {
  len = len || r.int(14, 32);
  const sym = safe ? SYM_SAFE : SYM_ALL;
  let s = '';
  for (let i = 0; i < len; i++) s += r.chance(0.12) ? r.pick(sym) : r.alnum(1);
  if (!/\d/.test(s)) s = s.slice(0, -1) + r.digits(1);
  return s;
}
const DICE = ['amber', 'bridge', 'candle', 'dolphin', 'ember', 'fossil', 'gravel', 'harvest', 'igloo', 'jasmine', 'kettle', 'lantern', 'meadow', 'nectar', 'orbit', 'pebble',
  'quartz', 'ribbon', 'saddle', 'thistle', 'umbra', 'velvet', 'walnut', 'yonder', 'zephyr', 'anchor', 'biscuit', 'cobalt', 'drizzle', 'fable', 'gondola', 'hazel', 'ivory',
  'juniper', 'kayak', 'lilac', 'marble', 'nutmeg', 'oyster', 'pepper', 'raven', 'sable', 'tundra', 'violet', 'willow', 'yarrow', 'tulip', 'crane'];
export function passphrase(r) {
  const n = r.int(3, 5), ws = []; for (let i = 0; i < n; i++) ws.push(r.pick(DICE));
  const sep = r.pick(['-', ' ', '.', '_', '']);
  let s = sep === '' ? ws.map((w) => w[0].toUpperCase() + w.slice(1)).join('') : ws.join(sep);
  if (r.chance(0.5)) s += (sep || '') + r.digits(r.int(1, 3));
  return s;
}
export const anyPassword = (r, opts) => (r.chance(0.45) ? humanPassword(r, opts) : r.chance(0.8) ? machinePassword(r, 0, opts) : passphrase(r));

// ---------- JWTs ----------
export function jwt(r, kind = 'generic') {
  const alg = kind === 'k8s' ? 'RS256' : r.pick(['HS256', 'RS256', 'ES256', 'HS512', 'EdDSA', 'RS512']);
  const header = { alg, typ: 'JWT' }; if (alg !== 'HS256' && r.chance(0.7)) header.kid = r.alnum(r.int(8, 20));
  const iat = r.int(1.69e9, 1.76e9);
  let payload;
  if (kind === 'k8s') {
    const ns = r.pick(['default', 'payments', 'ci', 'monitoring', 'kube-system']);
    payload = { aud: ['https://kubernetes.default.svc.cluster.local'], exp: iat + 31536000, iat, iss: 'https://kubernetes.default.svc.cluster.local',
      'kubernetes.io': { namespace: ns, serviceaccount: { name: r.pick(['builder', 'deployer', 'argocd-server', 'default']), uid: uuid4(r) } }, sub: `system:serviceaccount:${ns}:deployer` };
  } else if (kind === 'supabase') {
    payload = { iss: 'supabase', ref: r.lower(20), role: 'service_role', iat, exp: iat + 315360000 };
  } else {
    payload = { sub: r.chance(0.5) ? uuid4(r) : String(r.int(1000, 999999)), iat, exp: iat + r.pick([900, 3600, 86400, 2592000]) };
    if (r.chance(0.6)) payload.iss = r.pick(['https://auth.corp.example/', 'https://id.shop.test', 'login-svc', 'https://sso.fabrikam.example/realms/main']);
    if (r.chance(0.5)) payload.scope = r.pick(['read write', 'admin', 'openid profile email', 'api:full']);
    if (r.chance(0.4)) payload.role = r.pick(['admin', 'service', 'user', 'ops']);
    if (r.chance(0.3)) payload.jti = r.alnum(16);
  }
  const sig = alg.startsWith('HS') ? (alg === 'HS512' ? 64 : 32) : alg.startsWith('RS') ? 256 : 64;
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(header)}.${enc(payload)}.${b64u(r, sig)}`;
}

// ---------- PEM / key material ----------
const keyDate = (r) => `${r.int(2019, 2025)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
export const PEM_GEN = {
  RSA_PRIVATE_KEY: (r) => D.pem('RSA PRIVATE KEY', D.rsaPkcs1Der(r, r.pick([2048, 2048, 3072, 4096])).der),
  PKCS8_PRIVATE_KEY: (r) => D.pem('PRIVATE KEY', D.pkcs8RsaDer(r, r.pick([2048, 3072]))),
  EC_PRIVATE_KEY: (r) => D.pem('EC PRIVATE KEY', D.ecSec1Der(r, r.pick(['p256', 'p256', 'p384']))),
  ED25519_PRIVATE_KEY: (r) => D.pem('PRIVATE KEY', r.chance(0.5) ? D.pkcs8Ed25519Der(r) : D.pkcs8EcDer(r, 'p256')),
  ENCRYPTED_PRIVATE_KEY: (r) => D.pem('ENCRYPTED PRIVATE KEY', D.encryptedPkcs8Der(r, 2048)),
  OPENSSH_PRIVATE_KEY: (r) => D.opensshPrivate(r, r.chance(0.7) ? 'ed25519' : 'rsa', r.pick(['deploy@build-07', 'ci-bot', `backup-${keyDate(r)}`, 'root@bastion', ''])),
  PGP_PRIVATE_KEY: (r) => D.pgpPrivate(r, r.pick(['Release Signing <release@corp.example>', 'backup-encrypt (offsite) <ops@fabrikam.test>', 'apt repo key <repo@pkgs.corp.example>']), r.int(1.5e9, 1.75e9)),
  PUTTY_PRIVATE_KEY: (r) => D.puttyPpk(r, `ed25519-key-${keyDate(r)}`),
  GCP_SERVICE_ACCOUNT_PRIVATE_KEY: (r) => D.pem('PRIVATE KEY', D.pkcs8RsaDer(r, 2048)),
};
export const PEM_ENTITIES = new Set(Object.keys(PEM_GEN));

// ---------- in-house token formats (prefix + random body, some with checksums) ----------
const crock = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function mod36Check(s) { const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'; let t = 0; for (const ch of s.replace(/-/g, '')) t = (t * 36 + A.indexOf(ch)) % 37; return A[(37 - t) % 36]; }
function crc16(s) { let c = 0xffff; for (const b of Buffer.from(s)) { c ^= b << 8; for (let i = 0; i < 8; i++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff; } return c; }
export const INHOUSE = {
  HALDOR_SERVICE_TOKEN: { gen: (r) => { const b = r.alnum(32); return 'hdr_svc_' + b + base62(crc32(b), 6); }, ck: (s) => { const m = /^hdr_svc_([A-Za-z0-9]{32})([A-Za-z0-9]{6})$/.exec(s); return !!m && base62(crc32(m[1]), 6) === m[2]; } },
  KESTREL_API_KEY: { gen: (r) => `kst-${r.hex(8)}.${b64u(r, 30)}`, re: /^kst-[0-9a-f]{8}\.[A-Za-z0-9_-]{40}$/ },
  ORBIT_DEPLOY_KEY: { gen: (r) => 'ORB1_' + r.str(B32, 40), re: /^ORB1_[A-Z2-7]{40}$/ },
  MERIDIAN_PAT: { gen: (r) => { const b = r.alnum(36); return 'mpat_' + b + crc32(b).toString(16).padStart(8, '0'); }, ck: (s) => { const m = /^mpat_([A-Za-z0-9]{36})([0-9a-f]{8})$/.exec(s); return !!m && crc32(m[1]).toString(16).padStart(8, '0') === m[2]; } },
  QUILL_SESSION_KEY: { gen: (r) => `qs.${r.str(crock, 26)}.${b64u(r, 32)}`, re: /^qs\.[0-9A-HJKMNP-TV-Z]{26}\.[A-Za-z0-9_-]{43}$/ },
  TANGO_BILLING_KEY: { gen: (r) => { const b = r.alnum(24); return `tb_live_${b}_${String(98 - mod97(b.toUpperCase() + '00')).padStart(2, '0')}`; }, ck: (s) => { const m = /^tb_live_([A-Za-z0-9]{24})_(\d\d)$/.exec(s); return !!m && mod97(m[1].toUpperCase() + m[2]) === 1; } },
  VOLTA_INGEST_KEY: { gen: (r) => 'vik_' + r.hex(48), re: /^vik_[0-9a-f]{48}$/ },
  LYNX_ROBOT_TOKEN: { gen: (r) => `lynx-rbt-${r.str('abcdefghijkmnpqrstuvwxyz23456789', 8)}-${r.str('abcdefghijkmnpqrstuvwxyz23456789', 8)}-${r.str('abcdefghijkmnpqrstuvwxyz23456789', 8)}-${r.str('abcdefghijkmnpqrstuvwxyz23456789', 8)}`, re: /^lynx-rbt-([a-z2-9]{8}-){3}[a-z2-9]{8}$/ },
  PAX_ADMIN_TOKEN: { gen: (r) => { const g = [0, 1, 2, 3, 4].map(() => r.str('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)).join('-'); return `PAX-${g}-${mod36Check(g)}`; }, ck: (s) => { const m = /^PAX-((?:[0-9A-Z]{5}-){4}[0-9A-Z]{5})-([0-9A-Z])$/.exec(s); return !!m && mod36Check(m[1]) === m[2]; } },
  CIRRUS_AGENT_SECRET: { gen: (r) => 'cas1:' + b64bytes(r, 30), re: /^cas1:[A-Za-z0-9+/]{40}$/ },
  NIMBUS_PAT: { gen: (r) => 'nmb_pat_' + r.alnum(40), re: /^nmb_pat_[A-Za-z0-9]{40}$/ },
  ZEPHYR_SIGNING_KEY: { gen: (r) => 'zsk_' + r.hex(64), re: /^zsk_[0-9a-f]{64}$/ },
  GRANITE_M2M_TOKEN: { gen: (r) => 'gm2m.' + b64u(r, 48), re: /^gm2m\.[A-Za-z0-9_-]{64}$/ },
  OSPREY_ACCESS_TOKEN: { gen: (r) => { const b = r.alnum(30); return 'osp_' + b + ghChecksum(b); }, ck: (s) => { const m = /^osp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(s); return !!m && ghChecksum(m[1]) === m[2]; } },
  HELIX_TENANT_KEY: { gen: (r) => `hx_tk_${r.pick(['live', 'prod'])}_${r.alnum(32)}`, re: /^hx_tk_(live|prod)_[A-Za-z0-9]{32}$/ },
  FJORD_API_SECRET: { gen: (r) => 'fjs-' + b58encode(r.bytes(32)), re: /^fjs-[1-9A-HJ-NP-Za-km-z]{40,46}$/ },
  MOSAIC_WEBHOOK_KEY: { gen: (r) => 'mwk_' + r.hex(40), re: /^mwk_[0-9a-f]{40}$/ },
  ATLAS_INTERNAL_KEY: { gen: (r) => `AIK${r.digits(2)}${r.str(B32, 30)}`, re: /^AIK\d\d[A-Z2-7]{30}$/ },
  RIVET_CI_TOKEN: { gen: (r) => { const b = r.alnum(28); return `rvt_ci_${b}_${crc32(b).toString(16).padStart(8, '0')}`; }, ck: (s) => { const m = /^rvt_ci_([A-Za-z0-9]{28})_([0-9a-f]{8})$/.exec(s); return !!m && crc32(m[1]).toString(16).padStart(8, '0') === m[2]; } },
  BEACON_DEVICE_KEY: { gen: (r) => 'bdk1' + r.alnum(44), re: /^bdk1[A-Za-z0-9]{44}$/ },
  PELICAN_REFRESH_TOKEN: { gen: (r) => 'plr_' + b64u(r, 48), re: /^plr_[A-Za-z0-9_-]{64}$/ },
  TUNDRA_PAT: { gen: (r) => { const h = r.hex(32); return `tpat-${h}-${crc16(h).toString(16).padStart(4, '0')}`; }, ck: (s) => { const m = /^tpat-([0-9a-f]{32})-([0-9a-f]{4})$/.exec(s); return !!m && crc16(m[1]).toString(16).padStart(4, '0') === m[2]; } },
  CORVID_API_KEY: { gen: (r) => `cvd_${r.pick(['prd', 'stg'])}_${r.alnum(32)}`, re: /^cvd_(prd|stg)_[A-Za-z0-9]{32}$/ },
  SABLE_PROXY_TOKEN: { gen: (r) => `sbl.${r.alnum(12)}.${r.alnum(32)}`, re: /^sbl\.[A-Za-z0-9]{12}\.[A-Za-z0-9]{32}$/ },
  WREN_AGENT_KEY: { gen: (r) => `wren:${r.lower(4)}:${b64u(r, 24)}`, re: /^wren:[a-z]{4}:[A-Za-z0-9_-]{32}$/ },
};

// ---------- the table ----------
// [entity, generator, key words ("a b|c d" = two alternatives), format regex or check]
const gh = (p) => (r) => { const b = r.alnum(30); return `gh${p}_${b}${ghChecksum(b)}`; };
const T = [
  ['GITHUB_PERSONAL_ACCESS_TOKEN', gh('p'), 'github token|gh pat|git hub personal token|gh token', 'gh'],
  ['GITHUB_OAUTH_TOKEN', gh('o'), 'github oauth token|gh oauth', 'gh'],
  ['GITHUB_APP_USER_TOKEN', gh('u'), 'github app user token|gh user to server', 'gh'],
  ['GITHUB_APP_INSTALLATION_TOKEN', gh('s'), 'github installation token|gh app token', 'gh'],
  ['GITHUB_REFRESH_TOKEN', gh('r'), 'github refresh token', 'gh'],
  ['GITHUB_FINE_GRAINED_TOKEN', (r) => `github_pat_11${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}_${r.alnum(59)}`, 'github fine grained pat|gh pat', /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/],
  ['GITLAB_PERSONAL_ACCESS_TOKEN', (r) => 'glpat-' + r.str(AN_, 20), 'gitlab token|gl pat|gitlab private token', /^glpat-[A-Za-z0-9_-]{20}$/],
  ['GITLAB_RUNNER_TOKEN', (r) => 'glrt-' + r.str(AN_, 20), 'runner token|gitlab runner auth token', /^glrt-[A-Za-z0-9_-]{20}$/],
  ['GITLAB_PIPELINE_TRIGGER_TOKEN', (r) => 'glptt-' + r.hex(40), 'trigger token|gitlab trigger', /^glptt-[0-9a-f]{40}$/],
  ['AWS_ACCESS_KEY', (r) => 'AKIA' + r.str(B32, 16), 'aws access key id|access key|aws key id', /^AKIA[A-Z2-7]{16}$/],
  ['AWS_TEMPORARY_ACCESS_KEY', (r) => 'ASIA' + r.str(B32, 16), 'aws access key id|sts access key', /^ASIA[A-Z2-7]{16}$/],
  ['AWS_SECRET_KEY', (r) => r.str(ALNUM + '+/', 40), 'aws secret access key|secret key|aws secret', /^[A-Za-z0-9+/]{40}$/],
  ['AWS_SESSION_TOKEN', (r) => r.pick(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE']) + r.str(B64, r.int(280, 360)) + r.pick(['', '=', '==']).slice(0, 0), 'aws session token|security token', /^(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{280,360}$/],
  ['SLACK_BOT_TOKEN', (r) => `xoxb-${r.digits(r.int(10, 13))}-${r.digits(r.int(10, 13))}-${r.alnum(24)}`, 'slack bot token|slack token', /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/],
  ['SLACK_USER_TOKEN', (r) => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.hex(32)}`, 'slack user token', /^xoxp-\d{11}-\d{11}-\d{13}-[0-9a-f]{32}$/],
  ['SLACK_APP_LEVEL_TOKEN', (r) => `xapp-1-A${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}-${r.digits(13)}-${r.hex(64)}`, 'slack app token|socket mode token', /^xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}$/],
  ['SLACK_WEBHOOK_SECRET', (r) => `T${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}/B${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${r.alnum(24)}`, 'slack webhook', /^T[A-Z0-9]{9}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/],
  ['STRIPE_SECRET_KEY', (r) => 'sk_live_51' + r.alnum(r.pick([96, 97, 22])), 'stripe secret key|stripe api key|stripe sk', /^sk_live_51[A-Za-z0-9]{22,97}$/],
  ['STRIPE_RESTRICTED_KEY', (r) => 'rk_live_51' + r.alnum(97), 'stripe restricted key|stripe rk', /^rk_live_51[A-Za-z0-9]{97}$/],
  ['STRIPE_WEBHOOK_SECRET', (r) => 'whsec_' + r.alnum(32), 'stripe webhook secret|stripe signing secret|endpoint secret', /^whsec_[A-Za-z0-9]{32}$/],
  ['OPENAI_API_KEY', (r) => `sk-proj-${r.str(AN_, 74)}T3BlbkFJ${r.str(AN_, 74)}`, 'openai api key|openai key|llm key', /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/],
  ['OPENAI_LEGACY_KEY', (r) => `sk-${r.alnum(20)}T3BlbkFJ${r.alnum(20)}`, 'openai api key|gpt key', /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/],
  ['ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${r.str(AN_, 93)}AA`, 'anthropic api key|claude key', /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/],
  ['ANTHROPIC_ADMIN_KEY', (r) => `sk-ant-admin01-${r.str(AN_, 93)}AA`, 'anthropic admin key', /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/],
  ['GOOGLE_API_KEY', (r) => 'AIza' + r.str(AN_, 35), 'google api key|maps key|gcp api key', /^AIza[A-Za-z0-9_-]{35}$/],
  ['GOOGLE_OAUTH_CLIENT_SECRET', (r) => 'GOCSPX-' + r.str(AN_, 28), 'google client secret|oauth client secret', /^GOCSPX-[A-Za-z0-9_-]{28}$/],
  ['GOOGLE_OAUTH_ACCESS_TOKEN', (r) => 'ya29.' + r.str(AN_, r.int(150, 200)), 'google access token|gcloud token', /^ya29\.[A-Za-z0-9_-]{150,200}$/],
  ['GOOGLE_OAUTH_REFRESH_TOKEN', (r) => '1//0' + r.str(AN_, r.int(90, 100)), 'google refresh token', /^1\/\/0[A-Za-z0-9_-]{90,100}$/],
  ['AZURE_STORAGE_ACCOUNT_KEY', (r) => b64bytes(r, 64), 'storage account key|azure storage key|account key', /^[A-Za-z0-9+/]{86}==$/],
  ['AZURE_COSMOSDB_KEY', (r) => b64bytes(r, 64), 'cosmos key|cosmosdb primary key', /^[A-Za-z0-9+/]{86}==$/],
  ['AZURE_SERVICE_BUS_KEY', (r) => b64bytes(r, 32), 'shared access key|service bus key', /^[A-Za-z0-9+/]{43}=$/],
  ['AZURE_SAS_SIGNATURE', (r) => b64bytes(r, 32), 'sas signature', /^[A-Za-z0-9+/]{43}=$/],
  ['AZURE_AD_CLIENT_SECRET', (r) => `${r.alnum(3)}8Q~${r.str(ALNUM + '_~.-', 34)}`, 'azure client secret|aad client secret|entra secret', /^[A-Za-z0-9]{3}8Q~[A-Za-z0-9_~.-]{34}$/],
  ['AZURE_DEVOPS_PAT', (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), 'azure devops pat|ado token', /^[a-z2-7]{52}$/],
  ['TWILIO_AUTH_TOKEN', (r) => r.hex(32), 'twilio auth token', /^[0-9a-f]{32}$/],
  ['TWILIO_API_SECRET', (r) => r.alnum(32), 'twilio api secret', /^[A-Za-z0-9]{32}$/],
  ['SENDGRID_API_KEY', (r) => `SG.${r.str(AN_, 22)}.${r.str(AN_, 43)}`, 'sendgrid api key|sendgrid key|mail api key', /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/],
  ['MAILGUN_API_KEY', (r) => 'key-' + r.hex(32), 'mailgun api key|mailgun key', /^key-[0-9a-f]{32}$/],
  ['MAILCHIMP_API_KEY', (r) => `${r.hex(32)}-us${r.int(1, 21)}`, 'mailchimp api key|mc key', /^[0-9a-f]{32}-us\d{1,2}$/],
  ['POSTMARK_SERVER_TOKEN', (r) => uuid4(r), 'postmark server token|postmark token', /^[0-9a-f-]{36}$/],
  ['NPM_ACCESS_TOKEN', (r) => 'npm_' + r.alnum(36), 'npm token|npm auth token|node auth token', /^npm_[A-Za-z0-9]{36}$/],
  ['RUBYGEMS_API_KEY', (r) => 'rubygems_' + r.hex(48), 'gem host api key|rubygems api key', /^rubygems_[0-9a-f]{48}$/],
  ['NUGET_API_KEY', (r) => 'oy2' + r.str('abcdefghijklmnopqrstuvwxyz0123456789', 43), 'nuget api key|nuget key', /^oy2[a-z0-9]{43}$/],
  ['CARGO_REGISTRY_TOKEN', (r) => 'cio' + r.alnum(32), 'cargo registry token', /^cio[A-Za-z0-9]{32}$/],
  ['DOCKER_HUB_PAT', (r) => 'dckr_pat_' + r.str(AN_, 27), 'docker hub token|docker pat|registry token', /^dckr_pat_[A-Za-z0-9_-]{27}$/],
  ['HEROKU_API_KEY', (r) => 'HRKU-AA' + r.str(AN_, 58), 'heroku api key', /^HRKU-AA[A-Za-z0-9_-]{58}$/],
  ['DIGITALOCEAN_PAT', (r) => 'dop_v1_' + r.hex(64), 'digitalocean token|do token', /^dop_v1_[0-9a-f]{64}$/],
  ['DIGITALOCEAN_OAUTH_TOKEN', (r) => 'doo_v1_' + r.hex(64), 'digitalocean oauth token', /^doo_v1_[0-9a-f]{64}$/],
  ['SHOPIFY_ACCESS_TOKEN', (r) => 'shpat_' + r.hex(32), 'shopify access token|shopify admin token', /^shpat_[0-9a-f]{32}$/],
  ['SHOPIFY_SHARED_SECRET', (r) => 'shpss_' + r.hex(32), 'shopify shared secret|shopify app secret', /^shpss_[0-9a-f]{32}$/],
  ['DATADOG_API_KEY', (r) => r.hex(32), 'datadog api key|dd api key', /^[0-9a-f]{32}$/],
  ['DATADOG_APP_KEY', (r) => r.hex(40), 'datadog app key|dd application key', /^[0-9a-f]{40}$/],
  ['NEW_RELIC_LICENSE_KEY', (r) => r.hex(36) + 'NRAL', 'new relic license key|nr license', /^[0-9a-f]{36}NRAL$/],
  ['NEW_RELIC_USER_API_KEY', (r) => 'NRAK-' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27), 'new relic api key|nr user key', /^NRAK-[A-Z0-9]{27}$/],
  ['SENTRY_USER_TOKEN', (r) => 'sntryu_' + r.hex(64), 'sentry auth token|sentry token', /^sntryu_[0-9a-f]{64}$/],
  ['SENTRY_ORG_TOKEN', (r) => `sntrys_${Buffer.from(JSON.stringify({ iat: r.int(1.7e9, 1.76e9), url: 'https://sentry.corp.example', region_url: 'https://sentry.corp.example', org: r.pick(['acme', 'fabrikam', 'northwind']) })).toString('base64').replace(/=+$/, '')}_${r.str(B64, 43)}`, 'sentry auth token|sentry org token', /^sntrys_eyJ[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}$/],
  ['VAULT_SERVICE_TOKEN', (r) => 'hvs.' + (r.chance(0.5) ? r.alnum(24) : 'CAESI' + r.str(AN_, 86)), 'vault token|vault addr token', /^hvs\.([A-Za-z0-9]{24}|CAESI[A-Za-z0-9_-]{86})$/],
  ['VAULT_BATCH_TOKEN', (r) => 'hvb.AAAAAQ' + r.str(AN_, 130), 'vault batch token', /^hvb\.AAAAAQ[A-Za-z0-9_-]{130}$/],
  ['VAULT_UNSEAL_KEY', (r) => b64bytes(r, 33), 'unseal key|vault unseal key', /^[A-Za-z0-9+/]{44}$/],
  ['VAULT_APPROLE_SECRET_ID', (r) => uuid4(r), 'secret id|approle secret id', /^[0-9a-f-]{36}$/],
  ['CONSUL_ACL_TOKEN', (r) => uuid4(r), 'consul http token|consul acl token|nomad token', /^[0-9a-f-]{36}$/],
  ['TERRAFORM_CLOUD_TOKEN', (r) => `${r.alnum(14)}.atlasv1.${r.alnum(67)}`, 'tfc token|terraform cloud token|atlas token', /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/],
  ['DISCORD_BOT_TOKEN', (r) => `${Buffer.from('1' + r.digits(18)).toString('base64').replace(/=+$/, '')}.${r.str(AN_, 6)}.${r.str(AN_, 38)}`, 'discord bot token|discord token', /^[MNO][A-Za-z0-9]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$/],
  ['DISCORD_WEBHOOK_TOKEN', (r) => r.str(AN_, 68), 'discord webhook', /^[A-Za-z0-9_-]{68}$/],
  ['TELEGRAM_BOT_TOKEN', (r) => `${r.int(100000000, 7999999999)}:AA${r.str(AN_, 33)}`, 'telegram bot token|tg token|bot token', /^\d{9,10}:AA[A-Za-z0-9_-]{33}$/],
  ['SQUARE_ACCESS_TOKEN', (r) => 'EAAA' + r.str(AN_, 60), 'square access token', /^EAAA[A-Za-z0-9_-]{60}$/],
  ['SQUARE_APP_SECRET', (r) => 'sq0csp-' + r.str(AN_, 43), 'square application secret', /^sq0csp-[A-Za-z0-9_-]{43}$/],
  ['BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${r.hex(32)}`, 'braintree access token', /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/],
  ['PAYPAL_CLIENT_SECRET', (r) => 'E' + r.str(AN_, 79), 'paypal client secret|paypal secret', /^E[A-Za-z0-9_-]{79}$/],
  ['ATLASSIAN_API_TOKEN', (r) => `ATATT3xFfGF0${r.str(AN_, 170)}=${r.HEX(8)}`, 'jira api token|confluence token|atlassian token', /^ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/],
  ['LINEAR_API_KEY', (r) => 'lin_api_' + r.alnum(40), 'linear api key', /^lin_api_[A-Za-z0-9]{40}$/],
  ['NOTION_INTEGRATION_TOKEN', (r) => (r.chance(0.5) ? 'secret_' + r.alnum(43) : 'ntn_' + r.digits(11) + r.alnum(35)), 'notion token|notion api key', /^(secret_[A-Za-z0-9]{43}|ntn_\d{11}[A-Za-z0-9]{35})$/],
  ['AIRTABLE_PAT', (r) => `pat${r.alnum(14)}.${r.hex(64)}`, 'airtable token|airtable pat', /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/],
  ['FIGMA_PAT', (r) => 'figd_' + r.str(AN_, 40), 'figma token', /^figd_[A-Za-z0-9_-]{40}$/],
  ['POSTMAN_API_KEY', (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, 'postman api key', /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/],
  ['PULUMI_ACCESS_TOKEN', (r) => 'pul-' + r.hex(40), 'pulumi access token', /^pul-[0-9a-f]{40}$/],
  ['DOPPLER_SERVICE_TOKEN', (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.alnum(40)}`, 'doppler token', /^dp\.st\.(prd|dev|stg)\.[A-Za-z0-9]{40}$/],
  ['CLOUDFLARE_API_TOKEN', (r) => r.str(AN_, 40), 'cloudflare api token|cf api token', /^[A-Za-z0-9_-]{40}$/],
  ['CLOUDFLARE_GLOBAL_API_KEY', (r) => r.hex(37), 'cloudflare api key|cf global key', /^[0-9a-f]{37}$/],
  ['FASTLY_API_TOKEN', (r) => r.str(AN_, 32), 'fastly api token', /^[A-Za-z0-9_-]{32}$/],
  ['HUGGING_FACE_TOKEN', (r) => 'hf_' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34), 'hf token|hugging face hub token', /^hf_[A-Za-z]{34}$/],
  ['REPLICATE_API_TOKEN', (r) => 'r8_' + r.alnum(37), 'replicate api token', /^r8_[A-Za-z0-9]{37}$/],
  ['GROQ_API_KEY', (r) => 'gsk_' + r.alnum(52), 'groq api key', /^gsk_[A-Za-z0-9]{52}$/],
  ['PERPLEXITY_API_KEY', (r) => 'pplx-' + r.alnum(48), 'perplexity api key', /^pplx-[A-Za-z0-9]{48}$/],
  ['OKTA_API_TOKEN', (r) => '00' + r.str(AN_, 40), 'okta api token|okta token', /^00[A-Za-z0-9_-]{40}$/],
  ['AUTH0_CLIENT_SECRET', (r) => r.str(AN_, 64), 'auth0 client secret', /^[A-Za-z0-9_-]{64}$/],
  ['ARTIFACTORY_API_KEY', (r) => 'AKCp8' + r.alnum(68), 'artifactory api key|jfrog key', /^AKCp8[A-Za-z0-9]{68}$/],
  ['JENKINS_API_TOKEN', (r) => '11' + r.hex(32), 'jenkins api token|jenkins token', /^11[0-9a-f]{32}$/],
  ['SONARQUBE_TOKEN', (r) => r.pick(['squ_', 'sqp_', 'sqa_']) + r.hex(40), 'sonar token|sonar login', /^sq[upa]_[0-9a-f]{40}$/],
  ['GRAFANA_SERVICE_ACCOUNT_TOKEN', (r) => `glsa_${r.alnum(32)}_${r.hex(8)}`, 'grafana token|grafana sa token', /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/],
  ['GRAFANA_CLOUD_TOKEN', (r) => 'glc_' + Buffer.from(JSON.stringify({ o: String(r.int(100000, 999999)), n: r.pick(['stack-writer', 'metrics-push', 'logs']), k: r.alnum(24), m: { r: r.pick(['eu', 'us', 'au']) } })).toString('base64').replace(/=+$/, ''), 'grafana cloud token', /^glc_eyJ[A-Za-z0-9+/]+$/],
  ['JSON_WEB_TOKEN', (r) => jwt(r), 'jwt|access token|id token|auth token', 'jwt'],
  ['KUBERNETES_SERVICE_ACCOUNT_TOKEN', (r) => jwt(r, 'k8s'), 'service account token|k8s token|cluster token', 'jwt'],
  ['SUPABASE_SERVICE_ROLE_KEY', (r) => jwt(r, 'supabase'), 'supabase service role key|supabase key', 'jwt'],
  ['OPENVPN_STATIC_KEY', (r) => `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => r.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`, 'tls auth|tls crypt|static key', /^-----BEGIN OpenVPN Static key V1-----\n([0-9a-f]{32}\n){16}-----END OpenVPN Static key V1-----$/],
  ['NATS_NKEY_SEED', (r) => 'SU' + r.str(B32, 56), 'nkey seed|nats seed', /^SU[A-Z2-7]{56}$/],
  ['WIREGUARD_PRIVATE_KEY', (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }, 'private key|wg private key', /^[A-Za-z0-9+/]{43}=$/],
  ['TOTP_SECRET', (r) => r.str(B32, r.pick([16, 32])), 'totp secret|otp seed|mfa secret|2fa secret', /^[A-Z2-7]{16,32}$/],
  ['MFA_RECOVERY_CODE', (r) => `${r.str('abcdefghijkmnpqrstuvwxyz23456789', 5)}-${r.str('abcdefghijkmnpqrstuvwxyz23456789', 5)}`, 'recovery code|backup code', /^[a-z2-9]{5}-[a-z2-9]{5}$/],
  ['DJANGO_SECRET_KEY', (r) => (r.chance(0.3) ? 'django-insecure-' : '') + r.str('abcdefghijklmnopqrstuvwxyz0123456789!#$%^&*(-_=+)', 50), 'django secret key|secret key', null],
  ['RAILS_SECRET_KEY_BASE', (r) => r.hex(128), 'secret key base', /^[0-9a-f]{128}$/],
  ['RAILS_MASTER_KEY', (r) => r.hex(32), 'rails master key|master key', /^[0-9a-f]{32}$/],
  ['LARAVEL_APP_KEY', (r) => 'base64:' + b64bytes(r, 32), 'app key', /^base64:[A-Za-z0-9+/]{43}=$/],
  ['FLASK_SECRET_KEY', (r) => r.hex(r.pick([32, 48, 64])), 'flask secret key|secret key', /^[0-9a-f]{32,64}$/],
  ['NEXTAUTH_SECRET', (r) => b64bytes(r, 32), 'nextauth secret|auth secret', /^[A-Za-z0-9+/]{43}=$/],
  ['SESSION_SECRET', (r) => r.str(AN_, r.int(32, 64)), 'session secret|cookie secret|session key', null],
  ['JWT_SIGNING_SECRET', (r) => (r.chance(0.5) ? r.hex(64) : machinePassword(r, 48)), 'jwt secret|jwt signing key|token secret', null],
  ['DATA_ENCRYPTION_KEY', (r) => r.hex(64), 'encryption key|aes key|dek|master key', /^[0-9a-f]{64}$/],
  ['HMAC_SIGNING_KEY', (r) => b64bytes(r, 32), 'hmac key|signing key|hmac secret', /^[A-Za-z0-9+/]{43}=$/],
  ['WEBHOOK_SIGNING_SECRET', (r) => r.alnum(40), 'webhook secret|signing secret|hook secret', null],
  ['GENERIC_API_KEY', (r) => r.alnum(r.pick([32, 40])), 'api key|apikey|x api key|service key', null],
  ['OAUTH_CLIENT_SECRET', (r) => r.str(AN_, 40), 'client secret|oauth secret|app secret', null],
  ['BEARER_TOKEN', (r) => r.str(ALNUM + '._-', r.int(40, 64)), 'bearer token|access token|auth token', null],
  ['SESSION_COOKIE', (r) => r.alnum(r.int(32, 48)), 'session id|sid|session cookie', null],
  ['GOOGLE_APP_PASSWORD', (r) => [0, 1, 2, 3].map(() => r.lower(4)).join(' '), 'app password|gmail app password', /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/],
  ['DOCKER_REGISTRY_AUTH', null, 'auth', 'userpass'],
  ['HTTP_BASIC_AUTH', null, 'authorization', 'userpass'],
  ['KUBERNETES_SECRET_VALUE', null, 'data', null],
  ['KUBECONFIG_CLIENT_KEY', null, 'client key data', 'pem'],
];
const PW_ENTS = {
  DATABASE_PASSWORD: 'db password|database password|db pass|dbpwd', POSTGRES_PASSWORD: 'postgres password|pg password|pgpassword|pg pass', MYSQL_PASSWORD: 'mysql password|mysql root password|mysql pwd',
  MONGODB_PASSWORD: 'mongo password|mongodb password|mongo pass', REDIS_PASSWORD: 'redis password|redis auth|requirepass', MSSQL_PASSWORD: 'sa password|mssql password|sql password',
  ORACLE_DB_PASSWORD: 'oracle password|ora password', CLICKHOUSE_PASSWORD: 'clickhouse password', CASSANDRA_PASSWORD: 'cassandra password', ELASTICSEARCH_PASSWORD: 'elastic password|es password',
  NEO4J_PASSWORD: 'neo4j password|neo4j auth', SNOWFLAKE_PASSWORD: 'snowflake password|sf password', AMQP_PASSWORD: 'rabbitmq password|amqp password|broker password', MQTT_PASSWORD: 'mqtt password|broker pass',
  KAFKA_SASL_PASSWORD: 'kafka password|sasl password', LDAP_BIND_PASSWORD: 'ldap bind password|bind pw|ldap password', SMTP_PASSWORD: 'smtp password|mail password|email password', IMAP_PASSWORD: 'imap password',
  FTP_PASSWORD: 'ftp password|ftp pass', SFTP_PASSWORD: 'sftp password', SMB_PASSWORD: 'smb password|cifs password|share password', WEBDAV_PASSWORD: 'webdav password|dav password',
  SSH_PASSWORD: 'ssh password|ssh pass', RSYNC_PASSWORD: 'rsync password', VPN_PASSWORD: 'vpn password|vpn pass', IPSEC_PRESHARED_KEY: 'psk|pre shared key|ipsec secret', WIFI_PASSPHRASE: 'wifi password|wpa passphrase|psk',
  SNMP_COMMUNITY_STRING: 'snmp community|community', RADIUS_SHARED_SECRET: 'radius secret|radius key', IPMI_PASSWORD: 'ipmi password|bmc password|idrac password', NETWORK_DEVICE_ENABLE_SECRET: 'enable secret|enable password',
  PROXY_PASSWORD: 'proxy password|proxy pass', GIT_HTTP_PASSWORD: 'git password|git token', ARTIFACT_REPOSITORY_PASSWORD: 'nexus password|repo password|maven password|registry password',
  RESTIC_REPOSITORY_PASSWORD: 'restic password|repository password', BORG_PASSPHRASE: 'borg passphrase', BACKUP_ENCRYPTION_PASSPHRASE: 'backup passphrase|duplicity passphrase|gpg passphrase',
  JAVA_KEYSTORE_PASSWORD: 'keystore password|store pass|truststore password', PKCS12_EXPORT_PASSWORD: 'p12 password|pfx password|cert password', ANSIBLE_VAULT_PASSWORD: 'vault password|ansible vault pass',
  USER_PASSWORD: 'password|pwd|pass|passwd', USER_PASSPHRASE: 'passphrase', ADMIN_PASSWORD: 'admin password|admin pass|superuser password', ROOT_PASSWORD: 'root password|root pw',
  SERVICE_ACCOUNT_PASSWORD: 'service password|svc password|bind password', INFLUXDB_TOKEN: 'influx token|influxdb token',
};
const PW_GEN = {
  IPSEC_PRESHARED_KEY: (r) => (r.chance(0.5) ? machinePassword(r, 32) : b64bytes(r, 24)), WIFI_PASSPHRASE: (r) => (r.chance(0.5) ? passphrase(r) : humanPassword(r)),
  SNMP_COMMUNITY_STRING: (r) => r.pick(['n0c', 'mon', 'ro', 'netops', 'cacti']) + r.pick(['-', '_', '']) + r.pick(['R3ad', 'priv', 'Str1ng', 'c0mm']) + r.digits(r.int(2, 4)),
  RADIUS_SHARED_SECRET: (r) => machinePassword(r, r.int(16, 24)), USER_PASSPHRASE: (r) => passphrase(r), BORG_PASSPHRASE: (r) => passphrase(r), BACKUP_ENCRYPTION_PASSPHRASE: (r) => (r.chance(0.6) ? passphrase(r) : machinePassword(r, 40)),
  INFLUXDB_TOKEN: (r) => r.bytes(64).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'), GIT_HTTP_PASSWORD: (r) => (r.chance(0.5) ? humanPassword(r) : machinePassword(r, 24)),
  USER_PASSWORD: (r) => humanPassword(r), ADMIN_PASSWORD: (r) => anyPassword(r), ROOT_PASSWORD: (r) => anyPassword(r),
};

export const SECRET_KINDS = {};
for (const [ent, gen, words, check] of T) SECRET_KINDS[ent] = { ent, gen, words: words.split('|'), check };
for (const [ent, words] of Object.entries(PW_ENTS)) SECRET_KINDS[ent] = { ent, gen: PW_GEN[ent] || ((r) => anyPassword(r)), words: words.split('|'), check: null, password: true };
for (const [ent, g] of Object.entries(PEM_GEN)) SECRET_KINDS[ent] = { ent, gen: g, words: ['private key', 'ssh key', 'key', 'tls key', 'signing key'], check: 'pem' };
for (const [ent, g] of Object.entries(INHOUSE)) SECRET_KINDS[ent] = { ent, gen: g.gen, words: [ent.toLowerCase().replace(/_/g, ' '), 'service token', 'internal token', 'api token'], check: g.ck || g.re, inhouse: true };
SECRET_KINDS.GCP_SERVICE_ACCOUNT_PRIVATE_KEY.words = ['private_key'];

// ---------- key-name styling ----------
const ODD = ['x', 'k1', 'blob', 'magic', 'misc', 'tmp', 'value', 'creds', 'do not commit', 'old', 'prod thing', 'thing2', 'auth2', 'sekret', 'p', 'stuff', 'legacy', 'the key', 'v', 'backup'];
export function styleKey(words, style) {
  const w = words.split(/[\s_]+/).filter(Boolean).map((x) => x.toLowerCase());
  switch (style) {
    case 'UPPER': return w.join('_').toUpperCase();
    case 'snake': return w.join('_');
    case 'camel': return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'Pascal': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'kebab': return w.join('-');
    case 'dot': return w.join('.');
    case 'flat': return w.join('');
    case 'Title': return w.map((x) => x[0].toUpperCase() + x.slice(1)).join(' ');
    case 'space': return w.join(' ');
    default: return w.join('_');
  }
}
export function keyFor(r, ent, style) {
  const k = SECRET_KINDS[ent];
  let words = r.chance(0.12) ? r.pick(ODD) : r.pick(k.words);
  if (r.chance(0.15)) words = r.pick(['prod', 'app', 'my', 'old', 'new', 'primary', 'eu', 'staging', 'backup', 'internal']) + ' ' + words;
  return styleKey(words, style);
}
export function S(r, ent, enc = 'plain', opts = {}) {
  const k = SECRET_KINDS[ent]; if (!k || (!k.gen && opts.raw === undefined)) throw new Error('no generator for ' + ent);
  const raw = opts.raw ?? k.gen(r, opts);
  return sec(ent, raw, enc, opts.tags || null);
}
// user:password bundles (basic auth, docker auth)
export function userPassB64(r, ent, user, pw, enc = 'b64') { return sec(ent, `${user}:${pw}`, enc); }
export const ALL_SECRET_ENTITIES = Object.keys(SECRET_KINDS);
export const TOKEN_LIKE = ALL_SECRET_ENTITIES.filter((e) => !SECRET_KINDS[e].password && SECRET_KINDS[e].gen && !PEM_ENTITIES.has(e) && !['DOCKER_REGISTRY_AUTH', 'HTTP_BASIC_AUTH', 'KUBERNETES_SECRET_VALUE', 'KUBECONFIG_CLIENT_KEY', 'DISCORD_WEBHOOK_TOKEN', 'SLACK_WEBHOOK_SECRET', 'AZURE_SAS_SIGNATURE'].includes(e));
export const PASSWORD_ENTS = ALL_SECRET_ENTITIES.filter((e) => SECRET_KINDS[e].password);
