// Document templates: each kind has a header and a list of sections; generate.mjs appends sections
// until the target size is reached (rolling back any section that would exceed 4000 bytes).
import * as R from './prng.mjs';
import * as Pi from './pii.mjs';
import { mk, pemSecret, GENERIC, PASSWORDS, UNUSUAL_KEYS, humanPassword, urlSafePassword } from './secrets.mjs';
import { look, G } from './lookalikes.mjs';
import { S } from './builder.mjs';
const { pick, int, chance, digits, hex, alnum } = R;
const sec = (e) => mk(e);
const gen = () => mk(pick(GENERIC));
const pwd = () => mk(pick(PASSWORDS));
const ts = () => `${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)}Z`;
const host = () => pick(['db-01', 'pg-main', 'redis-cache', 'mq-02', 'ldap', 'smtp-relay']) + (chance(0.5) ? '' : '.' + pick(['corp.example', 'internal.test', 'svc.invalid']));
const snake = (k) => k.replace(/[.\s-]/g, '_');
const camel = (k) => snake(k).toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());

// ---------- multilingual prose about secrets ----------
const PROSE = {
  en: [(n, x) => ['the ', n, ' for staging is ', x, ' - please rotate after the demo'], (n, x) => ['fyi new ', n, ': ', x], (n, x) => ['use ', x, ' as the ', n, ' until Friday']],
  de: [(n, x) => ['Das ', n, ' für die Testumgebung lautet ', x, ', bitte nicht weitergeben.'], (n, x) => ['Neues Passwort ist jetzt ', x, ' (', n, ')'], (n, x) => ['Hier der Zugang: ', x, ' – gilt bis Monatsende.']],
  fr: [(n, x) => ['Le ', n, ' de prod est ', x, ', je le change lundi.'], (n, x) => ['Voici le mot de passe : ', x], (n, x) => ['tu peux utiliser ', x, ' comme ', n, ' en attendant']],
  es: [(n, x) => ['La contraseña del servidor es ', x, ' (no la compartas)'], (n, x) => ['Te paso el ', n, ': ', x], (n, x) => ['clave nueva -> ', x]],
  pt: [(n, x) => ['A senha do banco ficou ', x, ', anota aí'], (n, x) => ['segue o ', n, ' atualizado: ', x]],
  it: [(n, x) => ['La password del gestionale è ', x, ', cambiala al primo accesso.'], (n, x) => ['ecco il ', n, ': ', x]],
  nl: [(n, x) => ['Het wachtwoord voor de NAS is ', x, ' — niet doorsturen aub'], (n, x) => ['nieuwe ', n, ' staat hier: ', x]],
  pl: [(n, x) => ['Hasło do panelu to ', x, ', zmień je po zalogowaniu.'], (n, x) => ['Klucz API: ', x]],
  ja: [(n, x) => ['本番の', n, 'は ', x, ' です。共有しないでください。'], (n, x) => ['パスワードを ', x, ' に変更しました']],
  zh: [(n, x) => ['测试环境的', n, '是 ', x, '，用完请删除'], (n, x) => ['新密码：', x]],
  ru: [(n, x) => ['Пароль от админки: ', x, ', не пересылай никому.'], (n, x) => ['вот ', n, ' — ', x]],
  tr: [(n, x) => ['Sunucu şifresi ', x, ' olarak değişti.'], (n, x) => [n, ' burada: ', x]],
  sv: [(n, x) => ['Lösenordet till routern är ', x, ' för tillfället.']],
  ko: [(n, x) => ['운영 서버 비밀번호는 ', x, ' 입니다']],
};
export const proseLangs = Object.keys(PROSE);
const nextLang = R.deck(proseLangs);
export function proseSecret(x) { x = x || (chance(0.5) ? pwd() : sec()); const lang = nextLang(); const parts = pick(PROSE[lang])(x.prose, { ...x, meta: { lang } }); return parts; }

// ---------- config syntaxes ----------
export const SYNTAX = ['env', 'yaml', 'toml', 'ini', 'json', 'xml', 'properties', 'hcl', 'nginx', 'php'];
export function cfgLine(syn, key, val, ind = '') {
  switch (syn) {
    case 'env': { const q = chance(0.3) ? '"' : ''; return [ind, snake(key).toUpperCase(), '=', q, val, q, '\n']; }
    case 'yaml': return [ind, snake(key).toLowerCase(), ': ', val, '\n'];
    case 'toml': return [ind, snake(key).toLowerCase(), ' = "', val, '"\n'];
    case 'ini': return [ind, key, ' = ', val, '\n'];
    case 'json': return [ind, '"', camel(key), '": "', val, '",\n'];
    case 'xml': return [ind, `<add key="${camel(key)}" value="`, val, '" />\n'];
    case 'properties': return [ind, key.includes('.') ? key : 'app.' + camel(key), '=', val, '\n'];
    case 'hcl': return [ind, snake(key).toLowerCase(), ' = "', val, '"\n'];
    case 'nginx': return [ind, pick(['proxy_set_header X-Api-Key ', 'set $upstream_token ', 'auth_basic_user_file_secret ']), val, ';\n'];
    default: return [ind, `'${snake(key).toLowerCase()}' => '`, val, "',\n"];
  }
}
const noise = (syn, ind = '') => { const k = pick(['timeout', 'max_connections', 'log_level', 'region', 'port', 'pool_size', 'feature_flags', 'retries', 'cache_ttl']); const v = pick(['30', 'info', 'eu-central-1', '5432', 'true', '120s', '16']); return cfgLine(syn, k, v, ind); };
function cfgSection(syn) {
  const out = [];
  const hdr = { yaml: `${pick(['database', 'integrations', 'auth', 'mail', 'billing'])}:\n`, toml: `[${pick(['database', 'integrations', 'auth', 'mail'])}]\n`, ini: `[${pick(['server', 'credentials', 'mail', 'upstream'])}]\n`, hcl: `${pick(['provider "acme"', 'backend "remote"', 'module "api"'])} {\n` }[syn] || '';
  out.push(hdr);
  const ind = syn === 'yaml' || syn === 'hcl' ? '  ' : '';
  for (let i = int(2, 5); i > 0; i--) {
    const r = R.f();
    if (r < 0.38) { const x = chance(0.4) ? gen() : sec(); const key = chance(0.4) ? pick(UNUSUAL_KEYS) : x.key; out.push(...cfgLine(syn, key, x, ind)); }
    else if (r < 0.55) { const x = pwd(); out.push(...cfgLine(syn, x.key, x, ind)); }
    else if (r < 0.78) { const lk = look(pick(['placeholder', 'env_reference', 'aws_example_key', 'uuid', 'hostname', 'version', 'hash', 'digest', 'masked_secret', 'hex_color', 'cron_expression', 'aws_account_id', 'arn', 'base64_blob'])); out.push(...cfgLine(syn, pick(['api_key', 'token', 'secret', 'password', 'build_id', 'theme_color', 'schedule', 'image', 'host', 'ref']), lk, ind)); }
    else if (r < 0.9) { const pe = chance(0.5) ? Pi.email(Pi.latinPerson()) : Pi.phone(); out.push(...cfgLine(syn, pick(['admin_email', 'oncall_contact', 'notify', 'owner']), pe, ind)); }
    else out.push(...noise(syn, ind));
  }
  if (syn === 'hcl') out.push('}\n');
  return out;
}
function connString() {
  const p = sec('CONNECTION_STRING_PASSWORD'); const u = pick(['app', 'svc_ro', 'postgres', 'admin', 'etl']);
  return pick([
    () => [`postgres://${u}:`, p, `@${host()}:5432/${pick(['orders', 'crm', 'ledger'])}`],
    () => [`mysql://${u}:`, p, `@${host()}:3306/app?ssl=true`],
    () => ['mongodb+srv://', u, ':', p, '@cluster0.mongo.example/?retryWrites=true'],
    () => [`redis://:`, p, `@${host()}:6379/0`],
    () => [`amqp://${u}:`, p, `@${host()}:5672/vhost`],
    () => [`Server=${host()};Database=Payroll;User Id=${u};Password=`, p, ';Encrypt=True;'],
    () => [`jdbc:sqlserver://${host()}:1433;databaseName=hr;user=${u};password=`, p],
    () => [`Host=${host()};Username=${u};Password=`, p, ';Database=billing'],
  ])();
}
function pemBlock(syn) {
  const x = pemSecret();
  if (syn === 'json') return ['"private_key": "', { ...x, v: x.v.replace(/\n/g, '\\n') }, '\\n",\n'];
  if (syn === 'yaml') return ['tls_key: |\n    ', { ...x, v: x.v.replace(/\n/g, '\n    ') }, '\n'];
  if (syn === 'env') return ['PRIVATE_KEY="', { ...x, v: x.v.replace(/\n/g, '\\n') }, '"\n'];
  return ['# key material\n', x, '\n'];
}

// ---------- source code in 18 languages ----------
const LANGS = {
  python: { c: '#', lines: [(k, v) => [k.toUpperCase(), ' = "', v, '"\n'], (k, v) => ['client = ApiClient(base_url="https://api.vendor.example", ', k.toLowerCase(), '="', v, '")\n'], (k, v) => ['def connect(host="db-01", user="app", password="', v, '"):\n    ...\n'], (k, v) => ['    @pytest.fixture\n    def creds(self):\n        return {"', k, '": "', v, '"}\n']] },
  javascript: { c: '//', lines: [(k, v) => ['const ', k.toUpperCase(), " = '", v, "';\n"], (k, v) => ['const client = new Client({ ', camel(k), ": '", v, "' });\n"], (k, v) => ['function sign(body, key = "', v, '") {\n  return hmac(key, body);\n}\n'], (k, v) => ["  it('authenticates', () => {\n    process.env.TOKEN = '", v, "';\n  });\n"]] },
  typescript: { c: '//', lines: [(k, v) => ['export const ', camel(k), ': string = "', v, '";\n'], (k, v) => ['constructor(private readonly secret: string = "', v, '") {}\n'], (k, v) => ['  const fixture = { ', camel(k), ': "', v, '", user: "qa" };\n']] },
  go: { c: '//', lines: [(k, v) => ['const ', camel(k), ' = "', v, '"\n'], (k, v) => ['cfg := &Config{Token: "', v, '", Timeout: 30 * time.Second}\n'], (k, v) => ['\treq.Header.Set("Authorization", "Bearer ', v, '")\n']] },
  java: { c: '//', lines: [(k, v) => ['private static final String ', snake(k).toUpperCase(), ' = "', v, '";\n'], (k, v) => ['DataSource ds = new HikariDataSource(url, "app", "', v, '");\n'], (k, v) => ['    @Value("${api.secret:', v, '}")\n    private String apiSecret;\n']] },
  kotlin: { c: '//', lines: [(k, v) => ['val ', camel(k), ' = "', v, '"\n'], (k, v) => ['class Gateway(val key: String = "', v, '")\n'], (k, v) => ['    @Test fun login() { service.login("qa", "', v, '") }\n']] },
  csharp: { c: '//', lines: [(k, v) => ['private const string ', camel(k).replace(/^./, (c) => c.toUpperCase()), ' = "', v, '";\n'], (k, v) => ['var client = new PaymentClient(apiKey: "', v, '");\n'], (k, v) => ['public Task SendAsync(string body, string secret = "', v, '") => Sign(body, secret);\n'], (k, v) => ['    [InlineData("', v, '")]\n    public void Rejects_old_key(string key) { }\n']] },
  ruby: { c: '#', lines: [(k, v) => [snake(k).toUpperCase(), " = '", v, "'\n"], (k, v) => ['Vendor.configure { |c| c.', snake(k).toLowerCase(), " = '", v, "' }\n"], (k, v) => ['  def initialize(token: "', v, '")\n    @token = token\n  end\n'], (k, v) => ["  let(:secret) { '", v, "' }\n"]] },
  php: { c: '//', lines: [(k, v) => ["define('", snake(k).toUpperCase(), "', '", v, "');\n"], (k, v) => ['$pdo = new PDO($dsn, "root", "', v, '");\n'], (k, v) => ['    public function __construct(private string $apiKey = "', v, '") {}\n']] },
  rust: { c: '//', lines: [(k, v) => ['const ', snake(k).toUpperCase(), ': &str = "', v, '";\n'], (k, v) => ['let client = Client::new("', v, '");\n'], (k, v) => ['    #[test]\n    fn parses() { let cfg = Config { token: "', v, '".into(), ..Default::default() }; }\n']] },
  swift: { c: '//', lines: [(k, v) => ['let ', camel(k), ' = "', v, '"\n'], (k, v) => ['init(apiKey: String = "', v, '") { self.apiKey = apiKey }\n'], (k, v) => ['request.setValue("Bearer ', v, '", forHTTPHeaderField: "Authorization")\n']] },
  scala: { c: '//', lines: [(k, v) => ['val ', camel(k), ' = "', v, '"\n'], (k, v) => ['  lazy val client = HttpClient(auth = Auth.Token("', v, '"))\n'], (k, v) => ['case class Creds(user: String = "svc", secret: String = "', v, '")\n']] },
  c: { c: '//', lines: [(k, v) => ['#define ', snake(k).toUpperCase(), ' "', v, '"\n'], (k, v) => ['static const char *', snake(k).toLowerCase(), ' = "', v, '";\n'], (k, v) => ['    mysql_real_connect(conn, "db-01", "app", "', v, '", "shop", 0, NULL, 0);\n']] },
  cpp: { c: '//', lines: [(k, v) => ['constexpr std::string_view k', camel(k).replace(/^./, (c) => c.toUpperCase()), '{"', v, '"};\n'], (k, v) => ['auto conn = Connect("db-01", "app", "', v, '");\n']] },
  elixir: { c: '#', lines: [(k, v) => ['config :app, ', snake(k).toLowerCase(), ': "', v, '"\n'], (k, v) => ['  def client(opts \\\\ [api_key: "', v, '"]), do: Req.new(opts)\n'], (k, v) => ['@', snake(k).toLowerCase(), ' "', v, '"\n']] },
  perl: { c: '#', lines: [(k, v) => ['my $', snake(k).toLowerCase(), " = '", v, "';\n"], (k, v) => ['my $dbh = DBI->connect($dsn, "app", "', v, '", { RaiseError => 1 });\n'], (k, v) => ['$ua->default_header("X-Auth" => "', v, '");\n']] },
  lua: { c: '--', lines: [(k, v) => ['local ', snake(k).toLowerCase(), ' = "', v, '"\n'], (k, v) => ['redis:auth("', v, '")\n'], (k, v) => ['return { ', snake(k).toLowerCase(), ' = "', v, '", timeout = 5 }\n']] },
  dart: { c: '//', lines: [(k, v) => ['const ', camel(k), " = '", v, "';\n"], (k, v) => ['  ApiService({this.key = "', v, '"});\n'], (k, v) => ["  test('login', () { final pw = '", v, "'; });\n"]] },
  r: { c: '#', lines: [(k, v) => ['Sys.setenv(', snake(k).toUpperCase(), ' = "', v, '")\n'], (k, v) => ['con <- dbConnect(RPostgres::Postgres(), host = "db-01", password = "', v, '")\n'], (k, v) => [snake(k).toLowerCase(), ' <- "', v, '"\n']] },
  powershell: { c: '#', lines: [(k, v) => ['$', camel(k), ' = ConvertTo-SecureString "', v, '" -AsPlainText -Force\n'], (k, v) => ['Invoke-RestMethod -Uri $api -Headers @{ "X-Api-Key" = "', v, '" }\n'], (k, v) => ['$env:', snake(k).toUpperCase(), ' = "', v, '"\n']] },
  haskell: { c: '--', lines: [(k, v) => [camel(k), ' :: Text\n', camel(k), ' = "', v, '"\n'], (k, v) => ['  let req = setRequestHeader "Authorization" ["Bearer ', v, '"] base\n']] },
};
export const langs = Object.keys(LANGS);
const nextCodeLang = R.deck(langs);
function codeSection(lang) {
  const L = LANGS[lang]; const r = R.f();
  if (r < 0.15) return [pick(['\n', L.c + ' ---\n', L.c + ' helpers\n']), pick(['return nil\n', 'retries = 3\n', 'timeout = 30\n', 'log("starting")\n', 'if (!ok) fail()\n'])];
  if (r < 0.55) { const x = chance(0.5) ? sec() : chance(0.5) ? gen() : pwd(); const key = chance(0.3) ? pick(UNUSUAL_KEYS) : x.key; return pick(L.lines)(key, { ...x, meta: { lang, code: true } }); }
  if (r < 0.7) { const x = chance(0.5) ? sec() : pwd(); return [L.c, ' ', pick(['old key, remove later: ', 'TODO rotate ', 'worked with ', 'prod value was ']), x, '\n']; }
  if (r < 0.85) { const lk = look(pick(['placeholder', 'env_reference', 'aws_example_key', 'uuid', 'git_sha', 'hex_color', 'version', 'vendor_test_card', 'public_key', 'hash', 'data_uri', 'object_id', 'ulid'])); return pick(L.lines)('example_' + pick(['key', 'token', 'value']), lk); }
  const p = Pi.latinPerson(); return [L.c, ' author: ', p, ' <', Pi.email(p), '>  reviewed ', look('date'), '\n'];
}

// ---------- helpers for PII-heavy content ----------
const nameList = (n) => { const out = []; for (let i = 0; i < n; i++) { out.push(Pi.person()); out.push(i < n - 1 ? pick([', ', '; ', ' / ']) : ''); } return out; };
const addrBlock = () => Pi.addressParts();
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

export const KINDS = {
  config: {
    head: (d, st) => { st.syn = pick(SYNTAX); d.t({ env: '# .env.production\n', yaml: '# config/app.yaml\n', toml: '# settings.toml\n', ini: '; service.ini\n', json: '{\n', xml: '<?xml version="1.0"?>\n<appSettings>\n', properties: '# application.properties\n', hcl: '# terraform.tfvars / provider config\n', nginx: '# nginx site config\nserver {\n', php: "<?php\nreturn [\n" }[st.syn]); },
    sections: [(d, st) => cfgSection(st.syn), (d, st) => cfgSection(st.syn), (d, st) => { const c = connString(); return st.syn === 'json' ? ['"databaseUrl": "', ...c, '",\n'] : ['DATABASE_URL' + (st.syn === 'yaml' ? ': ' : '='), ...c, '\n']; }, (d, st) => pemBlock(st.syn)],
    foot: (d, st) => d.t({ json: '"_end": true\n}\n', xml: '</appSettings>\n', nginx: '}\n', php: '];\n' }[st.syn] || ''),
  },
  k8s: {
    head: (d) => d.f`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${pick(['api-creds', 'db-secret', 'payments'])}\n  namespace: ${pick(['prod', 'billing', 'default'])}\n  uid: ${look('uuid')}\n  resourceVersion: "${look('k8s_resource_version')}"\ntype: Opaque\ndata:\n`,
    sections: [
      () => ['  ', pick(['password', 'db-password', 'root-pass']), ': ', sec('KUBERNETES_SECRET_DATA'), '\n'],
      () => { const x = chance(0.5) ? gen() : sec(); return ['  ', pick(['api-key', 'token', 'client-secret', 'signing-key']), ': ', { ...x, entity: 'KUBERNETES_SECRET_DATA', v: Buffer.from(x.v).toString('base64') }, '\n']; },
      () => ['---\napiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: \'{"auths":{"registry.corp.example":{"auth":"', sec('DOCKER_CONFIG_AUTH'), '"}}}\'\n'],
      () => { const x = chance(0.5) ? sec() : pwd(); return ['---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: ', look('docker_image'), '\n        env:\n        - name: ', snake(x.key).toUpperCase(), '\n          value: "', x, '"\n        - name: API_REF\n          value: "', look('env_reference'), '"\n']; },
      () => ['  annotations:\n    owner: ', Pi.email(Pi.latinPerson()), '\n    contact-phone: "', Pi.phone(), '"\n    last-applied-digest: ', look('digest'), '\n'],
      () => ['---\nkind: ConfigMap\ndata:\n  ALLOWED_CLIENT: ', Pi.ipv4(true), '\n  BUILD: "', look('build_number'), '"\n  COMMIT: ', look('git_sha'), '\n'],
    ],
  },
  shell_history: {
    head: (d) => d.t(`# ~/.${pick(['bash', 'zsh'])}_history (${pick(['ops', 'dev', 'root'])}@${pick(['bastion', 'ws-12', 'build-03'])})\n`),
    sections: [
      () => { const x = sec(); return ['export ', snake(x.key).toUpperCase(), '=', x, '\n']; },
      () => ['mysql -h ', host(), ' -u root -p', sec('MYSQL_ROOT_PASSWORD'), ' orders\n'],
      () => ["curl -s -H 'Authorization: Bearer ", chance(0.5) ? sec('GENERIC_ACCESS_TOKEN') : sec(), "' https://api.corp.example/v2/users?email=", Pi.email(Pi.latinPerson()), '\n'],
      () => ['curl -u deploy:', sec('USER_PASSWORD'), ' https://nexus.internal.test/repository/\n'],
      () => ['docker login -u ci-bot -p ', sec('REGISTRY_PASSWORD'), ' registry.corp.example\n'],
      () => ['PGPASSWORD=', sec('DATABASE_PASSWORD'), ' psql -h ', host(), ' -U app -c "select * from users where phone = \'', Pi.phone(), '\'"\n'],
      () => ['sshpass -p ', sec('ROOT_PASSWORD'), ' ssh root@', Pi.ipv4(true), '\n'],
      () => ['nmcli dev wifi connect "', pick(['FRITZ!Box 7590', 'Livebox-4F2A', 'Vodafone-8C21', 'OfficeGuest']), '" password ', sec('WIFI_PASSWORD'), '\n'],
      () => ['git clone https://oauth2:', sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@gitlab.corp.example/platform/infra.git\n'],
      () => ['aws configure set aws_secret_access_key ', sec('AWS_SECRET_KEY'), '\n'],
      () => ['echo ', look('placeholder'), ' | docker login --password-stdin\ngit checkout ', look('git_sha'), '\n'],
      () => ['kubectl get pods -o wide   # ', look('container_id'), '\nls -la\ncd /srv/app && git log -1 ', look('git_sha'), '\n'],
      () => ['htpasswd -b .htpasswd ', pick(['admin', 'anna', 'ops']), ' ', sec('USER_PASSWORD'), '\n'],
      () => ['openssl enc -aes-256-cbc -k ', sec('ENCRYPTION_KEY'), ' -in dump.sql -out dump.enc\n'],
    ],
  },
  ci_log: {
    head: (d) => d.f`Running on runner-${alnum(8)} (job #${look('build_number')})\n$ git checkout ${look('git_sha')}\n`,
    sections: [
      () => { const x = sec(); return [ts(), ' [debug] env: ', snake(x.key).toUpperCase(), '=', x, '\n']; },
      () => [ts(), ' $ npm publish --//npm.corp.example/:_authToken=', sec('NPM_ACCESS_TOKEN'), '\n'],
      () => [ts(), ' Step 4/9 : ARG ', pick(['API_SECRET', 'BUILD_TOKEN', 'HMAC']), '=', gen(), '\n'],
      () => [ts(), ' Using secret ', look('env_reference'), ' (masked: ', look('masked_secret'), ')\n'],
      () => [ts(), ' Pulling ', look('docker_image'), ' ', look('digest'), '\n'],
      () => [ts(), ' added 812 packages, ', look('npm_package'), ' integrity ', look('integrity'), '\n'],
      () => [ts(), ' Test failed: expected user ', Pi.person(), ' <', Pi.email(), '> got null\n'],
      () => [ts(), ' twine upload -u __token__ -p ', sec('PYPI_UPLOAD_TOKEN'), ' dist/*\n'],
      () => [ts(), ' Artifact uploaded: ', look('file_checksum'), '\n', ts(), ' Duration: ', look('iso_duration'), '\n'],
      () => [ts(), ' ERROR: login failed for ', sec('GITHUB_PERSONAL_ACCESS_TOKEN'), ' (HTTP 401)\n'],
    ],
  },
  iac_output: {
    head: (d) => d.t('Terraform will perform the following actions:\n\n'),
    sections: [
      () => ['  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + username = "admin"\n      + password = "', sec('DATABASE_PASSWORD'), '"\n      + arn      = (known after apply)\n    }\n'],
      () => ['  ~ resource "aws_iam_access_key" "ci" {\n      ~ id     = "', sec('AWS_ACCESS_KEY'), '"\n      ~ secret = "', sec('AWS_SECRET_KEY'), '"\n    }\n'],
      () => ['  + resource "azurerm_storage_account" "logs" {\n      + primary_access_key = "', sec('AZURE_STORAGE_ACCOUNT_KEY'), '"\n      + tags = { owner = "', Pi.email(Pi.latinPerson()), '" }\n    }\n'],
      () => ['  + resource "random_password" "x" { result = "', sec('SERVICE_ACCOUNT_PASSWORD'), '" }\n'],
      () => ['Outputs:\n\nrole_arn = "', look('arn'), '"\naccount = "', look('aws_account_id'), '"\nvpc_id  = "vpc-', hex(17), '"\n'],
      () => ['  + resource "acme_webhook" "w" {\n      + signing_secret = "', sec('WEBHOOK_SIGNING_SECRET'), '"\n      + id = "', look('uuid'), '"\n    }\n'],
      () => ['pulumi:config:\n  app:apiKey:\n    secure: v1:', look('base64_blob'), '\n  app:plainToken: ', gen(), '\n'],
      () => ['TASK [users : create] ****\nok: [', look('hostname'), '] => (item={"name": "', Pi.latinPerson(), '", "password": "', sec('USER_PASSWORD'), '"})\n'],
    ],
  },
  source: {
    head: (d, st) => { st.lang = nextCodeLang(); d.t(`${LANGS[st.lang].c} file: ${pick(['client', 'settings', 'db', 'payments', 'test_auth', 'main'])}.${{ python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java', kotlin: 'kt', csharp: 'cs', ruby: 'rb', php: 'php', rust: 'rs', swift: 'swift', scala: 'scala', c: 'c', cpp: 'cpp', elixir: 'exs', perl: 'pl', lua: 'lua', dart: 'dart', r: 'R', powershell: 'ps1', haskell: 'hs' }[st.lang]}\n`); },
    sections: [(d, st) => codeSection(st.lang), (d, st) => codeSection(st.lang), (d, st) => codeSection(st.lang), (d, st) => codeSection(st.lang)],
  },
  app_log: {
    head: (d) => d.t(`==> /var/log/${pick(['app', 'gateway', 'auth'])}/${pick(['access', 'app', 'audit'])}.log <==\n`),
    sections: [
      () => [Pi.ip(), ' - - [', look('timestamp'), '] "POST /login HTTP/1.1" 200 512 "-" "Mozilla/5.0" rid=', look('request_id'), '\n'],
      () => [ts(), ' INFO  user=', Pi.email(Pi.latinPerson()), ' ip=', Pi.ip(), ' action=password_reset\n'],
      () => [ts(), ' DEBUG outbound headers {"X-Api-Key": "', gen(), '", "traceparent": "', look('trace_id'), '"}\n'],
      () => [ts(), ' WARN  retrying with ', pick(['token', 'apiKey', 'auth']), '=', sec(), ' attempt=2\n'],
      () => [ts(), ' INFO  order ', look('order_number'), ' shipped to ', Pi.person(), ', ', ...addrBlock(), ' tracking ', look('tracking_number'), '\n'],
      () => [ts(), ' ERROR payment declined card=', look(pick(['masked_card', 'invalid_card', 'vendor_test_card'])), ' amount=', look('price'), '\n'],
      () => [ts(), ' INFO  callback from ', Pi.ipv6(), ' phone=', Pi.phone(), ' device=', look('imei'), '\n'],
      () => [ts(), ' AUDIT login ok for ', Pi.person(), ' from ', Pi.city(), ', ', Pi.countryName(), ' mac=', look('mac_address'), '\n'],
      () => [ts(), ' DEBUG smtp auth user=mailer pass=', sec('SMTP_PASSWORD'), '\n'],
    ],
  },
  stack_trace: {
    head: (d) => d.t(pick(['Traceback (most recent call last):\n', 'Exception in thread "main" ', 'panic: runtime error\n\ngoroutine 1 [running]:\n', 'Unhandled rejection Error\n'])),
    sections: [
      () => ['  File "/srv/app/', pick(['db.py', 'client.py', 'billing/charge.py']), '", line ', String(int(10, 900)), ', in connect\n    conn = psycopg2.connect(', ...connString().map((x) => x), ')\n'],
      () => ['java.sql.SQLException: Access denied for user \'app\'@\'', Pi.ipv4(false), '\' (using password: YES)\n\tat com.acme.Db.open(Db.java:', String(int(10, 300)), ')\n'],
      () => ['requests.exceptions.HTTPError: 403 for url: https://api.vendor.example/v1/charges?api_key=', gen(), '\n'],
      () => ['    at Object.<anonymous> (/app/src/', pick(['auth', 'pay']), '.js:', String(int(1, 300)), ':', String(int(1, 80)), ')\n    at config { secret: \'', sec(), '\' }\n'],
      () => ['ValueError: invalid customer record {"name": "', Pi.person(), '", "ssn": "', Pi.ssn(), '", "card": "', Pi.card(), '"}\n'],
      () => ['  locals: user_email=', Pi.email(), ' session=', look('uuid'), ' build=', look('version'), '\n'],
      () => ['main.main()\n\t/src/main.go:', String(int(10, 99)), ' +0x', hex(3), '\n  token="', sec(), '"\n'],
      () => ['KeyError: \'', look('placeholder'), '\'  at commit ', look('git_sha'), '\n'],
    ],
  },
  json_api: {
    head: (d) => d.f`HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ${look('request_id')}\n\n{"data": [\n`,
    sections: [
      () => { const p = Pi.latinPerson(); return ['  {"id": "', look('crm_id'), '", "name": "', p, '", "email": "', Pi.email(p), '", "phone": "', Pi.phone(), '", "city": "', Pi.city(), '", "created": ', look('timestamp'), '},\n']; },
      () => ['  {"type": "credential", "client_id": "', look('uuid'), '", "client_secret": "', sec('OAUTH_CLIENT_SECRET'), '"},\n'],
      () => ['  {"access_token": "', sec('JWT'), '", "refresh_token": "', sec('GENERIC_ACCESS_TOKEN'), '", "expires_in": 3600},\n'],
      () => ['  {"payment": {"iban": "', Pi.iban(), '", "holder": "', Pi.person(), '", "amount": "', look('price'), '"}},\n'],
      () => ['  {"wallet": "', Pi.btc(), '", "tx": "', look('tx_hash'), '", "contract": "', look('eth_contract_address'), '"},\n'],
      () => ['  {"webhook": {"url": "https://hooks.partner.example/in", "secret": "', sec(), '"}},\n'],
      () => ['  {"geo": "', look('coordinates'), '", "ip": "', Pi.ip(), '", "color": "', look('hex_color'), '"},\n'],
      () => ['  {"service_account": {"type": "service_account", "private_key_id": "', look('hash'), '", "private_key": "', ((x) => ({ ...x, v: x.v.replace(/\n/g, '\\n') }))(pemSecret()), '\\n"}},\n'],
    ],
    foot: (d) => d.t('  {}\n]}\n'),
  },
  git_output: {
    head: (d) => d.t('$ git log -p -3\n'),
    sections: [
      () => { const p = Pi.latinPerson(); return ['commit ', look('git_sha'), '\nAuthor: ', p, ' <', Pi.email(p), '>\nDate:   ', pick(DAYS), ' Mar ', String(int(1, 28)), ' 10:', String(int(10, 59)), ' 2025 +0100\n\n    ', pick(['remove hardcoded creds', 'add config', 'fix deploy', 'wip']), '\n\n']; },
      () => { const x = chance(0.5) ? sec() : gen(); return ['diff --git a/.env b/.env\nindex ', look('git_sha'), '..', look('git_sha'), '\n--- a/.env\n+++ b/.env\n@@ -3,2 +3,2 @@\n-', snake(x.key).toUpperCase(), '=', x, '\n+', snake(x.key).toUpperCase(), '=', look('env_reference'), '\n']; },
      () => ['+    password: "', pwd(), '"\n-    password: "', look('placeholder'), '"\n'],
      () => ['Co-authored-by: ', Pi.person(), ' <', Pi.email(), '>\nSigned-off-by: ', Pi.person(), '\n'],
      () => ['remote: Resolving deltas: 100% (', String(int(10, 900)), '/', String(int(900, 2000)), ')\nTo https://', sec('GITHUB_PERSONAL_ACCESS_TOKEN'), '@git.corp.example/org/repo.git\n   ', look('git_sha'), '..', look('git_sha'), '  main -> main\n'],
      () => ['+# fingerprint ', look('ssh_fingerprint'), '\n+', look('public_key'), '\n'],
    ],
  },
  markdown: {
    head: (d) => d.t(`# ${pick(['Onboarding', 'Runbook: payments', 'Team wiki', 'Setup notes', 'Handover'])}\n\n`),
    sections: [
      () => ['## Contacts\n\n| name | phone | location |\n|---|---|---|\n', ...[0, 1, 2].flatMap(() => ['| ', Pi.person(), ' | ', Pi.phone(), ' | ', Pi.city(), ' |\n']), '\n'],
      () => ['## Access\n\nStaging login is `admin` / `', sec('USER_PASSWORD'), '` and the API key is `', gen(), '`.\n\n'],
      () => ['```bash\nexport API_TOKEN=', sec(), '\ncurl -H "X-Key: ', look('placeholder'), '" https://api.corp.example\n```\n\n'],
      () => ['Our office moved to ', ...addrBlock(), '. Ask ', Pi.person(), ' for a badge.\n\n'],
      () => ['> Note: ', ...proseSecret(), '\n\n'],
      () => ['- release ', look('version'), ' (', look('date'), ')\n- image ', look('digest'), '\n- theme ', look('hex_color'), '\n\n'],
      () => ['Attendees: ', ...nameList(int(3, 6)), '\n\n'],
      () => ['Book reference: ISBN ', look('isbn'), ', venue at ', look('coordinates'), '\n\n'],
    ],
  },
  crm_export: {
    rows: true,
    head: (d) => d.t('id,full_name,email,phone,street,city,country,card,iban,notes\n'),
    sections: [() => { const p = Pi.person(); return [look('crm_id'), ',"', p, '",', Pi.email(chance(0.5) ? Pi.latinPerson() : null), ',"', Pi.phone(), '","', Pi.streetAddress(), '",', Pi.city(), ',', Pi.countryName(), ',', chance(0.3) ? Pi.card() : look(pick(['masked_card', 'invalid_card'])), ',', chance(0.4) ? Pi.iban() : look('invalid_iban'), ',', pick(['VIP', 'churn risk', '', 'prefers email']), '\n']; }],
  },
  ticket: {
    head: (d) => d.f`Ticket ${look('crm_id')} | Priority: ${pick(['P2', 'High', 'Normal'])} | Opened ${look('date')}\nRequester: ${Pi.person()} <${Pi.email()}>\n\n`,
    sections: [
      () => ['Customer: Hi, our integration stopped working. Our ', pick(['api_secret', 'client secret', 'auth key', 'signing key', 'partner token', 'shared secret']), ' is ', chance(0.6) ? gen() : sec(), ' if that helps.\n\n'],
      () => ['Agent: Thanks! Please never send secrets here. I reset your password to ', sec('USER_PASSWORD'), ' – change it at first login.\n\n'],
      () => ['Customer: ', ...proseSecret(), '\n\n'],
      () => ['Internal note: caller verified via SSN ', Pi.ssn(), ' and DOB ', look('date'), '; callback ', Pi.phone(), '.\n\n'],
      () => ['Customer: Ship the replacement to ', Pi.person(), ', ', ...addrBlock(), '. Order ', look('order_number'), '.\n\n'],
      () => ['Agent: The key you pasted (', look('masked_secret'), ') looks truncated; ', look('placeholder'), ' is a placeholder.\n\n'],
      () => ['Customer: Still failing with signing_key=', sec('HMAC_SIGNING_KEY'), ' and app id ', look('uuid'), '.\n\n'],
      () => ['Escalated to ', Pi.person(), ' (', Pi.phone(), ') — refund ', look('price'), ' to IBAN ', Pi.iban(), '.\n\n'],
    ],
  },
  email: {
    head: (d) => { const a = Pi.latinPerson(), b = Pi.latinPerson(); d.f`From: ${a} <${Pi.email(a)}>\nTo: ${b} <${Pi.email(b)}>\nSubject: ${pick(['Zugangsdaten', 'credentials for the vendor portal', 'Re: onboarding', 'Facture', 'new laptop'])}\nMessage-ID: <${look('uuid')}@mail.corp.example>\n\n`; },
    sections: [
      () => ['Hi ', Pi.firstName(), ',\n\n', ...proseSecret(), '\n\n'],
      () => ['The vendor portal login is ', Pi.email(), ' / ', sec('USER_PASSWORD'), '.\n\n'],
      () => ['Please wire the deposit to ', Pi.iban(), ' (', Pi.person(), '), account ', Pi.bankNumber(), ', routing ', look('aba_routing'), '.\n\n'],
      () => ['Best regards,\n', Pi.person(), '\n', ...addrBlock(), '\nTel. ', Pi.phone(), ' ', look('phone_extension'), '\n\n'],
      () => ['> On ', look('date'), ' ', Pi.person(), ' wrote:\n> can you send me the ', pick(['token', 'key', 'secret']), '?\n\nHere: ', gen(), '\n\n'],
      () => ['Your invoice ', look('invoice_number'), ' of ', look('price'), ' is attached.\n\n'],
    ],
  },
  chat: {
    head: (d) => d.t(`[${pick(['#ops', '#dev-berlin', 'DM', '#support-latam', 'WhatsApp group "Familie"'])}] exported ${look('date').v}\n`),
    sections: [
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.person(), ': ', ...proseSecret(), '\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.firstName(), ': wifi pw is ', sec('WIFI_PASSWORD'), '\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.person(), ': call me on ', Pi.phone(), ' or ', Pi.phone(), '\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.firstName(), ': ', pick(['key', 'token', 'secret']), ' = ', sec(), ' (the one from the vault)\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.person(), ': meet at ', ...addrBlock(), '\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.firstName(), ': build ', look('build_number'), ' is green, commit ', look('git_sha'), '\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.firstName(), ': ', look('placeholder'), ' is just the template value lol\n'],
      () => ['[', String(int(8, 18)), ':', String(int(10, 59)), '] ', Pi.person(), ': ', pick(['mein', 'my', 'mi']), ' ', pick(['Passwort', 'password', 'contraseña']), ' ', sec('USER_PASSWORD'), '\n'],
    ],
  },
  hr_record: {
    head: (d) => d.t(`EMPLOYEE FILE — CONFIDENTIAL\nExported ${look('date').v}\n\n`),
    sections: [
      () => { const p = Pi.latinPerson(); return ['Name: ', p, '\nSSN: ', Pi.ssn(), '\nITIN (spouse): ', Pi.itin(), '\nHome: ', ...Pi.addressParts('US'), '\nMobile: ', Pi.phone('US'), '\nEmail: ', Pi.email(p), '\n']; },
      () => ['Direct deposit: account no. ', Pi.bankNumber(), ', routing ', look('aba_routing'), '\n'],
      () => { const dl = Pi.driverLicense(); return ['I-9 documents: ', pick(['passport number', 'US passport #', 'Passport No.']), ' ', Pi.passport(), '; ', pick(["driver's license", 'DL#', 'state ID / license']), ' (', dl.state, ') ', dl, '\n']; },
      () => ['Emergency contact: ', Pi.person(), ', ', Pi.phone(), '\n'],
      () => ['Reports to: ', Pi.person(), '  Cost center ', look('crm_id'), '  Salary ', look('price'), '\n'],
      () => ['Employees on leave: ', ...nameList(int(3, 5)), '\n'],
      () => ['HRIS login (temp): ', sec('USER_PASSWORD'), '  badge ', look('serial_number'), '\n'],
      () => ['Previous SSN on file was ', look('invalid_ssn'), ' (typo), masked ', look('masked_ssn'), '\n'],
      () => ['Relocated from ', Pi.city(), ', ', Pi.countryName(), ' to ', Pi.city(), '\n'],
    ],
  },
  medical_record: {
    head: (d) => d.t(`${pick(['Patient summary', 'Discharge letter', 'Prescription record'])}\n\n`),
    sections: [
      () => ['Patient: ', Pi.person(), '   NHS No: ', Pi.nhs(), '   DOB: ', look('date'), '\n'],
      () => { const p = Pi.latinPerson(); const last = p.v.split(/[ ,]+/).filter(Boolean); return ['Prescriber: Dr. ', p, ', ', pick(['DEA', 'DEA #', 'DEA reg.', 'registration no.']), ' ', Pi.dea(last[last.length - 1]), '\n']; },
      () => ['Address: ', ...addrBlock(), '\nPhone: ', Pi.phone(), '\n'],
      () => ['Insurance card ', Pi.card(), ', member id ', look('crm_id'), '\n'],
      () => ['Referred by ', Pi.person(), ' (', Pi.city(), '). Next of kin: ', Pi.person(), ', ', Pi.phone(), '\n'],
      () => ['Portal password reset to ', sec('USER_PASSWORD'), ' at patient request.\n'],
      () => ['Lab accession ', look('request_id'), ', device ', look('serial_number'), ', result ', look('timestamp'), '\n'],
      () => ['Expired card on file ', look('invalid_card'), ' rejected.\n'],
    ],
  },
  bank_record: {
    head: (d) => d.t(`${pick(['Kontoauszug', 'Account statement', 'Relevé de compte', 'Extracto'])}\n`),
    sections: [
      () => ['Account holder: ', Pi.person(), '\nIBAN: ', Pi.iban(), '\n'],
      () => [look('date'), '  SEPA transfer to ', Pi.person(), ' ', Pi.iban(), '  ', look('price'), '\n'],
      () => [look('date'), '  Card ', Pi.card(), ' at ', Pi.city(), '  ', look('price'), '\n'],
      () => ['ACH: routing ', look('aba_routing'), ' account ', Pi.bankNumber(), ' (', pick(['checking', 'savings', 'acct #', 'Kontonummer']), ')\n'],
      () => ['Crypto withdrawal to ', Pi.btc(), ' ref ', look('tx_hash'), '\n'],
      () => ['Online banking PIN/password noted by client: ', sec('USER_PASSWORD'), '\n'],
      () => ['Returned: ', look('invalid_iban'), ' (checksum), test card ', look('vendor_test_card'), '\n'],
      () => ['Branch: ', ...addrBlock(), ', advisor ', Pi.person(), ' ', Pi.phone(), '\n'],
    ],
  },
  notebook: {
    head: (d) => d.t('{"cells": [\n'),
    sections: [
      () => ['  {"cell_type": "code", "source": ["import os\\n", "os.environ[\\"', pick(['OPENAI_API_KEY', 'HF_TOKEN', 'ANTHROPIC_API_KEY', 'WANDB_KEY']), '\\"] = \\"', sec(), '\\""]},\n'],
      () => ['  {"cell_type": "code", "source": ["client = Client(api_key=\\"', gen(), '\\")"]},\n'],
      () => ['  {"cell_type": "markdown", "source": ["Data from ', Pi.person(), ', ', Pi.city(), '"]},\n'],
      () => ['  {"outputs": [{"text": "   name  email  phone\\n0  ', Pi.person(), '  ', Pi.email(), '  ', Pi.phone(), '\\n1  ', Pi.person(), '  ', Pi.email(), '  ', Pi.phone(), '"}]},\n'],
      () => ['  {"outputs": [{"data": {"image/png": "', look('data_uri'), '"}}], "execution_count": ', String(int(1, 40)), '},\n'],
      () => ['  {"metadata": {"id": "', look('uuid'), '", "commit": "', look('git_sha'), '"}},\n'],
    ],
    foot: (d) => d.t('  {}\n]}\n'),
  },
  spreadsheet: {
    rows: true,
    head: (d, st) => { st.v = int(0, 2); d.t(['Name;Telefon;Stadt;Land;SteuerID;Notiz\n', 'employee,ssn,passport,dl_state,drivers_license,bank_account,phone\n', 'patient,nhs_number,gp,city,phone\n'][st.v]); },
    sections: [(d, st) => {
      if (st.v === 0) return [Pi.person(), ';', Pi.phone(), ';', Pi.city(), ';', Pi.countryName(), ';', look(pick(['invoice_number', 'serial_number', 'order_number'])), ';', pick(['', 'ok', 'Rückruf']), '\n'];
      if (st.v === 1) { const dl = Pi.driverLicense(); return [Pi.person(), ',', Pi.ssn(), ',', Pi.passport(), ',', dl.state, ',', dl, ',', Pi.bankNumber(), ',', Pi.phone('US'), '\n']; }
      return [Pi.person(), ',', Pi.nhs(), ',Dr ', Pi.person('en-GB'), ',', Pi.city('GB'), ',', Pi.phone('GB'), '\n'];
    }],
  },
  wifi_note: {
    head: (d) => d.t(pick(['# /etc/wpa_supplicant/wpa_supplicant.conf\nctrl_interface=DIR=/var/run/wpa_supplicant\n', 'Notizen Wohnung / Büro\n', 'Guest info sheet\n'])),
    sections: [
      () => ['network={\n    ssid="', pick(['HomeNet', 'Büro-5G', 'Casa_Garcia', 'TP-Link_9A2C']), '"\n    psk="', sec('WIFI_PASSWORD'), '"\n    key_mgmt=WPA-PSK\n}\n'],
      () => ['network={\n    ssid="', pick(['Lab', 'IoT']), '"\n    psk=', sec('WIFI_PSK_HEX'), '\n}\n'],
      () => ['WIFI:T:WPA;S:', pick(['Gaeste', 'CafeLuna', 'Office-Guest']), ';P:', sec('WIFI_PASSWORD'), ';;\n'],
      () => ['WLAN-Schlüssel: ', sec('WIFI_PASSWORD'), ' (Router im Flur, Admin-Passwort ', sec('ROOT_PASSWORD'), ')\n'],
      () => ['Mot de passe Wi-Fi : ', sec('WIFI_PASSWORD'), '\n'],
      () => ['[wifi-security]\nkey-mgmt=wpa-psk\npsk=', sec('WIFI_PASSWORD'), '\n'],
      () => ['Router MAC ', look('mac_address'), ', serial ', look('serial_number'), ', landlord ', Pi.person(), ' ', Pi.phone(), '\n'],
      () => ['interface: wlan0\nVPN PSK: ', sec('VPN_PRESHARED_KEY'), '\n[Interface]\nPrivateKey = ', sec('WIREGUARD_PRIVATE_KEY'), '\nAddress = 10.8.0.', String(int(2, 200)), '/32\n'],
    ],
  },
  prose_note: {
    head: (d) => d.t(pick(['Meeting notes\n\n', 'Notes\n\n', 'Protokoll\n\n', 'Compte rendu\n\n'])),
    sections: [
      () => [...proseSecret(), '\n'],
      () => [Pi.person(), ' and ', Pi.person(), ' flew from ', Pi.city(), ' to ', Pi.city(), ' to meet ', Pi.person(), ' at ', ...addrBlock(), '.\n'],
      () => ['Reach ', Pi.firstName(), ' at ', Pi.phone(), ' or ', Pi.email(), '.\n'],
      () => ['The lockbox code is ', sec('DEVICE_ADMIN_PIN'), ' and the recovery key ', sec('BITLOCKER_RECOVERY_KEY'), '.\n'],
      () => ['Ticket ', look('crm_id'), ' shipped in release ', look('version'), ' on ', look('date'), '.\n'],
      () => ['Participants: ', ...nameList(int(4, 7)), '.\n'],
    ],
  },
  bash_script: {
    head: (d) => d.t('#!/usr/bin/env bash\nset -euo pipefail\n'),
    sections: [
      () => [pick(['DB_PASS', 'ADMIN_PW', 'PASSWORD']), "='", pwd(), "'\n"],
      () => ['curl -fsS -X POST -d "client_secret=', sec('OAUTH_CLIENT_SECRET'), '&grant_type=client_credentials" https://auth.corp.example/token\n'],
      () => ['mongodump --uri "', ...connString(), '"\n'],
      () => ['ansible-playbook site.yml --vault-password-file <(echo ', sec('ANSIBLE_VAULT_PASSWORD'), ')\n'],
      () => ['echo "deploying ', look('version'), ' (', look('git_sha'), ') to ', look('hostname'), '"\n'],
      () => ['gpg --batch --passphrase ', sec('GPG_PASSPHRASE'), ' -d backup.gpg\n'],
      () => ['keytool -importcert -storepass ', sec('JAVA_KEYSTORE_PASSWORD'), ' -file ca.crt\n'],
      () => ['snmpwalk -v2c -c ', sec('SNMP_COMMUNITY_STRING'), ' ', Pi.ipv4(false), '\n'],
    ],
  },
};
export const kindNames = Object.keys(KINDS);
