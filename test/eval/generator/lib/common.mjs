// Shared template helpers: rendering a credential in a file syntax, filler lines with look-alikes.
import { d, S, P, L, lines } from './frag.mjs';
import { int, pick, bool, f, hex, digits } from './rng.mjs';
import { cred, gen, password } from './secrets.mjs';
import * as LA from './lookalikes.mjs';
import * as PII from './pii.mjs';

export const sv = (c) => S(c.kind, c.value);
export const camel = (n) => n.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
export const snake = (n) => n.toLowerCase();

// name=value in a syntax: env | yaml | json | toml | ini | py | js | go | java | props | shell
export function kv(c, syntax, name = c.name) {
  const v = sv(c);
  switch (syntax) {
    case 'env': return pick([d`${name}=${v}`, d`${name}="${v}"`, d`${name}='${v}'`]);
    case 'shell': return pick([d`export ${name}=${v}`, d`export ${name}="${v}"`, d`${name}='${v}' `]);
    case 'yaml': return pick([d`${snake(name)}: ${v}`, d`${snake(name)}: "${v}"`, d`${camel(name)}: '${v}'`]);
    case 'json': return pick([d`"${camel(name)}": "${v}"`, d`"${name}": "${v}"`]);
    case 'toml': return d`${snake(name)} = "${v}"`;
    case 'ini': return pick([d`${snake(name)} = ${v}`, d`${snake(name)}=${v}`]);
    case 'props': return d`${snake(name).replace(/_/g, '.')}=${v}`;
    case 'py': return pick([d`${name.toUpperCase()} = "${v}"`, d`${snake(name)} = '${v}'`]);
    case 'js': return pick([d`const ${camel(name)} = '${v}';`, d`const ${name.toUpperCase()} = "${v}";`, d`  ${camel(name)}: "${v}",`]);
    case 'go': return d`const ${camel(name)} = "${v}"`;
    case 'java': return d`private static final String ${name.toUpperCase()} = "${v}";`;
    default: return d`${name}=${v}`;
  }
}

// Neutral config lines, some holding look-alikes, in a syntax.
export function filler(syntax) {
  const items = [
    () => ['NODE_ENV', 'production'], () => ['PORT', String(pick([3000, 8080, 8000, 5000]))],
    () => ['LOG_LEVEL', pick(['info', 'debug', 'warn'])], () => ['REGION', pick(['us-east-1', 'eu-west-1', 'ap-south-1'])],
    () => ['APP_VERSION', L('version', LA.semver())], () => ['GIT_COMMIT', L('git_sha', LA.gitSha())],
    () => ['BUILD_ID', L('build_number', LA.buildNumber())], () => ['INSTANCE_ID', L('uuid', LA.uuid())],
    () => ['IMAGE_DIGEST', L('digest', LA.sha256Digest())], () => ['CACHE_TTL', String(pick([60, 300, 3600]))],
    () => ['FEATURE_FLAGS', pick(['beta,search', 'none', 'new-ui'])], () => ['TIMEOUT_MS', String(int(500, 30000))],
    () => ['RELEASE_DATE', L('date', LA.date())], () => ['API_BASE_URL', `https://api.${f.internet.domainName()}/v${int(1, 3)}`],
    () => ['API_KEY', L('placeholder', LA.placeholder())], () => ['SECRET_TOKEN', L('env_reference', LA.envRef(pick(['SECRET_TOKEN', 'API_TOKEN', 'GITHUB_TOKEN'])))],
    () => ['TRACE_ID_HEADER', 'x-request-id'], () => ['MAX_UPLOAD', `${int(1, 100)}MB`],
    () => ['STARTED_AT', L('timestamp', LA.epoch())], () => ['CHECKSUM_MD5', L('hash', LA.md5())],
  ];
  const [k, v] = pick(items)();
  switch (syntax) {
    case 'yaml': return d`${snake(k)}: ${v}`;
    case 'json': return d`"${camel(k)}": "${v}"`;
    case 'toml': case 'ini': return d`${snake(k)} = "${v}"`;
    case 'props': return d`${snake(k).replace(/_/g, '.')}=${v}`;
    case 'shell': return d`export ${k}=${v}`;
    case 'py': return d`${k} = "${v}"`;
    case 'js': return d`const ${camel(k)} = "${v}";`;
    default: return d`${k}=${v}`;
  }
}

// Lines mixing n credentials and m filler lines in a syntax, shuffled.
export function mixed(syntax, n, m, kinds) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(kv(cred(kinds ? pick(kinds) : undefined), syntax));
  for (let i = 0; i < m; i++) out.push(filler(syntax));
  return f.helpers.shuffle(out);
}

export function dbUri(scheme = pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'mongodb', 'rediss', 'mssql'])) {
  const user = pick(['app', 'admin', 'postgres', 'root', 'svc_orders', f.internet.username().toLowerCase().replace(/[^a-z0-9_]/g, '')]);
  const host = pick([`db.${f.internet.domainWord()}.internal`, `${f.internet.domainWord()}-prod.cluster-c${hex(10)}.us-east-1.rds.amazonaws.com`, `cluster0.${hex(5)}.mongodb.net`, 'localhost', `${f.internet.domainWord()}.redis.cache.windows.net`]);
  const db = pick(['app', 'orders', 'analytics', 'prod', 'users', '0']);
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, redis: 6379, rediss: 6380, amqp: 5672, mongodb: 27017, mssql: 1433 }[scheme];
  const pw = S('DATABASE_PASSWORD', password(true));
  if (scheme === 'redis' && bool(0.3)) return d`redis://:${pw}@${host}:${port}/${db}`;
  return d`${scheme}://${user}:${pw}@${host}${port && !scheme.includes('srv') ? ':' + port : ''}/${db}${pick(['', '?sslmode=require', '?retryWrites=true&w=majority', '?charset=utf8mb4'])}`;
}

export function basicAuth() {
  const user = f.internet.username().toLowerCase();
  const pw = password();
  return { user, pw, b64: Buffer.from(`${user}:${pw}`).toString('base64') };
}

export { d, S, P, L, lines, cred, gen, password, LA, PII, int, pick, bool, f, hex, digits };
