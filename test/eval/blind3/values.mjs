// blind3 value factories: fake but format-valid secrets, PII and look-alikes.
import { A, luhnCheckDigit, ibanCheck, base58check, bech32Segwit, crc32, base62, b64, b64url, wrap, sha256 } from './lib.mjs';

// ================================================================ secrets
export function makeSecrets(r) {
  const ghTok = (pfx) => { const body = r.chars(A.b62, 30); return `${pfx}_${body}${base62(crc32(body), 6)}`; };
  const hexs = (n) => r.chars(A.hex, n);
  const pw = (n = r.int(12, 24)) => {
    // human-ish or random passwords
    const style = r.int(0, 3);
    if (style === 0) return r.chars(A.pw, n);
    if (style === 1) return r.pick(['Winter', 'Harbor', 'Quartz', 'Falcon', 'Lantern', 'Maple', 'Orbit', 'Cobalt', 'Saffron', 'Tundra']) + r.pick(['!', '#', '$', '%', '*', '@']) + r.digits(4) + r.pick(['Xq', 'Lm', 'Zp', 'Rt', 'Vw']) + r.chars(A.alnum, 4);
    if (style === 2) return r.chars(A.alnum, n);
    return r.chars(A.lower, 5) + '-' + r.chars(A.lower, 5) + '-' + r.chars(A.lower, 5) + '-' + r.digits(2);
  };
  const urlpw = () => r.chars(A.alnum + '-_.~', r.int(14, 28)); // URL-safe without escaping
  const jwtWith = (payload, alg = 'HS256') => {
    const h = b64url(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: hexs(16) } : {}) }));
    const p = b64url(JSON.stringify(payload));
    const sig = r.bytes(alg === 'RS256' ? 256 : 32).toString('base64url');
    return `${h}.${p}.${sig}`;
  };
  const derLen = (n) => n < 128 ? Buffer.from([n]) : n < 256 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 255]);
  const sshStr = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
  const T = {
    AWS_ACCESS_KEY: () => 'AKIA' + r.chars(A.b32, 16),
    AWS_TEMP_ACCESS_KEY: () => 'ASIA' + r.chars(A.b32, 16),
    AWS_SECRET_KEY: () => r.chars(A.alnum + '+/', 40),
    AWS_SESSION_TOKEN: () => 'IQoJb3JpZ2luX2Vj' + r.chars(A.alnum + '+/', r.int(300, 360)) + '==',
    GITHUB_PAT: () => ghTok('ghp'),
    GITHUB_OAUTH_TOKEN: () => ghTok('gho'),
    GITHUB_USER_TO_SERVER_TOKEN: () => ghTok('ghu'),
    GITHUB_APP_INSTALLATION_TOKEN: () => ghTok('ghs'),
    GITHUB_REFRESH_TOKEN: () => ghTok('ghr'),
    GITHUB_FINE_GRAINED_PAT: () => 'github_pat_' + r.chars(A.alnum, 22) + '_' + r.chars(A.alnum, 59),
    GITLAB_PAT: () => 'glpat-' + r.chars(A.alnum + '-_', 20),
    GITLAB_RUNNER_TOKEN: () => 'glrt-' + r.chars(A.alnum + '-_', 20),
    SLACK_BOT_TOKEN: () => `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(A.alnum, 24)}`,
    SLACK_USER_TOKEN: () => `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${hexs(32)}`,
    SLACK_APP_TOKEN: () => `xapp-1-A${r.chars(A.upper + A.digit, 10)}-${r.digits(13)}-${hexs(64)}`,
    WEBHOOK_URL_SECRET: () => r.chars(A.alnum, 24),
    STRIPE_SECRET_KEY: () => 'sk_live_51' + r.chars(A.alnum, 97),
    STRIPE_RESTRICTED_KEY: () => 'rk_live_51' + r.chars(A.alnum, 97),
    STRIPE_WEBHOOK_SECRET: () => 'whsec_' + r.chars(A.alnum, 32),
    OPENAI_API_KEY: () => 'sk-proj-' + r.chars(A.alnum + '-_', 74) + 'T3BlbkFJ' + r.chars(A.alnum + '-_', 74),
    ANTHROPIC_API_KEY: () => 'sk-ant-api03-' + r.chars(A.alnum + '-_', 93) + 'AA',
    HUGGINGFACE_TOKEN: () => 'hf_' + r.chars(A.upper + A.lower, 34),
    NPM_TOKEN: () => 'npm_' + r.chars(A.alnum, 36),
    SENDGRID_API_KEY: () => `SG.${r.chars(A.alnum + '-_', 22)}.${r.chars(A.alnum + '-_', 43)}`,
    TWILIO_AUTH_TOKEN: () => hexs(32),
    TWILIO_API_KEY: () => 'SK' + hexs(32),
    MAILGUN_API_KEY: () => 'key-' + hexs(32),
    GOOGLE_API_KEY: () => 'AIza' + r.chars(A.alnum + '-_', 35),
    GOOGLE_OAUTH_CLIENT_SECRET: () => 'GOCSPX-' + r.chars(A.alnum + '-_', 28),
    AZURE_STORAGE_KEY: () => r.bytes(64).toString('base64'),
    AZURE_CLIENT_SECRET: () => r.chars(A.alnum, 3) + r.digits(1) + 'Q~' + r.chars(A.alnum + '_.-~', 34),
    AZURE_SAS_SIGNATURE: () => encodeURIComponent(r.bytes(32).toString('base64')),
    AZURE_DEVOPS_PAT: () => r.chars('abcdefghijklmnopqrstuvwxyz234567', 52),
    DATADOG_API_KEY: () => hexs(32),
    DATADOG_APP_KEY: () => hexs(40),
    DIGITALOCEAN_TOKEN: () => 'dop_v1_' + hexs(64),
    SHOPIFY_ACCESS_TOKEN: () => 'shpat_' + hexs(32),
    DISCORD_BOT_TOKEN: () => `${b64url(r.digits(18))}.${r.chars(A.alnum + '-_', 6)}.${r.chars(A.alnum + '-_', 38)}`,
    TELEGRAM_BOT_TOKEN: () => `${r.int(1000000000, 7999999999)}:AA${r.chars(A.alnum + '-_', 33)}`,
    JWT: () => jwtWith({ sub: String(r.int(1000, 99999)), name: r.pick(['svc-reporting', 'admin', 'ops-bot']), iat: 1760000000 + r.int(0, 9999999), exp: 1790000000 + r.int(0, 9999999) }),
    K8S_SERVICE_ACCOUNT_TOKEN: () => jwtWith({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': r.pick(['payments', 'default', 'ml', 'ingest']), sub: 'system:serviceaccount:' + r.pick(['payments:deployer', 'ci:runner', 'ingest:worker']) }, 'RS256'),
    SUPABASE_SERVICE_ROLE_KEY: () => jwtWith({ iss: 'supabase', ref: r.chars(A.lower, 20), role: 'service_role', iat: 1740000000 + r.int(0, 9999999), exp: 2050000000 + r.int(0, 9999999) }),
    NEW_RELIC_LICENSE_KEY: () => hexs(36) + 'NRAL',
    CLOUDFLARE_API_TOKEN: () => r.chars(A.alnum + '-_', 40),
    MAPBOX_SECRET_TOKEN: () => 'sk.' + b64url(JSON.stringify({ u: r.chars(A.lower, 8), a: r.chars(A.lowalnum, 25) })) + '.' + r.chars(A.alnum + '-_', 22),
    ATLASSIAN_API_TOKEN: () => 'ATATT3xFfGF0' + r.chars(A.alnum + '-_', 170) + '=' + r.chars(A.HEX, 8),
    LINEAR_API_KEY: () => 'lin_api_' + r.chars(A.alnum, 40),
    POSTMAN_API_KEY: () => `PMAK-${hexs(24)}-${hexs(34)}`,
    DOPPLER_TOKEN: () => 'dp.st.' + r.pick(['prd', 'stg', 'dev']) + '.' + r.chars(A.alnum, 43),
    VAULT_TOKEN: () => 'hvs.' + r.chars(A.alnum + '-_', 90),
    TERRAFORM_CLOUD_TOKEN: () => r.chars(A.alnum, 14) + '.atlasv1.' + r.chars(A.alnum, 67),
    PULUMI_ACCESS_TOKEN: () => 'pul-' + hexs(40),
    OKTA_API_TOKEN: () => '00' + r.chars(A.alnum + '-_', 40),
    SQUARE_ACCESS_TOKEN: () => 'EAAA' + r.chars(A.alnum + '-_', 60),
    NOTION_INTEGRATION_TOKEN: () => 'ntn_' + r.digits(11) + r.chars(A.alnum, 35),
    FIGMA_TOKEN: () => 'figd_' + r.chars(A.alnum + '-_', 40),
    GRAFANA_SERVICE_ACCOUNT_TOKEN: () => 'glsa_' + r.chars(A.alnum, 32) + '_' + hexs(8),
    DOCKERHUB_PAT: () => 'dckr_pat_' + r.chars(A.alnum + '-_', 27),
    PLANETSCALE_PASSWORD: () => 'pscale_pw_' + r.chars(A.alnum + '-_', 43),
    ARTIFACTORY_API_KEY: () => 'AKCp' + r.chars(A.alnum, 69),
    ALGOLIA_ADMIN_KEY: () => hexs(32),
    SENTRY_AUTH_TOKEN: () => 'sntrys_' + b64(JSON.stringify({ iat: 1750000000 + r.int(0, 9999999), region_url: 'https://errors.acme.example', org: 'acme' })).replace(/=+$/, '') + '_' + r.chars(A.alnum + '+/', 43),
    DSN_KEY: () => hexs(32),
    PRIVATE_KEY_PASSPHRASE: pw,
    DJANGO_SECRET_KEY: () => 'django-insecure-' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50),
    RAILS_SECRET_KEY_BASE: () => hexs(128),
    LARAVEL_APP_KEY: () => 'base64:' + r.bytes(32).toString('base64'),
    FLASK_SECRET_KEY: () => hexs(48),
    SESSION_SECRET: () => r.chars(A.alnum, 48),
    ENCRYPTION_KEY: () => r.bytes(32).toString('base64'),
    OAUTH_CLIENT_SECRET: () => r.chars(A.alnum + '-_', 40),
    API_KEY: () => r.chars(A.alnum, r.int(32, 48)),
    BEARER_TOKEN: () => r.chars(A.alnum + '-._~', r.int(40, 64)),
    WEBHOOK_SIGNING_SECRET: () => r.bytes(24).toString('hex'),
    POSTGRES_PASSWORD: pw, MYSQL_PASSWORD: pw, MONGODB_PASSWORD: urlpw, REDIS_PASSWORD: urlpw,
    RABBITMQ_PASSWORD: urlpw, MSSQL_PASSWORD: pw, ORACLE_PASSWORD: pw, KAFKA_SASL_PASSWORD: pw,
    ELASTICSEARCH_PASSWORD: pw, LDAP_BIND_PASSWORD: pw, SMTP_PASSWORD: pw, FTP_PASSWORD: pw,
    CLICKHOUSE_PASSWORD: urlpw, NATS_PASSWORD: urlpw, CASSANDRA_PASSWORD: pw, SNOWFLAKE_PASSWORD: pw,
    NETRC_PASSWORD: pw, PGPASS_PASSWORD: () => r.chars(A.alnum + '!#%+-_.', r.int(14, 26)),
    GIT_CREDENTIAL_PASSWORD: urlpw, REGISTRY_PASSWORD: pw, PIP_INDEX_PASSWORD: urlpw,
    ADMIN_PASSWORD: pw, KEYSTORE_PASSWORD: pw, VPN_PRESHARED_KEY: () => r.chars(A.alnum, 32),
    WIFI_PASSWORD: pw, SFTP_PASSWORD: pw,
  };
  // binary-ish secrets built from user:password
  T.DOCKER_AUTH = (user = 'ci-bot') => b64(`${user}:${pw()}`);
  T.BASIC_AUTH_CREDENTIALS = (user = 'svc') => b64(`${user}:${pw()}`);
  // PEM private keys
  const pem = (label, der, width = 64) => `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), width)}\n-----END ${label}-----`;
  T.EC_PRIVATE_KEY = () => pem('EC PRIVATE KEY', Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]));
  T.PKCS8_PRIVATE_KEY = () => {
    if (r.bool(0.5)) return pem('PRIVATE KEY', Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]));
    const body = r.bytes(1190);
    return pem('PRIVATE KEY', Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 'hex'), body]));
  };
  T.RSA_PRIVATE_KEY = () => pem('RSA PRIVATE KEY', Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]));
  T.OPENSSH_PRIVATE_KEY = () => {
    const pub = r.bytes(32), priv = r.bytes(32), chk = r.bytes(4);
    const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
    let privSec = Buffer.concat([chk, chk, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(r.pick(['deploy@build-07', 'ana@laptop', 'ops@bastion']))]);
    const pad = []; for (let i = 1; privSec.length + pad.length < Math.ceil(privSec.length / 8) * 8; i++) pad.push(i);
    privSec = Buffer.concat([privSec, Buffer.from(pad)]);
    const nkeys = Buffer.alloc(4); nkeys.writeUInt32BE(1);
    const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), nkeys, sshStr(pubBlob), sshStr(privSec)]);
    return pem('OPENSSH PRIVATE KEY', blob, 70);
  };
  T.PGP_PRIVATE_KEY = () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from('9558', 'hex'), r.bytes(600)]).toString('base64'), 64)}\n=${r.chars(A.alnum + '+/', 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  T.pw = pw; T.urlpw = urlpw; T.jwtWith = jwtWith;
  return T;
}

// ================================================================ people & places
export const PEOPLE = [
  ['Amara', 'Okonkwo'], ['Lukas', 'Hoffmann'], ['Sofía', 'Ramírez'], ['Hiroshi', 'Tanaka'], ['Priya', 'Raghunathan'],
  ['Mateus', 'Carvalho'], ['Élodie', 'Lefèvre'], ['Giulia', 'Bianchi'], ['Tomasz', 'Wiśniewski'], ['Aisha', 'Al-Mansouri'],
  ['Noah', 'Jensen'], ['Chen', 'Jiahui'], ['Olusegun', 'Adeyemi'], ['María José', 'Fernández'], ['Jan', 'de Vries'],
  ['Ngozi', 'Eze'], ['Björn', 'Lindqvist'], ['Fatima', 'Zahra Benali'], ['Dmitri', 'Volkov'], ['Keanu', 'Kahale'],
  ['Ingrid', 'Solberg'], ['Rahul', 'Deshpande'], ['Camille', 'Moreau'], ['Siobhán', "O'Connor"], ['Kwame', 'Mensah'],
  ['Yuki', 'Nakamura'], ['Rosa', 'Delgado'], ['Mehmet', 'Yılmaz'], ['Leilani', 'Akana'], ['Andrés', 'Gutiérrez'],
  ['Zofia', 'Kowalczyk'], ['Thabo', 'Nkosi'], ['Anh', 'Nguyen'], ['Farhan', 'Chowdhury'], ['Heike', 'Brandt'],
  ['Marcus', 'Whitfield'], ['Jennifer', 'Castellano'], ['Daniel', 'Okafor'], ['Emily', 'Hargreaves'], ['Robert', 'Kim'],
];
export const PEOPLE_SCRIPT = ['山田 太郎', '佐藤 花子', '王 芳', '李 伟', '김민준', '이서연', 'Иван Петров', 'Ольга Смирнова', 'Γιώργος Παπαδόπουλος', 'محمد العلي', 'Nguyễn Thị Mai', 'Ayşe Kaya', 'שרה לוי', 'Ananya Iyer'];
export const CITIES = ['Lagos', 'Munich', 'Valparaíso', 'Osaka', 'Chennai', 'Porto Alegre', 'Lyon', 'Bologna', 'Kraków', 'Dubai', 'Aarhus', 'Chengdu', 'Rotterdam', 'Gothenburg', 'Kazan', 'Honolulu', 'Bergen', 'Pune', 'Marseille', 'Cork', 'Accra', 'Nagoya', 'Seville', 'Izmir', 'Guadalajara', 'Poznań', 'Durban', 'Hanoi', 'Dhaka', 'Leipzig', 'Denver', 'Baltimore', 'Sacramento', 'Toronto', 'Melbourne', 'São Paulo', 'Edinburgh', 'Nairobi', 'Montréal', 'Barcelona'];
export const CITIES_SCRIPT = ['東京', '大阪市', '北京', '서울', 'Москва', 'Αθήνα', 'القاهرة', 'תל אביב'];
export const COUNTRIES = ['Nigeria', 'Germany', 'Chile', 'Japan', 'India', 'Brazil', 'France', 'Italy', 'Poland', 'Portugal', 'Kenya', 'Canada', 'Norway', 'Vietnam', 'Mexico', 'Ireland', 'South Africa', 'Türkiye'];
export const STREETS = ['Kastanienallee', 'Rua Augusta', 'Calle de Alcalá', 'Via Zamboni', 'Rue Oberkampf', 'Baker Street', 'Maple Avenue', 'Herengracht', 'ul. Floriańska', 'Elm Street', 'Harbour Road', 'Sunset Boulevard', 'Bahnhofstraße', 'Avenida Paulista'];

export function makePii(r) {
  const P = {};
  P.person = () => {
    if (r.bool(0.15)) return r.pick(PEOPLE_SCRIPT);
    const [f, l] = r.pick(PEOPLE); return `${f} ${l}`;
  };
  P.personParts = () => r.pick(PEOPLE);
  P.city = () => r.bool(0.12) ? r.pick(CITIES_SCRIPT) : r.pick(CITIES);
  P.country = () => r.pick(COUNTRIES);
  P.street = () => {
    const s = r.pick(STREETS), n = r.int(1, 240);
    return /straße|allee|gracht|Rue|Rua|Calle|Via|ul\./.test(s) ? (/(straße|allee|gracht)$/.test(s) ? `${s} ${n}` : `${s}, ${n}`) : `${n} ${s}`;
  };
  const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  const domains = ['mail.example', 'correo.example', 'post.test', 'acme-corp.example', 'kunden.example', 'uni-nord.test', 'clinic.example', 'fastmail.test', 'globex.example', 'inbox.invalid'];
  P.email = (parts = r.pick(PEOPLE)) => {
    const [f, l] = parts; const fa = ascii(f) || 'user', la = ascii(l) || 'x';
    const local = r.pick([`${fa}.${la}`, `${fa[0]}${la}`, `${fa}_${la}${r.int(1, 99)}`, `${la}.${fa}+${r.pick(['billing', 'news', 'tickets'])}`, `${fa}${r.int(1970, 2004)}`, `${fa}-${la}`]);
    return `${local}@${r.pick(domains)}`;
  };
  // phones, [country, formatter]
  const ph = {
    US: () => { const a = r.pick(['212', '312', '415', '617', '206', '303', '404', '512', '718', '919', '971', '602']); const e = r.int(201, 989), n = r.digits(4); return r.pick([`(${a}) ${e}-${n}`, `+1 ${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 (${a}) ${e}-${n}`, `1-${a}-${e}-${n}`]); },
    CA: () => { const a = r.pick(['416', '604', '514', '613', '403']); const e = r.int(201, 989), n = r.digits(4); return r.pick([`+1 ${a} ${e} ${n}`, `(${a}) ${e}-${n}`]); },
    GB: () => r.pick([`+44 20 7946 0${r.digits(3)}`, `020 7946 0${r.digits(3)}`, `+44 7700 900${r.digits(3)}`, `07700 900${r.digits(3)}`, `+44 161 496 0${r.digits(3)}`, `0113 496 0${r.digits(3)}`]),
    DE: () => r.pick([`+49 30 ${r.digits(8)}`, `030 ${r.digits(4)} ${r.digits(4)}`, `+49 151 ${r.digits(8)}`, `0171 ${r.digits(7)}`, `+49 (0)89 ${r.digits(3)} ${r.digits(4)}`]),
    FR: () => { const g = () => r.digits(2); return r.pick([`+33 6 ${g()} ${g()} ${g()} ${g()}`, `06 ${g()} ${g()} ${g()} ${g()}`, `01 ${g()} ${g()} ${g()} ${g()}`, `+33 (0)1 ${g()} ${g()} ${g()} ${g()}`, `07.${g()}.${g()}.${g()}.${g()}`]); },
    IN: () => { const m = r.pick(['98', '99', '97', '91', '88', '70']) + r.digits(3); return r.pick([`+91 ${m} ${r.digits(5)}`, `+91-${m}${r.digits(5)}`, `0${m} ${r.digits(5)}`, `+91 22 ${r.digits(4)} ${r.digits(4)}`]); },
    BR: () => r.pick([`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) 9${r.digits(4)}-${r.digits(4)}`, `+55 (51) 3${r.digits(3)}-${r.digits(4)}`]),
    JP: () => r.pick([`+81 3-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`, `+81 90 ${r.digits(4)} ${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
    AU: () => r.pick([`+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `+61 3 ${r.digits(4)} ${r.digits(4)}`]),
    ES: () => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    IT: () => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `+39 02 ${r.digits(4)} ${r.digits(4)}`]),
    NL: () => r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`, `+31 20 ${r.digits(3)} ${r.digits(4)}`]),
    MX: () => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
    PL: () => r.pick([`+48 5${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    KR: () => r.pick([`+82 10-${r.digits(4)}-${r.digits(4)}`, `010-${r.digits(4)}-${r.digits(4)}`]),
    ZA: () => r.pick([`+27 82 ${r.digits(3)} ${r.digits(4)}`, `011 ${r.digits(3)} ${r.digits(4)}`]),
    NG: () => `+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`,
  };
  P.phone = (cc) => (ph[cc] || ph[r.pick(Object.keys(ph))])();
  P.phoneUS = () => ph.US();
  // cards
  const card = (prefix, len) => { let s = prefix; while (s.length < len - 1) s += r.int(0, 9); return s + luhnCheckDigit(s); };
  const BAD = new Set(['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100']);
  P.cardRaw = () => {
    for (;;) {
      const t = r.int(0, 7);
      let c;
      if (t <= 1) c = card('4' + r.digits(5), 16);
      else if (t === 2) c = card(String(r.int(51, 55)) + r.digits(4), 16);
      else if (t === 3) c = card(String(r.int(2221, 2720)) + r.digits(2), 16);
      else if (t === 4) c = card(r.pick(['34', '37']) + r.digits(4), 15);
      else if (t === 5) c = card(r.pick(['6011', '65' + r.digits(2)]) + r.digits(2), 16);
      else if (t === 6) c = card(String(r.int(3528, 3589)) + r.digits(2), 16);
      else c = card('36' + r.digits(4), 14);
      if (!BAD.has(c)) return c;
    }
  };
  P.fmtCard = (c) => {
    const st = r.int(0, 2);
    if (st === 0) return c;
    const sep = st === 1 ? ' ' : '-';
    if (c.length === 15) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
    if (c.length === 14) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
    return c.match(/.{4}/g).join(sep);
  };
  P.card = () => P.fmtCard(P.cardRaw());
  // IBAN
  const IB = { DE: ['n', 18], FR: ['n', 23], GB: ['a4n', 18], ES: ['n', 20], IT: ['a1n', 23], NL: ['a4n', 14], BE: ['n', 12], CH: ['n', 17], AT: ['n', 16], PL: ['n', 24], PT: ['n', 21], IE: ['a4n', 18], SE: ['n', 20], NO: ['n', 11], DK: ['n', 14], FI: ['n', 14], LU: ['n', 16] };
  const BANKS = { GB: ['NWBK', 'BARC', 'MIDL', 'LOYD'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO'], IE: ['AIBK', 'BOFI'] };
  P.ibanRaw = (cc = r.pick(Object.keys(IB))) => {
    const [shape, len] = IB[cc];
    let bban;
    if (shape === 'a4n') bban = r.pick(BANKS[cc]) + r.digits(len - 4);
    else if (shape === 'a1n') bban = r.pick(A.upper.replace(/[IO]/g, '')) + r.digits(len - 1);
    else bban = r.digits(len);
    return cc + ibanCheck(cc, bban) + bban;
  };
  P.fmtIban = (i) => r.bool(0.55) ? i.match(/.{1,4}/g).join(' ') : i;
  P.iban = (cc) => P.fmtIban(P.ibanRaw(cc));
  P.ssn = (sep = r.pick(['-', '-', '-', ' ', ''])) => {
    for (;;) {
      const a = r.int(1, 899); if (a === 666) continue;
      const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
      const j = s.join(sep); if (j.replace(/\D/g, '') === '123456789' || j.replace(/\D/g, '') === '078051120') continue;
      return j;
    }
  };
  P.itin = () => `9${r.digits(2)}-${r.pick([String(r.int(70, 88)), String(r.int(90, 92)), String(r.int(94, 99))])}-${r.digits(4)}`;
  P.passport = () => r.bool(0.7) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'Z']) + r.digits(8);
  P.driverLicense = () => r.pick([() => r.pick(A.upper) + r.digits(7), () => r.pick(A.upper) + r.digits(12), () => r.digits(9), () => r.pick(A.upper) + r.digits(3) + '-' + r.digits(3) + '-' + r.digits(2) + '-' + r.digits(3) + '-' + r.digits(1)])();
  P.bankNumber = () => r.digits(r.int(9, 14));
  P.nhs = () => {
    for (;;) {
      const d = String(r.int(4, 6)) + r.digits(8);
      let sum = 0; for (let i = 0; i < 9; i++) sum += (+d[i]) * (10 - i);
      let c = 11 - (sum % 11); if (c === 11) c = 0; if (c === 10) continue;
      const n = d + c;
      return r.bool(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
    }
  };
  P.dea = (surname = 'M') => {
    const init = (surname.normalize('NFD').replace(/[^A-Za-z]/g, '')[0] || 'M').toUpperCase();
    const d = r.digits(6).split('').map(Number);
    const t = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    return r.pick(['A', 'B', 'F', 'G', 'M']) + init + d.join('') + (t % 10);
  };
  P.btc = () => {
    const t = r.int(0, 2);
    if (t === 0) return base58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
    if (t === 1) return base58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
    return bech32Segwit('bc', 0, r.bytes(20));
  };
  P.ipv4Public = () => {
    for (;;) {
      const a = r.int(11, 223);
      if ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
      return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    }
  };
  P.ipv4Doc = () => `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(2, 254)}`;
  P.ipv4Private = () => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 40)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
  P.ipv6 = () => r.pick([`2001:db8:${r.chars(A.hex, 4)}:${r.int(1, 255).toString(16)}::${r.chars(A.hex, 3)}`, `2a02:${r.chars(A.hex, 4)}:${r.chars(A.hex, 4)}:${r.chars(A.hex, 2)}00:${r.chars(A.hex, 4)}:${r.chars(A.hex, 4)}:${r.chars(A.hex, 4)}:${r.chars(A.hex, 4)}`, `2600:1700:${r.chars(A.hex, 3)}:${r.chars(A.hex, 4)}::${r.chars(A.hex, 2)}`]);
  P.clientIp = () => r.pick([P.ipv4Public, P.ipv4Public, P.ipv4Doc, P.ipv6])();
  P.dob = () => `${r.int(1948, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return P;
}

// ================================================================ look-alikes
export function makeLooks(r) {
  const hex = (n) => r.chars(A.hex, n);
  const Lk = {};
  Lk.git_sha = () => hex(40);
  Lk.short_sha = () => hex(r.pick([7, 8, 10, 12]));
  Lk.uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  Lk.digest = () => 'sha256:' + hex(64);
  Lk.container_id = () => hex(64);
  Lk.integrity = () => 'sha512-' + r.bytes(64).toString('base64');
  Lk.md5 = () => hex(32);
  Lk.sha1 = () => hex(40);
  Lk.bcrypt_hash = () => `$2b$12$${r.chars('./' + A.alnum, 53)}`;
  Lk.argon2_hash = () => `$argon2id$v=19$m=65536,t=3,p=4$${r.bytes(16).toString('base64').replace(/=+$/, '')}$${r.bytes(32).toString('base64').replace(/=+$/, '')}`;
  const sshStr = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
  Lk.ssh_public_key = (comment = r.pick(['deploy@ci', 'maria@thinkpad', 'ops-team', 'build@runner-3'])) => r.bool(0.6)
    ? `ssh-ed25519 ${Buffer.concat([sshStr('ssh-ed25519'), sshStr(r.bytes(32))]).toString('base64')} ${comment}`
    : `ssh-rsa ${Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(Buffer.concat([Buffer.from([0]), r.bytes(256)]))]).toString('base64')} ${comment}`;
  Lk.public_key_pem = () => `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), r.bytes(32)]).toString('base64')}\n-----END PUBLIC KEY-----`;
  Lk.certificate = () => `-----BEGIN CERTIFICATE-----\n${Buffer.concat([Buffer.from('308201f33082019aa0030201020214', 'hex'), r.bytes(480)]).toString('base64').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----`;
  Lk.stripe_publishable_key = () => 'pk_live_51' + r.chars(A.alnum, 97);
  Lk.placeholder = () => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', '<password>', 'your-api-key-here', '********', 'TODO', 'sk-...', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '<insert secret>', 'dummy', 'CHANGE_ME_BEFORE_DEPLOY', '{{ password }}', 'example-password', 'redacted', '[REDACTED]', 'AKIAXXXXXXXXXXXXXXXX']);
  Lk.aws_example_key = () => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);
  Lk.env_reference = (name = r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'REDIS_PASS', 'SMTP_PASS', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN'])) => r.pick([`\${${name}}`, `$${name}`, `\${${name}:-}`, `%(${name})s`, `\${env:${name}}`, `{{ env "${name}" }}`, `\${{ secrets.${name} }}`, `%${name}%`]);
  Lk.vault_reference = () => r.pick([
    `vault:secret/data/${r.pick(['payments', 'ingest', 'crm'])}/db#password`,
    `arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/${r.pick(['db', 'api'])}-${r.chars(A.alnum, 6)}`,
    `{{ .Values.${r.pick(['db', 'redis', 'smtp'])}.password }}`,
    `op://Engineering/${r.pick(['Postgres prod', 'Stripe live', 'SMTP relay'])}/password`,
    `projects/${r.pick(['acme-prod', 'billing-42'])}/secrets/${r.pick(['db-pass', 'api-key'])}/versions/latest`,
    `@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.example/secrets/${r.pick(['DbPassword', 'ApiKey'])}/)`,
    `ENC[AES256_GCM,data:${r.bytes(18).toString('base64')},iv:${r.bytes(12).toString('base64')},tag:${r.bytes(16).toString('base64')},type:str]`,
  ]);
  Lk.order_number = () => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `#${r.int(100000, 999999)}`, `SO${r.digits(8)}`, `PO-${r.digits(5)}`]);
  Lk.invoice_number = () => r.pick([`INV-${r.digits(7)}`, `RE-${r.int(2024, 2026)}-${r.digits(4)}`, `FAC/${r.int(2024, 2026)}/${r.digits(5)}`]);
  Lk.tracking_number = () => r.pick([`1Z${r.chars(A.upper + A.digit, 16)}`, `${r.digits(12)}`, `JD${r.digits(18)}`, `RR${r.digits(9)}DE`]);
  Lk.version = () => r.pick([`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`]);
  Lk.build_number = () => r.pick([`#${r.int(1000, 99999)}`, `build-${r.int(10000, 999999)}`, `${r.int(2024, 2026)}.${r.int(1, 12)}.${r.int(1, 28)}.${r.int(100, 999)}`]);
  Lk.date = () => r.pick([`${r.int(2023, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(2023, 2026)}`, `${r.int(1, 28)} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${r.int(2023, 2026)}`]);
  Lk.timestamp = () => r.pick([`${r.int(2024, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`, String(r.int(1700000000, 1790000000)), String(r.int(1700000000, 1790000000)) + r.digits(3)]);
  Lk.price = () => r.pick([`$${r.int(1, 4999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(1, 9999)}.${r.digits(2)} USD`, `£${r.int(1, 999)}.${r.digits(2)}`, `R$ ${r.int(10, 9999)},${r.digits(2)}`]);
  Lk.coordinates = () => `${(r.next() * 140 - 70).toFixed(6)}, ${(r.next() * 340 - 170).toFixed(6)}`;
  Lk.isbn = () => { const b = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return r.bool(0.5) ? `${b}${c}` : `${b.slice(0, 3)}-${b[3]}-${b.slice(4, 8)}-${b.slice(8)}-${c}`; };
  Lk.hex_color = () => '#' + hex(6);
  Lk.invalid_card = () => { const d = '4' + r.digits(14); const ok = luhnCheckDigit(d); const bad = String((+ok + r.int(1, 9)) % 10); const c = d + bad; return r.bool(0.5) ? c.match(/.{4}/g).join(' ') : c; };
  Lk.invalid_iban = () => { const bban = r.digits(18); const good = ibanCheck('DE', bban); let ck; do { ck = String(r.int(2, 98)).padStart(2, '0'); } while (ck === good); const s = 'DE' + ck + bban; return r.bool(0.5) ? s.match(/.{1,4}/g).join(' ') : s; };
  Lk.invalid_ssn = () => r.pick([`000-${r.digits(2)}-${String(r.int(1, 9999)).padStart(4, '0')}`, `666-${String(r.int(10, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`, `${r.int(900, 999)}-${r.int(10, 69)}-${String(r.int(1, 9999)).padStart(4, '0')}`, `${r.int(100, 599)}-00-${String(r.int(1, 9999)).padStart(4, '0')}`, `${r.int(100, 599)}-${r.int(10, 99)}-0000`]);
  Lk.vendor_test_card = () => r.pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555555555554444', '4000 0566 5566 5556', '378282246310005', '6011111111111117']);
  Lk.request_id = () => r.pick([`req_${r.chars(A.alnum, 24)}`, `${hex(8)}${hex(8)}${hex(16)}`, `Root=1-${hex(8)}-${hex(24)}`, `01J${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`]);
  Lk.trace_id = () => `00-${hex(32)}-${hex(16)}-01`;
  Lk.crm_id = () => r.pick([`0015g00000${r.chars(A.alnum, 8)}`, `CUST-${r.digits(6)}`, `lead_${r.digits(7)}`, `HS-${r.digits(9)}`]);
  Lk.ticket_id = () => r.pick([`SUP-${r.int(1000, 99999)}`, `INC${r.digits(7)}`, `#${r.int(10000, 999999)}`, `OPS-${r.int(100, 9999)}`]);
  Lk.hostname = () => `${r.pick(['db', 'cache', 'mq', 'api', 'auth', 'search', 'pg'])}-${r.pick(['primary', 'replica', '01', '02', 'eu1', 'blue'])}.${r.pick(['internal.acme.example', 'svc.cluster.test', 'prod.globex.example', 'corp.initech.test'])}`;
  Lk.k8s_resource_version = () => String(r.int(100000, 99999999));
  Lk.product_code = () => r.pick([`SKU-${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}-B`, `PN ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`]);
  Lk.iso_duration = () => `P${r.int(1, 30)}DT${r.int(1, 23)}H`;
  Lk.account_id = () => r.digits(12);
  Lk.base64_config = () => Buffer.from(r.pick(['environment=production\nregion=eu-west-1\n', 'log_level: info\nworkers: 4\n', '{"feature_flags":{"new_checkout":true}}'])).toString('base64');
  Lk.semver_range = () => `^${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
  Lk.mac_address = () => Array.from({ length: 6 }, () => hex(2)).join(':');
  Lk.iban_masked = () => `DE${r.digits(2)} **** **** **** **${r.digits(2)}`;
  Lk.card_masked = () => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]);
  Lk.oid = () => `1.3.6.1.4.1.${r.int(1000, 60000)}.${r.int(1, 9)}.${r.int(1, 99)}`;
  return Lk;
}
