// Key/value entries and their serialisation into many config syntaxes.
import { S, P, L } from './builder.mjs';
import * as LK from './lookalikes.mjs';
import { SPEC, keyStyle, password } from './secrets.mjs';
import { isSingleLine, MULTILINE } from './util.mjs';
import { emailTok, phoneTok, ipTok, personOf, PER } from './pii.mjs';

const HOSTS = (r) => r.pick([`db-${r.pick(['prod', 'stg'])}-${r.range(1, 9)}.corp.example`, `${r.pick(['pg', 'mysql', 'mongo', 'redis'])}.internal.test`, 'db', 'postgres', 'localhost', `10.${r.range(0, 9)}.${r.range(0, 255)}.${r.range(2, 250)}`, `cache.${r.pick(['kestrel', 'tanager', 'oakridge'])}.invalid`]);
export const urlHost = HOSTS;
// entry: { key, value: string | token, kind: 'secret'|'plain'|'look'|'pii', multiline }
export function secretEntry(r, spec, style) {
  const key = keyStyle(r.pick(spec.keys), style);
  return { key, value: S(spec.e, spec.g(r)), kind: 'secret', multiline: MULTILINE.has(spec.e) };
}
export function urlEntry(r, style) {
  const scheme = r.pick(['postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql', 'ftp', 'https']);
  const ent = { postgres: 'POSTGRES_PASSWORD', postgresql: 'DATABASE_PASSWORD', mysql: 'MYSQL_PASSWORD', mongodb: 'MONGODB_PASSWORD', redis: 'REDIS_PASSWORD', amqp: 'RABBITMQ_PASSWORD', mssql: 'MSSQL_SA_PASSWORD', ftp: 'FTP_PASSWORD', https: 'URL_EMBEDDED_PASSWORD' }[scheme];
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, mongodb: 27017, redis: 6379, amqp: 5672, mssql: 1433, ftp: 21, https: 443 }[scheme];
  const user = r.pick(['app', 'admin', 'svc_orders', 'reporting', 'root', 'deploy', 'grafana']);
  const key = keyStyle(r.pick(['DATABASE_URL', 'DB_URL', 'CONNECTION_STRING', 'BROKER_URL', 'CACHE_URL', 'dsn', 'uri', 'REMOTE_URL']), style);
  const host = scheme === 'https' ? r.pick(['pkgs.corp.example', 'artifacts.tanager.test', 'git.corp.example']) : HOSTS(r);
  return { key, value: [`${scheme}://${user}:`, S(ent, password(r, 'url')), `@${host}${scheme === 'https' ? '' : ':' + port}/${r.pick(['app', 'orders', 'main', 'vhost', 'simple', 'metrics'])}`], kind: 'secret' };
}
const PLAIN = [['PORT', (r) => String(r.pick([80, 443, 3000, 8080, 8443, 9090]))], ['LOG_LEVEL', (r) => r.pick(['info', 'debug', 'warn'])], ['NODE_ENV', () => 'production'], ['TZ', (r) => r.pick(['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo', 'UTC'])],
  ['FEATURE_SEARCH', (r) => r.pick(['true', 'false'])], ['MAX_CONNECTIONS', (r) => String(r.range(10, 500))], ['AWS_REGION', (r) => r.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1'])], ['S3_BUCKET', (r) => r.pick(['kestrel-uploads', 'tanager-backups', 'invoices-prd'])],
  ['CACHE_TTL', (r) => String(r.pick([60, 300, 3600]))], ['WORKERS', (r) => String(r.range(1, 16))], ['SMTP_HOST', () => 'smtp.mail.example'], ['SMTP_PORT', () => '587'], ['LOCALE', (r) => r.pick(['de_DE', 'pt_BR', 'ja_JP', 'en_GB'])], ['RETRY_LIMIT', (r) => String(r.range(1, 9))]];
const LOOKS = [['GIT_COMMIT', LK.gitSha], ['BUILD_ID', LK.buildNumber], ['APP_VERSION', LK.version], ['INSTANCE_ID', LK.uuid], ['IMAGE_DIGEST', LK.digest], ['STRIPE_PUBLISHABLE_KEY', (r) => LK.publicKey(r, 'stripe')], ['MAPBOX_PUBLIC_TOKEN', (r) => LK.publicKey(r, 'mapbox')],
  ['THEME_COLOR', LK.hexColor], ['MAP_CENTER', LK.coordinates], ['ASSET_HASH', LK.hash], ['DEFAULT_OWNER_ID', LK.crmId], ['DB_HOST', LK.hostname], ['CORRELATION_ID', LK.requestId], ['RELEASED_AT', LK.timestamp], ['TRACE_SAMPLE_ID', LK.objectId],
  ['API_KEY', LK.placeholder], ['SECRET_KEY', LK.placeholder], ['DB_PASSWORD', (r) => LK.envRef(r, 'VAULT_DB_PASSWORD')], ['GITHUB_TOKEN', (r) => LK.envRef(r, 'GH_TOKEN')], ['AWS_ACCESS_KEY_ID', (r) => LK.awsExample(r, 'AKIAIOSFODNN7EXAMPLE')], ['AWS_SECRET_ACCESS_KEY', (r) => LK.awsExample(r, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')],
  ['CONFIG_BLOB', LK.base64Blob], ['NODE_MAC', LK.macAddress], ['ADMIN_SSH_FINGERPRINT', LK.keyFingerprint], ['SSH_AUTHORIZED_KEY', (r) => LK.publicKey(r, 'ed25519')]];
export function plainEntry(r, style) { const [k, f] = r.pick(PLAIN); return { key: keyStyle(k, style), value: f(r), kind: 'plain' }; }
export function lookEntry(r, style) { const [k, f] = r.pick(LOOKS); return { key: keyStyle(k, style), value: f(r), kind: 'look' }; }
export function piiEntry(r, style) {
  const p = personOf(r); const k = r.int(4);
  if (k === 0) return { key: keyStyle('ADMIN_EMAIL', style), value: emailTok(r, p), kind: 'pii' };
  if (k === 1) return { key: keyStyle('ONCALL_PHONE', style), value: phoneTok(r, p.culture, 'intl'), kind: 'pii' };
  if (k === 2) return { key: keyStyle('MAINTAINER', style), value: PER(p), kind: 'pii' };
  return { key: keyStyle('ALERT_EMAIL', style), value: emailTok(r, p), kind: 'pii' };
}
export function entries(r, g, n, style, { secretShare = 0.62, allowMultiline = true } = {}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = r.weighted([[secretShare * 10, 's'], [1.2, 'u'], [2.5, 'p'], [3, 'l'], [1.2, 'i']]);
    if (k === 's') { const spec = g.deck.draw((s) => allowMultiline || isSingleLine(s)); out.push(secretEntry(r, spec, style)); }
    else if (k === 'u') out.push(urlEntry(r, style));
    else if (k === 'p') out.push(plainEntry(r, style));
    else if (k === 'l') out.push(lookEntry(r, style));
    else out.push(piiEntry(r, style));
  }
  return out;
}
const escMl = (tk) => (tk && tk.tok ? { ...tk, value: tk.value.replace(/\n/g, '\\n') } : tk);
const asArr = (v) => (Array.isArray(v) ? v : [v]);
export function serialize(r, fmt, ents, opts = {}) {
  const out = []; const q = (v, ch) => [ch, ...asArr(v), ch];
  switch (fmt) {
    case 'env': for (const e of ents) { const exp = r.chance(0.15) ? 'export ' : ''; const v = e.multiline ? q(escMl(e.value), '"') : r.chance(0.25) ? q(e.value, r.pick(['"', "'"])) : asArr(e.value); if (r.chance(0.1)) out.push(`# ${r.pick(['rotate quarterly', 'do not commit', 'prod only', 'TODO move to vault', 'owner: platform'])}\n`); out.push(exp, e.key, '=', ...v, '\n'); } break;
    case 'yaml': { const ind = opts.indent || ''; for (const e of ents) { if (e.multiline) out.push(ind, e.key, ': |\n', ind, '  ', { ...e.value, value: e.value.value.split('\n').join('\n' + ind + '  ') }, '\n'); else out.push(ind, e.key, ': ', ...(r.chance(0.3) ? q(e.value, '"') : asArr(e.value)), '\n'); } break; }
    case 'json': { out.push('{\n'); ents.forEach((e, i) => { out.push('  "', e.key, '": "', ...asArr(e.multiline ? escMl(e.value) : e.value), '"', i < ents.length - 1 ? ',' : '', '\n'); }); out.push('}\n'); break; }
    case 'toml': for (const e of ents) { if (e.multiline) out.push(e.key, ' = """\n', e.value, '\n"""\n'); else out.push(e.key, ' = "', ...asArr(e.value), '"\n'); } break;
    case 'ini': for (const e of ents) out.push(e.key, r.pick([' = ', '=', ': ']), ...asArr(e.multiline ? escMl(e.value) : e.value), '\n'); break;
    case 'properties': for (const e of ents) out.push(e.key, r.pick(['=', ' = ', ':']), ...asArr(e.multiline ? escMl(e.value) : e.value), '\n'); break;
    case 'xml': for (const e of ents) out.push('  <', e.key, '>', ...asArr(e.value), '</', e.key, '>\n'); break;
    case 'hcl': for (const e of ents) { if (e.multiline) out.push('  ', e.key, ' = <<EOT\n', e.value, '\nEOT\n'); else out.push('  ', e.key, ' = "', ...asArr(e.value), '"\n'); } break;
  }
  return out;
}
export const STYLE_FOR = { env: 'env', yaml: 'snake', json: 'camel', toml: 'snake', ini: 'snake', properties: 'dot', xml: 'camel', hcl: 'snake' };
