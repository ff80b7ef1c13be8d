// Document templates: one function per kind. F(d, tpl, ...items) writes tpl, replacing {0},{1}.. by items.
import { sec, ENTITIES, PLAIN_ENTITIES, ODD_KEY_NAMES, GENERIC_ENTITIES, PASSWORD_ENTITIES, uuid } from './secrets.mjs';
import { pi, address, person, given, CULTURE_KEYS, PLAN_KEYS, DL_STATES, driverLicense } from './pii.mjs';
import { la, LA_KINDS } from './lookalikes.mjs';

export function F(d, tpl, ...items) {
  const parts = tpl.split(/\{(\d+)\}/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) d.t(parts[i]);
    else { const it = items[+parts[i]]; if (Array.isArray(it)) it.forEach((x) => d.x(x)); else d.x(it); }
  }
}
const keyName = (r, e) => { const w = e.toLowerCase().split('_'); switch (r.int(0, 4)) { case 0: return e; case 1: return w.join('_'); case 2: return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join(''); case 3: return w.join('-'); default: return w.slice(-2).join('_'); } };
const esc = (it) => ({ ...it, v: it.v.replace(/\n/g, '\\n') });
const ind = (it, n) => ({ ...it, v: it.v.replace(/\n/g, '\n' + ' '.repeat(n)) });
const isPem = (e) => /PRIVATE_KEY$|SAML_SIGNING_KEY/.test(e) && e !== 'ETHEREUM_PRIVATE_KEY' && e !== 'WIREGUARD_PRIVATE_KEY';
const noPem = ENTITIES.filter((e) => !isPem(e));
const PEMS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'SAML_SIGNING_KEY'];
// rotating pools so every kind appears
let rot = 0; const nextEnt = (list) => list[(rot++) % list.length];
const anyEnt = (r) => (r.chance(0.6) ? nextEnt(noPem) : r.pick(noPem));
const genEnt = (r) => r.pick(GENERIC_ENTITIES);
const pwEnt = (r) => r.pick(PASSWORD_ENTITIES);
const fill = (d, r, max) => d.len < max;

// ---------- configs of many syntaxes ----------
function cfgLine(d, r, syn, key, it) {
  switch (syn) {
    case 'dotenv': return F(d, r.chance(0.3) ? `${key.toUpperCase().replace(/-/g, '_')}="{0}"\n` : `${key.toUpperCase().replace(/-/g, '_')}={0}\n`, it);
    case 'yaml': return F(d, r.chance(0.3) ? `  ${key}: "{0}"\n` : `  ${key}: {0}\n`, it);
    case 'toml': return F(d, `${key.replace(/-/g, '_')} = "{0}"\n`, it);
    case 'ini': return F(d, `${key} = {0}\n`, it);
    case 'properties': return F(d, `${key.replace(/[_-]/g, '.')}={0}\n`, it);
    case 'xml': return F(d, `    <add key="${key}" value="{0}" />\n`, it);
    case 'hcl': return F(d, `  ${key.replace(/-/g, '_')} = "{0}"\n`, it);
    case 'json': return F(d, `  "${key}": "{0}",\n`, it);
    case 'nginx': return F(d, `    ${key.replace(/-/g, '_')} {0};\n`, it);
    case 'conf': return F(d, `${key} {0}\n`, it);
  }
}
const SYN_HEAD = { dotenv: ['# local overrides — do not commit\n', ''], yaml: ['service:\n', ''], toml: ['[service]\n', ''], ini: ['[main]\n', ''], properties: ['# application.properties\n', ''], xml: ['<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n', '  </appSettings>\n</configuration>\n'], hcl: ['provider "internal" {\n', '}\n'], json: ['{\n', '  "_v": 3\n}\n'], nginx: ['http {\n  server {\n', '  }\n}\n'], conf: ['# daemon.conf\n', ''] };
function config(r, d, syn) {
  syn = syn || r.pick(Object.keys(SYN_HEAD));
  d.t(SYN_HEAD[syn][0]);
  const n = r.int(5, 11);
  for (let i = 0; i < n && fill(d, r, 3000); i++) {
    const k = r.int(0, 9);
    if (k <= 2) { const e = anyEnt(r); cfgLine(d, r, syn, keyName(r, e), sec(r, e)); }
    else if (k === 3) { const e = genEnt(r); cfgLine(d, r, syn, r.pick(ODD_KEY_NAMES), sec(r, e)); }
    else if (k === 4) { const e = pwEnt(r); cfgLine(d, r, syn, r.pick(['password', 'passwd', 'pwd', 'pass', 'admin_pass', 'bind_pw', 'kennwort', 'secret']), sec(r, e)); }
    else if (k === 5) cfgLine(d, r, syn, r.pick(['api_key', 'token', 'db_password', 'client_secret']), la(r, r.pick(['placeholder', 'env_reference', 'aws_example_key', 'masked_secret'])));
    else if (k === 6) cfgLine(d, r, syn, r.pick(['owner_email', 'contact', 'oncall_email']), pi.email(r));
    else if (k === 7) cfgLine(d, r, syn, r.pick(['image_digest', 'build_sha', 'release', 'trace_sample_id', 'node_id', 'checksum']), la(r, r.pick(['digest', 'git_sha', 'version', 'uuid', 'hash', 'object_id'])));
    else if (k === 8) cfgLine(d, r, syn, r.pick(['host', 'upstream', 'redis_host']), la(r, 'hostname'));
    else cfgLine(d, r, syn, r.pick(['schedule', 'mac', 'color', 'ports']), la(r, r.pick(['cron_expression', 'mac_address', 'hex_color', 'port_mapping'])));
  }
  if (syn === 'yaml' && r.chance(0.4) && d.len < 1800) F(d, '  tls_key: |\n    {0}\n', ind(sec(r, r.pick(PEMS)), 4));
  if (syn === 'json' && r.chance(0.4) && d.len < 1800) F(d, '  "private_key": "{0}",\n', esc(sec(r, r.pick(PEMS))));
  const conn = r.int(0, 3);
  const db = r.pick(['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'mssql']);
  const ent = { postgres: 'POSTGRES_PASSWORD', mysql: 'MYSQL_PASSWORD', 'mongodb+srv': 'MONGODB_PASSWORD', redis: 'REDIS_PASSWORD', amqp: 'RABBITMQ_PASSWORD', mssql: 'MSSQL_PASSWORD' }[db];
  if (conn < 3) cfgLine(d, r, syn, r.pick(['database_url', 'dsn', 'conn', 'broker_url', 'DATABASE_URI']), [`${db}://${r.pick(['app', 'svc_orders', 'reporting', 'admin'])}:`, sec(r, ent), `@${r.pick(['db-01', 'pg.internal.example', 'cluster0.abcd.example', 'mq-2.test'])}:${r.pick([5432, 3306, 6379, 5672, 1433, 27017])}/${r.pick(['orders', 'prod', 'analytics'])}`]);
  d.t(SYN_HEAD[syn][1]);
}

// ---------- k8s ----------
function k8s(r, d) {
  F(d, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['payments-api', 'crm-sync', 'ledger'])}-secrets\n  namespace: ${r.pick(['prod', 'staging', 'default'])}\n  uid: {0}\n  resourceVersion: "{1}"\n  annotations:\n    owner: {2}\ntype: Opaque\ndata:\n`, la(r, 'uuid'), la(r, 'k8s_resource_version'), pi.email(r));
  for (let i = 0; i < r.int(2, 4); i++) F(d, `  ${r.pick(['db-password', 'api-token', 'smtp-pass', 'hmac', 'client-secret', 'wifi-psk'])}${i}: {0}\n`, sec(r, 'KUBERNETES_SECRET_DATA'));
  F(d, 'stringData:\n  {0}: "{1}"\n  {2}: "{3}"\n', r.pick(['token', 'apiKey', 'upstream-secret', 'license']), sec(r, anyEnt(r)), r.pick(ODD_KEY_NAMES), sec(r, genEnt(r)));
  F(d, `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: registry.internal.example/worker@{0}\n          env:\n            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef: {name: worker, key: api-token}\n            - name: LEGACY_SECRET\n              value: "{1}"\n            - name: DB_PASS\n              value: {2}\n            - name: BUILD\n              value: "{3}"\n`, la(r, 'digest'), sec(r, anyEnt(r)), la(r, 'env_reference'), la(r, 'version'));
  if (r.chance(0.4)) F(d, `---\n# kubeconfig excerpt\nusers:\n- name: ci\n  user:\n    token: {0}\n`, sec(r, 'KUBERNETES_SERVICE_ACCOUNT_TOKEN'));
  if (r.chance(0.4)) F(d, `---\napiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {0}\n`, { v: Buffer.from(JSON.stringify({ auths: { 'registry.internal.example': { auth: 'x' } } })).toString('base64'), w: 'base64_payload' });
}

// ---------- shell history / command lines ----------
function shell(r, d) {
  const cmds = [
    () => F(d, 'curl -s -H "Authorization: Bearer {0}" https://api.corp.example/v2/users?page=2\n', sec(r, r.pick(['BEARER_TOKEN', 'GENERIC_API_TOKEN', 'OPENAI_API_KEY', 'LINEAR_API_KEY']))),
    () => F(d, 'mysql -u root -p{0} -h db-01 billing\n', sec(r, 'MYSQL_PASSWORD')),
    () => F(d, 'export {0}={1}\n', r.pick(['AWS_ACCESS_KEY_ID']), sec(r, 'AWS_ACCESS_KEY')),
    () => F(d, 'export AWS_SECRET_ACCESS_KEY={0}\n', sec(r, 'AWS_SECRET_KEY')),
    () => F(d, 'PGPASSWORD={0} psql -h pg.internal.example -U analytics\n', sec(r, 'POSTGRES_PASSWORD')),
    () => F(d, 'docker login -u deploy -p {0} registry.internal.example\n', sec(r, r.pick(['DOCKERHUB_PAT', 'ARTIFACTORY_PASSWORD']))),
    () => F(d, 'gh auth login --with-token <<< {0}\n', sec(r, 'GITHUB_PERSONAL_ACCESS_TOKEN')),
    () => F(d, 'npm config set //npm.internal.example/:_authToken {0}\n', sec(r, 'NPM_ACCESS_TOKEN')),
    () => F(d, 'sshpass -p \'{0}\' ssh ops@bastion-2\n', sec(r, 'SSH_PASSWORD')),
    () => F(d, 'nmcli dev wifi connect "{0}" password "{1}"\n', la(r, 'wifi_ssid'), sec(r, 'WIFI_PASSWORD')),
    () => F(d, 'vault login {0}\n', sec(r, 'VAULT_TOKEN')),
    () => F(d, 'htpasswd -b /etc/nginx/.htpasswd {0} {1}\n', r.pick(['mirela', 'admin', 'jdoe']), sec(r, 'USER_PASSWORD')),
    () => F(d, 'wget --user=ftpsync --password={0} ftp://files.partner.example/export.zip\n', sec(r, 'FTP_PASSWORD')),
    () => F(d, 'redis-cli -h cache-eu-west.test -a {0} INFO\n', sec(r, 'REDIS_PASSWORD')),
    () => F(d, 'tailscale up --authkey={0}\n', sec(r, 'TAILSCALE_AUTH_KEY')),
    () => F(d, 'ngrok config add-authtoken {0}\n', sec(r, 'NGROK_AUTHTOKEN')),
    () => F(d, 'git checkout {0} && git log {1}\n', la(r, 'git_sha'), la(r, 'commit_range')),
    () => F(d, 'ping -c 3 {0}\n', pi.ip(r)),
    () => F(d, 'echo "{0}" | base64 -d\n', la(r, 'base64_payload')),
    () => F(d, 'kubectl create secret generic api --from-literal={0}={1}\n', r.pick(ODD_KEY_NAMES), sec(r, genEnt(r))),
    () => F(d, 'openssl enc -aes-256-cbc -k {0} -in dump.sql -out dump.enc\n', sec(r, r.pick(['ENCRYPTION_KEY', 'USER_PASSWORD']))),
    () => F(d, 'mongosh "mongodb://admin:{0}@db-01:27017/?authSource=admin"\n', sec(r, 'MONGODB_PASSWORD')),
    () => F(d, 'az login --service-principal -u {0} -p {1} --tenant {2}\n', la(r, 'uuid'), sec(r, 'AZURE_CLIENT_SECRET'), la(r, 'uuid')),
    () => F(d, 'stripe listen --api-key {0}\n', sec(r, 'STRIPE_SECRET_KEY')),
    () => F(d, 'git commit -m "fix: password for {0}" # TODO ask {1}\n', la(r, 'hostname'), pi.person(r)),
    () => F(d, 'cd ~/projects && ls -la  # {0}\n', la(r, 'timestamp')),
    () => F(d, 'ipmitool -H 10.0.3.17 -U ADMIN -P {0} power status\n', sec(r, 'IPMI_PASSWORD')),
    () => F(d, 'smbclient //files/share -U backup%{0}\n', sec(r, 'USER_PASSWORD')),
    () => F(d, 'wg set wg0 private-key <(echo {0})\n', sec(r, 'WIREGUARD_PRIVATE_KEY')),
    () => F(d, 'mosquitto_pub -u sensor -P {0} -t home/door -m open\n', sec(r, 'MQTT_PASSWORD')),
  ];
  for (let i = 0; fill(d, r, 2600) && i < r.int(8, 18); i++) { d.t(`  ${String(500 + i * 3 + r.int(0, 2)).padStart(4)}  `); r.pick(cmds)(); }
}

// ---------- CI output ----------
function ciLog(r, d) {
  F(d, `Run {0} • job {1} • commit {2}\n`, la(r, 'build_number'), la(r, 'uuid'), la(r, 'git_sha'));
  F(d, `[{0}] Setting up env\n[{1}] TOKEN=***  (masked)\n`, la(r, 'timestamp'), la(r, 'timestamp'));
  F(d, `+ echo "debug: NPM_TOKEN={0}"\ndebug: NPM_TOKEN={1}\n`, la(r, 'env_reference'), sec(r, 'NPM_ACCESS_TOKEN'));
  F(d, `+ docker build --build-arg {0}={1} -t app:{2} .\n`, r.pick(['GITHUB_TOKEN', 'PIP_EXTRA_INDEX_PASS', 'SENTRY_AUTH_TOKEN']), sec(r, r.pick(['GITHUB_SERVER_TO_SERVER_TOKEN', 'SENTRY_USER_TOKEN', 'ARTIFACTORY_PASSWORD'])), la(r, 'version'));
  F(d, `Step 4/9 : RUN pip install -r requirements.txt\n ---> Using cache\n ---> {0}\n`, la(r, 'container_id'));
  F(d, `npm warn deprecated {0}\nadded 812 packages, integrity {1}\n`, la(r, 'npm_package_spec'), la(r, 'integrity'));
  const e = anyEnt(r);
  F(d, `Error: request failed with 401 using ${keyName(r, e)}={0}\n    at deploy (scripts/deploy.js:41:11)\n`, sec(r, e));
  F(d, `Notifying {0} <{1}> of failure; reviewer {2}\n`, pi.person(r), pi.email(r), pi.person(r));
  if (r.chance(0.5)) F(d, `+ curl -u ci:{0} https://artifacts.internal.example/upload\n`, sec(r, 'ARTIFACTORY_PASSWORD'));
  F(d, `Artifacts: {0} (sha {1})\nFinished in {2}s at {3}\n`, 'dist.tgz', la(r, 'digest'), String(r.int(30, 900)), la(r, 'date'));
}

// ---------- IaC output ----------
function iac(r, d) {
  F(d, `Terraform will perform the following actions:\n\n  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + arn      = (known after apply)\n      + id       = {0}\n      + password = "{1}"\n      + username = "dbadmin"\n      + tags     = { owner = "{2}" }\n    }\n\n`, la(r, 'uuid'), sec(r, r.pick(['DATABASE_PASSWORD', 'POSTGRES_PASSWORD'])), pi.email(r));
  F(d, `  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = "{0}"\n      + secret = "{1}"\n    }\n\n`, sec(r, 'AWS_ACCESS_KEY'), sec(r, 'AWS_SECRET_KEY'));
  F(d, `  # helm_release.app\n  ~ set_sensitive {\n      ~ name  = "auth.${r.pick(ODD_KEY_NAMES)}"\n      ~ value = "{0}" -> "{1}"\n    }\n`, sec(r, genEnt(r)), sec(r, genEnt(r)));
  F(d, `\nPlan: 3 to add, 1 to change, 0 to destroy.\n\nOutputs:\n  endpoint = "{0}"\n  version  = "{1}"\n  admin_ip = "{2}"\n  example  = "{3}"\n`, la(r, 'hostname'), la(r, 'version'), pi.ip(r), la(r, 'aws_example_key'));
  if (r.chance(0.5)) F(d, `\n$ pulumi config get ${r.pick(['apiSecret', 'dbPass'])} --show-secrets\n{0}\n`, sec(r, r.pick(['PULUMI_ACCESS_TOKEN', 'DATABASE_PASSWORD', 'SIGNING_KEY'])));
  if (r.chance(0.5)) F(d, `\n$ ansible-vault view group_vars/all.yml\nansible_become_password: {0}\nwifi_psk: {1}\n`, sec(r, 'ROOT_PASSWORD'), sec(r, 'WIFI_PASSWORD'));
}

// ---------- source code in many languages ----------
const LANGS = {
  python: (r, d, S, G, P, A) => F(d, `import os\n\nAPI_SECRET = "{0}"  # TODO move to vault\n\nclass Client:\n    def __init__(self, token="{1}", base="https://api.vendor.example"):\n        self.token = token\n\n\ndef test_login(client):\n    # fixture user: {2}\n    resp = client.post("/login", json={"user": "qa", "password": "{3}"})\n    assert resp.headers["X-Request-Id"] != "{4}"\n`, S, G, P, sec(r, 'USER_PASSWORD'), A),
  javascript: (r, d, S, G, P, A) => F(d, `const SECRET = '{0}';\n\nexport function createClient(apiKey = '{1}') {\n  return new Api({ apiKey, region: 'eu' });\n}\n\n// contact {2} before rotating; placeholder was '{3}'\nmodule.exports = { SECRET };\n`, S, G, P, A),
  typescript: (r, d, S, G, P, A) => F(d, `export const config: Config = {\n  signingKey: "{0}",\n  fallbackToken: process.env.TOKEN ?? "{1}",\n};\n\ndescribe("auth", () => {\n  it("rejects {2}", () => {\n    const id = "{3}";\n    expect(verify(id)).toBe(false);\n  });\n});\n`, S, G, P, A),
  go: (r, d, S, G, P, A) => F(d, `package client\n\nconst apiKey = "{0}"\n\nfunc New(opts ...Option) *Client {\n\treturn &Client{secret: "{1}"} // owner: {2}\n}\n\nvar testTraceID = "{3}"\n`, S, G, P, A),
  java: (r, d, S, G, P, A) => F(d, `public final class Gateway {\n    private static final String CLIENT_SECRET = "{0}";\n\n    public Gateway() {\n        this(new Credentials("svc", "{1}"));\n    }\n    // reviewed by {2}\n    static final String SAMPLE_ID = "{3}";\n}\n`, S, G, P, A),
  kotlin: (r, d, S, G, P, A) => F(d, `object Keys {\n    const val UPLOAD_TOKEN = "{0}"\n}\n\nclass Repo(private val auth: String = "{1}")\n// author {2}\nval buildTag = "{3}"\n`, S, G, P, A),
  csharp: (r, d, S, G, P, A) => F(d, `public static class Secrets\n{\n    public const string Key = "{0}";\n    public static readonly string Conn = "Server=db-01;User Id=sa;Password={1};";\n    // maintainer: {2}\n    public const string Etag = "{3}";\n}\n`, S, sec(r, 'MSSQL_PASSWORD'), P, A),
  ruby: (r, d, S, G, P, A) => F(d, `class PaymentsClient\n  DEFAULT_KEY = '{0}'.freeze\n\n  def initialize(secret: '{1}')\n    @secret = secret\n  end\nend\n# pinged {2} about {3}\n`, S, G, P, A),
  php: (r, d, S, G, P, A) => F(d, `<?php\ndefine('AUTH_SALT', '{0}');\n$client = new Client(['api_key' => '{1}']);\n// Ansprechpartner: {2}\n$version = '{3}';\n`, S, G, P, A),
  rust: (r, d, S, G, P, A) => F(d, `const TOKEN: &str = "{0}";\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn parses() {\n        let c = Client::new("{1}");\n        // fixture owner {2}\n        assert_eq!(c.id(), "{3}");\n    }\n}\n`, S, G, P, A),
  swift: (r, d, S, G, P, A) => F(d, `enum Env {\n    static let apiKey = "{0}"\n}\n\nfunc connect(secret: String = "{1}") {}\n// TODO(@{2}): rotate\nlet placeholder = "{3}"\n`, S, G, P, A),
  scala: (r, d, S, G, P, A) => F(d, `object Settings {\n  val hmacSecret = "{0}"\n  def client(token: String = "{1}") = new Client(token)\n}\n// {2}\nval sample = "{3}"\n`, S, G, P, A),
  c: (r, d, S, G, P, A) => F(d, `#define DEVICE_KEY "{0}"\nstatic const char *backup_secret = "{1}";\n/* firmware signed by {2}, build {3} */\n`, S, G, P, A),
  cpp: (r, d, S, G, P, A) => F(d, `namespace cfg {\nconstexpr std::string_view kToken = "{0}";\nClient make() { return Client{"svc", "{1}"}; }\n}  // namespace cfg\n// reviewer: {2} / id {3}\n`, S, G, P, A),
  powershell: (r, d, S, G, P, A) => F(d, `$Secret = ConvertTo-SecureString "{0}" -AsPlainText -Force\n$cred = New-Object PSCredential("svc-backup", $Secret)\nInvoke-RestMethod -Headers @{ "X-Api-Key" = "{1}" } -Uri https://ops.corp.example/run\n# {2}, {3}\n`, S, G, P, A),
  bash: (r, d, S, G, P, A) => F(d, `#!/usr/bin/env bash\nset -euo pipefail\nTOKEN="\${TOKEN:-{0}}"\ncurl -fsS -H "X-Auth: {1}" "$ENDPOINT"\n# maintainer {2}; ref {3}\n`, S, G, P, A),
  perl: (r, d, S, G, P, A) => F(d, `my $api_key = '{0}';\nmy $ua = Agent->new(secret => '{1}');\n# {2}\nmy $ver = '{3}';\n`, S, G, P, A),
  lua: (r, d, S, G, P, A) => F(d, `local M = {}\nM.secret = "{0}"\nfunction M.new(key)\n  key = key or "{1}"\nend\n-- {2} {3}\nreturn M\n`, S, G, P, A),
  elixir: (r, d, S, G, P, A) => F(d, `config :my_app, MyApp.Repo,\n  password: "{0}",\n  api_token: "{1}"\n# owner {2} -- {3}\n`, sec(r, 'POSTGRES_PASSWORD'), G, P, A),
  dart: (r, d, S, G, P, A) => F(d, `const kApiKey = '{0}';\nclass Api { Api({this.token = '{1}'}); final String token; }\n// {2} / {3}\n`, S, G, P, A),
  r: (r, d, S, G, P, A) => F(d, `Sys.setenv(API_KEY = "{0}")\ncon <- dbConnect(drv, password = "{1}")\n# analyst: {2}; seed {3}\n`, S, sec(r, 'DATABASE_PASSWORD'), P, A),
  groovy: (r, d, S, G, P, A) => F(d, `pipeline {\n  environment { DEPLOY_KEY = '{0}' }\n  stages { stage('x') { steps { sh "curl -u bot:{1} ..." } } }\n}\n// {2} {3}\n`, S, sec(r, 'USER_PASSWORD'), P, A),
};
export const LANG_KEYS = Object.keys(LANGS);
function source(r, d) {
  const langs = r.shuffle(LANG_KEYS).slice(0, r.int(1, 3));
  for (const lg of langs) {
    if (!fill(d, r, 2500)) break;
    d.t(`// ---- ${lg} ----\n`);
    LANGS[lg](r, d, sec(r, anyEnt(r)), sec(r, r.chance(0.5) ? genEnt(r) : anyEnt(r)), r.chance(0.6) ? pi.person(r) : pi.email(r), la(r, r.pick(['placeholder', 'uuid', 'version', 'git_sha', 'request_id', 'trace_id', 'hex_color', 'masked_secret', 'invalid_github_token', 'ulid'])));
  }
  if (r.chance(0.25) && d.len < 1500) F(d, '\n# test fixture key\nFIXTURE_KEY = """{0}"""\n', sec(r, r.pick(PEMS)));
}

// ---------- logs / traces ----------
function appLog(r, d) {
  const lines = [
    () => F(d, '{0} INFO  login ok user={1} ip={2} req={3}\n', la(r, 'timestamp'), pi.email(r), pi.ip(r), la(r, 'request_id')),
    () => F(d, '{0} WARN  retrying with key={1}\n', la(r, 'timestamp'), sec(r, anyEnt(r))),
    () => F(d, '{0} DEBUG outbound Authorization: Basic {1}\n', la(r, 'timestamp'), sec(r, 'BASIC_AUTH_CREDENTIALS')),
    () => F(d, '{0} ERROR payment declined card={1} name="{2}"\n', la(r, 'timestamp'), pi.card(r), pi.person(r)),
    () => F(d, '{0} INFO  shipment {1} to {2} (order {3})\n', la(r, 'timestamp'), la(r, 'tracking_number'), pi.city(r), la(r, 'order_number')),
    () => F(d, '{0} INFO  client {1} connected from {2} mac={3}\n', la(r, 'timestamp'), la(r, 'uuid'), pi.ip(r), la(r, 'mac_address')),
    () => F(d, '{0} DEBUG trace={1} span ok\n', la(r, 'timestamp'), la(r, 'trace_id')),
    () => F(d, '{0} WARN  callback from {1} phone={2}\n', la(r, 'timestamp'), pi.person(r), pi.phone(r)),
    () => F(d, '{0} INFO  set-cookie: sid={1}; HttpOnly\n', la(r, 'timestamp'), sec(r, 'SESSION_COOKIE')),
    () => F(d, '{0} ERROR jwt rejected: {1}\n', la(r, 'timestamp'), sec(r, 'JWT')),
    () => F(d, '{0} INFO  test card {1} accepted in sandbox\n', la(r, 'timestamp'), la(r, 'vendor_test_card')),
    () => F(d, '{0} WARN  validation failed ssn={1}\n', la(r, 'timestamp'), la(r, 'invalid_ssn')),
    () => F(d, '{0} INFO  kyc ok ssn={1} dl={2}\n', la(r, 'timestamp'), pi.ssn(r), pi.dl(r)),
  ];
  for (let i = 0; i < r.int(8, 20) && fill(d, r, 3000); i++) r.pick(lines)();
}
function stackTrace(r, d) {
  F(d, `Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line ${r.int(20, 300)}, in charge\n    resp = stripe.Charge.create(api_key="{0}", amount=amt)\n  File "/srv/app/lib/http.py", line 88, in post\n    raise HTTPError(f"401 for {url} with token={1}")\nHTTPError: 401 for https://api.pay.example/v1/charges with token={2}\nLocals: customer="{3}", email="{4}", phone="{5}", order="{6}"\n\n`, sec(r, 'STRIPE_SECRET_KEY'), la(r, 'placeholder'), sec(r, 'STRIPE_RESTRICTED_KEY'), pi.person(r), pi.email(r), pi.phone(r), la(r, 'order_number'));
  F(d, `Exception in thread "main" java.sql.SQLException: Access denied for user 'app'@'{0}' (using password: YES)\n\tat com.acme.db.Pool.connect(Pool.java:{1})\n\tat com.acme.Main.main(Main.java:12)\nCaused by: jdbc:mysql://db-01:3306/crm?user=app&password={2}\n`, pi.ip(r), String(r.int(10, 400)), sec(r, 'MYSQL_PASSWORD'));
  if (r.chance(0.6)) F(d, `\npanic: runtime error: invalid memory address\ngoroutine 1 [running]:\nmain.(*Uploader).Put(0xc000{0}, {{1}})\n\t/go/src/uploader.go:77 +0x1d\n// cfg dump: secret_access_key={2} region=eu-central-1\n`, la(r, 'file_checksum_crc').v.slice(2, 8), la(r, 'object_id'), sec(r, 'AWS_SECRET_KEY'));
}

// ---------- JSON API ----------
function jsonApi(r, d) {
  F(d, '{\n  "request_id": "{0}",\n  "data": [\n', la(r, 'request_id'));
  for (let i = 0; i < r.int(2, 5) && fill(d, r, 2800); i++) {
    const c = r.pick(CULTURE_KEYS);
    F(d, '    {"id": "{0}", "name": "{1}", "email": "{2}", "phone": "{3}", "city": "{4}", "created": "{5}", "balance": "{6}", "ip": "{7}"},\n', la(r, r.pick(['uuid', 'crm_id', 'object_id', 'ulid', 'snowflake_id'])), pi.person(r, c), pi.email(r), pi.phone(r), pi.city(r), la(r, 'timestamp'), la(r, 'price'), pi.ip(r));
  }
  F(d, '    {}\n  ],\n  "integration": {"webhook_secret": "{0}", "api_key": "{1}", "public_key": "{2}"},\n  "meta": {"etag": "{3}", "next": "{4}"}\n}\n', sec(r, r.pick(['STRIPE_WEBHOOK_SECRET', 'WEBHOOK_SIGNING_SECRET'])), sec(r, anyEnt(r)), la(r, 'public_key'), la(r, 'hash'), la(r, 'base64_payload'));
}

// ---------- git output ----------
function gitOut(r, d) {
  for (let i = 0; i < r.int(2, 4) && fill(d, r, 2600); i++) {
    const c = r.pick(CULTURE_KEYS); const n = person(r, c, 3);
    F(d, 'commit {0}\nAuthor: {1} <{2}>\nDate:   {3}\n\n    {4}\n\n', la(r, 'git_sha'), { v: n, e: 'PERSON', f: 'pii' }, pi.email(r, n), la(r, 'date'), r.pick(['fix flaky test', 'bump deps', 'remove leaked key', 'feat: wifi onboarding']));
  }
  const e = anyEnt(r);
  F(d, `diff --git a/.env.example b/.env.example\nindex {0}..{1} 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,4 +3,4 @@\n-${e}={2}\n+${e}={3}\n-WIFI_PSK={4}\n+WIFI_PSK={5}\n`, la(r, 'git_sha'), la(r, 'git_sha'), sec(r, e), la(r, 'placeholder'), sec(r, 'WIFI_PASSWORD'), la(r, 'env_reference'));
}

// ---------- markdown ----------
function markdown(r, d) {
  const c = r.pick(CULTURE_KEYS);
  F(d, `# Onboarding notes\n\nMaintainers: {0}, {1} and {2}. Office in {3}, {4}.\n\n## Access\n\n| system | login | secret |\n|---|---|---|\n| staging db | app | \`{5}\` |\n| grafana | admin | {6} |\n| vendor portal | ops | {7} |\n| example | - | {8} |\n\n`, pi.person(r, c), pi.person(r), pi.person(r), pi.city(r), pi.country(r), sec(r, 'DATABASE_PASSWORD'), sec(r, 'ADMIN_PASSWORD'), sec(r, r.pick(GENERIC_ENTITIES)), la(r, 'placeholder'));
  { const ssid = la(r, 'wifi_ssid'), pw = sec(r, 'WIFI_PASSWORD'); F(d, 'Guest Wi-Fi: **{0}** / password `{1}` (scan `WIFI:T:WPA;S:{2};P:{3};;`)\n\n', ssid, pw, ssid, pw); }
  F(d, '```bash\nexport {0}={1}\n```\n\nSee ticket {2}; last updated {3}. Brand colour {4}. ISBN of the handbook: {5}.\n', keyName(r, 'GENERIC_API_TOKEN').toUpperCase(), sec(r, anyEnt(r)), la(r, 'case_number'), la(r, 'date'), la(r, 'hex_color'), la(r, 'isbn'));
}

// ---------- CRM / spreadsheet ----------
function crmCsv(r, d) {
  d.t(r.pick(['id,full_name,email,phone,city,country,owner,last_order,amount\n', 'Kunden-Nr;Name;E-Mail;Telefon;Ort;Land;Betreuer;Bestellung;Betrag\n']));
  const sep = d.text().includes(';') ? ';' : ',';
  for (let i = 0; i < 20 && fill(d, r, 3300); i++) {
    const cc = r.pick(PLAN_KEYS); const n = person(r);
    F(d, ['{0}', '"{1}"', '{2}', '{3}', '{4}', '{5}', '{6}', '{7}', '{8}'].join(sep) + '\n', la(r, 'crm_id'), { v: n, e: 'PERSON', f: 'pii' }, pi.email(r, n), pi.phone(r, cc), pi.city(r), pi.country(r), pi.person(r), la(r, 'order_number'), la(r, 'price'));
  }
}
function spreadsheet(r, d) {
  const t = r.int(0, 2);
  if (t === 0) {
    d.t('Employee,Start,SSN,Bank account,Routing,Card on file,Location\n');
    for (let i = 0; i < 14 && fill(d, r, 3200); i++) F(d, '{0},{1},{2},{3},0{4},{5},{6}\n', pi.person(r), la(r, 'date'), r.chance(0.85) ? pi.ssn(r) : la(r, 'invalid_ssn'), pi.bank(r), String(r.int(10000000, 99999999)), r.chance(0.8) ? pi.card(r) : la(r, r.pick(['invalid_card', 'vendor_test_card'])), pi.city(r));
  } else if (t === 1) {
    d.t('Name\tIBAN\tBIC\tCity\tAmount\n');
    for (let i = 0; i < 16 && fill(d, r, 3200); i++) F(d, '{0}\t{1}\t{2}\t{3}\t{4}\n', pi.person(r), r.chance(0.85) ? pi.iban(r) : la(r, 'invalid_iban'), la(r, 'swift_bic'), pi.city(r), la(r, 'price'));
  } else {
    d.t('# exported sheet "Contacts 2026" (no header row)\n');
    for (let i = 0; i < 18 && fill(d, r, 3200); i++) F(d, '{0} | {1} | {2} | {3}\n', pi.person(r), pi.phone(r), pi.city(r), r.chance(0.5) ? la(r, 'sku') : la(r, 'date'));
  }
}

// ---------- tickets / helpdesk ----------
function ticket(r, d) {
  const cust = person(r), agent = person(r);
  F(d, 'Ticket {0} — status: open — priority P2\nRequester: {1} <{2}>, {3}\nAssignee: {4}\n\n', la(r, 'case_number'), { v: cust, e: 'PERSON', f: 'pii' }, pi.email(r, cust), pi.phone(r), { v: agent, e: 'PERSON', f: 'pii' });
  const msgs = [
    () => F(d, '> Our integration stopped working. The client_secret we use is {0} and the client id is {1}.\n', sec(r, 'OAUTH_CLIENT_SECRET'), la(r, 'uuid')),
    () => F(d, '> I regenerated the api_secret, new one: {0} — can you whitelist it?\n', sec(r, 'GENERIC_API_SECRET')),
    () => F(d, '> signing key for the webhook is "{0}" (we also tried {1})\n', sec(r, 'SIGNING_KEY'), la(r, 'placeholder')),
    () => F(d, '> auth key: {0}\n', sec(r, 'AUTH_KEY')),
    () => F(d, '> The admin login is admin / {0} in case you need to check the portal.\n', sec(r, 'ADMIN_PASSWORD')),
    () => F(d, '> Token as requested: {0}\n', sec(r, anyEnt(r))),
    () => F(d, '> Please update our billing address to {0}.\n', address(r)),
    () => F(d, '> Our router admin password is {0} and the wifi key {1}\n', sec(r, 'ROUTER_ADMIN_PASSWORD'), sec(r, 'WIFI_PASSWORD')),
    () => F(d, '> Charge failed for card ending {0}, order {1}, invoice {2}\n', la(r, 'masked_secret'), la(r, 'order_number'), la(r, 'invoice_number')),
    () => F(d, '> Mi clave de API es {0}, ¿pueden revisarla?\n', sec(r, genEnt(r))),
    () => F(d, '> Unser Zugangsschlüssel lautet {0}. Bitte nicht weitergeben.\n', sec(r, genEnt(r))),
  ];
  for (let i = 0; i < r.int(3, 6) && fill(d, r, 2800); i++) { F(d, '\n[{0}] {1}:\n', la(r, 'timestamp'), i % 2 ? { v: agent, e: 'PERSON', f: 'pii' } : { v: cust, e: 'PERSON', f: 'pii' }); r.pick(msgs)(); }
  F(d, '\nInternal note: never paste secrets here, use the portal. Related: {0}, device IMEI {1}\n', la(r, 'case_number'), la(r, 'imei'));
}

// ---------- email ----------
function email(r, d) {
  const a = person(r), b = person(r);
  F(d, 'From: {0} <{1}>\nTo: {2} <{3}>\nCc: {4}\nDate: {5}\nMessage-ID: <{6}@mail.corp.example>\nSubject: {7}\n\n', { v: a, e: 'PERSON', f: 'pii' }, pi.email(r, a), { v: b, e: 'PERSON', f: 'pii' }, pi.email(r, b), pi.email(r), la(r, 'date'), la(r, 'uuid'), r.pick(['credentials for the new vendor', 'Re: Zugang', 'Wi-Fi at the offsite', 'Payroll update']));
  F(d, r.pick(['Hi {0},\n\n', 'Dear {0},\n\n', 'Hallo {0},\n\n', 'Bonjour {0},\n\n']), { v: b, e: 'PERSON', f: 'pii' });
  const bodies = [
    () => F(d, 'as discussed, the password for the shared mailbox is {0}. The API secret for the vendor is {1}.\n', sec(r, 'USER_PASSWORD'), sec(r, genEnt(r))),
    () => F(d, 'the offsite Wi-Fi is "{0}" and the password is {1}. Venue: {2}.\n', la(r, 'wifi_ssid'), sec(r, 'WIFI_PASSWORD'), address(r)),
    () => F(d, 'please update my direct deposit to account {0} (routing 0{1}). My SSN for the form is {2}.\n', pi.bank(r), String(r.int(10000000, 99999999)), pi.ssn(r)),
    () => F(d, 'the token for staging is {0} — expires {1}.\n', sec(r, anyEnt(r)), la(r, 'date')),
    () => F(d, 'you can reach {0} at {1} or in {2}.\n', pi.person(r), pi.phone(r), pi.city(r)),
  ];
  r.shuffle(bodies).slice(0, r.int(2, 3)).forEach((b) => b());
  F(d, '\nBest,\n{0}\n{1} | {2}\n', { v: a, e: 'PERSON', f: 'pii' }, pi.phone(r), address(r));
}

// ---------- chat exports: secrets in prose in many languages ----------
const PROSE = {
  en: ['the password for {0} is {1}', 'use {1} as the key for {0}, it expires friday', "here's the token: {1}", 'wifi pw is {1} btw'],
  de: ['Das Passwort für {0} ist {1}', 'Der Schlüssel lautet {1} (für {0})', 'WLAN-Passwort: {1}', 'nimm einfach {1} als Token'],
  fr: ['le mot de passe de {0} c’est {1}', 'voici la clé API : {1}', 'le code wifi est {1}', 'mdp {0} = {1}'],
  es: ['la contraseña de {0} es {1}', 'te paso el token: {1}', 'clave del wifi: {1}', 'usa {1} para entrar a {0}'],
  pt: ['a senha do {0} é {1}', 'segue o token: {1}', 'senha do wi-fi: {1}'],
  it: ['la password di {0} è {1}', 'ecco la chiave: {1}', 'password del wifi: {1}'],
  nl: ['het wachtwoord voor {0} is {1}', 'de sleutel is {1}', 'wifi wachtwoord: {1}'],
  pl: ['hasło do {0} to {1}', 'token: {1}, nie udostępniaj', 'hasło do wifi: {1}'],
  ja: ['{0}のパスワードは {1} です', 'トークンはこちら: {1}', 'Wi-Fiのパスワード: {1}'],
  zh: ['{0}的密码是 {1}', '密钥：{1}', 'WiFi密码是 {1}'],
  ru: ['пароль от {0}: {1}', 'токен вот: {1}', 'пароль от вайфая {1}'],
  tr: ['{0} şifresi {1}', 'API anahtarı: {1}', 'wifi şifresi {1}'],
  sv: ['lösenordet till {0} är {1}', 'nyckeln är {1}'],
  ko: ['{0} 비밀번호는 {1} 입니다', '토큰: {1}'],
  hi: ['{0} का पासवर्ड {1} है', 'टोकन: {1}'],
  ar: ['كلمة المرور لـ {0} هي {1}', 'المفتاح: {1}'],
};
const SYSTEMS = ['staging', 'the NAS', 'jenkins', 'the router', 'Grafana', 'the VPN', 'prod-db', 'o Zabbix', 'la caja fuerte', 'das Wiki'];
function chat(r, d) {
  const people = [person(r), person(r), person(r)];
  const langs = r.shuffle(Object.keys(PROSE)).slice(0, r.int(2, 4));
  d.t(r.pick(['# Slack export #ops-internal\n', '[WhatsApp chat]\n', 'Teams › Infra › General\n', '=== Telegram: Hausverwaltung ===\n']));
  for (let i = 0; i < r.int(6, 12) && fill(d, r, 3000); i++) {
    F(d, '[{0}] {1}: ', la(r, 'timestamp'), { v: people[i % 3], e: 'PERSON', f: 'pii' });
    const k = r.int(0, 6);
    if (k <= 2) {
      const lg = r.pick(langs); const tpl = r.pick(PROSE[lg]);
      const e = /wifi|wi-fi|wlan|vaif|WiFi|Wi-Fi/i.test(tpl) ? 'WIFI_PASSWORD' : /password|senha|contraseña|mot de passe|mdp|wachtwoord|hasło|パスワード|密码|пароль|şifre|lösenord|비밀번호|पासवर्ड|كلمة|Passwort/i.test(tpl) ? r.pick(['USER_PASSWORD', 'ADMIN_PASSWORD', 'SSH_PASSWORD', 'DATABASE_PASSWORD']) : r.chance(0.5) ? genEnt(r) : anyEnt(r);
      F(d, tpl + '\n', r.pick(SYSTEMS), sec(r, e));
    } else if (k === 3) F(d, 'call me at {0} or ping {1}\n', pi.phone(r), pi.email(r));
    else if (k === 4) F(d, 'meet at {0}\n', address(r));
    else if (k === 5) F(d, 'deployed {0} ({1}), build {2}\n', la(r, 'version'), la(r, 'git_sha'), la(r, 'build_number'));
    else F(d, 'ok, {0} and {1} are in {2} next week\n', pi.person(r), pi.person(r), pi.city(r));
  }
}

// ---------- HR / medical / banking ----------
function hr(r, d) {
  const n = person(r); const st = r.pick(Object.keys(DL_STATES));
  F(d, 'EMPLOYEE RECORD — CONFIDENTIAL\nName: {0}\nPreferred: {1}\nEmployee ID: {2}\nHome: ', { v: n, e: 'PERSON', f: 'pii' }, { v: given(r), e: 'PERSON', f: 'pii' }, la(r, 'crm_id'));
  F(d, '{0}\nMobile: {1}   Work: {2}\nPersonal email: {3}\nSocial Security: {4}\nTaxpayer ID (ITIN, spouse): {5}\n', address(r, 'US'), pi.phone(r, 'US'), la(r, 'fictional_phone'), pi.email(r, n), pi.ssn(r), pi.itin(r));
  F(d, `${r.pick(['Driver license', 'DL#', 'State ID / driving permit', 'Lic. no.'])} (${st}): {0}\n${r.pick(['Passport', 'US passport book no.', 'Travel document', 'PPT'])}: {1}, expires {2}\n`, { v: driverLicense(r, st).v, e: 'US_DRIVER_LICENSE', f: 'pii' }, pi.passport(r), la(r, 'date'));
  F(d, `Direct deposit — ${r.pick(['acct', 'Account #', 'checking account number', 'Konto'])}: {0}, routing 0{1}\nCorporate card: {2}\nEmergency contact: {3}, {4}\nDate of birth: {5}\n`, pi.bank(r), String(r.int(10000000, 99999999)), pi.card(r), pi.person(r), pi.phone(r), la(r, 'date'));
  if (r.chance(0.5)) F(d, 'Notes: relocated from {0} to {1}; badge {2}; laptop MAC {3}\n', pi.city(r), pi.city(r), la(r, 'sku'), la(r, 'mac_address'));
}
function medical(r, d) {
  const pt = person(r); const doc = r.pick(['Abernathy', 'Okonkwo', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad']);
  F(d, 'PATIENT SUMMARY\nPatient: {0}   NHS No: {1}\nAddress: ', { v: pt, e: 'PERSON', f: 'pii' }, pi.nhs(r));
  F(d, '{0}\nPhone: {1}\nGP: Dr {2} — registered {3}\nPrescriber: Dr. {4}, {5} {6}\n', address(r, 'GB'), pi.phone(r, 'GB'), { v: person(r, 'en_GB'), e: 'PERSON', f: 'pii' }, la(r, 'date'), { v: `${r.pick(['Maya', 'Jon', 'Ravi', 'Elena'])} ${doc}`, e: 'PERSON', f: 'pii' }, r.pick(['DEA#', 'DEA reg.', 'DEA number', 'controlled-substance registration', 'BNDD/DEA']), { v: (() => { let x; x = pi.dea(r, doc).v; return x; })(), e: 'MEDICAL_LICENSE', f: 'pii' });
  F(d, 'Rx: amoxicillin 500mg, refills 2 (batch {0})\nPrevious record (typo, do not use): NHS {1}, DEA {2}\nInsurance: member {3}; card on file {4}\nNext of kin: {5}, {6}\nVisit coordinates: {7}\n', la(r, 'sku'), la(r, 'invalid_nhs'), la(r, 'invalid_dea'), la(r, 'crm_id'), pi.card(r), pi.person(r), pi.phone(r), la(r, 'coordinates'));
  if (r.chance(0.5)) F(d, 'Patient portal login: {0} / {1}\n', pi.email(r, pt), sec(r, 'USER_PASSWORD'));
  for (let i = 0; i < r.int(1, 4); i++) F(d, `${r.pick(['Also seen today:', 'Same-day list:', 'Referred by practice:'])} {0}, ${r.pick(['NHS', 'NHS no.', 'NHS number', 'CHI/NHS'])} {1}${r.chance(0.4) ? ', paid with wallet {2}' : ''}\n`, pi.person(r, 'en_GB'), pi.nhs(r), pi.btc(r));
}
function bank(r, d) {
  const n = person(r);
  F(d, 'ACCOUNT STATEMENT {0}\nAccount holder: {1}\n', la(r, 'invoice_number'), { v: n, e: 'PERSON', f: 'pii' });
  F(d, '{0}\nIBAN: {1}   BIC: {2}\nUS account no. {3} (ABA 0{4})\n\nDate        Description                         Amount\n', address(r), pi.iban(r), la(r, 'swift_bic'), pi.bank(r), String(r.int(10000000, 99999999)));
  for (let i = 0; i < r.int(5, 12) && fill(d, r, 3000); i++) {
    const k = r.int(0, 4);
    if (k === 0) F(d, '{0}  SEPA transfer to {1} {2}  -{3}\n', la(r, 'date'), pi.person(r), pi.iban(r), la(r, 'price'));
    else if (k === 1) F(d, '{0}  Card {1} — {2}  -{3}\n', la(r, 'date'), pi.card(r), pi.city(r), la(r, 'price'));
    else if (k === 2) F(d, '{0}  BTC withdrawal to {1}  -{2}\n', la(r, 'date'), pi.btc(r), la(r, 'price'));
    else if (k === 3) F(d, '{0}  Refund ref {1}  +{2}\n', la(r, 'date'), la(r, 'order_number'), la(r, 'price'));
    else F(d, '{0}  ACH from acct {1}  +{2}\n', la(r, 'date'), pi.bank(r), la(r, 'price'));
  }
  F(d, '\nSecurities: {0}. Online banking PIN/password on record: {1}\n', la(r, 'isin'), sec(r, 'BANK_ONLINE_PIN_PASSWORD'));
}

// ---------- notebooks ----------
function notebook(r, d) {
  F(d, '{\n "cells": [\n  {"cell_type": "code", "execution_count": {0}, "source": ["import openai\\n", "openai.api_key = \\"{1}\\"\\n", "HF = \\"{2}\\""], "outputs": []},\n', String(r.int(1, 40)), sec(r, r.pick(['OPENAI_API_KEY', 'OPENAI_SERVICE_ACCOUNT_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY'])), sec(r, r.pick(['HUGGINGFACE_TOKEN', 'WANDB_API_KEY', 'REPLICATE_API_TOKEN'])));
  F(d, '  {"cell_type": "code", "source": ["df = pd.read_csv(\\"patients.csv\\")\\n", "df.head()"], "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["   name            city        phone\\n", "0  {0}  {1}  {2}\\n", "1  {3}  {4}  {5}\\n"]}}]},\n', pi.person(r), pi.city(r), pi.phone(r), pi.person(r), pi.city(r), pi.phone(r));
  F(d, '  {"cell_type": "code", "source": ["conn = psycopg2.connect(password=\\"{0}\\", host=\\"db-01\\")"], "outputs": [{"output_type": "stream", "text": ["connected {1}\\n"]}]},\n  {"cell_type": "markdown", "source": ["![plot]({2})"]}\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "id": "{3}"}\n}\n', sec(r, 'POSTGRES_PASSWORD'), la(r, 'timestamp'), la(r, 'data_uri'), la(r, 'uuid'));
}

// ---------- Wi-Fi notes ----------
function wifi(r, d) {
  const t = r.int(0, 3);
  if (t === 0) F(d, 'ctrl_interface=DIR=/var/run/wpa_supplicant\nupdate_config=1\ncountry=DE\n\nnetwork={\n    ssid="{0}"\n    psk="{1}"\n    key_mgmt=WPA-PSK\n}\n\nnetwork={\n    ssid="{2}"\n    psk={3}\n}\n\nnetwork={\n    ssid="eduroam"\n    identity="{4}"\n    password="{5}"\n}\n', la(r, 'wifi_ssid'), sec(r, 'WIFI_PASSWORD'), la(r, 'wifi_ssid'), la(r, 'hash'), pi.email(r), sec(r, 'USER_PASSWORD'));
  else if (t === 1) F(d, 'Ferienwohnung – Infos für Gäste\n\nAdresse: {0}\nVermieterin: {1}, Tel. {2}\nWLAN: {3}\nPasswort: {4}\nQR: WIFI:T:WPA;S:{5};P:{6};H:false;;\nMüll: Dienstag. Check-out bis {7}.\n', address(r, 'DE'), pi.person(r, 'de_DE'), pi.phone(r, 'DE'), ...(() => { const ssid = la(r, 'wifi_ssid'), pw = sec(r, 'WIFI_PASSWORD'); return [ssid, pw, ssid, pw]; })(), '11:00');
  else if (t === 2) F(d, '[connection]\nid={0}\ntype=wifi\nuuid={1}\n\n[wifi]\nmode=infrastructure\nssid={2}\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk={3}\n\n[ipv4]\nmethod=auto\n# set up by {4} on {5}\n', la(r, 'wifi_ssid'), la(r, 'uuid'), la(r, 'wifi_ssid'), sec(r, 'WIFI_PASSWORD'), pi.person(r), la(r, 'date'));
  else F(d, 'Home network notes ({0})\n- router: http://router.home.test admin / {1}\n- 2.4GHz: {2} pw {3}\n- guest: {4} / {5}\n- printer MAC {6}\n- neighbours: {7} ({8})\n- Fritz!Box serial {9}\n', pi.person(r), sec(r, 'ROUTER_ADMIN_PASSWORD'), la(r, 'wifi_ssid'), sec(r, 'WIFI_PASSWORD'), la(r, 'wifi_ssid'), sec(r, 'WIFI_PASSWORD'), la(r, 'mac_address'), pi.person(r), pi.phone(r), la(r, 'sku'));
}

// ---------- free prose with names and places (no labels) ----------
function prose(r, d) {
  const c1 = r.pick(CULTURE_KEYS), c2 = r.pick(CULTURE_KEYS);
  const openers = [
    () => F(d, 'Last spring {0} moved from {1} to {2}, where she met {3} at a ceramics class. ', pi.person(r, c1), pi.city(r), pi.city(r), pi.person(r, c2)),
    () => F(d, '{0} und {1} haben das Projekt in {2} übernommen; Rückfragen an {3}. ', pi.person(r, 'de_DE'), pi.person(r), pi.city(r, 'DE'), pi.phone(r, 'DE')),
    () => F(d, '{0} a rencontré {1} à {2} le mois dernier. ', pi.person(r, 'fr_FR'), pi.person(r), pi.city(r, 'FR')),
    () => F(d, '{0}さんは{1}に住んでいます。連絡先: {2}。', pi.person(r, 'ja_JP'), pi.city(r, 'JP'), pi.phone(r, 'JP')),
    () => F(d, '{0} переехал в {1}; его телефон {2}. ', pi.person(r, 'ru_RU'), pi.city(r, 'RU'), pi.phone(r, 'RU')),
    () => F(d, 'The committee thanks {0}, {1}, {2} and {3} for their help. ', pi.person(r), pi.person(r), pi.person(r), pi.person(r)),
    () => F(d, '{0} y {1} viven en {2}, {3}. ', pi.person(r, 'es_MX'), pi.person(r, 'es_ES'), pi.city(r, 'MX'), pi.country(r)),
    () => F(d, '{0} (tel. {1}) is de nieuwe contactpersoon in {2}. ', pi.person(r, 'nl_NL'), pi.phone(r, 'NL'), pi.city(r, 'NL')),
    () => F(d, '{0}与{1}在{2}见面。', pi.person(r, 'zh_CN'), pi.person(r, 'zh_CN'), pi.city(r, 'CN')),
    () => F(d, '{0}님은 {1}에 살고 있습니다 ({2}). ', pi.person(r, 'ko_KR'), pi.city(r, 'KR'), pi.phone(r, 'KR')),
    () => F(d, 'Send the parcel to {0}, {1}. ', pi.person(r), address(r)),
    () => F(d, 'Guests: {0}; {1}; {2}; {3}; {4}.\n', pi.person(r), pi.person(r), pi.person(r), pi.person(r), pi.person(r)),
    () => F(d, 'Ο {0} ζει στη {1}. ', pi.person(r, 'el_GR'), pi.city(r, 'GR')),
    () => F(d, '{0} {1}-ga kochib ketdi. ', pi.person(r, 'tr_TR'), pi.city(r, 'TR')),
    () => F(d, 'Receipt {0} issued {1} for {2}; pickup point {3}. ', la(r, 'invoice_number'), la(r, 'date'), la(r, 'price'), la(r, 'coordinates')),
  ];
  d.t(r.pick(['Newsletter draft\n\n', 'Meeting minutes\n\n', 'Protokoll\n\n', 'Field notes\n\n', '']));
  for (let i = 0; i < r.int(6, 14) && fill(d, r, 3000); i++) { r.pick(openers)(); if (r.chance(0.3)) d.t('\n'); }
}


// ---------- identity verification / travel / tax: hard US entities with varied context words ----------
const PPT_CTX = ['Passport No.', 'passport book number', 'Número de pasaporte', 'Reisepassnummer', 'travel doc #', 'PPT', 'US passport', 'passport card no', 'N° de passeport'];
const DL_CTX = ["Driver's license", 'DL no', 'licencia de conducir', 'Führerschein-Nr.', 'operator license', 'CDL', 'state-issued driving ID', 'permis de conduire (US)', 'lic#'];
const BANK_CTX = ['checking acct', 'savings account number', 'Kontonummer (US)', 'acct#', 'account no.', 'número de cuenta', 'deposit to', 'ACH account', 'beneficiary account'];
const TAX_CTX = ['ITIN', 'individual taxpayer id', 'TIN (ITIN)', 'Steuer-ID (US ITIN)', 'número ITIN'];
const SSN_CTX = ['SSN', 'social security no.', 'SS#', 'soc. sec.', 'número de seguro social'];
function kyc(r, d) {
  d.t(r.pick(['Identity verification — manual review queue\n', 'Booking passengers (APIS data)\n', 'W-7 / onboarding packet, scanned fields\n', 'Tenant screening worksheet\n']));
  for (let i = 0; i < r.int(3, 6) && fill(d, r, 2900); i++) {
    const st = r.pick(Object.keys(DL_STATES)); const n = person(r);
    F(d, '\n#{0} {1}\n', String(i + 1), { v: n, e: 'PERSON', f: 'pii' });
    const fields = r.shuffle([
      () => F(d, `  ${r.pick(PPT_CTX)}: {0}\n`, pi.passport(r)),
      () => F(d, `  ${r.pick(DL_CTX)} (${st}): {0}\n`, { v: driverLicense(r, st).v, e: 'US_DRIVER_LICENSE', f: 'pii' }),
      () => F(d, `  ${r.pick(BANK_CTX)}: {0}\n`, pi.bank(r)),
      () => F(d, `  ${r.pick(TAX_CTX)}: {0}\n`, pi.itin(r)),
      () => F(d, `  ${r.pick(SSN_CTX)}: {0}\n`, r.chance(0.8) ? pi.ssn(r) : la(r, 'invalid_ssn')),
      () => F(d, '  reached at {0}, lives in {1}\n', pi.phone(r), pi.city(r)),
      () => F(d, '  ref {0}, checked {1}\n', la(r, 'case_number'), la(r, 'timestamp')),
      () => F(d, '  DOB {0}; confirmation {1}\n', la(r, 'date'), la(r, 'order_number')),
    ]);
    fields.slice(0, r.int(4, 7)).forEach((f) => f());
  }
  if (r.chance(0.5)) F(d, '\nReviewer note: applicant {0} gave passport {1} in the chat and later the driving licence {2} from {3}.\n', pi.person(r), pi.passport(r), pi.dl(r, 'NY'), pi.city(r, 'US'));
}
function pharmacy(r, d) {
  d.t(r.pick(['CONTROLLED SUBSTANCE DISPENSING LOG\n', 'Schedule II perpetual inventory — store 0412\n', 'PDMP upload preview\n']));
  d.t('date       rx        patient                      prescriber                 registration   ndc            qty\n');
  for (let i = 0; i < r.int(6, 12) && fill(d, r, 3000); i++) {
    const sur = r.pick(['Abernathy', 'Nakamura', 'Oyelaran', 'Quintero', 'Brandt', 'Fitzgerald', 'Sørensen', 'Ramírez', 'Chowdhury']);
    const first = r.pick(['Helen', 'Marcus', 'Adaeze', 'Tomás', 'Priya', 'Grace', 'Ivo']);
    const valid = r.chance(0.85);
    F(d, '{0} {1} {2} {3} {4} {5} {6}\n', la(r, 'date'), la(r, 'order_number'), pi.person(r), { v: `Dr. ${first} ${sur}`, e: 'PERSON', f: 'pii' }, valid ? pi.dea(r, sur.normalize('NFD').replace(/[^A-Z]/gi, '').toUpperCase()) : la(r, 'invalid_dea'), la(r, 'sku'), String(r.int(10, 120)));
  }
  F(d, '\nPharmacist on duty: {0} (license on file), phone {1}. ', pi.person(r), pi.phone(r, 'US'));
  F(d, `${r.pick(['DEA registrant', 'Registrant no.', 'Practitioner DEA #', 'Reg. number of the clinic'])} {0}.\n`, pi.dea(r));
}

export const KINDS = {
  dotenv: (r, d) => config(r, d, 'dotenv'), yaml: (r, d) => config(r, d, 'yaml'), toml: (r, d) => config(r, d, 'toml'), ini: (r, d) => config(r, d, r.pick(['ini', 'properties', 'conf'])),
  xml: (r, d) => config(r, d, 'xml'), jsonconfig: (r, d) => config(r, d, 'json'), hcl: (r, d) => config(r, d, r.pick(['hcl', 'nginx'])),
  k8s, shell, ci: ciLog, iac, source, log: appLog, trace: stackTrace, api: jsonApi, git: gitOut, markdown, crm: crmCsv, sheet: spreadsheet,
  ticket, email, chat, hr, medical, bank, notebook, wifi, prose, kyc, pharmacy,
};
export const WEIGHTS = { dotenv: 11, yaml: 11, toml: 9, ini: 10, xml: 8, jsonconfig: 9, hcl: 8, k8s: 12, shell: 14, ci: 12, iac: 10, source: 28, log: 12, trace: 10, api: 10, git: 10, markdown: 10, crm: 14, sheet: 13, ticket: 20, email: 14, chat: 24, hr: 12, medical: 10, bank: 12, notebook: 8, wifi: 16, prose: 16, kyc: 14, pharmacy: 10 };
