// Technical document templates: configs of every syntax, k8s, shell, CI, IaC, code, logs, APIs, git.
import { Doc } from './core.mjs';
import { pi, se, lw, person, phone, mail, cityOf, address, ctxPerson, P, make, styleName } from './common.mjs';
import { lk } from './lookalikes.mjs';
import { humanPassword, machinePassword, GENERIC } from './secrets.mjs';

const HOSTS = ['db-01', 'pg-primary.corp.example', 'mysql-3.svc.test', 'cluster0.mongo.test', 'cache-1', 'mq.internal.invalid', 'sql-02.corp.example', 'ldap-1.corp.example', 'smtp.relay.example'];
export function connString(r) {
  const pw = (e) => se(e, r.chance(0.3) ? humanPassword(r) : machinePassword(r).replace(/[#%+=]/g, 'x'));
  const u = r.pick(['app', 'svc_billing', 'reporting_ro', 'admin', 'etl']);
  switch (r.int(0, 8)) {
    case 0: return [`postgres://${u}:`, pw('DATABASE_PASSWORD'), `@${r.pick(HOSTS)}:5432/${r.pick(['app', 'orders', 'crm'])}?sslmode=require`];
    case 1: return [`mongodb+srv://${u}:`, pw('MONGODB_PASSWORD'), `@cluster0.mongo.test/${r.pick(['events', 'users'])}?retryWrites=true`];
    case 2: return ['redis://:', pw('REDIS_PASSWORD'), `@cache-${r.int(1, 9)}:6379/0`];
    case 3: return [`amqp://${u}:`, pw('AMQP_PASSWORD'), '@mq.internal.invalid:5672/%2Fprod'];
    case 4: return [`Server=tcp:sql-02.corp.example,1433;Initial Catalog=${r.pick(['Ledger', 'Hr'])};User ID=${u};Password=`, pw('DATABASE_PASSWORD'), ';Encrypt=True;'];
    case 5: return [`jdbc:mysql://mysql-3.svc.test:3306/shop?user=${u}&password=`, pw('DATABASE_PASSWORD'), '&useSSL=true'];
    case 6: return ['smtp://mailer:', pw('SMTP_PASSWORD'), '@smtp.relay.example:587'];
    case 7: return [`mysql://${u}:`, pw('DATABASE_PASSWORD'), `@db-0${r.int(1, 9)}/wp`];
    default: return [`Host=pg-primary.corp.example;Port=5432;Username=${u};Password=`, pw('DATABASE_PASSWORD'), ';Database=analytics'];
  }
}
function kv(syn, key, val, ind = '') {
  const v = Array.isArray(val) ? val : [val];
  const pem = v.some((x) => typeof x === 'object' && /BEGIN/.test(x.v));
  switch (syn) {
    case 'env': return [`${styleName(key, 'upper')}=`, ...(pem ? ['"', ...v, '"'] : v), '\n'];
    case 'yaml': return pem ? [`${ind}${key}: |\n${ind}  `, ...v.map((x) => typeof x === 'object' ? { ...x, v: x.v.split('\n').join(`\n${ind}  `) } : x), '\n'] : [`${ind}${key}: "`, ...v, '"\n'];
    case 'toml': return pem ? [`${key} = """\n`, ...v, '\n"""\n'] : [`${key} = "`, ...v, '"\n'];
    case 'ini': return [`${key} = `, ...v, '\n'];
    case 'properties': return [`${styleName(key, 'dot')}=`, ...v, '\n'];
    case 'xml': return [`${ind}<add key="${styleName(key, 'pascal')}" value="`, ...v, '" />\n'];
    case 'json': return [`${ind}"${styleName(key, 'camel')}": "`, ...v.map((x) => typeof x === 'object' ? { ...x, v: x.v.replace(/\n/g, '\\n') } : x), '",\n'];
    case 'hcl': return [`${ind}${key} = "`, ...v.map((x) => typeof x === 'object' ? { ...x, v: x.v.replace(/\n/g, '\\n') } : x), '"\n'];
  }
}
function sect(syn, name) {
  return { env: `\n# --- ${name} ---\n`, yaml: `${name}:\n`, toml: `\n[${name}]\n`, ini: `\n[${name}]\n`, properties: `\n# ${name}\n`, xml: `  <!-- ${name} -->\n`, json: `  "_section_${name}": true,\n`, hcl: `\n# ${name}\n` }[syn];
}
export function configDoc(syn) {
  return (r, c) => {
    const d = new Doc('config_' + syn); const ind = ['yaml'].includes(syn) ? '  ' : syn === 'json' || syn === 'xml' ? '  ' : '';
    const who = ctxPerson(r);
    if (syn === 'xml') d.t('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <!-- maintainer: ').p(who.P).t(' -->\n  <appSettings>\n');
    else if (syn === 'json') d.t('{\n  "$schema": "./settings.schema.json",\n  "owner": "').p(who.E).t('",\n');
    else d.t(`${syn === 'env' || syn === 'properties' || syn === 'hcl' ? '#' : syn === 'ini' ? ';' : '#'} service config - owner `).p(who.P).t(' <').p(who.E).t('>\n');
    const nSec = r.int(2, 3);
    for (let s = 0; s < nSec; s++) {
      const secName = r.pick(['database', 'payments', 'auth', 'integrations', 'mail', 'storage', 'telemetry', 'partner_sync']);
      if (!['xml', 'json'].includes(syn)) d.t(sect(syn, secName));
      const items = r.int(3, 5);
      for (let i = 0; i < items; i++) {
        const k = r.int(0, 9);
        if (k <= 2) { const s1 = c.sec(); const nm = r.chance(0.35) ? r.pick(GENERIC) : s1.name; if (/PRIVATE_KEY$/.test(s1.e) && !/WIREGUARD|WALLET/.test(s1.e)) continue; d.seg(kv(syn, nm, s1, ind)); }
        else if (k === 3) d.seg(kv(syn, r.pick(['url', 'dsn', 'connection_string', 'database_url', 'broker_url']), connString(r), ind));
        else if (k === 4) d.seg(kv(syn, r.pick(['api_key', 'token', 'secret', 'password']), lk(r, r.pick(['placeholder', 'env_reference', 'aws_example_key'])), ind));
        else if (k === 5) d.seg(kv(syn, r.pick(['host', 'endpoint', 'upstream']), lk(r, 'hostname'), ind));
        else if (k === 6) d.seg(kv(syn, r.pick(['image_digest', 'checksum', 'build_sha']), lk(r, r.pick(['digest', 'git_sha', 'hash'])), ind));
        else if (k === 7) d.seg(kv(syn, r.pick(['tenant_id', 'instance_id', 'client_id']), lk(r, 'uuid'), ind));
        else if (k === 8) d.seg(kv(syn, r.pick(['ref', 'label', 'asset_tag', 'sample_value']), c.lk(), ind));
        else d.seg(kv(syn, r.pick(['alert_contact', 'oncall_email', 'support_mail']), mail(r, P.person(r, 'en_us')), ind));
      }
      if (r.chance(0.3) && s === 0) { const pk = make(r, r.pick(['EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY'])); d.seg(kv(syn, pk.name, pk, ind)); }
    }
    if (r.chance(0.5)) d.seg(kv(syn, 'release', lk(r, 'version'), ind));
    if (syn === 'xml') d.t('  </appSettings>\n</configuration>\n');
    if (syn === 'json') d.t('  "version": 3\n}\n');
    return d;
  };
}

export function k8s(r, c) {
  const d = new Doc('k8s'); const ns = r.pick(['payments', 'crm', 'staging', 'data-platform']);
  const kind = r.int(0, 2);
  if (kind === 0) {
    d.t(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['app-credentials', 'db-auth', 'partner-keys'])}\n  namespace: ${ns}\n  resourceVersion: "`).l(lk(r, 'k8s_resource_version')).t('"\n  uid: ').l(lk(r, 'uuid')).t('\n  annotations:\n    owner: ').p(mail(r, P.person(r, 'de'))).t('\ntype: Opaque\ndata:\n');
    for (let i = 0; i < r.int(2, 4); i++) d.t(`  ${r.pick(['password', 'db-pass', 'admin_pw', 'ldap-bind'])}-${i}: `).s(make(r, 'K8S_SECRET_DATA')).t('\n');
    d.t('stringData:\n');
    for (let i = 0; i < r.int(1, 3); i++) { const s = c.sec(); d.t(`  ${styleName(s.name, 'kebab')}: "`).s(s).t('"\n'); }
    d.t('  config.json: |\n    {"registry": "registry.corp.example", "auths": {"registry.corp.example": {"auth": "').s(make(r, 'DOCKER_REGISTRY_AUTH')).t('"}}}\n');
  } else if (kind === 1) {
    d.t(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${r.pick(['checkout', 'ledger-api', 'mailer'])}\n  namespace: ${ns}\n  generation: ${r.int(1, 90)}\n  resourceVersion: "`).l(lk(r, 'k8s_resource_version')).t('"\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.corp.example/app@').l(lk(r, 'digest')).t('\n          env:\n');
    for (let i = 0; i < r.int(3, 5); i++) {
      const k = r.int(0, 3);
      if (k <= 1) { const s = c.sec(); d.t(`            - name: ${styleName(s.name, 'upper')}\n              value: "`).s(s).t('"\n'); }
      else if (k === 2) d.t(`            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: db-auth, key: password}\n`);
      else d.t('            - name: DATABASE_URL\n              value: "').seg(connString(r)).t('"\n');
    }
    d.t('            - name: BUILD\n              value: "').l(lk(r, 'build_number')).t('"\n');
  } else {
    d.t(`$ kubectl get secret ${r.pick(['tls-edge', 'oidc-client'])} -n ${ns} -o yaml\napiVersion: v1\ndata:\n  tls.crt: `).l({ w: 'certificate', v: Buffer.from(lk(r, 'certificate').v).toString('base64').slice(0, 200) }).t('\n  tls.key: ').s(se('PRIVATE_KEY', Buffer.from(make(r, 'EC_PRIVATE_KEY').v).toString('base64'))).t('\n  client-secret: ').s(se('OAUTH_CLIENT_SECRET', Buffer.from(make(r, 'OAUTH_CLIENT_SECRET').v).toString('base64'))).t(`\nkind: Secret\nmetadata:\n  creationTimestamp: "`).l(lk(r, 'timestamp')).t('"\n  resourceVersion: "').l(lk(r, 'k8s_resource_version')).t('"\n  uid: ').l(lk(r, 'uuid')).t('\n');
  }
  return d;
}

export function shellHistory(r, c) {
  const d = new Doc('shell_history'); const n = r.int(8, 14);
  for (let i = 0; i < n; i++) {
    if (r.chance(0.4)) d.t(`: ${r.int(1700000000, 1780000000)}:0;`);
    const k = r.int(0, 13);
    switch (k) {
      case 0: { const s = c.sec(); d.t(`export ${styleName(r.chance(0.4) ? r.pick(GENERIC) : s.name, 'upper')}=`).s(s); } break;
      case 1: d.t(`mysql -h db-0${r.int(1, 9)} -u root -p`).s('ROOT_PASSWORD', humanPassword(r).replace(/[!&*?]/g, 'X')).t(' orders'); break;
      case 2: d.t('curl -s -H "Authorization: Bearer ').s(c.sec()).t(`" https://api.partner.example/v2/${r.pick(['orders', 'invoices'])}`); break;
      case 3: d.t('docker login registry.corp.example -u ci-bot -p ').s('REGISTRY_PASSWORD', machinePassword(r).replace(/[#!*]/g, 'q')); break;
      case 4: d.t('psql "').seg(connString(r)).t('"'); break;
      case 5: d.t('git clone https://oauth2:').s(make(r, 'GITLAB_PAT')).t('@git.corp.example/platform/infra.git'); break;
      case 6: d.t(`sshpass -p '`).s('SSH_PASSWORD', humanPassword(r)).t(`' ssh deploy@${r.pick(['bastion-1', '10.4.0.12'])}`); break;
      case 7: d.t('aws configure set aws_secret_access_key ').s(make(r, 'AWS_SECRET_KEY')); break;
      case 8: d.t(`git checkout `).l(lk(r, 'git_sha')); break;
      case 9: d.t('echo ').l(lk(r, 'env_reference')).t(' | base64'); break;
      case 10: d.t(`nmcli dev wifi connect "${r.pick(['Zuhause', 'Casa-Rossi', 'Office-5G', 'TP-LINK_8F2A'])}" password "`).s('WIFI_PASSWORD', P.person(r, 'en_us').split(' ')[0] + r.int(1000, 9999)).t('"'); break;
      case 11: d.t('htpasswd -b .htpasswd admin ').s('ADMIN_PASSWORD', humanPassword(r).replace(/[!&*?]/g, 'Z')); break;
      case 12: d.t(`npm config set //npm.registry.example/:_authToken `).s(make(r, 'NPM_TOKEN')); break;
      default: d.t(`ping -c 3 `).l(lk(r, 'hostname'));
    }
    d.t('\n');
  }
  return d;
}

export function ciLog(r, c) {
  const d = new Doc('ci_log'); const ts = () => lk(r, 'timestamp');
  d.t('Run ').l(lk(r, 'build_number')).t(` on runner ${r.pick(['gha-ubuntu-22', 'gl-docker-4'])} (commit `).l(lk(r, 'git_sha')).t(')\n');
  d.t('Triggered by ').p(person(r)).t('\n');
  for (let i = 0; i < r.int(6, 10); i++) {
    d.l(ts()).t(' ');
    const k = r.int(0, 7);
    if (k === 0) d.t('+ echo "Using token ').s(c.sec()).t('"\n');
    else if (k === 1) d.t('env: ').l(lk(r, 'env_reference')).t(' (masked: ***)\n');
    else if (k === 2) { const s = c.sec(); d.t(`DEBUG request headers: {"X-Api-Key": "`).s(s).t('"}\n'); }
    else if (k === 3) d.t('Step 3/9 : RUN pip install -r requirements.txt --index-url https://ci:').s('GENERIC_API_KEY', r.hex(32)).t('@pypi.corp.example/simple\n');
    else if (k === 4) d.t('added 812 packages, sha ').l(lk(r, 'integrity')).t('\n');
    else if (k === 5) d.t('Pulling image ').l(lk(r, 'digest')).t('\n');
    else if (k === 6) d.t('npm notice publishing version ').l(lk(r, 'version')).t('\n');
    else d.t('Error: test fixture failed for customer ').p(person(r)).t(' (').p(mail(r, P.person(r, 'en_gb'))).t(')\n');
  }
  d.t('artifact ').l(c.lk()).t('\n');
  d.t('##[error]Process completed with exit code 1. Request id ').l(lk(r, 'request_id')).t('\n');
  return d;
}

export function iacOutput(r, c) {
  const d = new Doc('iac_output');
  d.t('Terraform will perform the following actions:\n\n');
  for (let i = 0; i < r.int(2, 3); i++) {
    const k = r.int(0, 2);
    if (k === 0) d.t('  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + engine   = "postgres"\n      + username = "dbadmin"\n      + password = "').s('DATABASE_PASSWORD', machinePassword(r).replace(/[#%]/g, 'k')).t('"\n      + arn      = (known after apply)\n    }\n');
    else if (k === 1) { const s = c.sec(); d.t(`  # aws_ssm_parameter.${r.pick(['api', 'partner', 'hook'])} will be updated in-place\n  ~ resource "aws_ssm_parameter" "p" {\n        id    = "/prod/${styleName(s.name, 'kebab')}"\n      ~ value = (sensitive value)\n      ~ insecure_value = "`).s(s).t('"\n    }\n'); }
    else d.t('  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = "').s(make(r, 'AWS_ACCESS_KEY')).t('"\n      + secret = "').s(make(r, 'AWS_SECRET_KEY')).t('"\n      + user   = "ci-deployer"\n    }\n');
  }
  d.t('\nPlan: 3 to add, 1 to change, 0 to destroy.\n\nOutputs:\n  vpc_id = "vpc-').l({ w: 'hash', v: r.hex(17) }).t('"\n  example_key = "').l(lk(r, 'aws_example_key')).t('"\n  admin_contact = "').p(mail(r, P.person(r, 'en_us'))).t('"\n  state_serial = ').l(lk(r, 'build_number')).t('\n');
  return d;
}

// ---- source code in 20 languages ----
const LANGS = {
  python: { c: '#', cn: (n) => [`${styleName(n, 'upper')} = "`, '"'], ctor: (cl) => [`client = ${cl}(api_key="`, '", timeout=30)'], def: (f) => [`def ${f}(user, token="`, '"):\n    return token'], test: ['def test_fixture():\n    customer = {"name": "', '"}'] },
  javascript: { c: '//', cn: (n) => [`const ${styleName(n, 'upper')} = '`, "';"], ctor: (cl) => [`const client = new ${cl}({ apiKey: '`, "' });"], def: (f) => [`function ${f}(user, token = '`, "') { return token; }"], test: ["it('bills', () => { const customer = { name: '", "' }; });"] },
  typescript: { c: '//', cn: (n) => [`export const ${styleName(n, 'camel')}: string = "`, '";'], ctor: (cl) => [`private readonly client = new ${cl}("`, '");'], def: (f) => [`export function ${f}(user: User, secret: string = "`, '"): void {}'], test: ['const fixture: Customer = { fullName: "', '" };'] },
  go: { c: '//', cn: (n) => [`const ${styleName(n, 'pascal')} = "`, '"'], ctor: (cl) => [`c := ${cl}.NewClient("`, '", nil)'], def: (f) => [`func ${f}(u User) string {\n\tif u.Token == "" { u.Token = "`, '" }\n\treturn u.Token\n}'], test: ['var fixtureCustomer = Customer{Name: "', '"}'] },
  rust: { c: '//', cn: (n) => [`const ${styleName(n, 'upper')}: &str = "`, '";'], ctor: (cl) => [`let client = ${cl}::new("`, '");'], def: (f) => [`fn ${f}() -> String { std::env::var("TOKEN").unwrap_or_else(|_| "`, '".into()) }'], test: ['#[test]\nfn fixture() { let who = "', '"; }'] },
  java: { c: '//', cn: (n) => [`private static final String ${styleName(n, 'upper')} = "`, '";'], ctor: (cl) => [`${cl} client = new ${cl}("`, '");'], def: (f) => [`public String ${f}() { return props.getProperty("token", "`, '"); }'], test: ['@Test void fixture() { var c = new Customer("', '"); }'] },
  kotlin: { c: '//', cn: (n) => [`private const val ${styleName(n, 'upper')} = "`, '"'], ctor: (cl) => [`val client = ${cl}(apiKey = "`, '")'], def: (f) => [`fun ${f}(token: String = "`, '") = token'], test: ['@Test fun fixture() { val c = Customer(name = "', '") }'] },
  csharp: { c: '//', cn: (n) => [`private const string ${styleName(n, 'pascal')} = "`, '";'], ctor: (cl) => [`var client = new ${cl}(new ApiKeyCredential("`, '"));'], def: (f) => [`public string ${styleName(f, 'pascal')}(string token = "`, '") => token;'], test: ['[Fact] public void Fixture() { var c = new Customer { Name = "', '" }; }'] },
  php: { c: '//', cn: (n) => [`define('${styleName(n, 'upper')}', '`, "');"], ctor: (cl) => [`$client = new ${cl}('`, "');"], def: (f) => [`function ${f}($user, $token = '`, "') { return $token; }"], test: ["$fixture = ['name' => '", "'];"] },
  ruby: { c: '#', cn: (n) => [`${styleName(n, 'upper')} = '`, "'.freeze"], ctor: (cl) => [`client = ${cl}.new(api_key: '`, "')"], def: (f) => [`def ${f}(user, token: '`, "')\n  token\nend"], test: ["let(:customer) { build(:customer, name: '", "') }"] },
  swift: { c: '//', cn: (n) => [`let ${styleName(n, 'camel')} = "`, '"'], ctor: (cl) => [`let client = ${cl}(apiKey: "`, '")'], def: (f) => [`func ${f}(token: String = "`, '") -> String { token }'], test: ['let fixture = Customer(name: "', '")'] },
  scala: { c: '//', cn: (n) => [`val ${styleName(n, 'camel')} = "`, '"'], ctor: (cl) => [`val client = new ${cl}("`, '")'], def: (f) => [`def ${f}(token: String = "`, '"): String = token'], test: ['val fixture = Customer(name = "', '")'] },
  elixir: { c: '#', cn: (n) => [`@${styleName(n, 'snake')} "`, '"'], ctor: (cl) => [`{:ok, client} = ${cl}.start_link(api_key: "`, '")'], def: (f) => [`def ${f}(user, token \\\\ "`, '"), do: token'], test: ['customer = %Customer{name: "', '"}'] },
  cpp: { c: '//', cn: (n) => [`static constexpr const char* k${styleName(n, 'pascal')} = "`, '";'], ctor: (cl) => [`auto client = std::make_unique<${cl}>("`, '");'], def: (f) => [`std::string ${f}(std::string token = "`, '") { return token; }'], test: ['TEST(Billing, Fixture) { Customer c{"', '"}; }'] },
  perl: { c: '#', cn: (n) => [`my $${styleName(n, 'snake')} = '`, "';"], ctor: (cl) => [`my $client = ${cl}->new(api_key => '`, "');"], def: (f) => [`sub ${f} { my $token = shift // '`, "'; return $token; }"], test: ["my %fixture = (name => '", "');"] },
  lua: { c: '--', cn: (n) => [`local ${styleName(n, 'upper')} = "`, '"'], ctor: (cl) => [`local client = ${cl}.new({ api_key = "`, '" })'], def: (f) => [`local function ${f}(token)\n  token = token or "`, '"\n  return token\nend'], test: ['local fixture = { name = "', '" }'] },
  dart: { c: '//', cn: (n) => [`const ${styleName(n, 'camel')} = '`, "';"], ctor: (cl) => [`final client = ${cl}(apiKey: '`, "');"], def: (f) => [`String ${f}({String token = '`, "'}) => token;"], test: ["final fixture = Customer(name: '", "');"] },
  powershell: { c: '#', cn: (n) => [`$${styleName(n, 'pascal')} = "`, '"'], ctor: (cl) => [`$client = New-Object ${cl} -ArgumentList "`, '"'], def: (f) => [`function ${styleName(f, 'pascal')} { param([string]$Token = "`, '") $Token }'], test: ['$fixture = @{ Name = "', '" }'] },
  r: { c: '#', cn: (n) => [`${styleName(n, 'snake')} <- "`, '"'], ctor: (cl) => [`client <- ${cl}$new(api_key = "`, '")'], def: (f) => [`${f} <- function(token = "`, '") token'], test: ['fixture <- list(name = "', '")'] },
  haskell: { c: '--', cn: (n) => [`${styleName(n, 'camel')} :: String\n${styleName(n, 'camel')} = "`, '"'], ctor: (cl) => [`client <- new${cl} "`, '"'], def: (f) => [`${f} :: Maybe String -> String\n${f} = fromMaybe "`, '"'], test: ['fixture = Customer { name = "', '" }'] },
  bash: { c: '#', cn: (n) => [`readonly ${styleName(n, 'upper')}="`, '"'], ctor: (cl) => [`${cl.toLowerCase()} --api-key "`, '" sync'], def: (f) => [`${f}() { local token="\${1:-`, '}"; echo "$token"; }'], test: ['FIXTURE_NAME="', '"'] },
};
export const LANG_KEYS = Object.keys(LANGS);
const EXT = { python: 'py', javascript: 'js', typescript: 'ts', go: 'go', rust: 'rs', java: 'java', kotlin: 'kt', csharp: 'cs', php: 'php', ruby: 'rb', swift: 'swift', scala: 'scala', elixir: 'ex', cpp: 'cpp', perl: 'pl', lua: 'lua', dart: 'dart', powershell: 'ps1', r: 'R', haskell: 'hs', bash: 'sh' };
export function codeDoc(r, c, lang) {
  lang = lang || r.pick(LANG_KEYS); const L = LANGS[lang]; const d = new Doc('code');
  const au = ctxPerson(r);
  d.t(`${L.c} ${r.pick(['billing_client', 'sync_worker', 'notifier', 'ingest'])}.${EXT[lang]} - maintained by `).p(au.P).t(' <').p(au.E).t('>\n');
  d.t(`${L.c} revision `).l(lk(r, 'git_sha')).t(`, schema `).l(lk(r, 'version')).t('\n\n');
  const parts = r.shuffle(['cn', 'cn', 'ctor', 'def', 'test', 'cmt', 'lk', 'cmt2']);
  for (const p of parts) {
    if (p === 'cn') { const s = c.sec(); const nm = r.chance(0.4) ? r.pick(GENERIC) : s.name; const [a, b] = L.cn(nm); d.t(a).s(s).t(b + '\n'); }
    else if (p === 'ctor') { const s = c.sec(); const [a, b] = L.ctor(r.pick(['PaymentsClient', 'Mailer', 'VaultClient', 'LedgerApi'])); d.t(a).s(s).t(b + '\n'); }
    else if (p === 'def') { const s = c.sec(); const [a, b] = L.def(r.pick(['fetch_orders', 'auth_header', 'connect'])); d.t(a).s(s).t(b + '\n'); }
    else if (p === 'test') { const [a, b] = L.test; d.t(a).p(person(r)).t(b + '\n'); if (r.chance(0.6)) d.t(`${L.c} card used in fixture: `).p(pi('CREDIT_CARD', P.card(r))).t(', but prefer ').l(lk(r, 'vendor_test_card')).t('\n'); }
    else if (p === 'cmt') d.t(`${L.c} ${r.pick(['TODO remove before merge, staging login is', 'temp password for the demo account:', 'the old admin pw was', 'FIXME hardcoded until vault works:'])} `).s('USER_PASSWORD', humanPassword(r)).t('\n');
    else if (p === 'cmt2') d.t(`${L.c} ${r.pick(['ask', 'ping', 'contact'])} `).p(person(r)).t(' at ').p(phone(r)).t(` if the ${r.pick(['webhook', 'sync', 'import'])} breaks\n`);
    else { const w = lk(r, r.pick(['uuid', 'placeholder', 'hex_color', 'hash', 'env_reference', 'semver_range'])); const [a, b] = L.cn(r.pick(['default_tenant', 'example_token', 'theme', 'fallback'])); d.t(a).l(w).t(b + '\n'); }
  }
  return d;
}

export function logDoc(r, c) {
  const d = new Doc('log'); const n = r.int(8, 14);
  for (let i = 0; i < n; i++) {
    d.l(lk(r, 'timestamp')).t(` ${r.pick(['INFO', 'WARN', 'DEBUG', 'ERROR'])} `);
    const k = r.int(0, 9);
    if (k <= 1) d.t(`${r.pick(['GET', 'POST'])} /api/v1/${r.pick(['login', 'cart', 'profile'])} from `).p(pi('IP_ADDRESS', r.chance(0.8) ? P.ipv4(r) : P.ipv6(r))).t(' req=').l(lk(r, 'request_id')).t(` ${r.pick([200, 401, 500])}\n`);
    else if (k === 2) d.t('login ok user=').p(mail(r, P.person(r))).t(' ip=').p(pi('IP_ADDRESS', P.ipv4(r))).t('\n');
    else if (k === 3) { const s = c.sec(); d.t(`outbound call failed: ${styleName(s.name, 'snake')}=`).s(s).t(' status=403\n'); }
    else if (k === 4) d.t('auth header: Basic ').s(make(r, 'BASIC_AUTH_CREDENTIALS')).t('\n');
    else if (k === 5) d.t('trace ').l(lk(r, 'trace_id')).t(' span done in 132ms\n');
    else if (k === 6) d.t('profile updated name="').p(person(r)).t('" phone="').p(phone(r)).t('"\n');
    else if (k === 7) d.t('device ').l(lk(r, 'mac_address')).t(' joined from ').l(lk(r, 'public_ip_doc')).t('\n');
    else if (k === 8) d.t('shipping to ').seg(address(r)).t(' order ').l(lk(r, 'order_number')).t('\n');
    else d.t('cache miss key=').l(lk(r, 'hash')).t(' ref=').l(c.lk()).t('\n');
  }
  return d;
}

export function stackTrace(r, c) {
  const d = new Doc('stacktrace'); const s = c.sec();
  if (r.chance(0.5)) {
    d.t('Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line 88, in charge\n    resp = client.post(url, headers={"Authorization": "Bearer ').s(s).t('"})\n  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line 1054, in post\nhttpx.HTTPStatusError: 402 for customer ').p(person(r)).t(' <').p(mail(r, P.person(r, 'fr'))).t('>\nLocals:\n  card = \'').p(pi('CREDIT_CARD', P.card(r))).t("'\n  iban = '").p(pi('IBAN_CODE', P.iban(r))).t("'\n  request_id = '").l(lk(r, 'request_id')).t("'\n  db_url = '").seg(connString(r)).t("'\n");
  } else {
    d.t('Exception in thread "main" java.sql.SQLException: Access denied for user \'app\'@\'').p(pi('IP_ADDRESS', P.ipv4(r))).t('\' (using password: YES)\n\tat com.corp.db.Pool.connect(Pool.java:212)\n\tat com.corp.Main.main(Main.java:41)\nCaused by: config dump {url=').seg(connString(r)).t(', apiKey=').s(s).t(', owner=').p(person(r)).t(', ownerPhone=').p(phone(r)).t('}\n\t... 12 more\nBuild ').l(lk(r, 'build_number')).t(' ').l(lk(r, 'git_sha')).t('\n');
  }
  return d;
}

export function jsonApi(r, c) {
  const d = new Doc('json_api'); const n = r.int(2, 4);
  d.t('{\n  "request_id": "').l(lk(r, 'request_id')).t('",\n  "generated_at": "').l(lk(r, 'timestamp')).t('",\n  "data": [\n');
  for (let i = 0; i < n; i++) {
    const cc = r.pick(['US', 'GB', 'DE', 'FR', 'BR', 'JP', 'IN', 'NG', 'KR', 'MX', 'PL', 'TR']);
    const who = ctxPerson(r);
    d.t('    {"id": "').l(lk(r, 'crm_id')).t('", "name": "').p(who.P).t('", "email": "').p(who.E).t('", "phone": "').p(phone(r, cc)).t('",\n     "address": {"line1": "');
    const [st, zip] = P.COUNTRIES[cc].street(r);
    d.p('LOCATION', st).t(`", "postal": "${zip}", "city": "`).p(cityOf(r, cc)).t('"},\n     "last_ip": "').p(pi('IP_ADDRESS', P.ipv4(r))).t('", "balance": "').l(lk(r, 'price')).t('"}').t(i < n - 1 ? ',\n' : '\n');
  }
  d.t('  ],\n  "pagination": {"cursor": "').l(lk(r, 'base64_payload')).t('"}');
  if (r.chance(0.6)) { const s = c.sec(); d.t(',\n  "debug": {"upstream_key": "').s(s).t('"}'); }
  if (r.chance(0.5)) d.t(',\n  "session": {"access_token": "').s(make(r, 'JWT')).t('", "refresh_token": "').s(make(r, 'JWT_REFRESH_TOKEN')).t('"}');
  d.t('\n}\n');
  return d;
}

export function gitOutput(r, c) {
  const d = new Doc('git_output');
  for (let i = 0; i < r.int(2, 3); i++) {
    const a = ctxPerson(r);
    d.t('commit ').l(lk(r, 'git_sha')).t('\nAuthor: ').p(a.P).t(' <').p(a.E).t('>\nDate:   ').l(lk(r, 'date')).t(`\n\n    ${r.pick(['Remove leaked key', 'Add staging config', 'Fix webhook auth', 'Bump deps'])}\n\n`);
  }
  const s = c.sec();
  d.t(`diff --git a/config/${r.pick(['prod', 'staging'])}.env b/config/${r.pick(['prod', 'staging'])}.env\nindex `).l({ w: 'git_sha', v: r.hex(7) }).t('..').l({ w: 'git_sha', v: r.hex(7) }).t(' 100644\n@@ -3,4 +3,4 @@\n LOG_LEVEL=info\n-' + styleName(s.name, 'upper') + '=').s(s).t('\n+' + styleName(s.name, 'upper') + '=').l(lk(r, 'env_reference')).t('\n-SMTP_PASS=').s('SMTP_PASSWORD', machinePassword(r)).t('\n+SMTP_PASS=').l(lk(r, 'placeholder')).t('\n');
  if (r.chance(0.5)) { const s2 = c.sec(); d.t('+# rotated: new key below until vault migration\n+FALLBACK_KEY=').s(s2).t('\n'); }
  return d;
}

export function markdownDoc(r, c) {
  const d = new Doc('markdown'); const o = ctxPerson(r);
  d.t(`# ${r.pick(['Onboarding', 'Runbook: payments outage', 'Local setup', 'Partner integration'])}\n\nOwner: `).p(o.P).t(' (').p(o.E).t(')\n\n## Credentials\n\n');
  d.t('Use the shared staging key `').s(c.sec()).t('` (do **not** use it in prod). The example in the vendor docs (`').l(lk(r, 'aws_example_key')).t('`) will not work.\n\n');
  d.t('| env | user | password |\n|---|---|---|\n| dev | admin | `').s('ADMIN_PASSWORD', humanPassword(r)).t('` |\n| staging | svc | `').s('USER_PASSWORD', machinePassword(r)).t('` |\n| prod | svc | ').l(lk(r, 'placeholder')).t(' |\n\n');
  d.t('## Escalation\n\n');
  for (let i = 0; i < r.int(2, 4); i++) d.t('- ').p(person(r)).t(' — ').p(phone(r)).t(', based in ').p(cityOf(r)).t('\n');
  d.t('\nSee also ').l(c.lk()).t(' and ').l(c.lk()).t('.\n');
  d.t('\nThe release tag is ').l(lk(r, 'version')).t(', built from ').l(lk(r, 'git_sha')).t('. Brand color ').l(lk(r, 'hex_color')).t('.\n');
  return d;
}

export function notebook(r, c) {
  const d = new Doc('notebook'); const s = c.sec();
  d.t('{\n "cells": [\n  {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": [\n    "import os, requests\\n",\n    "API_KEY = \\"').s(s).t('\\"  # TODO env var\\n",\n    "resp = requests.get(\\"https://api.data.example/v1/customers\\", headers={\\"x-api-key\\": API_KEY})"\n  ], "outputs": [{"output_type": "stream", "name": "stdout", "text": [\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    d.t('    "').p(person(r)).t(' | ').p(mail(r, P.person(r, 'en_us'))).t(' | ').p(pi('US_SSN', P.ssn(r))).t(' | ').p(cityOf(r, 'US')).t('\\n",\n');
  }
  d.t('    "rows: 5, run ').l(lk(r, 'uuid')).t('\\n"\n  ]}]},\n  {"cell_type": "markdown", "metadata": {}, "source": ["Contact ').p(person(r)).t(' before sharing. Dataset hash ').l(lk(r, 'hash')).t('"]}\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4\n}\n');
  return d;
}
