// blind11: shared pieces for the document templates (config pairs, secrets in commands/URLs/prose).
import { int, pick, chance, str, digits, pad, HEX, LOWAN, S, P, L } from './lib.mjs';
import { nextSecret, genericSecret, UNUSUAL_KEYS, KIND_MAP, humanPassword, strongPassword, GENERIC_ENTITIES } from './secrets.mjs';
import { person, email, emailFor, phone, infraIp, COMPANIES, clientIp, city } from './pii.mjs';
import { look, anyLook } from './lookalikes.mjs';

export const snake = (k) => k.toLowerCase().replace(/-/g, '_');
export const camel = (k) => k.toLowerCase().replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());
export const dotted = (k) => k.toLowerCase().replace(/_/g, '.');
// a config entry whose value is a secret: [key, tagged]
export function secretPair(filter) {
  if (chance(0.3)) { const g = genericSecret(); return [pick(UNUSUAL_KEYS).toUpperCase(), g]; }
  const s = nextSecret(filter || ((e) => !/PRIVATE_KEY$|SEED_PHRASE/.test(e) || e === 'ETHEREUM_PRIVATE_KEY' || e === 'WIREGUARD_PRIVATE_KEY'));
  return [s.key.toUpperCase().replace(/-/g, '_'), S(s.e, s.v)];
}
export function neutralPair() {
  return pick([
    () => ['LOG_LEVEL', pick(['info', 'debug', 'warn'])], () => ['PORT', String(pick([8080, 3000, 5432, 6379, 9090]))], () => ['DB_HOST', infraIp()],
    () => ['API_BASE_URL', `https://api.${pick(['internal', 'staging', 'eu'])}.example/v${int(1, 3)}`], () => ['REGION', pick(['eu-west-1', 'us-east-2', 'ap-northeast-1'])],
    () => ['TIMEOUT_MS', String(int(500, 30000))], () => ['FEATURE_FLAGS', pick(['beta_ui,fast_checkout', 'none', 'dark_mode'])], () => ['CACHE_HOST', pick(['cache-01', 'redis', '127.0.0.1', 'localhost'])],
    () => ['COMPANY_NAME', pick(COMPANIES)], () => ['MAX_CONNECTIONS', String(int(5, 200))], () => ['BIND_ADDR', pick(['0.0.0.0', '127.0.0.1', infraIp()])],
  ])();
}
export function lookPair() {
  return pick([
    () => ['DB_PASSWORD', look('env_reference')], () => ['API_KEY', look('placeholder')], () => ['BUILD_SHA', look('git_sha')], () => ['INSTANCE_ID', look('uuid')],
    () => ['IMAGE_DIGEST', look('digest')], () => ['APP_VERSION', look('version')], () => ['STRIPE_PUBLISHABLE_KEY', L('public_key', 'pk_live_51' + str(LOWAN + 'ABCDEFGHIJ', 90))],
    () => ['AWS_ACCESS_KEY_ID', look('aws_example_key')], () => ['TRACE_SAMPLE_ID', look('trace_id')], () => ['DEPLOY_TICKET', look('ticket_id')], () => ['ACCOUNT_ID', look('aws_account_id')],
    () => ['ROLE_ARN', look('arn')], () => ['THEME_COLOR', look('hex_color')], () => ['SECRET_TOKEN', look('masked_secret')], () => ['CHECKSUM', look('hash')], () => ['UPSTREAM_HOST', look('hostname')],
    () => ['CONTAINER_ID', look('container_id')], () => ['NODE_MAC', look('mac_address')], () => ['SIGNING_KEY_FPR', look('pgp_fingerprint')], () => ['JWT_KID', look('jwt_key_id')],
    () => ['CSP_NONCE', look('nonce')], () => ['TEST_DEVICE_IMEI', look('imei')], () => ['DOCS_ISBN', look('isbn')], () => ['HQ_COORDS', look('coordinates')],
  ])();
}
export function piiPair() {
  return pick([() => ['ADMIN_EMAIL', email()], () => ['ONCALL_PHONE', phone()], () => ['OWNER', P('PERSON', person().full)], () => ['ALERT_EMAIL', email()]])();
}
export function pairs(n, mix = [3, 3, 3, 1]) {
  const out = []; const tot = mix.reduce((a, b) => a + b);
  for (let i = 0; i < n; i++) { let r = int(1, tot); const f = r <= mix[0] ? secretPair : (r -= mix[0]) <= mix[1] ? neutralPair : (r -= mix[1]) <= mix[2] ? lookPair : piiPair; out.push(f()); }
  return out;
}
export const q = (v, ch = '"') => [ch, v, ch];

// secrets in connection strings / URLs / commands (value only is labelled)
export function connString() {
  const host = pick(['db-01', 'pg-primary', infraIp(), 'mysql.internal.example', 'mongo-0.mongo.svc.invalid', 'cache-01']);
  const u = pick(['app', 'svc_orders', 'admin', 'reporting', 'root', 'etl']);
  return pick([
    () => ['postgres://' + u + ':', S('POSTGRES_PASSWORD', strongPassword()), `@${host}:5432/${pick(['orders', 'crm', 'analytics'])}?sslmode=require`],
    () => ['mysql://' + u + ':', S('MYSQL_PASSWORD', humanPassword().replace(/[@/:? #]/g, '')), `@${host}:3306/shop`],
    () => ['mongodb+srv://' + u + ':', S('MONGODB_PASSWORD', KIND_MAP.MONGODB_PASSWORD[1]()), `@${host}/prod?retryWrites=true`],
    () => ['redis://:', S('REDIS_PASSWORD', KIND_MAP.REDIS_PASSWORD[1]()), `@${host}:6379/0`],
    () => ['amqp://' + u + ':', S('RABBITMQ_PASSWORD', humanPassword().replace(/[@/:? #]/g, '')), `@${host}:5672/vhost`],
    () => [`jdbc:sqlserver://${host}:1433;databaseName=ledger;user=sa;password=`, S('MSSQL_SA_PASSWORD', strongPassword().replace(/;/g, '')), ';encrypt=true'],
    () => [`Server=tcp:${host},1433;Initial Catalog=hr;User ID=${u};Password=`, S('DATABASE_PASSWORD', strongPassword().replace(/;/g, '')), ';'],
    () => ['https://', u, ':', S('BASIC_AUTH_PASSWORD', humanPassword().replace(/[@/:? #]/g, '')), '@nexus.internal.example/repository/'],
    () => [`https://files.internal.example/export.csv?api_key=`, S('GENERIC_API_KEY', str(HEX, 32)), '&fmt=csv'],
    () => [`https://git.internal.example/team/${pick(['infra', 'billing', 'web'])}.git`.replace('https://', 'https://oauth2:'), ''].length && ['https://oauth2:', S('GITLAB_PERSONAL_ACCESS_TOKEN', KIND_MAP.GITLAB_PERSONAL_ACCESS_TOKEN[1]()), `@git.internal.example/team/${pick(['infra', 'billing', 'web'])}.git`],
    () => ['ftp://ftpuser:', S('FTP_PASSWORD', humanPassword().replace(/[@/:? #]/g, '')), `@${host}/incoming/`],
    () => ['ldap://cn=binder,dc=corp,dc=test:', S('LDAP_BIND_PASSWORD', humanPassword().replace(/[@/:? #,]/g, '')), `@ldap-01:389`],
  ])();
}
export function cmdWithSecret() {
  const s = (e) => S(e, KIND_MAP[e][1]());
  return pick([
    () => ["mysql -u root -p'", S('MYSQL_PASSWORD', humanPassword().replace(/'/g, '')), "' -h db-01 shop < dump.sql"],
    () => ['curl -sS -H "Authorization: Bearer ', S('BEARER_TOKEN', KIND_MAP.BEARER_TOKEN[1]()), `" https://api.internal.example/v2/${pick(['users', 'orders', 'jobs'])}`],
    () => ['curl -u admin:', S('ADMIN_PASSWORD', humanPassword().replace(/[ '"$!&*?]/g, '')), ' https://jenkins.internal.example/api/json'],
    () => ['psql "postgresql://', pick(['app', 'etl', 'readonly']), ':', S('POSTGRES_PASSWORD', strongPassword().replace(/[@/:?#%]/g, '')), `@${pick(['pg-primary', 'db-01', infraIp()])}:5432/${pick(['orders', 'crm'])}" -c "select count(*) from orders"`],
    () => ['docker login -u ci-bot -p ', S('DOCKER_REGISTRY_PASSWORD', str(LOWAN, 32)), ' registry.internal.example'],
    () => ['export AWS_SECRET_ACCESS_KEY=', s('AWS_SECRET_KEY')],
    () => ['git clone https://x-access-token:', s('GITHUB_APP_INSTALLATION_TOKEN'), '@git.internal.example/platform/deploy.git'],
    () => ['redis-cli -h cache-01 -a ', s('REDIS_PASSWORD'), ' info keyspace'],
    () => ["sshpass -p '", S('SSH_PASSWORD', humanPassword().replace(/'/g, '')), "' ssh ops@bastion-02 uptime"],
    () => ['kubectl create secret generic api-creds --from-literal=token=', S('GENERIC_API_TOKEN', str(LOWAN, 40)), ' -n payments'],
    () => ['htpasswd -b -c /etc/nginx/.htpasswd monitor ', S('USER_PASSWORD', humanPassword().replace(/[ '"$!&*?]/g, ''))],
    () => ['az login --service-principal -u 7c1e0d4e-app -p ', s('AZURE_CLIENT_SECRET'), ' --tenant corp.test'],
    () => ['vault login ', s('VAULT_TOKEN')],
    () => ['npm config set //npm.internal.example/:_authToken ', s('NPM_TOKEN')],
    () => ['openssl enc -aes-256-cbc -k ', S('ENCRYPTION_KEY', str(HEX, 64)), ' -in backup.tar -out backup.enc'],
    () => ['wget --user=deploy --password=', S('FTP_PASSWORD', str(LOWAN, 14)), ' ftp://files-01/releases/latest.tgz'],
    () => ['gh auth login --with-token <<< ', s('GITHUB_PERSONAL_ACCESS_TOKEN')],
    () => ['http POST https://hooks.internal.example/ingest X-Api-Key:', S('GENERIC_API_KEY', str(LOWAN + 'ABCDEF', 36)), ' event=deploy'],
    () => ['stripe listen --api-key ', s('STRIPE_SECRET_KEY'), ' --forward-to localhost:4242/webhook'],
    () => ['HF_TOKEN=', s('HUGGINGFACE_TOKEN'), ' python train.py --push'],
    () => ['mongodump --uri "mongodb://backup:', S('MONGODB_PASSWORD', KIND_MAP.MONGODB_PASSWORD[1]()), '@mongo-0.mongo.svc.invalid:27017/prod?authSource=admin" --out /backups/nightly'],
    () => ['pg_dump "host=pg-primary user=etl password=', S('POSTGRES_PASSWORD', str(LOWAN, 18)), ' dbname=warehouse" > wh.sql'],
  ])();
}
const PROSE_SECRET = [
  (s) => ['the new key for staging is ', s, ' - rotate the old one by friday'], (s) => ['passwd for the box: ', s], (s) => ['Das neue Passwort für den Staging-Server lautet ', s, ', bitte nicht weitergeben.'],
  (s) => ["le mot de passe du serveur de recette est ", s, " (valable jusqu'à lundi)"], (s) => ['la clave de la API de producción es ', s], (s) => ['a senha do banco de homologação agora é ', s],
  (s) => ['la password del db di test è ', s, ' - cambiala dopo il deploy'], (s) => ['het wachtwoord voor de VPN is ', s], (s) => ['ステージングのAPIキーは ', s, ' です。'], (s) => ['hasło do serwera: ', s],
  (s) => ['use ', s, ' as the token until the vault migration lands'], (s) => ['creds are admin / ', s], (s) => ['API 密钥是 ', s, '，请勿外传'], (s) => ['пароль от сервера: ', s],
  (s) => ['temporary secret -> ', s], (s) => ["I reset it, it's now ", s, ' (no quotes)'], (s) => ['client secret for the partner portal: ', s], (s) => ['token de acceso para el webhook: ', s],
  (s) => ['our shared key with the vendor is ', s, ', they asked us not to paste it in tickets'], (s) => ['der API-Schlüssel für den Export ist ', s], (s) => ['login: svc-backup  pw: ', s],
];
export function proseSecret() { const g = chance(0.6) ? genericSecret() : pick([() => S('USER_PASSWORD', humanPassword()), () => S('SSH_PASSWORD', humanPassword()), () => S('WIFI_PASSWORD', humanPassword()), () => { const x = nextSecret((e) => !/PRIVATE_KEY$|SEED_PHRASE|KUBECONFIG|SESSION_TOKEN|ONEPASSWORD|FLY_API/.test(e)); return S(x.e, x.v); }])(); return pick(PROSE_SECRET)(g); }
export function userPass() {
  const p = person(pick(['en', 'de', 'pl', 'es', 'fr', 'in', 'tr'])); const u = (p.first[0] + p.last).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  return pick([
    () => ['username: ', u, '\npassword: ', S('USER_PASSWORD', humanPassword())], () => ['user ', u, ' / pass ', S('USER_PASSWORD', humanPassword())],
    () => ['Benutzer: ', u, ', Kennwort: ', S('USER_PASSWORD', humanPassword())], () => ['login=', u, ' pwd=', S('USER_PASSWORD', humanPassword())],
    () => ['usuario ', u, ' contraseña ', S('USER_PASSWORD', humanPassword())], () => [u, ':', S('USER_PASSWORD', humanPassword().replace(/[: ]/g, ''))],
  ])();
}
export const ts = () => `${int(2025, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}Z`;
export const tsL = () => L('timestamp', ts());
export { look, anyLook, person, email, emailFor, phone, clientIp, city };
