// Secret kinds: entity name, generator, format regex (checked by the validator), optional
// structural check, category and typical key names. Every value comes from the seeded PRNG.
import { ALNUM, UPPER, LOWER, UPNUM, LONUM, B64, B64URL, B32 } from './prng.mjs';
import { githubChecksum, githubTokenOk, bech32Encode, bech32Decode, convertBits } from './checksums.mjs';
import { pem, pemParse, derRead, derChildren, rsaPkcs1Der, pkcs8Der, ecSec1Der, encryptedPkcs8Der, opensshPrivate, opensshParse, pgpPrivateBlock, pgpParse } from './keys.mjs';

const b64u = (buf) => Buffer.from(buf).toString('base64url');
const s = (alpha, n) => (r) => r.str(alpha, n);
const HEXL = '0123456789abcdef';

// ---------------- passwords
const SYM = '!#%*+-_.=~^';
const URLSAFE_SYM = '-_.~';
export function machinePassword(r, opts = {}) {
  const n = opts.len || r.int(12, 30);
  const sym = opts.urlSafe ? URLSAFE_SYM : SYM;
  for (;;) {
    let p = '';
    for (let i = 0; i < n; i++) p += r.chance(0.14) ? r.pick([...sym]) : r.pick([...ALNUM]);
    p = p.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (p.length >= 10 && /\d/.test(p) && /[A-Z]/.test(p) && /[a-z]/.test(p)) return p;
  }
}
const HUMAN_WORDS = {
  en: 'sunshine|dragonfly|football|summer|rainbow|coffee|pumpkin|tigers|harley|bailey|mustang|peanut|buster|cookie|blueberry|wildcats|hockey',
  de: 'Sommer|Sonnenschein|Fussball|Schatzi|Hasenbraut|Katzenklo|Bayern|Urlaub|Mausebär|Erdbeere|Schalke|Gartenzwerg',
  fr: 'soleil|doudou|chouchou|loulou|printemps|fromage|poussin|bisounours|minouche|nounours',
  es: 'verano|corazon|amorcito|estrella|mariposa|gatito|chiquita|tequila|futbol|princesa',
  it: 'estate|tesoro|juventus|amore|farfalla|gattino|pizzaiolo|cuoricino|stellina',
  pt: 'saudade|flamengo|chocolate|gatinha|palmeiras|beijinho|paixao|corinthians',
  nl: 'zomer|voetbal|konijn|ajacied|hondje|schatje|tulpje|fietsen',
  pl: 'kochanie|misiaczek|slonecznik|kotek|biedronka|legia|zabcia',
  ru: 'solnyshko|lyubimaya|zenit|kotik|spartak|malysh|zaichik',
  tr: 'galatasaray|fenerbahce|askim|kelebek|besiktas|tatlim|karadeniz',
  el: 'agapimou|kalokairi|thalassa|olympiakos|koukla',
  ja: 'sakura|tanuki|neko|doraemon|pikachu|hanabi|kitsune',
  ko: 'saranghae|dubu|haneul|bbangbbang|gomdori',
  zh: 'woaini|xiaobao|baobei|tiantian|xingxing|pengyou',
  hi: 'jaanu|babu|sonu|chotu|pyaar|dilse',
  id: 'sayang|kucing|cintaku|bintang|persija',
  sv: 'sommar|fotboll|kanelbulle|pippi|hallon',
  ar: 'habibi|qamar|yasmeen|shams|ghazal',
  he: 'motek|shalom|kapara|yafa|hatul',
  th: 'rakjung|maew|namwan|sanuk',
  vi: 'emyeuanh|anhyeuem|bongbong|mitu',
};
const NATIVE_PW = ['Солнышко', 'Котик', 'Ελλάδα', 'Θάλασσα', 'さくら', '사랑해', '星星', 'Ürün', 'Çiçek', 'Größe', 'Mañana', 'Ñandú', 'Żabka', 'Łódka', 'Bjørn', 'Ærø'];
export function humanPassword(r, lang = 'en') {
  const words = (HUMAN_WORDS[lang] || HUMAN_WORDS.en).split('|');
  const w = r.pick(words);
  const cap = (x) => x[0].toUpperCase() + x.slice(1);
  const yr = String(r.int(1962, 2024));
  const pat = r.int(0, 11);
  switch (pat) {
    case 0: return `${cap(w)}${yr}`;
    case 1: return `${cap(w)}${yr}${r.pick(['!', '!!', '#', '?', '*', '.'])}`;
    case 2: return `${w}${r.int(1, 99)}${r.pick(['!', '$', '%', '&'])}`;
    case 3: return `${cap(w)}${r.pick(['_', '-', '.', '#', '@'])}${r.int(10, 9999)}`;
    case 4: return w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1') + r.int(1, 99);
    case 5: return `${cap(w)}${cap(r.pick(words))}${r.int(1, 99)}`;
    case 6: return `${r.pick(['qwe', 'asd', 'zxc', 'qaz', '1q2w'])}${r.int(100, 999)}${cap(w)}`;
    case 7: return `${r.pick(NATIVE_PW)}${yr.slice(2)}${r.pick(['!', '#', ''])}`;
    case 8: return `${cap(w)}&${cap(r.pick(words))}${yr}`;
    case 9: return `${yr}${cap(w)}${r.pick(['!', '?', '+'])}`;
    case 10: return `I<3${cap(w)}${r.int(1, 99)}`;
    default: return `${w.toUpperCase()}${r.pick(['.', '_'])}${w.length}${r.int(10, 99)}`;
  }
}
const PHRASE_WORDS = {
  en: 'apple|river|candle|orbit|maple|violet|thunder|pocket|lantern|meadow|copper|velvet|harbor|puzzle|glacier|walnut|falcon|saddle|cobalt|biscuit|ember|quartz|nutmeg|banjo',
  de: 'Apfel|Fluss|Kerze|Wolke|Tanne|Brücke|Laterne|Wiese|Kupfer|Igel|Nebel|Kompass|Schnecke|Hafen|Zimt',
  fr: 'pomme|rivière|bougie|nuage|sapin|pont|lanterne|prairie|cuivre|hérisson|brume|boussole|escargot',
  es: 'manzana|río|vela|nube|pino|puente|farol|pradera|cobre|erizo|niebla|brújula|caracol',
  pl: 'jabłko|rzeka|świeca|chmura|sosna|most|latarnia|łąka|miedź|jeż|mgła',
  pt: 'maçã|rio|vela|nuvem|pinheiro|ponte|lanterna|prado|cobre|ouriço|névoa',
  nl: 'appel|rivier|kaars|wolk|den|brug|lantaarn|weide|koper|egel|mist',
  it: 'mela|fiume|candela|nuvola|pino|ponte|lanterna|prato|rame|riccio|nebbia',
  ru: 'яблоко|река|свеча|облако|сосна|мост|фонарь|луг|медь|ёжик|туман',
  ja: 'ringo|kawa|rousoku|kumo|matsu|hashi|chouchin|kusahara|hotaru|kiri',
  sv: 'äpple|flod|ljus|moln|gran|bro|lykta|äng|koppar|igelkott|dimma',
  tr: 'elma|nehir|mum|bulut|çam|köprü|fener|çayır|bakır|kirpi|sis',
};
export function passphrase(r, lang = 'en') {
  const words = (PHRASE_WORDS[lang] || PHRASE_WORDS.en).split('|');
  const n = r.int(3, 5);
  const ws = r.sample(words, n);
  const sep = r.pick([' ', ' ', '-', '.', '_', '']);
  let p = sep === '' ? ws.map((w) => w[0].toUpperCase() + w.slice(1)).join('') : ws.join(sep);
  if (r.chance(0.4)) p += (sep === ' ' ? ' ' : sep || '') + r.int(2, 99);
  return p;
}
const SEED_WORDS = 'abandon|ability|absorb|acoustic|aerobic|afford|agent|alley|amateur|anchor|antique|arctic|armor|artwork|aspect|atom|autumn|avocado|bacon|badge|bamboo|barrel|beacon|behave|bicycle|blossom|border|bracket|breeze|bubble|cabin|cactus|canyon|carbon|casual|cement|cherry|circle|clever|cobweb|coconut|comic|cousin|crater|cruise|cushion|dancer|decade|denial|dinosaur|dolphin|donkey|drastic|eagle|echo|eclipse|elbow|engine|enrich|escape|fabric|famous|feather|fiction|flame|fossil|frozen|galaxy|garlic|gesture|giraffe|glimpse|gossip|gravity|hammer|harvest|hazard|hedgehog|hollow|horizon|hurdle|iceberg|illness|immune|insect|island|jaguar|jelly|jungle|kangaroo|kettle|kitten|ladder|lantern|lawsuit|lemon|lizard|lobster|lumber|magnet|mammal|marble|meadow|mimic|monkey|mosquito|muffin|napkin|nephew|noodle|oblige|ocean|olive|orchard|oyster|paddle|panther|parrot|pepper|pigeon|pioneer|plunge|pottery|puzzle|quantum|rabbit|raccoon|radar|ribbon|rocket|saddle|salmon|satoshi|scatter|shadow|shrimp|silver|sketch|slogan|spider|squirrel|stadium|sunset|swallow|tackle|tenant|thunder|tobacco|tornado|trumpet|tunnel|umbrella|unveil|valley|velvet|violin|walnut|whisper|wisdom|wizard|yellow|zebra'.split('|');
export const seedPhrase = (r) => r.sample(SEED_WORDS, 60).slice(0, r.pick([12, 12, 24])).join(' ');

// ---------------- JWT
function jwt(r, header, payload, sigBytes) {
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${b64u(r.bytes(sigBytes))}`;
}
const epoch = (r) => r.int(1700000000, 1735000000);
export function genJwt(r, flavour = 'access') {
  const iat = epoch(r);
  if (flavour === 'k8s') {
    const ns = r.pick(['payments', 'crm', 'ingest', 'default', 'analytics', 'support-bot']);
    const sa = r.pick(['default', 'exporter', 'sync-worker', 'ci-deployer', 'reporting']);
    return jwt(r, { alg: 'RS256', kid: r.str(B64URL, 43) }, { aud: ['https://oidc.k8s.prod.example'], exp: iat + 31536000, iat, iss: 'https://oidc.k8s.prod.example', 'kubernetes.io': { namespace: ns, serviceaccount: { name: sa, uid: uuid(r) } }, nbf: iat, sub: `system:serviceaccount:${ns}:${sa}` }, 256);
  }
  if (flavour === 'supabase') return jwt(r, { alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: r.str(LOWER, 20), role: 'service_role', iat, exp: iat + 315360000 }, 32);
  if (flavour === 'id') return jwt(r, { alg: r.pick(['RS256', 'ES256']), kid: r.hex(16), typ: 'JWT' }, { iss: `https://${r.pick(['login', 'id', 'sso', 'auth'])}.${r.pick(['acme', 'bluefin', 'kestrel', 'sunpath'])}.example`, aud: r.str(ALNUM, 24), sub: String(r.int(100000, 99999999)), iat, exp: iat + 3600, nonce: r.str(B64URL, 22), auth_time: iat - r.int(1, 600) }, r.pick([256, 64]));
  const hs = r.chance(0.6);
  return jwt(r, { alg: hs ? r.pick(['HS256', 'HS512']) : 'RS256', typ: 'JWT' }, { sub: r.pick([String(r.int(1000, 999999)), uuid(r), `usr_${r.str(ALNUM, 14)}`]), scope: r.pick(['read:orders write:orders', 'crm.read', 'admin', 'tickets:rw reports:r', 'export']), iss: `https://${r.pick(['api', 'auth', 'token'])}.${r.pick(['shop', 'crm', 'lms', 'wms'])}.example`, iat, exp: iat + r.pick([900, 3600, 86400]), jti: r.hex(16) }, hs ? 32 : 256);
}
export function jwtOk(t) {
  const p = t.split('.');
  if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
  try {
    const h = JSON.parse(Buffer.from(p[0], 'base64url').toString('utf8'));
    const b = JSON.parse(Buffer.from(p[1], 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && b && typeof b === 'object';
  } catch { return false; }
}
export function uuid(r) {
  const h = r.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) & 3];
  const x = h.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// ---------------- PEM private keys
function pemLines(r, label, der) { return pem(label, der, 64); }
export function genPem(r, kind) {
  switch (kind) {
    case 'RSA_PRIVATE_KEY': return pemLines(r, 'RSA PRIVATE KEY', rsaPkcs1Der(r, 2048));
    case 'PKCS8_PRIVATE_KEY': return pemLines(r, 'PRIVATE KEY', pkcs8Der(r, r.pick(['ed25519', 'p256', 'p256', 'rsa2048'])));
    case 'EC_PRIVATE_KEY': return pemLines(r, 'EC PRIVATE KEY', ecSec1Der(r, r.chance(0.75) ? 'p256' : 'p384').der);
    case 'OPENSSH_PRIVATE_KEY': return opensshPrivate(r, r.chance(0.7) ? 'ed25519' : 'ecdsa', `${r.pick(['deploy', 'ci', 'backup', 'ops', 'git'])}@${r.pick(['build-07', 'laptop', 'bastion', 'runner-3', 'nas'])}`);
    case 'PGP_PRIVATE_KEY': return pgpPrivateBlock(r, `${r.pick(['Release Signing', 'Backup Key', 'Billing Exports', 'Ops Team'])} <${r.pick(['release', 'backup', 'billing', 'ops'])}@${r.pick(['acme-retail', 'bluefin-crm', 'sunpath'])}.example>`, r.int(1600000000, 1730000000), r.chance(0.3) ? 'Exported by batch job' : null);
    case 'ENCRYPTED_PRIVATE_KEY': return pemLines(r, 'ENCRYPTED PRIVATE KEY', encryptedPkcs8Der(r, r.pick([48, 138, 1217])));
    default: throw new Error(kind);
  }
}
// Structural check of a PEM private key; text is normalised (no indentation, real newlines).
export function pemKeyOk(text, kind) {
  if (kind === 'PGP_PRIVATE_KEY') return !!pgpParse(text);
  const p = pemParse(text);
  if (!p) return false;
  const top = derRead(p.der, 0);
  if (kind === 'OPENSSH_PRIVATE_KEY') return p.label === 'OPENSSH PRIVATE KEY' && !!opensshParse(p.der);
  if (!top || top.tag !== 0x30 || top.end !== p.der.length) return false;
  const kids = derChildren(top.content);
  if (!kids) return false;
  if (kind === 'RSA_PRIVATE_KEY') {
    if (p.label !== 'RSA PRIVATE KEY' || kids.length !== 9) return false;
    const nbits = (kids[1].content[0] === 0 ? kids[1].content.length - 1 : kids[1].content.length) * 8;
    return [2048, 3072, 4096].includes(nbits);
  }
  if (kind === 'EC_PRIVATE_KEY') return p.label === 'EC PRIVATE KEY' && kids.length >= 3 && kids[1].tag === 0x04 && [32, 48].includes(kids[1].content.length);
  if (kind === 'PKCS8_PRIVATE_KEY') {
    if (p.label !== 'PRIVATE KEY' || kids.length !== 3 || kids[2].tag !== 0x04) return false;
    const inner = kids[2].content;
    const alg = kids[1].content.toString('hex');
    if (alg.includes('2b6570')) return inner.length === 34; // Ed25519: OCTET STRING of 32
    const t = derRead(inner, 0);
    return !!t && t.tag === 0x30 && t.end === inner.length;
  }
  if (kind === 'ENCRYPTED_PRIVATE_KEY') return p.label === 'ENCRYPTED PRIVATE KEY' && kids.length === 2 && kids[1].tag === 0x04 && kids[1].content.length % 16 === 0;
  return false;
}

// ---------------- vendor token helpers
function gh(prefix) {
  return (r) => { const x = r.str(ALNUM, 30); return `${prefix}_${x}${githubChecksum(x)}`; };
}
const age = (r) => bech32Encode('age-secret-key-', convertBits(r.bytes(32), 8, 5, true)).toUpperCase();
function b64Of(r, nBytes, url = false) { const b = r.bytes(nBytes).toString('base64'); return url ? b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : b; }

// cat: token (API keys and tokens in any config), dbpass, svcpass, human, pem, jwt, encoded
// keys: canonical UPPER_SNAKE key names used in configs (styles are derived)
export const SECRET_KINDS = [
  // --- code hosting / CI
  { e: 'GITHUB_PERSONAL_ACCESS_TOKEN', cat: 'token', gen: gh('ghp'), re: /^ghp_[A-Za-z0-9]{36}$/, check: githubTokenOk, keys: ['GITHUB_TOKEN', 'GH_TOKEN', 'GH_PAT', 'GIT_PUSH_TOKEN'] },
  { e: 'GITHUB_OAUTH_TOKEN', cat: 'token', gen: gh('gho'), re: /^gho_[A-Za-z0-9]{36}$/, check: githubTokenOk, keys: ['GITHUB_OAUTH_TOKEN', 'GH_OAUTH', 'SSO_GH_ACCESS'] },
  { e: 'GITHUB_USER_TO_SERVER_TOKEN', cat: 'token', gen: gh('ghu'), re: /^ghu_[A-Za-z0-9]{36}$/, check: githubTokenOk, keys: ['GH_USER_TOKEN', 'APP_USER_TOKEN'] },
  { e: 'GITHUB_APP_INSTALLATION_TOKEN', cat: 'token', gen: gh('ghs'), re: /^ghs_[A-Za-z0-9]{36}$/, check: githubTokenOk, keys: ['GH_INSTALLATION_TOKEN', 'BOT_GIT_TOKEN'] },
  { e: 'GITHUB_REFRESH_TOKEN', cat: 'token', gen: gh('ghr'), re: /^ghr_[A-Za-z0-9]{36}$/, check: githubTokenOk, keys: ['GH_REFRESH_TOKEN', 'GITHUB_APP_REFRESH'] },
  { e: 'GITHUB_FINE_GRAINED_TOKEN', cat: 'token', gen: (r) => `github_pat_11${r.str(UPNUM, 20)}_${r.str(ALNUM, 59)}`, re: /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/, keys: ['GITHUB_FG_TOKEN', 'RELEASE_PAT', 'GH_FINE_GRAINED'] },
  { e: 'GITLAB_PERSONAL_TOKEN', cat: 'token', gen: (r) => `glpat-${r.str(ALNUM + '-_', 20)}`, re: /^glpat-[A-Za-z0-9_-]{20}$/, keys: ['GITLAB_TOKEN', 'GL_TOKEN', 'CI_PUSH_TOKEN'] },
  { e: 'GITLAB_RUNNER_TOKEN', cat: 'token', gen: (r) => `glrt-${r.str(ALNUM + '-_', 20)}`, re: /^glrt-[A-Za-z0-9_-]{20}$/, keys: ['RUNNER_TOKEN', 'CI_RUNNER_AUTH'] },
  { e: 'GITLAB_DEPLOY_TOKEN', cat: 'token', gen: (r) => `gldt-${r.str(ALNUM + '-_', 20)}`, re: /^gldt-[A-Za-z0-9_-]{20}$/, keys: ['DEPLOY_TOKEN', 'GITLAB_DEPLOY_PASSWORD'] },
  { e: 'GITLAB_TRIGGER_TOKEN', cat: 'token', gen: (r) => `glptt-${r.hex(40)}`, re: /^glptt-[0-9a-f]{40}$/, keys: ['PIPELINE_TRIGGER_TOKEN', 'GL_TRIGGER'] },
  { e: 'CIRCLECI_PERSONAL_TOKEN', cat: 'token', gen: (r) => `CCIPAT_${r.str(ALNUM, 22)}_${r.hex(40)}`, re: /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/, keys: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'] },
  { e: 'BUILDKITE_API_TOKEN', cat: 'token', gen: (r) => `bkua_${r.hex(40)}`, re: /^bkua_[0-9a-f]{40}$/, keys: ['BUILDKITE_API_TOKEN', 'BK_TOKEN'] },
  { e: 'JENKINS_API_TOKEN', cat: 'token', gen: (r) => `11${r.hex(32)}`, re: /^11[0-9a-f]{32}$/, keys: ['JENKINS_API_TOKEN', 'JENKINS_TOKEN', 'JOB_TRIGGER_AUTH'] },
  { e: 'SONARQUBE_TOKEN', cat: 'token', gen: (r) => `${r.pick(['squ', 'sqp', 'sqa'])}_${r.hex(40)}`, re: /^sq[upa]_[0-9a-f]{40}$/, keys: ['SONAR_TOKEN', 'SONARQUBE_AUTH'] },
  // --- cloud
  { e: 'AWS_ACCESS_KEY', cat: 'token', gen: (r) => `AKIA${r.str(B32, 16)}`, re: /^AKIA[A-Z2-7]{16}$/, keys: ['AWS_ACCESS_KEY_ID', 'S3_ACCESS_KEY', 'aws_access_key_id'] },
  { e: 'AWS_TEMPORARY_ACCESS_KEY', cat: 'token', gen: (r) => `ASIA${r.str(B32, 16)}`, re: /^ASIA[A-Z2-7]{16}$/, keys: ['AWS_ACCESS_KEY_ID', 'STS_ACCESS_KEY'] },
  { e: 'AWS_SECRET_KEY', cat: 'token', gen: s(ALNUM + '/+', 40), re: /^[A-Za-z0-9/+]{40}$/, keys: ['AWS_SECRET_ACCESS_KEY', 'S3_SECRET_KEY', 'aws_secret_access_key'] },
  { e: 'AWS_SESSION_TOKEN', cat: 'token', gen: (r) => `${r.pick(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE'])}${r.str(ALNUM + '/+', r.int(280, 380))}${r.pick(['', '=', '=='])}`, re: /^(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+]{280,380}={0,2}$/, keys: ['AWS_SESSION_TOKEN', 'aws_session_token'] },
  { e: 'GOOGLE_API_KEY', cat: 'token', gen: (r) => `AIza${r.str(ALNUM + '-_', 35)}`, re: /^AIza[A-Za-z0-9_-]{35}$/, keys: ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'FIREBASE_API_KEY', 'GEOCODER_KEY'] },
  { e: 'GOOGLE_OAUTH_CLIENT_SECRET', cat: 'token', gen: (r) => `GOCSPX-${r.str(ALNUM + '-_', 28)}`, re: /^GOCSPX-[A-Za-z0-9_-]{28}$/, keys: ['GOOGLE_CLIENT_SECRET', 'OAUTH_GOOGLE_SECRET'] },
  { e: 'GOOGLE_OAUTH_REFRESH_TOKEN', cat: 'token', gen: (r) => `1//0${r.str(ALNUM + '-_', 99)}`, re: /^1\/\/0[A-Za-z0-9_-]{99}$/, keys: ['GOOGLE_REFRESH_TOKEN', 'GDRIVE_REFRESH_TOKEN'] },
  { e: 'GOOGLE_OAUTH_ACCESS_TOKEN', cat: 'token', gen: (r) => `ya29.${r.str(ALNUM + '-_', r.int(150, 200))}`, re: /^ya29\.[A-Za-z0-9_-]{150,200}$/, keys: ['GOOGLE_ACCESS_TOKEN', 'GCP_BEARER'] },
  { e: 'GCP_PRIVATE_KEY_ID', cat: 'token', gen: (r) => r.hex(40), re: /^[0-9a-f]{40}$/, keys: ['private_key_id'] },
  { e: 'AZURE_STORAGE_KEY', cat: 'token', gen: (r) => b64Of(r, 64), re: /^[A-Za-z0-9+/]{86}==$/, keys: ['AZURE_STORAGE_KEY', 'AccountKey', 'BLOB_ACCOUNT_KEY'] },
  { e: 'AZURE_COSMOSDB_KEY', cat: 'token', gen: (r) => b64Of(r, 64), re: /^[A-Za-z0-9+/]{86}==$/, keys: ['COSMOS_KEY', 'COSMOSDB_PRIMARY_KEY'] },
  { e: 'AZURE_SAS_SIGNATURE', cat: 'token', gen: (r) => encodeURIComponent(b64Of(r, 32)), re: /^[A-Za-z0-9%]{43,70}$/, keys: ['sig'] },
  { e: 'AZURE_CLIENT_SECRET', cat: 'token', gen: (r) => `${r.str(ALNUM, 3)}8Q~${r.str(ALNUM + '_.-~', 31)}`.replace(/[-_.~]$/, 'x'), re: /^[A-Za-z0-9]{3}8Q~[A-Za-z0-9_.~-]{31}$/, keys: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET', 'AAD_APP_SECRET'] },
  { e: 'AZURE_DEVOPS_PAT', cat: 'token', gen: (r) => r.str('abcdefghijklmnopqrstuvwxyz234567', 52), re: /^[a-z2-7]{52}$/, keys: ['AZURE_DEVOPS_PAT', 'ADO_PAT', 'SYSTEM_ACCESSTOKEN'] },
  { e: 'DIGITALOCEAN_PAT', cat: 'token', gen: (r) => `dop_v1_${r.hex(64)}`, re: /^dop_v1_[0-9a-f]{64}$/, keys: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'] },
  { e: 'DIGITALOCEAN_OAUTH_TOKEN', cat: 'token', gen: (r) => `doo_v1_${r.hex(64)}`, re: /^doo_v1_[0-9a-f]{64}$/, keys: ['DO_OAUTH_TOKEN'] },
  { e: 'CLOUDFLARE_API_TOKEN', cat: 'token', gen: s(ALNUM + '-_', 40), re: /^[A-Za-z0-9_-]{40}$/, keys: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN', 'DNS_TOKEN'] },
  { e: 'CLOUDFLARE_ORIGIN_CA_KEY', cat: 'token', gen: (r) => `v1.0-${r.hex(24)}-${r.hex(146)}`, re: /^v1\.0-[0-9a-f]{24}-[0-9a-f]{146}$/, keys: ['CF_ORIGIN_CA_KEY'] },
  { e: 'HEROKU_API_KEY', cat: 'token', gen: (r) => `HRKU-AA${r.str(ALNUM + '_-', 58)}`, re: /^HRKU-AA[A-Za-z0-9_-]{58}$/, keys: ['HEROKU_API_KEY', 'HEROKU_AUTH'] },
  { e: 'FLY_API_TOKEN', cat: 'token', gen: (r) => `fm2_${r.str(B64, r.int(180, 240))}`, re: /^fm2_[A-Za-z0-9+/]{180,240}$/, keys: ['FLY_API_TOKEN'] },
  { e: 'NETLIFY_ACCESS_TOKEN', cat: 'token', gen: (r) => `nfp_${r.str(ALNUM, 36)}`, re: /^nfp_[A-Za-z0-9]{36}$/, keys: ['NETLIFY_AUTH_TOKEN'] },
  { e: 'VERCEL_TOKEN', cat: 'token', gen: s(ALNUM, 24), re: /^[A-Za-z0-9]{24}$/, keys: ['VERCEL_TOKEN', 'NOW_TOKEN'] },
  { e: 'RENDER_API_KEY', cat: 'token', gen: (r) => `rnd_${r.str(ALNUM, 32)}`, re: /^rnd_[A-Za-z0-9]{32}$/, keys: ['RENDER_API_KEY'] },
  { e: 'TERRAFORM_CLOUD_TOKEN', cat: 'token', gen: (r) => `${r.str(ALNUM, 14)}.atlasv1.${r.str(ALNUM, 67)}`, re: /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/, keys: ['TFC_TOKEN', 'TF_API_TOKEN', 'ATLAS_TOKEN'] },
  { e: 'PULUMI_ACCESS_TOKEN', cat: 'token', gen: (r) => `pul-${r.hex(40)}`, re: /^pul-[0-9a-f]{40}$/, keys: ['PULUMI_ACCESS_TOKEN'] },
  { e: 'VAULT_SERVICE_TOKEN', cat: 'token', gen: (r) => `hvs.${r.str(ALNUM + '_-', r.chance(0.5) ? 24 : 91)}`, re: /^hvs\.[A-Za-z0-9_-]{24,100}$/, keys: ['VAULT_TOKEN', 'VAULT_ROOT_TOKEN'] },
  { e: 'VAULT_BATCH_TOKEN', cat: 'token', gen: (r) => `hvb.${r.str(ALNUM + '_-', r.int(120, 160))}`, re: /^hvb\.[A-Za-z0-9_-]{120,160}$/, keys: ['VAULT_BATCH_TOKEN'] },
  { e: 'DOPPLER_SERVICE_TOKEN', cat: 'token', gen: (r) => `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.str(ALNUM, 43)}`, re: /^dp\.st\.(prd|stg|dev)\.[A-Za-z0-9]{43}$/, keys: ['DOPPLER_TOKEN'] },
  { e: 'TAILSCALE_AUTH_KEY', cat: 'token', gen: (r) => `tskey-auth-${r.str(ALNUM, 11)}CNTRL-${r.str(ALNUM, 32)}`, re: /^tskey-auth-[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{32}$/, keys: ['TS_AUTHKEY', 'TAILSCALE_AUTHKEY'] },
  { e: 'NGROK_AUTHTOKEN', cat: 'token', gen: (r) => `2${r.str(ALNUM, 26)}_${r.str(ALNUM, 21)}`, re: /^2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}$/, keys: ['NGROK_AUTHTOKEN'] },
  { e: 'DATABRICKS_TOKEN', cat: 'token', gen: (r) => `dapi${r.hex(32)}${r.chance(0.3) ? '-2' : ''}`, re: /^dapi[0-9a-f]{32}(-\d)?$/, keys: ['DATABRICKS_TOKEN', 'DBX_PAT'] },
  { e: 'SNOWFLAKE_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.{8,}\S$/, keys: ['SNOWFLAKE_PASSWORD', 'SF_PASSWORD'] },
  // --- package / artifact registries (tokens only; no host names)
  { e: 'NPM_ACCESS_TOKEN', cat: 'token', gen: (r) => `npm_${r.str(ALNUM, 36)}`, re: /^npm_[A-Za-z0-9]{36}$/, keys: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'] },
  { e: 'PYPI_UPLOAD_TOKEN', cat: 'token', gen: (r) => `pypi-AgE${r.str(ALNUM + '-_', r.int(140, 180))}`, re: /^pypi-AgE[A-Za-z0-9_-]{140,180}$/, keys: ['PYPI_TOKEN', 'TWINE_PASSWORD'] },
  { e: 'DOCKER_HUB_PAT', cat: 'token', gen: (r) => `dckr_pat_${r.str(ALNUM + '-_', 27)}`, re: /^dckr_pat_[A-Za-z0-9_-]{27}$/, keys: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'] },
  { e: 'NUGET_API_KEY', cat: 'token', gen: (r) => `oy2${r.str(LONUM, 43)}`, re: /^oy2[a-z0-9]{43}$/, keys: ['NUGET_API_KEY'] },
  { e: 'RUBYGEMS_API_KEY', cat: 'token', gen: (r) => `rubygems_${r.hex(48)}`, re: /^rubygems_[0-9a-f]{48}$/, keys: ['GEM_HOST_API_KEY'] },
  { e: 'ARTIFACTORY_API_KEY', cat: 'token', gen: (r) => `AKCp${r.str(ALNUM, 69)}`, re: /^AKCp[A-Za-z0-9]{69}$/, keys: ['ARTIFACTORY_API_KEY', 'JFROG_KEY'] },
  { e: 'ARTIFACTORY_ACCESS_TOKEN', cat: 'token', gen: (r) => `cmVmdGtuOjAxOj${r.str(ALNUM, 50)}`, re: /^cmVmdGtuOjAxOj[A-Za-z0-9]{50}$/, keys: ['JFROG_ACCESS_TOKEN', 'ARTIFACTORY_TOKEN'] },
  { e: 'HUGGINGFACE_TOKEN', cat: 'token', gen: (r) => `hf_${r.str(UPPER + LOWER, 34)}`, re: /^hf_[A-Za-z]{34}$/, keys: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'] },
  // --- chat / collaboration
  { e: 'SLACK_BOT_TOKEN', cat: 'token', gen: (r) => `xoxb-${r.digits(1)}${r.digits(r.int(9, 12))}-${r.digits(13)}-${r.str(ALNUM, 24)}`.replace('xoxb-0', 'xoxb-7'), re: /^xoxb-\d{10,13}-\d{13}-[A-Za-z0-9]{24}$/, keys: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN'] },
  { e: 'SLACK_USER_TOKEN', cat: 'token', gen: (r) => `xoxp-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`, re: /^xoxp-\d{11}-\d{12}-\d{13}-[0-9a-f]{32}$/, keys: ['SLACK_USER_TOKEN'] },
  { e: 'SLACK_APP_TOKEN', cat: 'token', gen: (r) => `xapp-1-A${r.str(UPNUM, 10)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(64)}`, re: /^xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}$/, keys: ['SLACK_APP_TOKEN'] },
  { e: 'SLACK_SIGNING_SECRET', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['SLACK_SIGNING_SECRET'] },
  { e: 'DISCORD_BOT_TOKEN', cat: 'token', gen: (r) => `${b64u(String(r.int(1, 9)) + r.digits(17)).replace(/=+$/, '')}.${r.str(ALNUM + '-_', 6)}.${r.str(ALNUM + '-_', 38)}`, re: /^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$/, keys: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'] },
  { e: 'TELEGRAM_BOT_TOKEN', cat: 'token', gen: (r) => `${r.int(1, 9)}${r.digits(r.int(8, 9))}:AA${r.str(ALNUM + '-_', 33)}`, re: /^\d{9,10}:AA[A-Za-z0-9_-]{33}$/, keys: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'] },
  { e: 'ATLASSIAN_API_TOKEN', cat: 'token', gen: (r) => `ATATT3xFfGF0${r.str(ALNUM + '-_', 180)}=${r.HEX(8)}`, re: /^ATATT3xFfGF0[A-Za-z0-9_-]{180}=[0-9A-F]{8}$/, keys: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_TOKEN'] },
  { e: 'LINEAR_API_KEY', cat: 'token', gen: (r) => `lin_api_${r.str(ALNUM, 40)}`, re: /^lin_api_[A-Za-z0-9]{40}$/, keys: ['LINEAR_API_KEY'] },
  { e: 'NOTION_INTEGRATION_TOKEN', cat: 'token', gen: (r) => `ntn_${r.digits(11)}${r.str(ALNUM, 35)}`, re: /^ntn_\d{11}[A-Za-z0-9]{35}$/, keys: ['NOTION_TOKEN', 'NOTION_API_KEY'] },
  { e: 'FIGMA_ACCESS_TOKEN', cat: 'token', gen: (r) => `figd_${r.str(ALNUM + '-_', 40)}`, re: /^figd_[A-Za-z0-9_-]{40}$/, keys: ['FIGMA_TOKEN'] },
  { e: 'AIRTABLE_PAT', cat: 'token', gen: (r) => `pat${r.str(ALNUM, 14)}.${r.hex(64)}`, re: /^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$/, keys: ['AIRTABLE_API_KEY', 'AIRTABLE_TOKEN'] },
  { e: 'ASANA_PAT', cat: 'token', gen: (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, re: /^2\/\d{16}\/\d{16}:[0-9a-f]{32}$/, keys: ['ASANA_TOKEN'] },
  { e: 'TYPEFORM_TOKEN', cat: 'token', gen: (r) => `tfp_${r.str(ALNUM, 44)}_${r.str(ALNUM, 14)}`, re: /^tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}$/, keys: ['TYPEFORM_TOKEN'] },
  { e: 'CONTENTFUL_PAT', cat: 'token', gen: (r) => `CFPAT-${r.str(ALNUM + '-_', 43)}`, re: /^CFPAT-[A-Za-z0-9_-]{43}$/, keys: ['CONTENTFUL_MANAGEMENT_TOKEN'] },
  { e: 'ZENDESK_API_TOKEN', cat: 'token', gen: s(ALNUM, 40), re: /^[A-Za-z0-9]{40}$/, keys: ['ZENDESK_API_TOKEN', 'ZD_TOKEN'] },
  { e: 'INTERCOM_ACCESS_TOKEN', cat: 'token', gen: (r) => Buffer.from(`tok:${uuid(r)}:1:0`).toString('base64'), re: /^dG9rO[A-Za-z0-9+/]+={0,2}$/, keys: ['INTERCOM_TOKEN'] },
  { e: 'HUBSPOT_PRIVATE_APP_TOKEN', cat: 'token', gen: (r) => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${uuid(r)}`, re: /^pat-(na1|eu1|na2)-[0-9a-f-]{36}$/, keys: ['HUBSPOT_TOKEN', 'HUBSPOT_ACCESS_TOKEN'] },
  { e: 'SALESFORCE_ACCESS_TOKEN', cat: 'token', gen: (r) => `00D${r.str(ALNUM, 12)}!AQ${r.str(ALNUM, 4)}.${r.str(ALNUM + '._', 96)}`.replace(/[._]$/, 'Q'), re: /^00D[A-Za-z0-9]{12}!AQ[A-Za-z0-9]{4}\.[A-Za-z0-9._]{96}$/, keys: ['SF_ACCESS_TOKEN', 'SALESFORCE_SESSION_ID'] },
  { e: 'SALESFORCE_CONSUMER_SECRET', cat: 'token', gen: (r) => r.HEX(64), re: /^[0-9A-F]{64}$/, keys: ['SF_CONSUMER_SECRET', 'SALESFORCE_CLIENT_SECRET'] },
  { e: 'POSTMAN_API_KEY', cat: 'token', gen: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, re: /^PMAK-[0-9a-f]{24}-[0-9a-f]{34}$/, keys: ['POSTMAN_API_KEY'] },
  // --- observability
  { e: 'DATADOG_API_KEY', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['DD_API_KEY', 'DATADOG_API_KEY'] },
  { e: 'DATADOG_APP_KEY', cat: 'token', gen: (r) => r.hex(40), re: /^[0-9a-f]{40}$/, keys: ['DD_APP_KEY', 'DATADOG_APPLICATION_KEY'] },
  { e: 'NEW_RELIC_LICENSE_KEY', cat: 'token', gen: (r) => `${r.hex(36)}NRAL`, re: /^[0-9a-f]{36}NRAL$/, keys: ['NEW_RELIC_LICENSE_KEY', 'NR_LICENSE'] },
  { e: 'NEW_RELIC_USER_API_KEY', cat: 'token', gen: (r) => `NRAK-${r.str(UPNUM, 27)}`, re: /^NRAK-[A-Z0-9]{27}$/, keys: ['NEW_RELIC_API_KEY'] },
  { e: 'SENTRY_AUTH_TOKEN', cat: 'token', gen: (r) => `sntryu_${r.hex(64)}`, re: /^sntryu_[0-9a-f]{64}$/, keys: ['SENTRY_AUTH_TOKEN'] },
  { e: 'SENTRY_DSN_KEY', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['SENTRY_DSN'] },
  { e: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', cat: 'token', gen: (r) => `glsa_${r.str(ALNUM, 32)}_${r.hex(8)}`, re: /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/, keys: ['GRAFANA_TOKEN', 'GF_SA_TOKEN'] },
  { e: 'GRAFANA_CLOUD_TOKEN', cat: 'token', gen: (r) => `glc_${b64u(JSON.stringify({ o: String(r.int(100000, 999999)), n: `stack-${r.int(100000, 999999)}-hm-read`, k: r.str(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`, re: /^glc_eyJ[A-Za-z0-9_-]+$/, keys: ['GRAFANA_CLOUD_TOKEN', 'GCLOUD_RW_TOKEN'] },
  { e: 'DYNATRACE_API_TOKEN', cat: 'token', gen: (r) => `dt0c01.${r.str(UPNUM, 24)}.${r.str(UPNUM, 64)}`, re: /^dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}$/, keys: ['DT_API_TOKEN'] },
  { e: 'LANGSMITH_API_KEY', cat: 'token', gen: (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`, re: /^lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}$/, keys: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'] },
  { e: 'PREFECT_API_KEY', cat: 'token', gen: (r) => `pnu_${r.str(ALNUM, 36)}`, re: /^pnu_[A-Za-z0-9]{36}$/, keys: ['PREFECT_API_KEY'] },
  { e: 'LAUNCHDARKLY_SDK_KEY', cat: 'token', gen: (r) => `sdk-${uuid(r)}`, re: /^sdk-[0-9a-f-]{36}$/, keys: ['LD_SDK_KEY', 'LAUNCHDARKLY_SDK_KEY'] },
  // --- AI
  { e: 'OPENAI_PROJECT_KEY', cat: 'token', gen: (r) => `sk-proj-${r.str(ALNUM + '-_', 64)}T3BlbkFJ${r.str(ALNUM + '-_', 64)}`, re: /^sk-proj-[A-Za-z0-9_-]{64}T3BlbkFJ[A-Za-z0-9_-]{64}$/, keys: ['OPENAI_API_KEY', 'OPENAI_KEY', 'LLM_API_KEY'] },
  { e: 'OPENAI_API_KEY', cat: 'token', gen: (r) => `sk-${r.str(ALNUM, 20)}T3BlbkFJ${r.str(ALNUM, 20)}`, re: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/, keys: ['OPENAI_API_KEY', 'GPT_KEY'] },
  { e: 'OPENAI_SERVICE_ACCOUNT_KEY', cat: 'token', gen: (r) => `sk-svcacct-${r.str(ALNUM + '-_', 64)}T3BlbkFJ${r.str(ALNUM + '-_', 64)}`, re: /^sk-svcacct-[A-Za-z0-9_-]{64}T3BlbkFJ[A-Za-z0-9_-]{64}$/, keys: ['OPENAI_API_KEY', 'OPENAI_SVC_KEY'] },
  { e: 'ANTHROPIC_API_KEY', cat: 'token', gen: (r) => `sk-ant-api03-${r.str(ALNUM + '-_', 93)}AA`, re: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/, keys: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'] },
  { e: 'ANTHROPIC_ADMIN_KEY', cat: 'token', gen: (r) => `sk-ant-admin01-${r.str(ALNUM + '-_', 93)}AA`, re: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/, keys: ['ANTHROPIC_ADMIN_KEY'] },
  { e: 'OPENROUTER_API_KEY', cat: 'token', gen: (r) => `sk-or-v1-${r.hex(64)}`, re: /^sk-or-v1-[0-9a-f]{64}$/, keys: ['OPENROUTER_API_KEY'] },
  { e: 'GROQ_API_KEY', cat: 'token', gen: (r) => `gsk_${r.str(ALNUM, 52)}`, re: /^gsk_[A-Za-z0-9]{52}$/, keys: ['GROQ_API_KEY'] },
  { e: 'REPLICATE_API_TOKEN', cat: 'token', gen: (r) => `r8_${r.str(ALNUM, 37)}`, re: /^r8_[A-Za-z0-9]{37}$/, keys: ['REPLICATE_API_TOKEN'] },
  { e: 'PERPLEXITY_API_KEY', cat: 'token', gen: (r) => `pplx-${r.str(ALNUM, 48)}`, re: /^pplx-[A-Za-z0-9]{48}$/, keys: ['PPLX_API_KEY', 'PERPLEXITY_API_KEY'] },
  { e: 'XAI_API_KEY', cat: 'token', gen: (r) => `xai-${r.str(ALNUM, 80)}`, re: /^xai-[A-Za-z0-9]{80}$/, keys: ['XAI_API_KEY', 'GROK_KEY'] },
  { e: 'PINECONE_API_KEY', cat: 'token', gen: (r) => `pcsk_${r.str(ALNUM, 5)}_${r.str(ALNUM, 63)}`, re: /^pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}$/, keys: ['PINECONE_API_KEY'] },
  { e: 'MISTRAL_API_KEY', cat: 'token', gen: s(ALNUM, 32), re: /^[A-Za-z0-9]{32}$/, keys: ['MISTRAL_API_KEY'] },
  { e: 'COHERE_API_KEY', cat: 'token', gen: s(ALNUM, 40), re: /^[A-Za-z0-9]{40}$/, keys: ['COHERE_API_KEY', 'CO_API_KEY'] },
  // --- payments / commerce
  { e: 'STRIPE_SECRET_KEY', cat: 'token', gen: (r) => (r.chance(0.5) ? `sk_live_${r.str(ALNUM, 24)}` : `sk_live_51${r.str(ALNUM, 97)}`), re: /^sk_live_([A-Za-z0-9]{24}|51[A-Za-z0-9]{97})$/, keys: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'PAYMENTS_SK'] },
  { e: 'STRIPE_RESTRICTED_KEY', cat: 'token', gen: (r) => `rk_live_51${r.str(ALNUM, 97)}`, re: /^rk_live_51[A-Za-z0-9]{97}$/, keys: ['STRIPE_RESTRICTED_KEY', 'STRIPE_RK'] },
  { e: 'STRIPE_WEBHOOK_SECRET', cat: 'token', gen: (r) => `whsec_${r.str(ALNUM, 32)}`, re: /^whsec_[A-Za-z0-9]{32}$/, keys: ['STRIPE_WEBHOOK_SECRET', 'STRIPE_ENDPOINT_SECRET'] },
  { e: 'BRAINTREE_ACCESS_TOKEN', cat: 'token', gen: (r) => `access_token$production$${r.str(LONUM, 16)}$${r.hex(32)}`, re: /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/, keys: ['BRAINTREE_ACCESS_TOKEN'] },
  { e: 'SQUARE_ACCESS_TOKEN', cat: 'token', gen: (r) => `EAAA${r.str(ALNUM + '-_', 60)}`, re: /^EAAA[A-Za-z0-9_-]{60}$/, keys: ['SQUARE_ACCESS_TOKEN'] },
  { e: 'SQUARE_OAUTH_SECRET', cat: 'token', gen: (r) => `sq0csp-${r.str(ALNUM + '-_', 43)}`, re: /^sq0csp-[A-Za-z0-9_-]{43}$/, keys: ['SQUARE_APP_SECRET'] },
  { e: 'SHOPIFY_ACCESS_TOKEN', cat: 'token', gen: (r) => `shpat_${r.hex(32)}`, re: /^shpat_[0-9a-f]{32}$/, keys: ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN'] },
  { e: 'SHOPIFY_SHARED_SECRET', cat: 'token', gen: (r) => `shpss_${r.hex(32)}`, re: /^shpss_[0-9a-f]{32}$/, keys: ['SHOPIFY_API_SECRET'] },
  { e: 'SHOPIFY_CUSTOM_APP_TOKEN', cat: 'token', gen: (r) => `shpca_${r.hex(32)}`, re: /^shpca_[0-9a-f]{32}$/, keys: ['SHOPIFY_CUSTOM_APP_TOKEN'] },
  { e: 'RAZORPAY_KEY_SECRET', cat: 'token', gen: s(ALNUM, 24), re: /^[A-Za-z0-9]{24}$/, keys: ['RAZORPAY_KEY_SECRET', 'RZP_SECRET'] },
  { e: 'FLUTTERWAVE_SECRET_KEY', cat: 'token', gen: (r) => `FLWSECK-${r.hex(32)}-X`, re: /^FLWSECK-[0-9a-f]{32}-X$/, keys: ['FLW_SECRET_KEY'] },
  { e: 'MOLLIE_API_KEY', cat: 'token', gen: (r) => `live_${r.str(ALNUM, 30)}`, re: /^live_[A-Za-z0-9]{30}$/, keys: ['MOLLIE_API_KEY'] },
  { e: 'PAYSTACK_SECRET_KEY', cat: 'token', gen: (r) => `sk_live_${r.hex(40)}`, re: /^sk_live_[0-9a-f]{40}$/, keys: ['PAYSTACK_SECRET_KEY'] },
  { e: 'ADYEN_API_KEY', cat: 'token', gen: (r) => `AQE${r.str(ALNUM, 4)}fxL${r.str(ALNUM + '+/', 120)}`, re: /^AQE[A-Za-z0-9]{4}fxL[A-Za-z0-9+/]{120}$/, keys: ['ADYEN_API_KEY'] },
  { e: 'SHIPPO_API_TOKEN', cat: 'token', gen: (r) => `shippo_live_${r.hex(40)}`, re: /^shippo_live_[0-9a-f]{40}$/, keys: ['SHIPPO_TOKEN'] },
  { e: 'EASYPOST_API_KEY', cat: 'token', gen: (r) => `EZAK${r.str(ALNUM, 54)}`, re: /^EZAK[A-Za-z0-9]{54}$/, keys: ['EASYPOST_API_KEY'] },
  { e: 'ALGOLIA_ADMIN_API_KEY', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_WRITE_KEY'] },
  { e: 'MAPBOX_SECRET_TOKEN', cat: 'token', gen: (r) => `sk.${b64u(JSON.stringify({ u: r.pick(['acme-maps', 'fleet-ops', 'geo-team']), a: r.str(LONUM, 25) })).replace(/=+$/, '')}.${r.str(ALNUM + '-_', 22)}`, re: /^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/, keys: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'] },
  // --- messaging / e-mail
  { e: 'TWILIO_AUTH_TOKEN', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['TWILIO_AUTH_TOKEN'] },
  { e: 'TWILIO_API_SECRET', cat: 'token', gen: s(ALNUM, 32), re: /^[A-Za-z0-9]{32}$/, keys: ['TWILIO_API_SECRET'] },
  { e: 'SENDGRID_API_KEY', cat: 'token', gen: (r) => `SG.${r.str(ALNUM + '-_', 22)}.${r.str(ALNUM + '-_', 43)}`, re: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/, keys: ['SENDGRID_API_KEY', 'SMTP_API_KEY'] },
  { e: 'MAILGUN_API_KEY', cat: 'token', gen: (r) => (r.chance(0.5) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`), re: /^(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/, keys: ['MAILGUN_API_KEY', 'MG_KEY'] },
  { e: 'MAILCHIMP_API_KEY', cat: 'token', gen: (r) => `${r.hex(32)}-us${r.int(1, 21)}`, re: /^[0-9a-f]{32}-us\d{1,2}$/, keys: ['MAILCHIMP_API_KEY', 'MC_API_KEY'] },
  { e: 'POSTMARK_SERVER_TOKEN', cat: 'token', gen: (r) => uuid(r), re: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, keys: ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN'] },
  { e: 'FIREBASE_CLOUD_MESSAGING_KEY', cat: 'token', gen: (r) => `AAAA${r.str(ALNUM + '-_', 7)}:APA91b${r.str(ALNUM + '-_', 134)}`, re: /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/, keys: ['FCM_SERVER_KEY'] },
  { e: 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', cat: 'token', gen: (r) => `ops_${b64u(JSON.stringify({ signInAddress: 'vault.ops.example', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.str(B64URL, 22) }, email: `${r.str(LONUM, 13)}@1passwordserviceaccounts.invalid`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.str(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' } })).replace(/=+$/, '')}`, re: /^ops_eyJ[A-Za-z0-9_-]+$/, keys: ['OP_SERVICE_ACCOUNT_TOKEN'] },
  { e: 'AGE_SECRET_KEY', cat: 'token', gen: age, re: /^AGE-SECRET-KEY-1[023456789ACDEFGHJKLMNPQRSTUVWXYZ]{58}$/, check: (v) => { const d = bech32Decode(v); return !!d && d.hrp === 'age-secret-key-'; }, keys: ['SOPS_AGE_KEY'] },
  { e: 'OKTA_API_TOKEN', cat: 'token', gen: (r) => `00${r.str(ALNUM + '-_', 40)}`, re: /^00[A-Za-z0-9_-]{40}$/, keys: ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'] },
  { e: 'AUTH0_CLIENT_SECRET', cat: 'token', gen: s(ALNUM + '-_', 64), re: /^[A-Za-z0-9_-]{64}$/, keys: ['AUTH0_CLIENT_SECRET'] },
  { e: 'YANDEX_OAUTH_TOKEN', cat: 'token', gen: (r) => `y0_${r.str(ALNUM + '-_', 55)}`, re: /^y0_[A-Za-z0-9_-]{55}$/, keys: ['YANDEX_OAUTH_TOKEN', 'YC_TOKEN'] },
  { e: 'SUPABASE_ACCESS_TOKEN', cat: 'token', gen: (r) => `sbp_${r.hex(40)}`, re: /^sbp_[0-9a-f]{40}$/, keys: ['SUPABASE_ACCESS_TOKEN'] },
  { e: 'PLANETSCALE_PASSWORD', cat: 'token', gen: (r) => `pscale_pw_${r.str(ALNUM + '-_', 43)}`, re: /^pscale_pw_[A-Za-z0-9_-]{43}$/, keys: ['PLANETSCALE_DB_PASSWORD', 'DATABASE_PASSWORD'] },
  { e: 'PLANETSCALE_SERVICE_TOKEN', cat: 'token', gen: (r) => `pscale_tkn_${r.str(ALNUM + '-_', 43)}`, re: /^pscale_tkn_[A-Za-z0-9_-]{43}$/, keys: ['PLANETSCALE_SERVICE_TOKEN'] },
  { e: 'MINIO_ACCESS_KEY', cat: 'token', gen: s(UPNUM, 20), re: /^[A-Z0-9]{20}$/, keys: ['MINIO_ACCESS_KEY', 'MINIO_ROOT_USER'] },
  { e: 'MINIO_SECRET_KEY', cat: 'token', gen: s(ALNUM, 40), re: /^[A-Za-z0-9]{40}$/, keys: ['MINIO_SECRET_KEY', 'MINIO_ROOT_PASSWORD'] },
  { e: 'R2_SECRET_ACCESS_KEY', cat: 'token', gen: (r) => r.hex(64), re: /^[0-9a-f]{64}$/, keys: ['R2_SECRET_ACCESS_KEY', 'OBJECT_STORE_SECRET'] },
  { e: 'ELASTIC_API_KEY', cat: 'token', gen: (r) => Buffer.from(`${r.str(ALNUM + '-_', 20)}:${r.str(ALNUM + '-_', 22)}`).toString('base64'), re: /^[A-Za-z0-9+/]{56,60}={0,2}$/, check: (v) => /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}$/.test(Buffer.from(v, 'base64').toString('utf8')), keys: ['ELASTIC_API_KEY', 'ES_API_KEY'] },
  // --- generic, no vendor prefix
  { e: 'GENERIC_API_KEY_HEX', cat: 'token', gen: (r) => r.hex(r.pick([32, 40, 48, 64])), re: /^[0-9a-f]{32,64}$/, keys: ['API_KEY', 'X_API_KEY', 'APIKEY', 'PARTNER_KEY', 'FEED_TOKEN', 'INGEST_KEY', 'LICENSE_TOKEN', 'WMS_PASSKEY', 'CARRIER_API_KEY', 'GEO_LOOKUP_KEY'] },
  { e: 'GENERIC_API_KEY_BASE62', cat: 'token', gen: (r) => r.str(ALNUM, r.int(28, 48)), re: /^[A-Za-z0-9]{28,48}$/, keys: ['API_TOKEN', 'SERVICE_TOKEN', 'ACCESS_KEY', 'UPSTREAM_AUTH', 'CRM_BRIDGE_KEY', 'SYNC_CREDENTIAL', 'TOKEN_B', 'MAGIC', 'K', 'ZAP'] },
  { e: 'GENERIC_SECRET_BASE64', cat: 'token', gen: (r) => b64Of(r, r.pick([24, 32, 48])), re: /^[A-Za-z0-9+/]{32,64}={0,2}$/, keys: ['CLIENT_SECRET', 'SHARED_SECRET', 'APP_SECRET', 'SIG_SEED', 'HANDSHAKE', 'SALT_PEPPER', 'BLOB'] },
  { e: 'GENERIC_SECRET_BASE32', cat: 'token', gen: (r) => r.str(B32, r.pick([32, 40, 52])), re: /^[A-Z2-7]{32,52}$/, keys: ['OTP_SECRET', 'LEGACY_KEY', 'RELAY_SECRET', 'BRIDGE_SEED'] },
  { e: 'HMAC_SIGNING_KEY', cat: 'token', gen: (r) => r.hex(64), re: /^[0-9a-f]{64}$/, keys: ['HMAC_KEY', 'SIGNING_KEY', 'REQUEST_SIGNING_SECRET', 'CALLBACK_HMAC'] },
  { e: 'WEBHOOK_SIGNING_SECRET', cat: 'token', gen: (r) => (r.chance(0.5) ? b64Of(r, 32, true) : r.hex(40)), re: /^([A-Za-z0-9_-]{43}|[0-9a-f]{40})$/, keys: ['WEBHOOK_SECRET', 'HOOK_SIGNING_SECRET', 'EVENTS_SECRET'] },
  { e: 'SESSION_SECRET', cat: 'token', gen: (r) => machinePassword(r, { len: r.int(40, 64) }), re: /^\S{30,64}$/, keys: ['SESSION_SECRET', 'SECRET_KEY_BASE_SESSION', 'EXPRESS_SESSION_SECRET'] },
  { e: 'COOKIE_SIGNING_KEY', cat: 'token', gen: (r) => r.str(ALNUM, 48), re: /^[A-Za-z0-9]{48}$/, keys: ['COOKIE_SECRET', 'COOKIE_SIGNING_KEY'] },
  { e: 'ENCRYPTION_KEY_BASE64', cat: 'token', gen: (r) => b64Of(r, 32), re: /^[A-Za-z0-9+/]{43}=$/, keys: ['ENCRYPTION_KEY', 'DATA_KEY', 'FIELD_ENCRYPTION_KEY', 'PII_VAULT_KEY'] },
  { e: 'ENCRYPTION_KEY_HEX', cat: 'token', gen: (r) => r.hex(64), re: /^[0-9a-f]{64}$/, keys: ['AES_KEY', 'MASTER_KEY', 'BACKUP_ENCRYPTION_KEY'] },
  { e: 'JWT_SIGNING_SECRET', cat: 'token', gen: (r) => machinePassword(r, { len: r.int(32, 64) }), re: /^\S{30,64}$/, keys: ['JWT_SECRET', 'JWT_SIGNING_KEY', 'TOKEN_SECRET'] },
  { e: 'OAUTH_CLIENT_SECRET', cat: 'token', gen: (r) => r.str(ALNUM + '-_~.', 40).replace(/[-_~.]$/, 'z'), re: /^[A-Za-z0-9_~.-]{40}$/, keys: ['OAUTH_CLIENT_SECRET', 'CLIENT_SECRET', 'SSO_CLIENT_SECRET'] },
  { e: 'OAUTH_REFRESH_TOKEN', cat: 'token', gen: (r) => r.str(ALNUM + '-_', r.int(60, 90)), re: /^[A-Za-z0-9_-]{60,90}$/, keys: ['REFRESH_TOKEN', 'OAUTH_REFRESH'] },
  { e: 'BEARER_TOKEN', cat: 'token', gen: (r) => r.str(ALNUM + '-_.', r.int(40, 64)).replace(/^[-_.]|[-_.]$/g, 'q'), re: /^[A-Za-z0-9_.-]{40,64}$/, keys: ['AUTH_TOKEN', 'BEARER', 'ACCESS_TOKEN'] },
  { e: 'TOTP_SEED', cat: 'token', gen: (r) => r.str(B32, r.pick([16, 32])), re: /^[A-Z2-7]{16,32}$/, keys: ['TOTP_SEED', 'MFA_SECRET', 'OTP_SHARED_SECRET'] },
  { e: 'DJANGO_SECRET_KEY', cat: 'token', gen: (r) => (r.chance(0.4) ? 'django-insecure-' : '') + r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)', 50).replace(/^[^a-z0-9]|[^a-z0-9]$/g, 'k'), re: /^(django-insecure-)?[a-z0-9!@#%^*(\-_=+)]{50}$/, keys: ['DJANGO_SECRET_KEY', 'SECRET_KEY'] },
  { e: 'RAILS_MASTER_KEY', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['RAILS_MASTER_KEY'] },
  { e: 'RAILS_SECRET_KEY_BASE', cat: 'token', gen: (r) => r.hex(128), re: /^[0-9a-f]{128}$/, keys: ['SECRET_KEY_BASE'] },
  { e: 'LARAVEL_APP_KEY', cat: 'token', gen: (r) => `base64:${b64Of(r, 32)}`, re: /^base64:[A-Za-z0-9+/]{43}=$/, keys: ['APP_KEY'] },
  { e: 'NEXTAUTH_SECRET', cat: 'token', gen: (r) => b64Of(r, 32), re: /^[A-Za-z0-9+/]{43}=$/, keys: ['NEXTAUTH_SECRET', 'AUTH_SECRET'] },
  { e: 'SYMFONY_APP_SECRET', cat: 'token', gen: (r) => r.hex(32), re: /^[0-9a-f]{32}$/, keys: ['APP_SECRET'] },
  { e: 'FERNET_KEY', cat: 'token', gen: (r) => b64Of(r, 32, true) + '=', re: /^[A-Za-z0-9_-]{43}=$/, keys: ['FERNET_KEY', 'AIRFLOW__CORE__FERNET_KEY', 'SUPERSET_SECRET_KEY'] },
  { e: 'WIREGUARD_PRIVATE_KEY', cat: 'token', gen: (r) => { const b = r.bytes(32); b[0] &= 248; b[31] = (b[31] & 127) | 64; return b.toString('base64'); }, re: /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, keys: ['PrivateKey', 'WG_PRIVATE_KEY'] },
  { e: 'API_SIGNATURE_SECRET', cat: 'token', gen: (r) => r.str(ALNUM, 32), re: /^[A-Za-z0-9]{32}$/, keys: ['APP_SIGN_SECRET', 'MERCHANT_SECRET', 'PARTNER_SIGNATURE_KEY'] },
  { e: 'LICENSE_ACTIVATION_KEY', cat: 'token', gen: (r) => Array.from({ length: 5 }, () => r.str(UPNUM, 5)).join('-'), re: /^([A-Z0-9]{5}-){4}[A-Z0-9]{5}$/, keys: ['LICENSE_KEY', 'ACTIVATION_KEY'] },
  // --- database and service passwords
  { e: 'POSTGRES_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['POSTGRES_PASSWORD', 'PGPASSWORD', 'DB_PASSWORD', 'spring.datasource.password'] },
  { e: 'MYSQL_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MYSQL_PWD', 'DB_PASS'] },
  { e: 'MONGODB_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['MONGO_INITDB_ROOT_PASSWORD', 'MONGODB_PASSWORD'] },
  { e: 'REDIS_PASSWORD', cat: 'dbpass', gen: (r) => (r.chance(0.5) ? r.hex(32) : machinePassword(r, { urlSafe: true })), re: /^\S.*\S$/, keys: ['REDIS_PASSWORD', 'REDIS_AUTH', 'requirepass'] },
  { e: 'RABBITMQ_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['RABBITMQ_DEFAULT_PASS', 'AMQP_PASSWORD'] },
  { e: 'MSSQL_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r).replace(/[;=]/g, 'x'), re: /^\S.*\S$/, keys: ['MSSQL_SA_PASSWORD', 'SA_PASSWORD'] },
  { e: 'ORACLE_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['ORACLE_PASSWORD', 'ORA_PWD'] },
  { e: 'CLICKHOUSE_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['CLICKHOUSE_PASSWORD'] },
  { e: 'ELASTICSEARCH_PASSWORD', cat: 'dbpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['ELASTIC_PASSWORD', 'ES_PASSWORD'] },
  { e: 'SMTP_PASSWORD', cat: 'svcpass', gen: (r) => (r.chance(0.5) ? machinePassword(r) : r.str(LOWER, 16)), re: /^\S.*\S$/, keys: ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD'] },
  { e: 'LDAP_BIND_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r), re: /^\S.*\S$/, keys: ['LDAP_BIND_PASSWORD', 'LDAP_ADMIN_PASSWORD', 'bindpw'] },
  { e: 'FTP_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['FTP_PASSWORD', 'SFTP_PASS'] },
  { e: 'PROXY_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['PROXY_PASSWORD'] },
  { e: 'ADMIN_PASSWORD', cat: 'svcpass', gen: (r) => (r.chance(0.5) ? machinePassword(r) : humanPassword(r, r.pick(Object.keys(HUMAN_WORDS)))), re: /^\S.*\S$/, keys: ['ADMIN_PASSWORD', 'ADMIN_PASS', 'SUPERUSER_PASSWORD', 'GF_SECURITY_ADMIN_PASSWORD'] },
  { e: 'KEYSTORE_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r), re: /^\S.*\S$/, keys: ['KEYSTORE_PASSWORD', 'storePassword', 'TRUSTSTORE_PASSWORD'] },
  { e: 'SSH_KEY_PASSPHRASE', cat: 'svcpass', gen: (r) => passphrase(r, r.pick(Object.keys(PHRASE_WORDS))), re: /^\S.*\S$/, keys: ['SSH_PASSPHRASE', 'DEPLOY_KEY_PASSPHRASE'] },
  { e: 'GPG_PASSPHRASE', cat: 'svcpass', gen: (r) => passphrase(r, r.pick(Object.keys(PHRASE_WORDS))), re: /^\S.*\S$/, keys: ['GPG_PASSPHRASE', 'SIGNING_KEY_PASSPHRASE'] },
  { e: 'ANSIBLE_VAULT_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r, { len: r.int(24, 40) }), re: /^\S.*\S$/, keys: ['ANSIBLE_VAULT_PASSWORD'] },
  { e: 'WIFI_PSK', cat: 'svcpass', gen: (r) => { let v; do { v = r.chance(0.5) ? passphrase(r, r.pick(Object.keys(PHRASE_WORDS))) : humanPassword(r, 'en'); } while (v.length < 8); return v; }, re: /^\S.{6,}\S$/, keys: ['wpa_passphrase', 'WIFI_PASSWORD', 'psk'] },
  { e: 'RADIUS_SHARED_SECRET', cat: 'svcpass', gen: (r) => machinePassword(r, { len: 20 }), re: /^\S.*\S$/, keys: ['RADIUS_SECRET', 'secret'] },
  { e: 'IPSEC_PSK', cat: 'svcpass', gen: (r) => machinePassword(r, { len: r.int(24, 36) }), re: /^\S.*\S$/, keys: ['IPSEC_PSK', 'pre_shared_key'] },
  { e: 'SNMP_COMMUNITY', cat: 'svcpass', gen: (r) => `${r.pick(['n0c', 'mon', 'netops', 'ro'])}-${r.str(LONUM, 10)}`, re: /^[a-z0-9]+-[a-z0-9]{10}$/, keys: ['SNMP_COMMUNITY', 'community'] },
  { e: 'VNC_PASSWORD', cat: 'svcpass', gen: (r) => r.str(ALNUM, 8), re: /^[A-Za-z0-9]{8}$/, keys: ['VNC_PASSWORD'] },
  { e: 'DOCKER_REGISTRY_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['REGISTRY_PASSWORD', 'CI_REGISTRY_PASSWORD'] },
  { e: 'HTTP_BASIC_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r, { urlSafe: true }), re: /^\S.*\S$/, keys: ['BASIC_AUTH_PASSWORD', 'HTPASSWD'] },
  { e: 'SERVICE_ACCOUNT_PASSWORD', cat: 'svcpass', gen: (r) => machinePassword(r), re: /^\S.*\S$/, keys: ['SVC_PASSWORD', 'SERVICE_PASSWORD', 'EXPORT_USER_PASSWORD', 'SYNC_PASS'] },
  // --- typed by people
  { e: 'USER_PASSWORD', cat: 'human', gen: (r, lang) => humanPassword(r, lang), re: /^\S(.*\S)?$/, keys: ['password'] },
  { e: 'PASSPHRASE', cat: 'human', gen: (r, lang) => passphrase(r, lang), re: /^\S.*\S$/, keys: ['passphrase'] },
  { e: 'TEMPORARY_PASSWORD', cat: 'human', gen: (r) => `${r.str(UPPER, 1)}${r.str(LOWER, 3)}-${r.digits(4)}-${r.str(LOWER, 4)}`, re: /^[A-Z][a-z]{3}-\d{4}-[a-z]{4}$/, keys: ['temp_password'] },
  { e: 'WALLET_SEED_PHRASE', cat: 'human', gen: seedPhrase, re: /^([a-z]+ ){11}[a-z]+$|^([a-z]+ ){23}[a-z]+$/, keys: ['mnemonic'] },
  { e: 'BACKUP_CODES', cat: 'human', gen: (r) => `${r.str(LONUM, 4)}-${r.str(LONUM, 4)}`, re: /^[a-z0-9]{4}-[a-z0-9]{4}$/, keys: ['recovery_code'] },
  { e: 'DOOR_ALARM_CODE', cat: 'human', gen: (r) => `${r.int(1, 9)}${r.digits(r.pick([5, 7]))}${r.pick(['#', '*', ''])}`, re: /^\d{6,8}[#*]?$/, keys: ['alarm_code'] },
  { e: 'SESSION_COOKIE', cat: 'cookie', gen: (r) => (r.chance(0.5) ? r.str(ALNUM + '-_', r.int(32, 48)) : `s%3A${r.str(ALNUM + '-_', 32)}.${r.str(ALNUM + '%', 43)}`), re: /^[A-Za-z0-9_%.-]{32,90}$/, keys: ['session'] },
  { e: 'MEETING_PASSCODE', cat: 'human', gen: (r) => (r.chance(0.5) ? r.digits(r.pick([6, 8, 10])) : r.str(ALNUM, 8)), re: /^([0-9]{6,10}|[A-Za-z0-9]{8})$/, keys: ['passcode'] },
  { e: 'SMS_VERIFICATION_CODE', cat: 'human', gen: (r) => r.digits(6), re: /^\d{6}$/, keys: ['otp'] },
  // --- PEM keys
  { e: 'RSA_PRIVATE_KEY', cat: 'pem', gen: (r) => genPem(r, 'RSA_PRIVATE_KEY'), pem: true },
  { e: 'PKCS8_PRIVATE_KEY', cat: 'pem', gen: (r) => genPem(r, 'PKCS8_PRIVATE_KEY'), pem: true },
  { e: 'EC_PRIVATE_KEY', cat: 'pem', gen: (r) => genPem(r, 'EC_PRIVATE_KEY'), pem: true },
  { e: 'OPENSSH_PRIVATE_KEY', cat: 'pem', gen: (r) => genPem(r, 'OPENSSH_PRIVATE_KEY'), pem: true },
  { e: 'PGP_PRIVATE_KEY', cat: 'pem', gen: (r) => genPem(r, 'PGP_PRIVATE_KEY'), pem: true },
  { e: 'ENCRYPTED_PRIVATE_KEY', cat: 'pem', gen: (r) => genPem(r, 'ENCRYPTED_PRIVATE_KEY'), pem: true },
  // --- JWT-shaped
  { e: 'JWT_ACCESS_TOKEN', cat: 'jwt', gen: (r) => genJwt(r, 'access'), check: jwtOk, re: /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/ },
  { e: 'OIDC_ID_TOKEN', cat: 'jwt', gen: (r) => genJwt(r, 'id'), check: jwtOk, re: /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/ },
  { e: 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', cat: 'jwt', gen: (r) => genJwt(r, 'k8s'), check: jwtOk, re: /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/ },
  { e: 'SUPABASE_SERVICE_ROLE_KEY', cat: 'jwt', gen: (r) => genJwt(r, 'supabase'), check: jwtOk, re: /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, keys: ['SUPABASE_SERVICE_ROLE_KEY'] },
  // --- encoded credentials
  { e: 'BASIC_AUTH_CREDENTIALS', cat: 'encoded', re: /^[A-Za-z0-9+/]+={0,2}$/, check: (v) => /^[^:\s]+:\S+$/.test(Buffer.from(v, 'base64').toString('utf8')) },
  { e: 'DOCKER_REGISTRY_AUTH', cat: 'encoded', re: /^[A-Za-z0-9+/]+={0,2}$/, check: (v) => /^[^:\s]+:\S+$/.test(Buffer.from(v, 'base64').toString('utf8')) },
  { e: 'K8S_SECRET_DATA', cat: 'encoded', re: /^[A-Za-z0-9+/]+={0,2}$/, check: (v) => { const t = Buffer.from(v, 'base64'); return t.length > 0 && Buffer.from(t.toString('utf8'), 'utf8').equals(t) && !/[\x00-\x08]/.test(t.toString('utf8')) && t.toString('base64') === v; } },
];

export const SECRET_BY_ENTITY = Object.fromEntries(SECRET_KINDS.map((k) => [k.e, k]));
export const TOKEN_KINDS = SECRET_KINDS.filter((k) => k.cat === 'token');
export const DBPASS_KINDS = SECRET_KINDS.filter((k) => k.cat === 'dbpass');
export const SVCPASS_KINDS = SECRET_KINDS.filter((k) => k.cat === 'svcpass');
export const PEM_KINDS = SECRET_KINDS.filter((k) => k.cat === 'pem');

// Generates a value that never contains the word "example" (case-insensitive).
export function genSecret(r, kindOrEntity, lang) {
  const k = typeof kindOrEntity === 'string' ? SECRET_BY_ENTITY[kindOrEntity] : kindOrEntity;
  if (!k || !k.gen) throw new Error('no generator for ' + kindOrEntity);
  for (;;) {
    const v = k.gen(r, lang);
    if (!/example/i.test(v)) return v;
  }
}
export const basicAuth = (user, pass) => Buffer.from(`${user}:${pass}`, 'utf8').toString('base64');

// Key-name styles derived from a canonical UPPER_SNAKE name.
export function styleKey(name, style) {
  if (/[a-z]/.test(name) && !/^[A-Z0-9_]+$/.test(name)) return name; // already styled (e.g. AccountKey)
  const parts = name.toLowerCase().split('_').filter(Boolean);
  switch (style) {
    case 'lower': return parts.join('_');
    case 'camel': return parts[0] + parts.slice(1).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    case 'pascal': return parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    case 'kebab': return parts.join('-');
    case 'dot': return parts.join('.');
    default: return name;
  }
}
