// Document templates: ~27 kinds of what an agent reads through tools.
import { Doc } from './util.mjs';
import { J } from './context.mjs';
// D.f('text {a} more {b}', {a: valueObj, b: 'plain'}) appends text and records spans
Doc.prototype.f = function (str, vals = {}) {
  for (const part of str.split(/(\{\w+\})/)) {
    const m = /^\{(\w+)\}$/.exec(part);
    if (!m) { this.t(part); continue; }
    const o = vals[m[1]];
    if (o == null) throw new Error('missing ' + m[1] + ' in ' + str);
    if (typeof o === 'string' || typeof o === 'number') this.t(String(o)); else this.x(o);
  }
  return this;
};
const T = {};
const up = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '_');
const svc = (R) => R.pick(['billing', 'ledger', 'pinwheel', 'orca', 'harvest', 'tollgate', 'quill', 'sundial', 'marmot', 'kestrel']);

// ---------- configs
T.env = (G, D) => {
  const R = G.R;
  D.f('# {f} — generated {d}, do not commit\n', { f: R.pick(['.env.production', '.env.local', 'stack.env', 'app/.env']), d: G.lk('date') });
  D.f('NODE_ENV=production\nAPP_VERSION={v}\nDATABASE_URL=postgres://{u}:{p}@db-0{n}:5432/{db}\n', { v: G.lk('version'), u: svc(R), p: G.gsec('DATABASE_PASSWORD'), n: R.int(1, 4), db: svc(R) });
  for (let i = 0, n = R.int(3, 5); i < n; i++) { const s = R.chance(0.6) ? G.sec() : G.gsec(); if (s.v.includes('\n')) { s.v = s.v.replace(/\n/g, '\\n'); D.f('{k}="{v}"\n', { k: up(s.name), v: s }); } else D.f('{k}={v}\n', { k: up(s.name), v: s }); }
  D.f('STRIPE_PUBLISHABLE_KEY={pk}\nSENTRY_RELEASE={sha}\nSUPPORT_CONTACT="{n} <{e}>"\nSUPPORT_PHONE={ph}\nFEATURE_FLAGS_ID={u}\nREDIS_PASSWORD={ph2}\nLEGACY_TOKEN={pl}\nMISC={m1}\n', { m1: (x => (x.v = x.v.replace(/\n/g, '\\n'), x))(G.lk()), pk: G.lk('public_key'), sha: G.lk('git_sha'), n: G.name(), e: G.email(), ph: G.phone(), u: G.lk('uuid'), ph2: G.lk('env_reference'), pl: G.lk('placeholder') });
};
T.yaml = (G, D) => {
  const R = G.R; const a = G.addr();
  D.f('# {svc}/config/{env}.yaml\nservice:\n  name: {svc}\n  version: "{v}"\n  image: {img}\n  owner: "{o}"\n  oncall_phone: "{ph}"\n  office: "{st}, {c}"\ndatabase:\n  host: db-primary\n  user: {svc}_rw\n  password: "{pw}"\n', { svc: svc(R), env: R.pick(['prod', 'staging']), v: G.lk('version'), img: G.lk('container_image'), o: G.name(), ph: G.phone(), st: a.street, c: a.city, pw: G.gsec(R.pick(['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])) });
  D.t('integrations:\n');
  for (let i = 0, n = R.int(2, 4); i < n; i++) { const x = G.sec(); if (x.v.includes('\n')) { x.v = x.v.replace(/\n/g, '\n    '); D.f('  {k}: |\n    {v}\n', { k: x.name, v: x }); } else D.f('  {k}: "{v}"\n', { k: x.name, v: x }); }
  const g = G.gsec(); D.f('  partner:\n    {k}: {v}\n    callback_secret: {ref}\n    retry_after: {iso}\n    schedule: "{cron}"\n    tracing_sample: {tid}\n', { k: g.name.replace(/[^A-Za-z_]/g, '_'), v: g, ref: G.lk('env_reference'), iso: G.lk('iso_duration'), cron: G.lk('cron'), tid: G.lk('trace_id') });
  D.f('notify:\n  - {e1}\n  - {e2}\n', { e1: G.email(), e2: G.email() });
};
T.toml = (G, D) => {
  const R = G.R;
  D.f('# Cargo-style service config\n[package]\nname = "{s}"\nversion = "{v}"\nauthors = ["{n} <{e}>"]\n\n[server]\nbind = "0.0.0.0:8443"\nhost = "{h}"\n\n[secrets]\n', { s: svc(R), v: G.lk('version'), n: G.name(), e: G.email(), h: G.lk('hostname') });
  for (let i = 0, n = R.int(2, 4); i < n; i++) { const x = R.chance(0.5) ? G.gsec() : G.sec(); if (x.v.includes('\n')) D.f('{k} = """\n{v}\n"""\n', { k: x.name.replace(/[^A-Za-z_]/g, '_'), v: x }); else D.f('{k} = "{v}"\n', { k: x.name.replace(/[^A-Za-z_]/g, '_').toLowerCase(), v: x }); }
  D.f('\n[smtp]\nuser = "{e}"\npass = "{p}"\n\n[[contacts]]\nname = "{n1}"\nphone = "{p1}"\ncity = "{c1}"\n\n[[contacts]]\nname = "{n2}"\nphone = "{p2}"\ncity = "{c2}"\n\n[build]\ncommit = "{sha}"\nchecksum = "{dg}"\n', { e: G.email(), p: G.gsec('SMTP_PASSWORD'), n1: G.name(), p1: G.phone(), c1: G.city(), n2: G.name(), p2: G.phone(), c2: G.city(), sha: G.lk('git_sha'), dg: G.lk('digest') });
};
T.ini = (G, D) => {
  const R = G.R; const style = R.int(0, 2);
  if (style === 0) {
    D.f('; {f}\n[general]\nadmin_email = {e}\nadmin_name = {n}\ntimezone = Europe/Berlin\n\n[database]\nhost = db-01\nport = 3306\nusername = app\npassword = {pw}\n\n[ldap]\nbind_dn = cn=svc-bind,ou=services,dc=corp,dc=example\nbind_password = {lp}\n\n[api]\n', { f: R.pick(['php.ini.d/app.ini', 'settings.ini', 'odbc.ini', 'supervisord.conf']), e: G.email(), n: G.name(), pw: G.gsec('MYSQL_PASSWORD'), lp: G.gsec('LDAP_BIND_PASSWORD') });
    for (let i = 0; i < R.int(2, 3); i++) { const x = G.gsec(); D.f('{k} = {v}\n', { k: x.name.replace(/[^A-Za-z_-]/g, '_'), v: x }); }
    D.f('example_key = {ak}\nlast_rotated = {ts}\nbuild = {b}\n', { ak: G.lk('aws_example_key'), ts: G.lk('timestamp'), b: G.lk('build_number') });
  } else if (style === 1) {
    D.f('# application.properties\nspring.application.name={s}\nspring.datasource.url=jdbc:postgresql://db-02:5432/{s}\nspring.datasource.username={s}\nspring.datasource.password={pw}\nspring.mail.username={e}\nspring.mail.password={mp}\n', { s: svc(R), pw: G.gsec('POSTGRES_PASSWORD'), e: G.email(), mp: G.gsec('SMTP_PASSWORD') });
    for (let i = 0; i < R.int(2, 3); i++) { const x = R.chance(0.5) ? G.sec() : G.gsec(); if (x.v.includes('\n')) x.v = x.v.replace(/\n/g, '\\n'); D.f('app.{k}={v}\n', { k: x.name.toLowerCase().replace(/[^a-z]/g, '.'), v: x }); }
    D.f('app.support.name={n}\napp.support.phone={p}\napp.version={v}\napp.theme.primary={c}\nmanagement.tracing.id={t}\n', { n: G.name(), p: G.phone(), v: G.lk('version'), c: G.lk('hex_color'), t: G.lk('trace_id') });
  } else {
    D.f('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n    <add name="Main" connectionString="Server=sql-01;Database={s};User Id=sa;Password={pw};" />\n  </connectionStrings>\n  <appSettings>\n', { s: svc(R), pw: G.gsec('MSSQL_PASSWORD') });
    for (let i = 0; i < R.int(2, 4); i++) { const x = R.chance(0.5) ? G.sec() : G.gsec(); if (x.v.includes('\n')) continue; D.f('    <add key="{k}" value="{v}" />\n', { k: x.name, v: x }); }
    D.f('    <add key="Owner" value="{n}" />\n    <add key="OwnerPhone" value="{p}" />\n    <add key="AssemblyVersion" value="{v}" />\n    <add key="InstanceId" value="{u}" />\n  </appSettings>\n</configuration>\n', { n: G.name(), p: G.phone(), v: G.lk('version'), u: G.lk('uuid') });
  }
};
T.json_config = (G, D) => {
  const R = G.R;
  D.f('{\n  "name": "{s}",\n  "version": "{v}",\n  "maintainer": {"name": "{n}", "email": "{e}", "phone": "{p}"},\n  "credentials": {\n', { s: svc(R), v: G.lk('version'), n: G.name(), e: G.email(), p: G.phone() });
  const n = R.int(2, 4);
  for (let i = 0; i < n; i++) { const x = J(R.chance(0.5) ? G.sec() : G.gsec()); D.f('    "{k}": "{v}",\n', { k: x.name, v: x }); }
  if (R.chance(0.5)) D.f('    "private_key": "{k}",\n', { k: J(G.sec(R.pick(['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY']))) });
  D.f('    "fallback": "{pl}",\n    "sample": "{m}"\n  },\n  "integrity": "{i}",\n  "resourceVersion": "{rv}",\n  "owner_ip": "{ip}",\n  "office": "{c}"\n}\n', { m: J(G.lk()), pl: G.lk('placeholder'), i: G.lk('integrity'), rv: G.lk('k8s_resource_version'), ip: G.ip(), c: G.city() });
};
T.k8s = (G, D) => {
  const R = G.R; const style = R.int(0, 2);
  if (style === 0) {
    D.f('apiVersion: v1\nkind: Secret\nmetadata:\n  name: {s}-credentials\n  namespace: {s}\n  resourceVersion: "{rv}"\n  uid: {u}\n  annotations:\n    owner: "{n}"\n    contact: "{e}"\ntype: Opaque\ndata:\n', { s: svc(R), rv: G.lk('k8s_resource_version'), u: G.lk('uuid'), n: G.name(), e: G.email() });
    for (let i = 0; i < R.int(2, 4); i++) D.f('  {k}: {v}\n', { k: R.pick(['password', 'api-key', 'db-pass', 'token', 'smtp-pass', 'secret']) + '-' + i, v: G.sec('K8S_SECRET_DATA') });
    D.t('stringData:\n'); const x = G.gsec(); D.f('  {k}: "{v}"\n  note: "{pl}"\n', { k: x.name.replace(/[^A-Za-z-]/g, '-'), v: x, pl: G.lk('placeholder') });
  } else if (style === 1) {
    D.f('apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {ca}\n    server: https://k8s-api.{z}.example:6443\n  name: {z}\nusers:\n- name: {u}\n  user:\n    token: {t}\n', { ca: { v: Buffer.from(G.lk('certificate').v).toString('base64').slice(0, 300), what: 'certificate' }, z: R.pick(['prod-eu', 'lab', 'edge']), u: G.first('us').v.toLowerCase(), t: G.sec('K8S_SERVICE_ACCOUNT_TOKEN') });
    D.f('- name: admin\n  user:\n    client-key-data: {k}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\n# last edited by {n} from {ip}\n', { k: G.sec('KUBECONFIG_CLIENT_KEY_DATA'), n: G.name(), ip: G.ip(), cluster: 'cluster' });
  } else {
    D.f('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {s}\n  labels: {app: {s}}\n  resourceVersion: "{rv}"\nspec:\n  template:\n    spec:\n      containers:\n      - name: {s}\n        image: {img}\n        env:\n', { s: svc(R), rv: G.lk('k8s_resource_version'), img: G.lk('container_image'), app: 'app' });
    for (let i = 0; i < R.int(2, 4); i++) { const x = R.chance(0.6) ? G.sec() : G.gsec(); if (x.v.includes('\n')) continue; D.f('        - name: {k}\n          value: "{v}"\n', { k: up(x.name), v: x }); }
    D.f('        - name: ADMIN_EMAIL\n          value: {e}\n        - name: DB_PASSWORD\n          valueFrom: {secretKeyRef: {name: db, key: password}}\n        - name: BUILD_SHA\n          value: "{sha}"\n', { e: G.email(), sha: G.lk('git_sha'), secretKeyRef: 'secretKeyRef', name: 'name', key: 'key' });
  }
};
// ---------- shell, CI, IaC
T.shell_history = (G, D) => {
  const R = G.R; const cmds = R.shuffle([
    () => D.f('mysql -h db-03 -u root -p{v} {db}\n', { v: G.gsec('ROOT_PASSWORD'), db: svc(R) }),
    () => D.f('export {k}={v}\n', (x => ({ k: up(x.name), v: x }))(G.sec())),
    () => D.f('curl -H "Authorization: Bearer {v}" https://api.{s}.example/v2/users?email={e}\n', { v: G.gsec('BEARER_TOKEN'), s: svc(R), e: G.email() }),
    () => D.f('curl -u deploy:{v} https://nexus.internal.example/repository/\n', { v: G.pw() }),
    () => D.f('docker login -u {u} -p {v} registry.internal.example\n', { u: G.first('us').v.toLowerCase(), v: G.sec('DOCKERHUB_TOKEN') }),
    () => D.f('PGPASSWORD={v} psql -h 10.20.0.5 -U report -c "select * from customers where phone = \'{p}\'"\n', { v: G.gsec('POSTGRES_PASSWORD'), p: G.phone() }),
    () => D.f('git clone https://oauth2:{v}@git.internal.example/platform/{s}.git\n', { v: G.sec('GITLAB_PAT'), s: svc(R) }),
    () => D.f('aws configure set aws_secret_access_key {v}\n', { v: G.sec('AWS_SECRET_KEY') }),
    () => D.f('redis-cli -h cache-1 -a {v} KEYS "session:*"\n', { v: G.gsec('REDIS_PASSWORD') }),
    () => D.f('nmcli dev wifi connect "{ssid}" password "{v}"\n', { ssid: R.pick(['Kantine-5G', 'FRITZ!Box 7590 QX', 'Lab-Guest']), v: G.wifi() }),
    () => D.f('sshpass -p \'{v}\' ssh admin@{ip}\n', { v: G.pw('SERVICE_ACCOUNT_PASSWORD'), ip: G.ip() }),
    () => D.f('htpasswd -b .htpasswd {u} {v}\n', { u: G.first('de').v.toLowerCase(), v: G.pw() }),
    () => D.f('git checkout {sha}\n', { sha: G.lk('git_sha') }),
    () => D.f('kubectl get pod {s}-{h} -o yaml | grep resourceVersion   # {rv}\n', { s: svc(R), h: G.R.str('abcdef0123456789', 5), rv: G.lk('k8s_resource_version') }),
    () => D.f('echo "{pl}" > token.txt\n', { pl: G.lk('placeholder') }),
    () => D.f('grep -rn "{n}" exports/ | wc -l\n', { n: G.name() }),
    () => D.f('ping -c 3 {ip}\n', { ip: G.ip() }),
    () => D.f('sha256sum dist/app.tar.gz  # {h}\n', { h: G.lk('hash') }),
    () => D.f('vault login {v}\n', { v: G.sec('VAULT_TOKEN') }),
    () => D.f('npm config set //npm.internal.example/:_authToken {v}\n', { v: G.sec('NPM_TOKEN') }),
    () => D.f('./notify.sh --to "{p}" --name "{n}"\n', { p: G.phone(), n: G.name() }),
    () => D.f('openssl enc -aes-256-cbc -k {v} -in dump.sql -out dump.enc\n', { v: G.gsec('MASTER_KEY') }),
    () => D.f('date -d @{ts}\n', { ts: G.lk('timestamp') }),
  ]);
  let i = 500 + R.int(0, 400);
  for (const c of cmds.slice(0, R.int(12, 18))) { D.t(` ${i++}  `); c(); }
  if (R.chance(0.4)) D.f('$ cat ~/.ssh/{f}\n{k}\n', { f: R.pick(['id_ed25519', 'deploy_key', 'ci.pem', 'backup.key']), k: G.sec(R.pick(['OPENSSH_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY'])) });
};
T.ci_log = (G, D) => {
  const R = G.R;
  D.f('Run {id} • {wf} • commit {sha}\n2026-03-0{d}T10:1{m}:00Z ##[group]Set up job\nRunner: ci-runner-{n} ({ip})\nBuild: {b}\n', { id: G.lk('build_number'), wf: R.pick(['release.yml', 'deploy', 'nightly-e2e']), sha: G.lk('git_sha'), d: R.int(1, 9), m: R.int(0, 9), n: R.int(1, 30), ip: G.ip(), b: G.lk('version') });
  D.f('##[endgroup]\n$ echo "Using token {ref}"\nUsing token ***\n$ ./deploy.sh --api-key {k} --env prod\n', { ref: G.lk('env_reference'), k: G.gsec('API_KEY') });
  for (let i = 0; i < R.int(2, 4); i++) { const x = G.sec(); if (x.v.includes('\n')) continue; D.f('[debug] env {k}={v}\n', { k: up(x.name), v: x }); }
  D.f('npm notice integrity: {i}\nStep 7/12 : RUN pip install -r requirements.txt ({dg})\nPushed image {img}\nTests: 412 passed, 0 failed ({dur}s)\nNotified {n} <{e}> at {ts}\nartifact sha1 {h}\nextra: {m}\n', { m: G.lk(), i: G.lk('integrity'), dg: G.lk('digest'), img: G.lk('container_image'), dur: R.int(40, 400), n: G.name(), e: G.email(), ts: G.lk('timestamp'), h: G.lk('hash') });
};
T.iac_output = (G, D) => {
  const R = G.R;
  D.f('Terraform will perform the following actions:\n\n  # aws_db_instance.{s} will be created\n  + resource "aws_db_instance" "{s}" {\n      + engine         = "postgres"\n      + username       = "{s}_admin"\n      + password       = "{pw}"\n      + tags           = { "Owner" = "{n}", "CostCenter" = "{cc}" }\n    }\n\n', { s: svc(R), pw: G.gsec('DATABASE_PASSWORD'), n: G.name(), cc: G.lk('sequence_number') });
  D.f('  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = "{ak}"\n      + secret = "{sk}"\n      + user   = "ci-{u}"\n    }\n\n', { ak: G.sec('AWS_ACCESS_KEY'), sk: G.sec('AWS_SECRET_KEY'), u: R.int(1, 9) });
  const x = G.sec(); if (!x.v.includes('\n')) D.f('  # random_password / vendor secret\n  + value = "{v}"\n', { v: x });
  D.f('\nPlan: 4 to add, 1 to change, 0 to destroy.\nOutputs:\n  alarm_phone = "{p}"\n  bastion_ip = "{ip}"\n  example_key = "{ex}"\n  state_serial = {sn}\n  lock_id = "{u}"\n  region_hq = "{c}"\n', { p: G.phone(), ip: G.ip(), ex: G.lk('aws_example_key'), sn: G.lk('build_number'), u: G.lk('uuid'), c: G.city() });
};
// ---------- source code in many languages
const LANGS = {
  python: (G, D, s, g) => D.f('import requests\n\nAPI_BASE = "https://api.partner.example/v1"\n{k} = "{v}"  # TODO move to vault\n\nclass Client:\n    def __init__(self, user="{u}", secret="{g}", timeout=30):\n        self.user, self.secret = user, secret\n\ndef test_lookup():\n    assert lookup("{e}") == {"name": "{n}", "phone": "{p}"}\n    assert version() == "{ver}"\n', { k: up(s.name), v: s, u: 'svc', g, e: G.email(), n: G.name(), p: G.phone(), ver: G.lk('version'), name: 'name', phone: 'phone' }),
  javascript: (G, D, s, g) => D.f("const client = new ApiClient({ baseUrl: 'https://pay.example', apiKey: '{v}' });\nfunction connect(password = '{g}') { return db.open({ user: 'app', password }); }\n// contact {n} ({e}) before rotating\nmodule.exports = { build: '{b}', color: '{c}' };\n", { v: s, g, n: G.name(), e: G.email(), b: G.lk('build_number'), c: G.lk('hex_color') }),
  typescript: (G, D, s, g) => D.f("export const config: Config = {\n  region: 'eu-west-1',\n  {k}: '{v}',\n  requestId: '{r}',\n};\ndescribe('signup', () => {\n  it('stores the card', () => {\n    const u = { name: '{n}', card: '{cc}', testCard: '{tc}' };\n    expect(hash(u)).toBe('{h}');\n    login('{e}', '{g}');\n  });\n});\n", { k: s.name.replace(/[^A-Za-z]/g, ''), v: s, r: G.lk('request_id'), n: G.name(), cc: G.card(), tc: G.lk('vendor_test_card'), h: G.lk('hash'), e: G.email(), g }),
  go: (G, D, s, g) => (g = Object.assign({}, g, { v: encodeURIComponent(g.v) }), D.f('package main\n\nconst {k} = "{v}"\n\nfunc NewStore() *Store {\n\treturn &Store{DSN: "mongodb://app:{g}@mongo-1:27017/app", Owner: "{n}"}\n}\n\n// trace {t}, see {tk}\nvar defaultIP = "{ip}"\n', { k: s.name.replace(/[^A-Za-z]/g, ''), v: s, g, n: G.name(), t: G.lk('trace_id'), tk: G.lk('ticket_id'), ip: G.ip() })),
  java: (G, D, s, g) => D.f('public final class Secrets {\n    private static final String {k} = "{v}";\n    public DataSource ds() { return new HikariDataSource(url, "app", "{g}"); }\n    @Test void customer() { var c = new Customer("{n}", "{e}", "{ssn}"); assertEquals("{u}", c.id()); }\n}\n', { k: up(s.name), v: s, g, n: G.name(), e: G.email(), ssn: G.ssn(), u: G.lk('uuid') }),
  csharp: (G, D, s, g) => D.f('var client = new SecretClient(vaultUri, new ClientSecretCredential(tenantId, clientId, "{v}"));\nprivate const string ConnStr = "Server=sql-02;User ID=app;Password={g};";\n// Build {b} — reviewed by {n}\nvar patient = new Patient { Name = "{n2}", Nhs = "{nhs}", Phone = "{p}" };\n', { v: s, g, b: G.lk('build_number'), n: G.name(), n2: G.name('gb'), nhs: G.nhs(), p: G.phone('GB') }),
  ruby: (G, D, s, g) => D.f("Rails.application.configure do\n  config.x.{k} = '{v}'\nend\nFactoryBot.define do\n  factory :user do\n    name { '{n}' }\n    email { '{e}' }\n    password { '{g}' }\n    card { '{cc}' }\n  end\nend\n# gem version {ver}\n", { k: s.name.toLowerCase().replace(/[^a-z]/g, '_'), v: s, n: G.name(), e: G.email(), g, cc: G.card(), ver: G.lk('version') }),
  php: (G, D, s, g) => D.f("<?php\ndefine('{k}', '{v}');\n$pdo = new PDO('mysql:host=db-01;dbname=shop', 'shop', '{g}');\n$customer = ['name' => '{n}', 'iban' => '{ib}', 'city' => '{c}'];\n// order {o}, invoice {inv}\n", { k: up(s.name), v: s, g, n: G.name(), ib: G.iban(), c: G.city(), o: G.lk('order_number'), inv: G.lk('invoice_number') }),
  rust: (G, D, s, g) => D.f('const {k}: &str = "{v}";\nfn connect(pass: Option<&str>) -> Conn { Conn::new("app", pass.unwrap_or("{g}")) }\n#[test]\nfn parses_wallet() { assert!(parse("{btc}").is_ok()); assert!(parse("{bad}").is_err()); }\n', { k: up(s.name), v: s, g, btc: G.btc(), bad: G.lk('invalid_btc') }),
  kotlin: (G, D, s, g) => D.f('object Keys {\n    const val {k} = "{v}"\n}\nclass Repo(private val password: String = "{g}")\nval sample = Person(name = "{n}", phone = "{p}", city = "{c}")\n// {u}\n', { k: up(s.name), v: s, g, n: G.name(), p: G.phone(), c: G.city(), u: G.lk('ulid') }),
  swift: (G, D, s, g) => D.f('let {k} = "{v}"\nstruct Config { var password: String = "{g}" }\nlet preview = Contact(name: "{n}", phone: "{p}", email: "{e}")\n// color {c}\n', { k: s.name.replace(/[^A-Za-z]/g, ''), v: s, g, n: G.name(), p: G.phone(), e: G.email(), c: G.lk('hex_color') }),
  scala: (G, D, s, g) => D.f('val {k} = "{v}"\ncase class Db(user: String = "etl", password: String = "{g}")\nval fixture = Seq(("{n1}", "{c1}"), ("{n2}", "{c2}"))\n// spark job {b}\n', { k: s.name.replace(/[^A-Za-z]/g, ''), v: s, g, n1: G.name(), c1: G.city(), n2: G.name(), c2: G.city(), b: G.lk('build_number') }),
  cpp: (G, D, s, g) => D.f('static const char* kApiSecret = "{v}";\nClient c("svc-reporting", /*password=*/"{g}");\n// owner: {n}, {e}\nconstexpr auto kDigest = "{h}";\n', { v: s, g, n: G.name(), e: G.email(), h: G.lk('hash') }),
  elixir: (G, D, s, g) => D.f('config :app, App.Repo,\n  username: "app",\n  password: "{g}"\nconfig :app, :{k}, "{v}"\n# seeded user {n} / {p}\n', { k: s.name.toLowerCase().replace(/[^a-z]/g, '_'), v: s, g, n: G.name(), p: G.phone() }),
  perl: (G, D, s, g) => D.f('my $dbh = DBI->connect("dbi:Pg:dbname=app;host=db-01", "app", "{g}");\nmy %cfg = ( {k} => \'{v}\', owner => \'{n}\' );\n# {d}\n', { k: s.name.toLowerCase().replace(/[^a-z]/g, '_'), v: s, g, n: G.name(), d: G.lk('date') }),
  lua: (G, D, s, g) => D.f('local cfg = {\n  {k} = "{v}",\n  redis_pass = "{g}",\n  admin = "{n}",\n}\n-- lat/lon {co}\n', { k: s.name.toLowerCase().replace(/[^a-z]/g, '_'), v: s, g, n: G.name(), co: G.lk('coordinates') }),
  r: (G, D, s, g) => D.f('Sys.setenv({k} = "{v}")\ncon <- dbConnect(RPostgres::Postgres(), user = "analyst", password = "{g}")\nsample <- data.frame(name = c("{n1}", "{n2}"), city = c("{c1}", "{c2}"))\n', { k: up(s.name), v: s, g, n1: G.name(), n2: G.name(), c1: G.city(), c2: G.city() }),
  dart: (G, D, s, g) => D.f("const {k} = '{v}';\nfinal auth = AuthClient(password: '{g}');\nfinal demo = User(name: '{n}', phone: '{p}');\n", { k: s.name.replace(/[^A-Za-z]/g, ''), v: s, g, n: G.name(), p: G.phone() }),
  powershell: (G, D, s, g) => D.f('$secure = ConvertTo-SecureString "{g}" -AsPlainText -Force\n$env:{k} = "{v}"\nNew-ADUser -Name "{n}" -EmailAddress "{e}" -OfficePhone "{p}"\n# {u}\n', { g, k: up(s.name), v: s, n: G.name(), e: G.email(), p: G.phone(), u: G.lk('uuid') }),
  sql: (G, D, s, g) => D.f("CREATE USER reporting WITH PASSWORD '{g}';\nINSERT INTO api_keys (owner, key) VALUES ('{n}', '{v}');\nINSERT INTO customers (name, email, ssn, account) VALUES ('{n2}', '{e}', '{ssn}', '{ba}');\n-- bad row kept for tests: '{bs}'\n", { g, n: G.name(), v: s, n2: G.name('us'), e: G.email(), ssn: G.ssn(), ba: G.bank(), bs: G.lk('invalid_ssn') }),
  haskell: (G, D, s, g) => D.f('apiKey :: Text\napiKey = "{v}"\n\ndbPass = "{g}"  -- staging\nowner = "{n}"\n', { v: s, g, n: G.name() }),
  groovy: (G, D, s, g) => D.f("withCredentials([]) {\n  sh 'curl -u jenkins:{g} https://ci.internal.example/job/x'\n}\ndef {k} = '{v}'\n// build {b}\n", { g, k: s.name.replace(/[^A-Za-z]/g, ''), v: s, b: G.lk('build_number') }),
};
export const LANG_NAMES = Object.keys(LANGS);
T.source_code = (G, D) => {
  const R = G.R; const lang = G.nextLang();
  D.f('// file: src/{s}/{f} ({lang})\n', { s: svc(R), f: R.pick(['client', 'settings', 'db', 'main', 'fixtures']), lang });
  let s = G.sec(); while (s.v.includes('\n')) s = G.sec();
  const g = R.chance(0.5) ? G.gsec(R.pick(['DATABASE_PASSWORD', 'PASSWORD', 'CLIENT_SECRET', 'API_SECRET', 'SIGNING_KEY'])) : G.pw();
  LANGS[lang](G, D, s, g);
  D.f('// see {tk}, commit {sha}, {pl}\n// fixture: hash={ph} revoked={ig} shown_as={ms}\n', { tk: G.lk('ticket_id'), sha: G.lk('git_sha'), pl: G.lk('placeholder'), ph: G.lk('password_hash'), ig: G.lk('invalid_github_token'), ms: G.lk('masked_secret') });
};
// ---------- logs, traces, APIs, git
T.app_log = (G, D) => {
  const R = G.R;
  for (let i = 0, n = R.int(9, 14); i < n; i++) {
    D.f('{ts} {lvl} [{rid}] ', { ts: G.lk('timestamp'), lvl: R.pick(['INFO', 'WARN', 'DEBUG', 'ERROR']), rid: G.lk('request_id') });
    R.pick([
      () => D.f('login ok user={e} ip={ip}\n', { e: G.email(), ip: G.ip() }),
      () => D.f('GET /api/orders/{o} 200 client={ip} ua="Mozilla/5.0"\n', { o: G.lk('order_number'), ip: G.ip() }),
      () => D.f('payment declined card={mc} name="{n}"\n', { mc: G.lk('masked_card'), n: G.name() }),
      () => D.f('retrying webhook with secret={v}\n', { v: G.gsec('WEBHOOK_SECRET') }),
      () => D.f('SMS sent to {p} for {n}\n', { p: G.phone(), n: G.name() }),
      () => D.f('outbound call Authorization: Bearer {v}\n', { v: G.sec() }),
      () => D.f('shipment {t} delivered to {c}\n', { t: G.lk('tracking_number'), c: G.city() }),
      () => D.f('trace_id={t} span_id={s} took 182ms\n', { t: G.lk('trace_id'), s: G.lk('span_id') }),
      () => D.f('kyc check passport={pp} for "{n}" result=pass\n', { pp: G.passport(), n: G.name('us') }),
      () => D.f('device {mac} joined vlan 30 from {ip}\n', { mac: G.lk('mac_address'), ip: G.ip() }),
      () => D.f('refund {pr} to IBAN {ib}\n', { pr: G.lk('price'), ib: G.iban() }),
    ])();
  }
};
T.stack_trace = (G, D) => {
  const R = G.R; const py = R.chance(0.5);
  if (py) D.f('Traceback (most recent call last):\n  File "/srv/app/{s}/db.py", line {l}, in connect\n    conn = psycopg2.connect(host="db-01", user="app", password="{pw}")\n  File "/usr/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect\npsycopg2.OperationalError: FATAL: password authentication failed for user "app"\nLocals: {{\'email\': \'{e}\', \'name\': \'{n}\', \'token\': \'{t}\'}}\n', { s: svc(R), l: R.int(10, 400), pw: G.gsec('DATABASE_PASSWORD'), e: G.email(), n: G.name(), t: G.gsec('ACCESS_TOKEN') });
  else D.f('Exception in thread "main" com.example.api.AuthException: invalid credentials for client_secret={cs}\n\tat com.example.api.Client.auth(Client.java:{l})\n\tat com.example.jobs.Sync.run(Sync.java:88)\nCaused by: java.net.ConnectException: Connection refused (peer {ip})\n\tcontext: customer={n}, phone={p}\n', { cs: G.gsec('CLIENT_SECRET'), l: R.int(10, 400), ip: G.ip(), n: G.name(), p: G.phone() });
  D.f('request_id={r} build={b} commit={sha} at {ts}\nsentry event {u}\nuser agent ip {ip}, city {c}, country {co}\nheaders: x-api-key={k}\n', { r: G.lk('request_id'), b: G.lk('build_number'), sha: G.lk('git_sha'), ts: G.lk('timestamp'), u: G.lk('uuid'), ip: G.ip(), c: G.city(), co: G.country(), k: G.sec() });
};
T.json_api = (G, D) => {
  const R = G.R; D.f('HTTP/1.1 200 OK\nx-request-id: {r}\n\n{"data": [\n', { r: G.lk('request_id') });
  const n = R.int(3, 5);
  for (let i = 0; i < n; i++) { const nm = G.name(); const a = G.addr(); D.f('  {"id": "{id}", "name": "{n}", "email": "{e}", "phone": "{p}", "address": {"line1": "{st}", "city": "{c}"}, "created": "{d}", "card_last4": "{mc}"}' + (i < n - 1 ? ',\n' : '\n'), { id: G.lk('crm_id'), n: nm, e: G.email(nm), p: G.phone(), st: a.street, c: a.city, d: G.lk('timestamp'), mc: G.lk('masked_card') }); }
  const x = J(G.sec()); D.f('], "meta": {"next": "{u}", "api_key_used": "{v}", "etag": "{h}"}}\n', { u: G.lk('uuid'), v: x, h: G.lk('hash') });
};
T.git_output = (G, D) => {
  const R = G.R; const n1 = G.name(); const n2 = G.name();
  D.f('commit {sha}\nAuthor: {n} <{e}>\nDate:   {d}\n\n    {msg} ({tk})\n\ndiff --git a/config/{f} b/config/{f}\nindex {s1}..{s2} 100644\n--- a/config/{f}\n+++ b/config/{f}\n@@ -3,7 +3,7 @@\n', { sha: G.lk('git_sha'), n: n1, e: G.email(n1), d: G.lk('date'), msg: R.pick(['Rotate credentials', 'Add partner integration', 'fix staging config', 'WIP do not merge']), tk: G.lk('ticket_id'), f: R.pick(['settings.py', 'app.yml', '.env.staging']), s1: G.lk('git_sha'), s2: G.lk('git_sha') });
  const old = G.sec(); const nw = G.sec(); if (!old.v.includes('\n') && !nw.v.includes('\n')) D.f('-{k} = "{a}"\n+{k} = "{b}"\n', { k: old.name, a: old, b: nw });
  D.f(' ADMIN_CONTACT = "{n} {p}"\n-PASSWORD = "{pw}"\n+PASSWORD = "{ref}"\n\ncommit {sha}\nAuthor: {n2} <{e2}>\nMerge: {a} {b}\n    Merged PR {pr} from {c}\n', { n: n2, p: G.phone(), pw: G.pw(), ref: G.lk('env_reference'), sha: G.lk('git_sha'), n2: G.name(), e2: G.email(), a: G.lk('git_sha'), b: G.lk('git_sha'), pr: G.lk('build_number'), c: G.city() });
};
// ---------- docs and business records
T.markdown = (G, D) => {
  const R = G.R;
  D.f('# {s} onboarding\n\nMaintainers: {n1} ({e1}), {n2}. Escalation: {p}.\n\n## Setup\n\n```bash\nexport {k}={v}\n```\n\n> Temporary password for the staging admin is `{pw}`, change it after first login.\n\n| Who | Where | Phone |\n|---|---|---|\n', { s: svc(R), n1: G.name(), e1: G.email(), n2: G.name(), p: G.phone(), ...(x => ({ k: up(x.name), v: x }))(G.gsec()), pw: G.pw('ADMIN_PASSWORD') });
  for (let i = 0; i < R.int(3, 5); i++) D.f('| {n} | {c} | {p} |\n', { n: G.name(), c: G.city(), p: G.phone() });
  D.f('\nPinned versions: {v}, image {img}. Example key `{ex}`, placeholder `{pl}`. Office map {co}.\n', { v: G.lk('version'), img: G.lk('digest'), ex: G.lk('aws_example_key'), pl: G.lk('placeholder'), co: G.lk('coordinates') });
};
T.crm_export = (G, D) => {
  const R = G.R; D.t('record_id,full_name,email,phone,street,city,country,card,last_order,owner\n');
  for (let i = 0, n = R.int(6, 10); i < n; i++) { const nm = G.name(); const a = G.addr(); D.f('{id},"{n}",{e},{p},"{st}",{c},{co},{cc},{o},{ow}\n', { id: G.lk('crm_id'), n: nm, e: G.email(nm), p: G.phone(), st: a.street, c: a.city, co: a.cc, cc: R.chance(0.5) ? G.card() : G.lk(R.pick(['masked_card', 'invalid_card', 'vendor_test_card'])), o: G.lk('order_number'), ow: G.first() }); }
};
T.spreadsheet_csv = (G, D) => {
  const R = G.R; D.t(R.pick(['Name;Stadt;Telefon;IBAN;Betrag\n', 'Nom;Ville;Téléphone;IBAN;Montant\n', 'Nombre;Ciudad;Teléfono;IBAN;Importe\n', 'Naam;Plaats;Telefoon;IBAN;Bedrag\n']));
  for (let i = 0, n = R.int(6, 10); i < n; i++) D.f('{n};{c};{p};{ib};{pr}\n', { n: G.name(), c: G.city(), p: G.phone(), ib: R.chance(0.8) ? G.iban() : G.lk('invalid_iban'), pr: G.lk('price') });
  D.f(';;;;\nErstellt von {n} am {d};;;;\n', { n: G.name(), d: G.lk('date') });
};
T.directory_list = (G, D) => {
  // names and places without labels: lists, tables, bullet runs
  const R = G.R; D.t(R.pick(['Attendees\n', 'Seating plan — row B\n', 'Volunteers this weekend:\n', 'Reisegruppe\n', '参加者一覧\n', 'Участники\n']));
  for (let i = 0, n = R.int(8, 14); i < n; i++) R.pick([
    () => D.f('- {n}, {c}\n', { n: G.name(), c: G.city() }),
    () => D.f('{n}\t{co}\n', { n: G.name(), co: G.country() }),
    () => D.f('* {n} / {n2}\n', { n: G.name(), n2: G.name() }),
    () => D.f('{i}. {n} ({c}) room {rm}\n', { i: i + 1, n: G.name(), c: G.city(), rm: R.int(100, 450) }),
    () => D.f('{n} — {st}, {c}\n', (a => ({ n: G.name(), st: a.street, c: a.city }))(G.addr())),
  ])();
  D.f('\nlist id {u}, exported {ts}\nattachment: {m}\n', { u: G.lk('uuid'), ts: G.lk('timestamp'), m: G.lk() });
};
// ---------- tickets, email, chat in many languages
const PROSE = [
  // [lang, phrase with {v} and optional {n}]
  ['en', 'hey {n}, the password for the staging box is {v} — please don\'t paste it anywhere public'], ['en', 'fyi the new api key is {v}, old one is revoked'], ['en', 'use this token for now: {v}'],
  ['de', 'Hallo {n}, das Passwort für den Testserver lautet {v}, bitte nicht weitergeben.'], ['de', 'Der API-Schlüssel ist {v} (gilt bis Freitag).'],
  ['fr', 'Salut {n}, le mot de passe du routeur est {v}'], ['fr', 'Voici le jeton d\'accès : {v}'],
  ['es', 'Hola {n}, la contraseña del servidor es {v}'], ['es', 'te paso la clave de la API: {v}'],
  ['pt', 'Oi {n}, a senha do banco é {v}'], ['pt', 'o token de acesso novo é {v}'],
  ['it', 'Ciao {n}, la password del NAS è {v}'], ['it', 'ecco la chiave segreta: {v}'],
  ['nl', 'Hoi {n}, het wachtwoord van de server is {v}'], ['pl', 'Cześć {n}, hasło do VPN to {v}'], ['pl', 'klucz API: {v}'],
  ['ja', '{n}さん、ステージングのパスワードは {v} です。'], ['ja', 'APIキーはこちらです：{v}'],
  ['zh', '{n}，服务器密码是 {v}，请勿外传。'], ['zh', '新的访问令牌：{v}'],
  ['ru', '{n}, пароль от сервера: {v}'], ['ru', 'вот токен доступа {v}'],
  ['tr', 'Merhaba {n}, sunucunun şifresi {v}'], ['sv', 'Hej {n}, lösenordet till wifi är {v}'], ['ko', '{n}님, 서버 비밀번호는 {v} 입니다'], ['ar', 'مرحبا {n}، كلمة المرور هي {v}'],
];
export const PROSE_LANGS = [...new Set(PROSE.map(p => p[0]))];
function proseSecret(G) { const R = G.R; const c = R.int(0, 4); if (c === 0) return G.pw(); if (c === 1) return G.gsec(); if (c === 2) return G.wifi(); let s = G.sec(); while (s.v.includes('\n')) s = G.sec(); return s; }
T.chat = (G, D) => {
  const R = G.R; const who = [G.first(), G.first(), G.first()];
  D.f('#{ch} — exported {d}\n', { ch: R.pick(['ops', 'infra-help', 'team-berlin', 'lab', 'family']), d: G.lk('date') });
  for (let i = 0, n = R.int(6, 9); i < n; i++) {
    const w = who[i % 3]; D.f('[{t}] {w}: ', { t: `${R.int(8, 20)}:${R.int(10, 59)}`, w });
    R.pick([
      () => { const [, ph] = R.pick(PROSE); D.f(ph + '\n', { n: G.first(), v: proseSecret(G) }); },
      () => D.f('call me on {p}\n', { p: G.phone() }),
      () => D.f('meeting moved to {d}, I am in {c} till then\n', { d: G.lk('date'), c: G.city() }),
      () => D.f('ticket {tk} — customer {n} again\n', { tk: G.lk('ticket_id'), n: G.name() }),
      () => D.f('deployed {v} ({sha})\n', { v: G.lk('version'), sha: G.lk('git_sha') }),
      () => D.f('WIFI:T:WPA;S:{s};P:{v};;\n', { s: R.pick(['Buero-OG2', 'HomeNet', 'Cafe Guest']), v: G.wifi() }),
      () => D.f('send it to {e} pls\n', { e: G.email() }),
      () => D.f('pasted: {m}\n', { m: G.lk() }),
    ])();
  }
};
T.ticket = (G, D) => {
  const R = G.R; const cust = G.name(); const ag = G.name();
  D.f('Ticket {tk} | Priority: {pr} | Created {d}\nRequester: {n} <{e}> | Phone {p}\nSubject: {sub}\n\n', { tk: G.lk('ticket_id'), pr: R.pick(['P2', 'High', 'Normal']), d: G.lk('timestamp'), n: cust, e: G.email(cust), p: G.phone(), sub: R.pick(['Integration stopped working', 'Cannot log in', 'Webhook signature mismatch', 'Wi-Fi in meeting room']) });
  const x = proseSecret(G);
  D.f('{n} wrote:\n  Hi, our integration fails since yesterday. Our {k} is {v} and the client id is {u}. Order {o} is stuck.\n\n', { n: cust, k: R.pick(['client_secret', 'api secret', 'auth key', 'signing key', 'token', 'password', 'app secret', 'integration key']), v: x, u: G.lk('uuid'), o: G.lk('order_number') });
  const y = G.gsec(); D.f('{a} (agent) replied:\n  Thanks — please never send the {k} by mail. I rotated it; your new {k} is {v}. Reference {r}. The old one ({ms}) no longer works.\n\n', { ms: G.lk('masked_secret'), a: ag, k: y.name, v: y, r: G.lk('request_id') });
  D.f('{n} wrote:\n  Got it. Billing contact is {n2}, {st}, {c}. Card on file {cc}.\n  Internal note: test card {tc} worked, {inv}.\n', (a => ({ n: cust, n2: G.name(), st: a.street, c: a.city, cc: G.card(), tc: G.lk('vendor_test_card'), inv: G.lk('invoice_number') }))(G.addr()));
};
T.email = (G, D) => {
  const R = G.R; const a = G.name(); const b = G.name(); const ad = G.addr();
  D.f('From: {a} <{ea}>\nTo: {b} <{eb}>\nDate: {d}\nMessage-ID: <{u}@mail.example>\nSubject: {s}\n\n', { a, ea: G.email(a), b, eb: G.email(b), d: G.lk('date'), u: G.lk('uuid'), s: R.pick(['Zugangsdaten', 'Access for the new contractor', 'Re: invoice', 'credenciales', 'Your account']) });
  const [, ph] = R.pick(PROSE); D.f(ph + '\n\n', { n: G.first(), v: proseSecret(G) });
  D.f('Please ship the laptop to {st}, {c}. My mobile is {p}.\nIf anything breaks call {n} on {p2}.\nOrder {o}, tracking {t}, total {pr}.\n\n--\n{a}\n{ph}\n', { st: ad.street, c: ad.city, p: G.phone(), n: G.name(), p2: G.phone(), o: G.lk('order_number'), t: G.lk('tracking_number'), pr: G.lk('price'), a: G.first(), ph: G.phone() });
};
T.prose_notes = (G, D) => {
  const R = G.R; D.f('## Notes {d}\n\n', { d: G.lk('date') });
  for (let i = 0, n = R.int(3, 5); i < n; i++) { const [, ph] = R.pick(PROSE); D.f('- ' + ph + '\n', { n: G.first(), v: proseSecret(G) }); }
  D.f('- met {n} from {c} ({co}), lives at {st}\n- {n2} moved to {c2}; new number {p}\n- ISBN {isbn}, colour {hx}, coords {co2}\n', (a => ({ n: G.name(), c: G.city(), co: G.country(), st: a.street, n2: G.name(), c2: G.city(), p: G.phone(), isbn: G.lk('isbn'), hx: G.lk('hex_color'), co2: G.lk('coordinates') }))(G.addr()));
};
T.wifi = (G, D) => {
  const R = G.R; const st = R.int(0, 3);
  if (st === 0) { D.t('ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\n'); for (let i = 0; i < R.int(2, 3); i++) { if (R.chance(0.3)) D.f('network={\n    ssid="{s}"\n    psk={v}\n}\n', { s: `Net-${R.int(1, 99)}`, v: G.sec('WPA_PSK_HEX') }); else D.f('network={\n    ssid="{s}"\n    psk="{v}"\n    key_mgmt=WPA-PSK\n}\n', { s: R.pick(['Zuhause', 'Oficina-2G', 'Casa Rossi', 'Labo', 'Dacha']), v: G.wifi() }); } D.f('# {n} set this up, bssid {m}\n', { n: G.name(), m: G.lk('mac_address') }); }
  else if (st === 1) D.f('[connection]\nid={s}\nuuid={u}\ntype=wifi\n\n[wifi]\nssid={s}\nmac-address={m}\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk={v}\n\n[ipv4]\nmethod=auto\n# owner {n}, {p}\n', { s: R.pick(['HausNetz', 'Mesh-Office']), u: G.lk('uuid'), m: G.lk('mac_address'), v: G.wifi(), n: G.name(), p: G.phone() });
  else if (st === 2) D.f('Guest Wi-Fi card (print & laminate)\nNetwork: {s}\nPassword: {v}\nQR payload: WIFI:T:WPA;S:{s};P:{v2};H:false;;\nHost: {n}, {st}, {c}\nQuestions? {p} or {e}\n', (a => ({ s: R.pick(['Villa-Guest', 'Pension Alpenblick', 'Airbnb_Lisboa']), v: G.wifi(), v2: G.wifi(), n: G.name(), st: a.street, c: a.city, p: G.phone(), e: G.email() }))(G.addr()));
  else D.f('interface wlan0\nssid={s}\nwpa=2\nwpa_passphrase={v}\nwpa_key_mgmt=WPA-PSK\n# radius fallback\nauth_server_shared_secret={r}\n# placed by {n} on {d}\n', { s: 'AP-' + R.int(10, 99), v: G.wifi(), r: G.sec('RADIUS_SHARED_SECRET'), n: G.name(), d: G.lk('date') });
};
// ---------- HR, medical, banking, notebook
T.hr_record = (G, D) => {
  const R = G.R; const n = G.name(); const a = G.addr('US'); const dl = G.dl();
  D.f('EMPLOYEE FILE — CONFIDENTIAL\nName: {n}\nEmployee ID: {id}\nHome: {st}, {c}\nMobile: {p}\nPersonal email: {e}\nSSN: {ssn}\nDriver\'s license ({state}): {dl}\nPassport no. {pp}\nDirect deposit account {ba} (routing 0{rt})\nEmergency contact: {n2}, {p2}\nStart date: {d}\nSalary: {pr}\n', { n, id: G.lk('crm_id'), st: a.street, c: a.city, p: G.phone('US'), e: G.email(n), ssn: G.ssn(), state: dl.st, dl, pp: G.passport(), ba: G.bank(), rt: R.digits(8), n2: G.name(), p2: G.phone(), d: G.lk('date'), pr: G.lk('price') });
  D.f('Tax note: spouse files with ITIN {it}. Previous SSN on file {bad} was rejected.\nHR portal temp password: {pw}\n', { it: G.itin(), bad: G.lk('invalid_ssn'), pw: G.pw() });
};
T.medical_record = (G, D) => {
  const R = G.R; const pt = G.name(R.pick(['gb', 'ie', 'in', 'yo', 'arlat', 'pl'])); const dr = G.name('gb'); const last = dr.v.split(' ').pop();
  D.f('Patient: {pt}\nNHS Number: {nhs}\nAddress: {st}, {c}\nTel: {p}\nReferring physician: Dr {dr} (DEA {dea})\nPrescriber DEA for controlled Rx: {dea2}\nInsurance: member {ba}\nVisit: {d}\nNotes: follow-up at {c2} clinic; next of kin {nk} ({p2}).\nInvalid legacy number {inv} was merged.\nLab order {o}\n', (a => ({ pt, nhs: G.nhs(), st: a.street, c: a.city, p: G.phone('GB'), dr, dea: G.dea(last), dea2: G.dea(R.pick(['Patel', 'Olsen', 'Ng'])), ba: G.bank(), d: G.lk('date'), c2: G.city(), nk: G.name(), p2: G.phone(), inv: G.lk('invalid_nhs'), o: G.lk('order_number') }))(G.addr('GB')));
  D.f('Pharmacy check: license {bd} failed checksum.\n', { bd: G.lk('invalid_dea') });
};
T.bank_statement = (G, D) => {
  const R = G.R; const n = G.name();
  D.f('STATEMENT {inv}\nAccount holder: {n}\nIBAN: {ib}\nCard: {cc}\nAccount number: {ba}\n\nDate        Description                         Amount\n', { inv: G.lk('invoice_number'), n, ib: G.iban(), cc: G.card(), ba: G.bank() });
  for (let i = 0, k = R.int(5, 8); i < k; i++) R.pick([
    () => D.f('{d}  SEPA transfer to {n} {ib}  {pr}\n', { d: G.lk('date'), n: G.name(), ib: G.iban(), pr: G.lk('price') }),
    () => D.f('{d}  Card payment {c}                {pr}\n', { d: G.lk('date'), c: G.city(), pr: G.lk('price') }),
    () => D.f('{d}  Crypto purchase to wallet {w}  {pr}\n', { d: G.lk('date'), w: G.btc(), pr: G.lk('price') }),
    () => D.f('{d}  Wire from acct {ba} ref {r}  {pr}\n', { d: G.lk('date'), ba: G.bank(), r: G.lk('sequence_number'), pr: G.lk('price') }),
  ])();
  D.f('\nQuestions: {p}. Rejected IBAN on file: {bi}\n', { p: G.phone(), bi: G.lk('invalid_iban') });
};
T.notebook = (G, D) => {
  const R = G.R; let s0 = G.sec(); while (s0.v.includes('\n')) s0 = G.sec(); const x = J(s0); const g = J(G.gsec());
  D.f('{"cells": [\n {"cell_type": "code", "execution_count": {ec}, "source": ["import os\\n", "os.environ[\\"{k}\\"] = \\"{v}\\"\\n", "client = Client(secret=\\"{g}\\")"], "outputs": []},\n', { ec: R.int(1, 40), k: up(x.name), v: x, g });
  D.t(' {"cell_type": "code", "source": ["df.head()"], "outputs": [{"data": {"text/plain": ["   name                email            phone\\n"');
  for (let i = 0; i < R.int(3, 5); i++) D.f(', "{i}  {n}  {e}  {p}\\n"', { i, n: G.name(), e: G.email(), p: G.phone() });
  D.f(']}}]}\n], "metadata": {"kernel": "python3", "run_id": "{u}", "commit": "{sha}"}}\n', { u: G.lk('uuid'), sha: G.lk('git_sha') });
};
T.kyc_check = (G, D) => {
  const R = G.R; const n = G.name('us');
  D.f('{h} {n}\n', { h: R.pick(['Verification worksheet for', 'KYC review —', 'Background check:', 'Onboarding packet of', 'Loan application,']), n });
  const items = R.shuffle([
    () => D.f('{k} {v}\n', { k: R.pick(['Passport #:', 'passport number', 'US passport no.', 'Travel document:', 'Passport book', 'PPT No']), v: G.passport() }),
    () => { const d = G.dl(); D.f('{k} ({st}) {v}\n', { k: R.pick(["Driver's license", 'DL#', 'Driver licence no.', 'Operator license', 'State ID / DL', 'Lic. number']), st: d.st, v: d }); },
    () => D.f('{k} {v}\n', { k: R.pick(['Checking acct', 'Account no.', 'Bank account number:', 'Savings account', 'Acct #', 'Deposit to account']), v: G.bank() }),
    () => D.f('{k} {v}\n', { k: R.pick(['SSN:', 'Social Security No.', 'soc sec', 'SSN (last verified)', 'Taxpayer SSN']), v: G.ssn() }),
    () => D.f('{k} {v}\n', { k: R.pick(['ITIN:', 'Individual Taxpayer ID', 'tax id (ITIN)', 'W-7 number']), v: G.itin() }),
    () => D.f('{k} {v}\n', { k: R.pick(['Prescriber DEA:', 'DEA registration', 'DEA#', 'Physician license (DEA)', 'Registrant no.']), v: G.dea(n.v.split(' ').pop()) }),
    () => D.f('{k} {v}\n', { k: R.pick(['NHS no.', 'NHS Number:', 'patient NHS id', 'NHS']), v: G.nhs() }),
    () => D.f('{k} {v}\n', { k: R.pick(['Wallet', 'BTC payout address', 'Crypto address:', 'Send BTC to']), v: G.btc() }),
    () => D.f('Mailing address: {st}, {c}\n', (a => ({ st: a.street, c: a.city }))(G.addr('US'))),
    () => D.f('Phone on file {p}, alt {p2}\n', { p: G.phone('US'), p2: G.phone() }),
    () => D.f('Rejected values: {a}, {b}\n', { a: G.lk('invalid_ssn'), b: G.lk(R.pick(['invalid_dea', 'invalid_nhs', 'invalid_btc', 'invalid_card'])) }),
    () => D.f('Case {c} opened {d}, reviewer {r}\n', { c: G.lk('crm_id'), d: G.lk('date'), r: G.name() }),
  ]);
  for (const f of items.slice(0, R.int(8, 12))) f();
  D.f('Portal login for applicant: {e} / {pw}\n', { e: G.email(n), pw: G.pw() });
};
export const TEMPLATES = T;
export const KIND_NAMES = Object.keys(T);
