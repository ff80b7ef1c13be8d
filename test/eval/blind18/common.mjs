// Shared helpers for document kinds: secret scheduling, key/value syntaxes, hosts, quoting.
import { J, flat, sec, look, pii } from './doc.mjs';
import { CATALOG, NAMES, S, ODD_KEYS, keyFor, pw, basic } from './secrets.mjs';
import { ORGS, TLDS, SERVICES, ENVS } from './data.mjs';
import { L, Person, ip } from './values.mjs';

// Balanced scheduler: picks the least-used secret kind among candidates (ties broken by the doc's rng).
export class Deck {
  constructor() { this.count = Object.fromEntries(NAMES.map((n) => [n, 0])); }
  take(r, cands) {
    cands = (cands || NAMES).filter((n) => CATALOG[n] && CATALOG[n].gen);
    if (cands.length > 40 && r.chance(0.05)) { const j = r.pick(['JWT_TOKEN', 'JWT_TOKEN', 'OIDC_ID_TOKEN', 'SERVICE_ROLE_JWT']); this.count[j]++; return j; }
    if (r.chance(0.3)) { const n = r.pick(cands); this.count[n]++; return n; }
    let min = Infinity; for (const c of cands) min = Math.min(min, this.count[c]);
    const best = cands.filter((c) => this.count[c] <= min + 1 && (this.count[c] === min || r.chance(0.25)));
    const n = r.pick(best.length ? best : cands); this.count[n]++; return n;
  }
  note(name) { if (name in this.count) this.count[name]++; }
}
export const byTag = (...tags) => NAMES.filter((n) => CATALOG[n].gen && tags.includes(CATALOG[n].tag));
export const TOKENISH = byTag('vendor', 'cloud', 'generic').filter((n) => !['CHAT_WEBHOOK_SECRET', 'SENTRY_DSN_KEY'].includes(n));
export const PASSWORDISH = byTag('password');
// kinds whose name says where they live: only generated in their own context
export const CONTEXT_ONLY = ['NETRC_PASSWORD', 'PGPASS_PASSWORD', 'SSHPASS_PASSWORD', 'SMB_MOUNT_PASSWORD', 'WINDOWS_AUTOLOGON_PASSWORD', 'POWERSHELL_PLAINTEXT_PASSWORD', 'KEYRING_SECRET', 'PASSWORD_MANAGER_ENTRY', 'GPG_PASSPHRASE', 'PKCS12_PASSWORD', 'VNC_PASSWORD', 'CHAT_WEBHOOK_SECRET', 'SENTRY_DSN_KEY', 'DATABASE_URL_PASSWORD', 'HTTP_URL_PASSWORD', 'SNMP_COMMUNITY', 'KAFKA_SASL_PASSWORD', 'MQTT_PASSWORD', 'FTP_PASSWORD', 'ODBC_PASSWORD', 'ANSIBLE_VAULT_PASSWORD', 'RADIUS_SHARED_SECRET', 'IPSEC_PRESHARED_KEY', 'WIFI_PSK', 'RECOVERY_CODE', 'TOTP_SEED', 'SESSION_COOKIE', 'KUBERNETES_SECRET_DATA', 'BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'NPM_BASIC_AUTH'];
export const ONE_LINE = NAMES.filter((n) => CATALOG[n].gen && CATALOG[n].tag !== 'pem' && !CONTEXT_ONLY.includes(n));

export function org(r) { return r.pick(ORGS); }
export function tld(r) { return r.pickw([[6, 'example'], [3, 'test'], [1, 'invalid']]); }
export function hostName(r, o) { return `${r.pick(['api', 'db', 'auth', 'files', 'intranet', 'git', 'ci', 'registry', 'mq', 'grafana', 'sso', 'vault', 'pay', 'crm', 'mail', 'cdn', 'status'])}${r.chance(0.3) ? '-' + r.pick(ENVS) : ''}.${o || org(r)}.${tld(r)}`; }
export function bareHost(r) { return r.pick(['db-primary', 'pg01', 'redis', 'rabbit', 'localhost', 'mysql', 'ldap', 'minio', 'kafka-0', 'smtp-relay', 'nas', 'mongo-rs0']); }
export function svc(r) { return r.pick(SERVICES); }
export function user(r) { return r.pick(['admin', 'deploy', 'svc_' + svc(r).replace(/-/g, '_'), 'app', 'root', 'postgres', 'ci-bot', 'backup', 'reporting_ro', 'etl', 'jenkins', 'grafana']); }

// quoting helpers: value may be a Span or composite; quoting characters are text outside the span
export function needsYamlQuote(s) { return /^[&*!|>%@`'"#?:,\[\]{}\-~]/.test(s) || /: | #|:$/.test(s) || /^(true|false|yes|no|null|on|off|\d+)$/i.test(s) || /^\s|\s$/.test(s); }
export function yamlVal(r, v, force) { const s = flat(v); if (force || needsYamlQuote(s)) { const q = r.chance(0.5) ? '"' : "'"; return J`${q}${v}${q}`; } return r.chance(0.15) ? J`"${v}"` : v; }
export function shq(r, v) { const s = flat(v); if (/^[A-Za-z0-9_.\/:+=@-]+$/.test(s) && r.chance(0.5)) return v; return /'/.test(s) ? J`"${v}"` : J`'${v}'`; }
export function envQ(r, v) { const s = flat(v); if (/[\s#'"$`\\]/.test(s)) return J`"${v}"`; return r.pickw([[5, v], [2, J`"${v}"`], [1, J`'${v}'`]]); }

// key/value line in many syntaxes
export function kvLine(r, style, key, v) {
  switch (style) {
    case 'env': return J`${key}=${envQ(r, v)}\n`;
    case 'export': return J`export ${key}=${envQ(r, v)}\n`;
    case 'yaml': return J`${key}: ${yamlVal(r, v)}\n`;
    case 'ini': return J`${key} = ${v}\n`;
    case 'ini2': return J`${key}=${v}\n`;
    case 'toml': return J`${key} = "${v}"\n`;
    case 'props': return J`${key}=${v}\n`;
    case 'json': return J`  "${key}": "${v}",\n`;
    case 'make': return J`${key} ${r.pick([':=', '?=', '=', '::='])} ${v}\n`;
    case 'docker_env': return J`ENV ${key}=${envQ(r, v)}\n`;
    case 'docker_arg': return J`ARG ${key}=${envQ(r, v)}\n`;
    case 'systemd': return J`Environment="${key}=${v}"\n`;
    case 'ps': return J`$env:${key} = "${v}"\n`;
    case 'bat': return J`set ${key}=${v}\n`;
    case 'csh': return J`setenv ${key} ${shq(r, v)}\n`;
    case 'tf': return J`${key} = "${v}"\n`;
    case 'xml': return J`  <${key}>${v}</${key}>\n`;
    case 'php': return J`    '${key}' => '${v}',\n`;
    case 'java': return J`-D${key}=${v} `;
    case 'cli': return J`--${key.toLowerCase().replace(/_/g, '-')}=${v} `;
    default: throw new Error(style);
  }
}
// choose a key for a secret: canonical, misleading or meaningless
export function keyName(r, name, oddP = 0.3, caseStyle) {
  let k = keyFor(r, name, oddP);
  if (caseStyle === 'upper') k = k.replace(/[.\-]/g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  if (caseStyle === 'lower') k = k.replace(/[.\-]/g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (caseStyle === 'ident') k = k.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1');
  return k;
}
// filler, non-secret config keys with look-alike values
export function fillerKV(r, o) {
  if (r.chance(0.45)) return lookKV(r, RARE_LOOKS);
  return r.pick([
    () => ['LOG_LEVEL', r.pick(['info', 'debug', 'warn'])],
    () => ['PORT', String(r.pick([8080, 3000, 5432, 9000, 8443]))],
    () => ['APP_VERSION', L.version(r)],
    () => ['BUILD', L.build_number(r)],
    () => ['GIT_COMMIT', L.git_sha(r, r.chance(0.3))],
    () => ['INSTANCE_ID', L.uuid(r)],
    () => ['IMAGE_DIGEST', L.digest(r)],
    () => ['THEME_COLOR', L.hex_color(r)],
    () => ['API_HOST', L.hostname(r, o)],
    () => ['DB_HOST', r.pick([L.hostname(r, o), bareHost(r)])],
    () => ['TIMEOUT_MS', String(r.int(500, 60000))],
    () => ['FEATURE_FLAGS', r.pick(['beta-search,new-cart', 'none', 'dark-mode'])],
    () => ['REGION', r.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1', 'eu-central-1'])],
    () => ['RELEASED_AT', L.timestamp(r)],
    () => ['CACHE_TTL', String(r.int(60, 86400))],
    () => ['SENTRY_ENV', r.pick(ENVS)],
    () => ['DEFAULT_CURRENCY', r.pick(['EUR', 'USD', 'GBP', 'BRL', 'JPY'])],
    () => ['STATIC_SHA', L.hash(r)],
    () => ['PLACEHOLDER_KEY', L.placeholder(r)],
    () => ['SECRET_REF', L.env_reference(r)],
    () => ['TRACE_SAMPLE', L.trace_id(r)],
    () => ['MAX_PRICE', L.price(r)],
  ])();
}
// a user:password that is (or is not) labelled in parts
export function basicAuth(r, name = 'BASIC_AUTH_CREDENTIALS', u, p) { return basic(r, u || user(r), p || pw.url(r), name); }
export function urlWithPassword(r, scheme, u, pass, host, path = '') { return J`${scheme}://${u}:${pass}@${host}${path}`; }
export function comment(style) { return { hash: '# ', slash: '// ', semi: '; ', dash: '-- ', rem: 'REM ', xml: '<!-- ', ps: '# ' }[style] || '# '; }

// ---------- look-alike scheduling ----------
// L-key -> config key names and human labels used when the value is mentioned in text
const LK = {
  coordinates: [['geo', 'lat_lng', 'site_location'], ['GPS', 'Koordinaten', 'coords:', 'ubicación GPS']],
  isbn: [['isbn', 'book_isbn'], ['ISBN', 'ISBN-13']],
  data_uri: [['favicon', 'logo_inline', 'placeholder_img'], ['inline logo:']],
  invalid_ssn: [['sample_ssn', 'ssn_test_value'], ['sample SSN from the form template:', 'SSN (test record):']],
  invalid_nhs: [['nhs_test_number'], ['NHS no. (test patient):']],
  invalid_card: [['declined_card_fixture', 'bad_card'], ['card that failed validation:', 'rejected card no.']],
  invalid_iban: [['iban_broken_fixture'], ['IBAN (typo, bounced):', 'IBAN mit Zahlendreher:']],
  invalid_dea: [['dea_fixture'], ['DEA no. on old form (invalid):']],
  invalid_btc: [['btc_typo_fixture'], ['wallet (mistyped, rejected):']],
  vendor_test_card: [['test_card', 'stripe_test_pan'], ['test card', 'Testkarte']],
  mac_address: [['hw_addr', 'mac', 'wol_target'], ['MAC', 'device MAC']],
  ulid: [['event_id', 'job_ulid'], ['event', 'job id']],
  object_id: [['_id', 'doc_id'], ['record', 'document id']],
  snowflake_id: [['message_id', 'discord_channel'], ['message id', 'post']],
  cert_fingerprint: [['cert_sha1', 'tls_pin'], ['cert fingerprint', 'SHA1 Fingerprint=']],
  ssh_fingerprint: [['host_key_fp'], ['host key', 'fingerprint']],
  gpg_fingerprint: [['signing_key_fpr'], ['GPG fingerprint', 'key fpr']],
  ean13: [['ean', 'barcode'], ['EAN', 'barcode']],
  account_sid: [['twilio_account_sid', 'account_sid'], ['Twilio account', 'AccountSid']],
  integrity: [['sri', 'integrity'], ['integrity']],
  hex_color: [['brand_color', 'accent'], ['color', 'Farbe']],
  uuid: [['tenant_id', 'installation_id'], ['tenant', 'device']],
  git_sha: [['commit', 'revision'], ['commit', 'rev']],
  digest: [['image_digest'], ['image']],
  hash: [['sha256', 'md5', 'checksum'], ['checksum', 'sha256']],
  request_id: [['request_id'], ['request id', 'ref']],
  trace_id: [['traceparent', 'trace_id'], ['trace']],
  crm_id: [['crm_ref', 'customer_id'], ['customer', 'Kundennr.', 'client']],
  etag: [['etag'], ['ETag']],
  k8s_resource_version: [['resource_version'], ['resourceVersion']],
  windows_sid: [['owner_sid'], ['SID']],
  license_id: [['license', 'serial'], ['licence key', 'serial']],
  sku: [['sku'], ['SKU', 'Art.-Nr.']],
  tracking_number: [['tracking'], ['tracking', 'Sendungsnummer', 'seguimiento']],
  order_number: [['order_ref'], ['order', 'Bestellung', 'pedido', 'commande']],
  invoice_number: [['invoice'], ['invoice', 'Rechnung', 'factura']],
  build_number: [['build'], ['build']],
  version: [['version', 'min_client'], ['version', 'v.']],
  price: [['price', 'limit'], ['price', 'Preis', 'total']],
  date: [['valid_until', 'expires'], ['valid until', 'gültig bis', 'date']],
  timestamp: [['updated_at', 'last_seen'], ['at', 'seen']],
  placeholder: [['api_key', 'secret', 'password'], ['key: ']],
  env_reference: [['token', 'password'], ['token from']],
  aws_example_key: [['aws_access_key_id', 'aws_secret_access_key'], ['docs key']],
  stripe_pk: [['publishable_key', 'stripe_pk'], ['publishable key']],
  mapbox_pk: [['mapbox_public_token'], ['public map token']],
  posthog_pk: [['posthog_project_key'], ['analytics key (public)']],
  hostname: [['host', 'upstream'], ['host', 'server']],
  key_id: [['key_id', 'kid'], ['key id']],
  jira_key: [['ticket'], ['ticket', 'see']],
  object_idx: null,
};
delete LK.object_idx;
const lookCount = {};
export function lookPick(r, cands) {
  cands = cands || Object.keys(LK);
  let min = Infinity; for (const c of cands) min = Math.min(min, lookCount[c] || 0);
  const best = cands.filter((c) => (lookCount[c] || 0) === min);
  const k = r.pick(best); lookCount[k] = (lookCount[k] || 0) + 1; return k;
}
export function lookKV(r, cands) { const k = lookPick(r, cands); return [r.pick(LK[k][0]), L[k](r)]; }
export function lookMention(r, cands) { const k = lookPick(r, cands); return J`${r.pick(LK[k][1])} ${L[k](r)}`; }
export const RARE_LOOKS = ['coordinates', 'isbn', 'data_uri', 'invalid_ssn', 'invalid_nhs', 'invalid_card', 'invalid_dea', 'invalid_btc', 'mac_address', 'ulid', 'object_id', 'snowflake_id', 'cert_fingerprint', 'ssh_fingerprint', 'gpg_fingerprint', 'ean13', 'account_sid', 'integrity', 'hex_color', 'stripe_pk', 'mapbox_pk', 'posthog_pk', 'windows_sid', 'license_id', 'sku', 'key_id', 'etag', 'invalid_iban', 'vendor_test_card', 'tracking_number', 'hostname', 'aws_example_key'];
