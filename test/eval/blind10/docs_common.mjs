// blind10: shared pieces for the document kinds.
import { S, P, L, HEX, B62, LOW, UP, D } from './lib.mjs';
import { humanPassword, randomPassword, genericKey, passphrase, KIND_BY, jwt } from './secrets.mjs';
import * as pii from './pii.mjs';
import { LOOK, look } from './lookalikes.mjs';

export const pad2 = (n) => String(n).padStart(2, '0');
export const ts = (r) => `2026-${pad2(r.int(1, 11))}-${pad2(r.int(1, 28))}T${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}.${r.digits(3)}Z`;
export const tsL = (r) => L('timestamp', ts(r));
export const dob = (r) => r.pick([`${r.int(1948, 2004)}-${pad2(r.int(1, 12))}-${pad2(r.int(1, 28))}`, `${pad2(r.int(1, 28))}/${pad2(r.int(1, 12))}/${r.int(1950, 2003)}`]);
export const zip = (r) => r.pick([r.digits(5), `${r.digits(5)}-${r.digits(4)}`, `${r.int(10, 99)}-${r.digits(3)}`, `${UP[r.int(0, 25)]}${r.int(1, 20)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`]);
export const aba = (r) => { // valid ABA routing number (neutral)
  for (;;) { const b = r.digits(8); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * w[i]; const c = (10 - s % 10) % 10; const n = b + c; if (/^[0-3]/.test(n)) return n; }
};
export const infraIp = (r) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, '127.0.0.1', '::1', '0.0.0.0']);
export const company = (r) => r.pick(['Acme Logistics GmbH', 'Northwind Traders', 'Bluefin Analytics Ltd', 'Sakura Robotics K.K.', 'Pampas Agro S.A.', 'Contoso Health', 'Kilimanjaro Fintech', 'Fjordline AS', 'Lumen & Co', 'Oasis Retail LLC']);
export const svcUrl = (r) => `https://${r.pick(['api', 'auth', 'hooks', 'files', 'status'])}.${r.pick(['acme.example', 'northwind.test', 'corp.example', 'internal.invalid'])}/${r.pick(['v1/events', 'v2/users', 'oauth/token', 'health', 'ingest'])}`;
export const bareHost = (r) => r.pick(['db-01', 'db-primary', 'pg-replica-2', 'mysql-main', 'mongo-0', 'cache-01', 'rabbit-1', 'es-node-3', 'ldap-01', 'smtp-relay', 'vault', 'build-07']);
export const user = (r) => r.pick(['admin', 'root', 'deploy', 'svc_etl', 'app', 'jenkins', 'ops', 'reporting_ro', 'backup', 'sa', 'postgres', 'gitlab-ci']);
export const anyPw = (r) => r.chance(0.5) ? humanPassword(r) : randomPassword(r);

// Key/value in many syntaxes.  span is a marker or a plain string.
export function kv(d, style, key, val, ind = '') {
  const q = (o) => [o];
  switch (style) {
    case 'env': return d.add`${ind}${key.toUpperCase().replace(/[.-]/g, '_')}=${val}\n`;
    case 'envq': return d.add`${ind}export ${key.toUpperCase().replace(/[.-]/g, '_')}="${val}"\n`;
    case 'yaml': return d.add`${ind}${key}: ${val}\n`;
    case 'yamlq': return d.add`${ind}${key}: "${val}"\n`;
    case 'json': return d.add`${ind}"${key}": "${val}",\n`;
    case 'toml': return d.add`${ind}${key.replace(/[.]/g, '_')} = "${val}"\n`;
    case 'ini': return d.add`${ind}${key} = ${val}\n`;
    case 'props': return d.add`${ind}${key}=${val}\n`;
    case 'xml': return d.add`${ind}<${key.replace(/[^A-Za-z0-9_-]/g, '_')}>${val}</${key.replace(/[^A-Za-z0-9_-]/g, '_')}>\n`;
    case 'xmlattr': return d.add`${ind}<add key="${key}" value="${val}" />\n`;
    case 'hcl': return d.add`${ind}${key.replace(/[.-]/g, '_')} = "${val}"\n`;
    default: return d.add`${ind}${key}: ${val}\n`;
  }
}
// neutral or look-alike config entries
export function neutralEntry(r) {
  return r.pick([
    () => ['port', String(r.pick([80, 443, 5432, 6379, 8080, 9090, 3306, 27017]))],
    () => ['timeout_ms', String(r.int(100, 60000))],
    () => ['region', r.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1', 'sa-east-1'])],
    () => ['endpoint', svcUrl(r)],
    () => ['host', bareHost(r)],
    () => ['bind_address', infraIp(r)],
    () => ['log_level', r.pick(['info', 'debug', 'warn'])],
    () => ['max_connections', String(r.int(5, 500))],
    () => ['feature_flags', r.pick(['new-checkout,beta-search', 'none', 'dark-mode'])],
    () => ['image', L('digest', LOOK.digest(r))],
    () => ['version', L('version', LOOK.version(r))],
    () => ['instance_id', L('uuid', LOOK.uuid(r))],
    () => ['commit', L('git_sha', r.str(HEX, 40))],
    () => ['password', L('placeholder', r.pick(['changeme', '<set-me>', 'REPLACE_ME', '********', 'your_password_here']))],
    () => ['api_key', L('env_reference', LOOK.env_reference(r))],
    () => ['api_token', L('placeholder', r.pick(['<your-token>', 'xxxxxxxxxxxxxxxxxxxxxxxx', 'TODO', 'sk-...']))],
    () => ['cache_key_hash', L('hash', LOOK.hash(r))],
    () => ['brand_color', L('hex_color', LOOK.hex_color(r))],
    () => ['schedule', L('cron', LOOK.cron(r))],
    () => ['ssh_host_key', L('public_key', LOOK.public_key(r))],
    () => ['cursor', L('base64_blob', LOOK.base64_blob(r))],
    () => ['upstream', L('hostname', LOOK.hostname(r))],
    () => ['sdk_range', L('semver_range', LOOK.semver_range(r))],
    () => ['example_key_id', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')],
    () => ['gateway_mac', L('mac_address', LOOK.mac_address(r))],
    () => ['manual_isbn', L('isbn', LOOK.isbn(r))],
    () => ['redacted_token', L('masked_secret', LOOK.masked_secret(r))],
    () => ['job_id', L('ulid', LOOK.ulid(r))],
  ])();
}
// multilingual prose carrying a secret (no label next to the value)
export function secretProse(r, v, entity) {
  const x = S(entity, v);
  const host = bareHost(r);
  return r.pick([
    () => ['the new key for staging is ', x, ' - old one is revoked'],
    () => ['passwd for the box: ', x],
    () => [`ok so ${host} now takes `, x, ', dont paste it anywhere else pls'],
    () => ['rotated it, use ', x, ' from now on'],
    () => ['Neuer Schlüssel für die Testumgebung: ', x, ' (bitte nicht ins Wiki kopieren)'],
    () => ['Das Passwort für den Drucker-Admin lautet ', x, '.'],
    () => ['le mot de passe du serveur est ', x, ', je le change lundi'],
    () => ['voici la clé pour la prod : ', x],
    () => ['la contraseña del wifi de la oficina es ', x],
    () => ['te paso el token: ', x, ' caduca en 30 días'],
    () => ['a senha nova do banco é ', x, ' — não compartilhe'],
    () => ['la password di root è ', x, ', cambiala al primo accesso'],
    () => ['het wachtwoord voor de NAS is ', x],
    () => ['hasło do bazy: ', x],
    () => ['ステージングのAPIキーは ', x, ' です。'],
    () => ['새 토큰은 ', x, ' 입니다'],
    () => ['use this one instead -> ', x],
    () => ['fyi the vendor sent us ', x, ' as our credential'],
    () => [`creds for ${host}: user ${user(r)} / `, x],
    () => ['Temporary access code (valid 24h): ', x],
  ])();
}
// a command line with a secret
export function secretCommand(r) {
  const pw = () => S(r.pick(['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'ADMIN_PASSWORD', 'USER_PASSWORD']), anyPw(r));
  const tok = () => { const k = r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GENERIC_TOKEN', 'GENERIC_API_KEY', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'JWT', 'OPENAI_API_KEY', 'HUGGINGFACE_TOKEN', 'VAULT_SERVICE_TOKEN']); return S(k, KIND_BY[k].gen(r)); };
  const h = bareHost(r), u = user(r);
  return r.pick([
    () => ['curl -sS -H "Authorization: Bearer ', tok(), `" ${svcUrl(r)}`],
    () => ['curl -u ', u, ':', pw(), ` https://ci.acme.example/api/json`],
    () => [`mysql -h ${h} -u ${u} -p`, S('MYSQL_PASSWORD', randomPassword(r)), ' -e "show databases"'],
    () => ['PGPASSWORD=', S('POSTGRES_PASSWORD', anyPw(r).replace(/[ ]/g, '_')), ` psql -h ${h} -U ${u} app`],
    () => [`psql "postgresql://${u}:`, S('POSTGRES_PASSWORD', randomPassword(r).replace(/[@:/?#%]/g, 'x')), `@${h}:5432/orders?sslmode=require"`],
    () => [`docker login registry.acme.example -u ${u} -p `, S('DOCKER_HUB_PAT', KIND_BY.DOCKER_HUB_PAT.gen(r))],
    () => ['git clone https://oauth2:', S('GITLAB_PERSONAL_ACCESS_TOKEN', KIND_BY.GITLAB_PERSONAL_ACCESS_TOKEN.gen(r)), '@git.acme.example/platform/infra.git'],
    () => ['git remote set-url origin https://x-access-token:', S('GITHUB_APP_INSTALLATION_TOKEN', KIND_BY.GITHUB_APP_INSTALLATION_TOKEN.gen(r)), '@code.corp.example/acme/web.git'],
    () => ['aws configure set aws_secret_access_key ', S('AWS_SECRET_KEY', KIND_BY.AWS_SECRET_KEY.gen(r))],
    () => ['kubectl create secret generic app-creds --from-literal=password=', S('DATABASE_PASSWORD', randomPassword(r).replace(/[ '"$`\\!]/g, 'k')), ' -n prod'],
    () => [`sshpass -p '`, S('SSH_PASSWORD', humanPassword(r).replace(/'/g, '')), `' ssh ${u}@${h}`],
    () => [`redis-cli -h ${h} -a `, S('REDIS_PASSWORD', r.str(B62, r.int(16, 32))), ' ping'],
    () => ['mongosh "mongodb://', u, ':', S('MONGODB_PASSWORD', r.str(B62, r.int(12, 28))), `@${h}:27017/admin"`],
    () => [`wget --user=${u} --password=`, S('USER_PASSWORD', humanPassword(r).replace(/[ ]/g, '-')), ' https://files.acme.example/dump.tar.gz'],
    () => ['vault login ', S('VAULT_SERVICE_TOKEN', KIND_BY.VAULT_SERVICE_TOKEN.gen(r))],
    () => ['export OPENAI_API_KEY=', S('OPENAI_API_KEY', KIND_BY.OPENAI_API_KEY.gen(r))],
    () => [`htpasswd -b -c /etc/nginx/.htpasswd ${u} `, S('USER_PASSWORD', humanPassword(r).replace(/[ ]/g, '_'))],
    () => ['curl "https://maps.acme.example/geocode?q=depot&key=', S('GOOGLE_API_KEY', KIND_BY.GOOGLE_API_KEY.gen(r)), '"'],
    () => ['curl -X POST https://hooks.slack.example/services/', S('SLACK_WEBHOOK_SECRET', KIND_BY.SLACK_WEBHOOK_SECRET.gen(r)), ' -d @msg.json'],
    () => ['rclone config create backup s3 access_key_id ', S('AWS_ACCESS_KEY', KIND_BY.AWS_ACCESS_KEY.gen(r)), ' secret_access_key ', S('AWS_SECRET_KEY', KIND_BY.AWS_SECRET_KEY.gen(r))],
    () => ['echo ', S('GITHUB_PERSONAL_ACCESS_TOKEN', KIND_BY.GITHUB_PERSONAL_ACCESS_TOKEN.gen(r)), ' | gh auth login --with-token'],
    () => [`smbclient //fileserver/finance -U ${u}%`, S('USER_PASSWORD', humanPassword(r).replace(/[ %]/g, '7'))],
    () => ['curl -H "X-Api-Key: ', S('GENERIC_API_KEY', genericKey(r)), `" ${svcUrl(r)}`],
    () => ['openssl enc -aes-256-cbc -k ', S('ENCRYPTION_KEY', r.str(HEX, 64)), ' -in backup.sql -out backup.enc'],
    () => ['sqlcmd -S db-01 -U sa -P ', S('DATABASE_PASSWORD', randomPassword(r).replace(/[ "'$`!]/g, 'Z')), ' -Q "SELECT 1"'],
  ])();
}
// connection strings
export function connString(r) {
  const h = bareHost(r), u = user(r), pw = randomPassword(r).replace(/[@:/?#%;'" ]/g, 'q');
  return r.pick([
    () => [`postgres://${u}:`, S('POSTGRES_PASSWORD', pw), `@${h}:5432/billing`],
    () => [`mysql://${u}:`, S('MYSQL_PASSWORD', pw), `@${h}:3306/shop`],
    () => [`mongodb+srv://${u}:`, S('MONGODB_PASSWORD', pw), `@cluster0.mongo.example/app?retryWrites=true`],
    () => ['redis://:', S('REDIS_PASSWORD', pw), `@${h}:6379/0`],
    () => [`amqps://${u}:`, S('RABBITMQ_PASSWORD', pw), `@${h}:5671/%2f`],
    () => [`Server=${h};Database=Payroll;User Id=${u};Password=`, S('DATABASE_PASSWORD', pw), ';Encrypt=True;'],
    () => [`jdbc:sqlserver://${h}:1433;databaseName=crm;user=${u};password=`, S('DATABASE_PASSWORD', pw)],
    () => ['DefaultEndpointsProtocol=https;AccountName=acmestore' + r.str(LOW, 4) + ';AccountKey=', S('AZURE_STORAGE_ACCOUNT_KEY', KIND_BY.AZURE_STORAGE_ACCOUNT_KEY.gen(r)), ';EndpointSuffix=core.windows.example'],
    () => [`smtp://${u}:`, S('SMTP_PASSWORD', pw), '@smtp.acme.example:587'],
    () => [`https://${u}:`, S('ELASTICSEARCH_PASSWORD', pw), `@es.acme.example:9200`],
    () => [`ldap://cn=${u},dc=corp,dc=example:`, S('LDAP_BIND_PASSWORD', pw), `@${h}:389`],
    () => [`snowflake://${u}:`, S('SNOWFLAKE_PASSWORD', pw), '@acme-xy12345/ANALYTICS/PUBLIC?warehouse=WH'],
  ])();
}
export { S, P, L, pii, look, LOOK, humanPassword, randomPassword, genericKey, passphrase, KIND_BY, jwt };
