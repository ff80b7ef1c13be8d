// train6 templates: shell history, CI output, source code in many languages, git output, stack traces, logs
import { Doc, S, P, L, pick, int, chance, str, hex, digits, b62, b64, jsonEsc, wrap, sample, sec, draw, drawAny, lk, lkAny, host, user, ts, q, password, pwUrl, rsaKey, opensshKey, anyPem, pkcs8Key, jwtUser, PER, EM, PH, CITY, IP, CC, person, email, privIp, ipv4, BY, shuffle } from './common.mjs';

// ---------- shell history ----------
const SH = [
  () => { const u = user(); return ['curl -u ', u, ':', sec('HTTP_BASIC_AUTH_PASSWORD', pwUrl()), ' https://', pick(['jenkins', 'nexus', 'artifacts']), '.acme.example/api/json']; },
  () => { const x = draw(); return ['curl -s -H "Authorization: Bearer ', x.span, '" https://api.acme.example/v2/', pick(['orders', 'users/me', 'reports?limit=50'])]; },
  () => { const x = draw(); return ["curl -H 'X-Api-Key: ", x.span, "' -X POST https://partner.northwind.test/v1/sync -d @payload.json"]; },
  () => ['mysql -h ', host(), ' -u ', user(), ' -p', sec('MYSQL_PASSWORD'), ' ', pick(['shop', 'wordpress', 'crm'])],
  () => ['mysqldump --user=backup --password=', sec('MYSQL_PASSWORD'), ' --all-databases | gzip > /backup/all-', lk('date'), '.sql.gz'],
  () => ['PGPASSWORD=', sec('DATABASE_PASSWORD'), ' psql -h ', host(), ' -U ', user(), ' -d reporting -c "select count(*) from invoices"'],
  () => ['psql "postgresql://', user(), ':', sec('DATABASE_PASSWORD', pwUrl()), '@', host(), ':5432/app?sslmode=require"'],
  () => ['docker login registry.acme.example -u ', pick(['ci', 'robot$deployer', 'jdoe']), ' -p ', sec('REGISTRY_PASSWORD')],
  () => ['echo ', sec('GITHUB_PAT'), ' | docker login ghcr.northwind.test -u octo-bot --password-stdin'],
  () => { const x = drawAny(); return ['export ', x.env, '=', x.span]; },
  () => { const x = draw(); return [x.env, '="', x.span, '" ', pick(['npm run deploy', 'python manage.py sync', './bin/worker --once', 'terraform apply'])]; },
  () => ['env ', 'OPENAI_API_KEY=', sec('OPENAI_API_KEY'), ' python eval.py --model small'],
  () => ['aws configure set aws_secret_access_key ', sec('AWS_SECRET_ACCESS_KEY'), ' --profile ', pick(['prod', 'legacy'])],
  () => ['gh auth login --with-token <<< ', sec('GITHUB_PAT')],
  () => ['git clone https://', pick(['oauth2', 'x-access-token', 'build-bot']), ':', sec(pick(['GITHUB_PAT', 'GITLAB_PAT', 'GITHUB_APP_INSTALLATION_TOKEN'])), '@git.acme.example/platform/infra.git'],
  () => ['sshpass -p ', "'", sec('SSH_PASSWORD'), "'", ' ssh -o StrictHostKeyChecking=no ', pick(['root', 'admin', 'pi']), '@', privIp()],
  () => ['redis-cli -h cache.acme.example -a ', sec('REDIS_PASSWORD'), ' --no-auth-warning INFO keyspace'],
  () => ['openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:', sec('KEYSTORE_PASSWORD')],
  () => { const x = drawAny(); return ['kubectl create secret generic app-env --from-literal=', x.env.toLowerCase().replace(/_/g, '-'), '=', x.span, ' -n prod']; },
  () => ['htpasswd -b -c /etc/nginx/.htpasswd ', pick(['admin', 'metrics']), ' ', sec('ADMIN_PASSWORD')],
  () => ['mongosh "mongodb+srv://', user(), ':', sec('MONGODB_PASSWORD'), '@cluster0.mongo.acme.example/shop?retryWrites=true"'],
  () => ['npm config set //npm.pkgs.acme.example/:_authToken ', sec('NPM_TOKEN')],
  () => ['vault login ', sec('VAULT_TOKEN')],
  () => ['heroku config:set STRIPE_SECRET_KEY=', sec('STRIPE_SECRET_KEY'), ' -a shop-prod'],
  () => ['sqlcmd -S ', host(), ' -U sa -P ', "'", sec('MSSQL_PASSWORD'), "'", ' -Q "SELECT @@VERSION"'],
  () => ['lftp -u ', user(), ',', sec('FTP_PASSWORD'), ' sftp://files.acme.example'],
  () => ['ldapsearch -x -H ldaps://ldap.corp.acme.example -D "cn=svc-vpn,ou=svc,dc=acme,dc=example" -w ', sec('LDAP_BIND_PASSWORD'), ' "(uid=', pick(['jdoe', 'mkim', 'afernandez']), ')"'],
  () => ['wget --user=', user(), ' --password=', sec('HTTP_BASIC_AUTH_PASSWORD'), ' https://artifacts.acme.example/releases/app-', lk('version'), '.tar.gz'],
  () => ['tailscale up --authkey=', sec('TAILSCALE_AUTH_KEY'), ' --hostname=', pick(['nas', 'pi-garage', 'build-01'])],
  () => ['ngrok config add-authtoken ', sec('NGROK_AUTHTOKEN')],
  () => ['curl https://api.acme.example/hooks -u "api:', sec('MAILGUN_API_KEY'), '" -F to=', P('EMAIL_ADDRESS', 'ops@acme.example')],
  () => ['TWINE_PASSWORD=', sec('PYPI_TOKEN'), ' twine upload --repository internal dist/*'],
  () => ['cargo login ', sec('GENERIC_API_KEY'), ' --registry acme'],
  () => ['az login --service-principal -u ', lk('uuid'), ' -p ', sec('AZURE_CLIENT_SECRET'), ' --tenant ', lk('uuid')],
];
const SH_NEUTRAL = () => pick(['ls -la', 'cd ~/src/infra', 'git status', 'git pull --rebase', 'kubectl get pods -A', 'make test', 'vim .env', 'history | grep curl', 'docker ps', 'terraform plan', 'sudo systemctl restart nginx', 'npm ci', 'cat /etc/os-release', 'df -h', 'tail -f /var/log/syslog', 'ssh bastion.acme.example', 'clear', 'exit']);
const SH_LOOK = () => pick([() => ['git checkout ', lk('short_sha')], () => ['docker pull registry.acme.example/api@', lk('digest')], () => ['git cherry-pick ', lk('git_sha')], () => ['export AWS_ACCESS_KEY_ID=', lk('aws_example_key'), '  # docs example'], () => ['export DB_PASSWORD=', lk('placeholder')], () => ['helm upgrade api ./chart --set image.tag=', lk('version')], () => ['curl -H "X-Request-Id: ', lk('request_id'), '" localhost:8080/health'], () => ['echo ', lk('env_reference')], () => ['kubectl rollout undo deploy/api --to-revision=', String(int(2, 40))]])();
function shellHistory() {
  const d = new Doc('shell_history'); const numbered = chance(0.5); const zsh = !numbered && chance(0.5); let n = int(300, 2000); let t = 1764000000 + int(0, 9e5);
  d.a`${pick(['$ history | tail -n 40', '$ cat ~/.bash_history', '$ cat ~/.zsh_history', '$ history'])}\n`;
  const lines = []; const nsec = int(3, 6); for (let i = 0; i < nsec; i++) lines.push(pick(SH)()); for (let i = 0; i < int(2, 4); i++) lines.push(SH_LOOK()); for (let i = 0; i < int(8, 22); i++) lines.push([SH_NEUTRAL()]);
  for (const l of shuffle(lines)) { if (numbered) d.a`${String(n++).padStart(5)}  `; if (zsh) { d.a`: ${t}:0;`; t += int(3, 400); } d.val(l); d.raw('\n'); }
  return d;
}
// ---------- CI output ----------
function ciOutput() {
  const d = new Doc('ci_output'); const t = int(0, 3); const run = int(1000, 99999);
  if (t === 0) {
    d.a`2026-${String(int(1, 11)).padStart(2, '0')}-12T08:14:02.1181Z ##[group]Run ./scripts/deploy.sh\n2026-11-12T08:14:02.1183Z env:\n2026-11-12T08:14:02.1184Z   AWS_ACCESS_KEY_ID: ***\n2026-11-12T08:14:02.1184Z   AWS_SECRET_ACCESS_KEY: ***\n2026-11-12T08:14:02.1185Z   IMAGE_TAG: ${lk('short_sha')}\n2026-11-12T08:14:02.1186Z ##[endgroup]\n2026-11-12T08:14:03.0041Z + set -x\n`;
    const x = draw(); d.a`2026-11-12T08:14:03.0050Z + curl -fsS -H 'Authorization: token ${x.span}' https://api.acme.example/deployments\n`;
    const pw = pwUrl(); d.a`2026-11-12T08:14:04.2213Z + psql postgresql://migrator:${S('DATABASE_PASSWORD', pw)}@${host()}/app -f migrations/0042.sql\n2026-11-12T08:14:05.9001Z ALTER TABLE\n2026-11-12T08:14:06.0007Z Pushed ${lk('digest')}\n2026-11-12T08:14:06.0011Z Job ${lk('uuid')} finished in ${int(40, 900)}s\n`;
  } else if (t === 1) {
    d.a`Started by user ${PER(person())}\nRunning as SYSTEM\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on build-agent-${int(1, 9)} in /var/lib/jenkins/workspace/${pick(['shop-backend', 'mobile-release'])}\n[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASSWORD\n[Pipeline] sh\n+ ./gradlew publish -PnexusUser=deploy -PnexusPassword=**** -Pversion=${lk('version')}\n+ echo signing with ${pick(['keystore', 'release key'])}\n+ jarsigner -storepass ${sec('KEYSTORE_PASSWORD')} -keypass ${sec('KEYSTORE_PASSWORD')} app-release.apk upload\n`;
    d.a`[Pipeline] sh\n+ curl -X POST -d '{"text":"build ${run} ok"}' https://chat.acme.example/hooks/${S('CHAT_WEBHOOK_TOKEN', b62(24) + '/' + b62(24))}\n[Pipeline] End of Pipeline\nFinished: SUCCESS (build #${run}, commit ${lk('git_sha')})\n`;
  } else if (t === 2) {
    const x = drawAny(), y = drawAny();
    d.a`Running with gitlab-runner ${lk('version')} (${lk('short_sha')})\n  on ${lk('hostname')}\nPreparing the "docker" executor\nUsing docker image sha256:${hex(64)} for node:20\n$ printenv | sort   # debugging flaky auth, remove!\nCI_COMMIT_SHA=${lk('git_sha')}\nCI_JOB_ID=${digits(10)}\nCI_JOB_TOKEN=[MASKED]\nCI_REGISTRY_PASSWORD=[MASKED]\n${x.env}=${x.span}\nHOME=/root\nNODE_VERSION=20.11.1\n${y.env}=${y.span}\nRUNNER_TOKEN=${sec('GITLAB_RUNNER_TOKEN')}\n$ npm test\n  ✓ ${int(100, 900)} passing (${int(5, 90)}s)\nJob succeeded\n`;
  } else {
    d.a`#12 [build 4/9] RUN --mount=type=cache,target=/root/.npm npm ci\n#12 DONE 41.2s\n#13 [build 5/9] ARG NPM_TOKEN=${sec('NPM_TOKEN')}\n#13 DONE 0.0s\n#14 [build 6/9] RUN echo "//npm.pkgs.acme.example/:_authToken=${sec('NPM_TOKEN')}" > .npmrc && npm publish\n#14 0.812 npm notice package: @acme/ui@${lk('version')}\n#14 0.813 npm notice shasum: ${lk('sha1_hash')}\n#14 0.813 npm notice integrity: ${lk('integrity')}\n#14 2.004 + @acme/ui@${lk('version')}\n#15 exporting to image\n#15 writing image ${lk('digest')} done\n#15 naming to registry.acme.example/ui:${lk('short_sha')} done\n`;
    if (chance(0.5)) d.a`WARNING: SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN") (line 13)\n`;
  }
  return d;
}
// ---------- source code, many languages ----------
const pyName = (e) => e.toLowerCase();
const camel = (e) => e.toLowerCase().replace(/_(\w)/g, (m, c) => c.toUpperCase());
const SRC = {
  python: (d) => { const x = draw(), y = draw(); const pw = pwUrl(); d.a`import os\nimport requests\nfrom sqlalchemy import create_engine\n\n# ${pick(['quick hack for the demo', 'TODO: read from vault', 'local testing only'])}\n${x.env} = "${x.span}"\nENGINE = create_engine("postgresql+psycopg2://${user()}:${S('DATABASE_PASSWORD', pw)}@${host()}/analytics")\n\n\nclass Client:\n    def __init__(self, base_url="https://api.acme.example", token='${y.span}'):\n        self.base_url = base_url\n        self.session = requests.Session()\n        self.session.headers["Authorization"] = f"Bearer {token}"\n        self.session.headers["X-Client-Version"] = "${lk('version')}"\n\n    def fetch(self, order_id):\n        # e.g. order_id="${lk('order_number')}"\n        return self.session.get(f"{self.base_url}/orders/{order_id}").json()\n\n\n# api_key = os.environ["${x.env}"]\n# old: api_key = "${sec(x.e)}"\n`; },
  javascript: (d) => { const x = draw(), y = draw(); d.a`'use strict';\nconst Stripe = require('stripe');\nconst { WebClient } = require('@slack/web-api');\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY || '${sec('STRIPE_SECRET_KEY')}', { apiVersion: '${lk('date')}' });\nconst slack = new WebClient(\`${sec('SLACK_BOT_TOKEN')}\`);\n\nmodule.exports = {\n  ${camel(x.env)}: "${x.span}",\n  publishableKey: '${lk('stripe_publishable_key')}',\n  buildId: '${lk('uuid')}',\n  // ${camel(y.env)}: '${y.span}',\n};\n`; },
  typescript: (d) => { const x = draw(); const p = person(); d.a`import { describe, it, expect } from 'vitest';\nimport { verifyWebhook } from '../src/webhooks';\n\n// test fixtures\nconst SECRET = '${sec('WEBHOOK_SIGNING_SECRET')}';\nconst fixtureUser = {\n  id: '${lk('uuid')}',\n  name: '${PER(p)}',\n  email: '${EM(p)}',\n  apiToken: '${x.span}',\n  createdAt: '${lk('timestamp')}',\n};\n\ndescribe('verifyWebhook', () => {\n  it('accepts a valid signature', () => {\n    const sig = '${lk('sha256_hash')}';\n    expect(verifyWebhook(JSON.stringify(fixtureUser), sig, SECRET)).toBe(true);\n  });\n  it('rejects placeholder keys', () => {\n    expect(() => verifyWebhook('{}', '', '${lk('placeholder')}')).toThrow();\n  });\n});\n`; },
  go: (d) => { const x = draw(); const pw = pwUrl(); d.a`package config\n\nimport (\n\t"database/sql"\n\t"os"\n\n\t_ "github.example/lib/pq"\n)\n\nconst (\n\tdefaultDSN = "postgres://${user()}:${S('DATABASE_PASSWORD', pw)}@${host()}:5432/ledger?sslmode=disable"\n\t${camel(x.env)} = \`${x.span}\`\n\tbuildCommit = "${lk('git_sha')}"\n)\n\nfunc Open() (*sql.DB, error) {\n\tdsn := os.Getenv("DATABASE_URL")\n\tif dsn == "" {\n\t\tdsn = defaultDSN\n\t}\n\treturn sql.Open("postgres", dsn)\n}\n\nvar awsCfg = map[string]string{\n\t"key":    "${sec('AWS_ACCESS_KEY_ID')}",\n\t"secret": "${sec('AWS_SECRET_ACCESS_KEY')}",\n}\n`; },
  java: (d) => { const x = draw(); d.a`package com.acme.payments;\n\nimport com.acme.http.ApiClient;\n\npublic final class PartnerGateway {\n    private static final String API_KEY = "${x.span}";\n    private static final String JDBC = "jdbc:mysql://${host()}:3306/payments?user=${user()}&password=${sec('MYSQL_PASSWORD', pwUrl())}";\n    // private static final String LEGACY_TOKEN = "${draw().span}";\n    private static final String SCHEMA_VERSION = "${lk('version')}";\n\n    private final ApiClient client = new ApiClient("https://partner.northwind.test", "${sec('GENERIC_SECRET')}");\n\n    public String refund(String orderId) { // orderId like ${lk('order_number')}\n        return client.post("/refunds", orderId);\n    }\n}\n`; },
  csharp: (d) => { const x = draw(); d.a`using System.Data.SqlClient;\n\nnamespace Acme.Reports\n{\n    public static class Db\n    {\n        // TODO move to KeyVault before go-live\n        private const string ConnStr = "Data Source=${host()};Initial Catalog=Reports;User ID=report_rw;Password=${sec('MSSQL_PASSWORD')};Encrypt=true";\n        public static readonly string SendGridKey = "${sec('SENDGRID_API_KEY')}";\n        public static string ${camel(x.env).replace(/^./, (c) => c.toUpperCase())} { get; } = @"${x.span}";\n        public static readonly Guid TenantId = Guid.Parse("${lk('uuid')}");\n\n        public static SqlConnection Open() => new SqlConnection(ConnStr);\n    }\n}\n`; },
  ruby: (d) => { const x = draw(); d.a`# config/initializers/services.rb\nStripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") { "${sec('STRIPE_SECRET_KEY')}" }\n\nAws.config.update(\n  region: "eu-central-1",\n  credentials: Aws::Credentials.new("${sec('AWS_ACCESS_KEY_ID')}", "${sec('AWS_SECRET_ACCESS_KEY')}")\n)\n\nRails.application.configure do\n  config.x.partner_token = '${x.span}'\n  config.x.release = "${lk('version')}"\n  # config.secret_key_base = "${sec('RAILS_SECRET_KEY_BASE')}"\nend\n`; },
  php: (d) => { const x = draw(); d.a`<?php\n// wp-config.php (staging copy)\ndefine( 'DB_NAME', 'wp_${pick(['shop', 'blog'])}' );\ndefine( 'DB_USER', '${user()}' );\ndefine( 'DB_PASSWORD', '${sec('MYSQL_PASSWORD')}' );\ndefine( 'DB_HOST', '${host()}' );\ndefine( 'AUTH_KEY',         '${sec('SESSION_SECRET', str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\ndefine( 'NONCE_SALT',       '${lk('salt')}' );\n$table_prefix = 'wp_';\n$mailer = new Mailer('smtp.mailrelay.example', 587, '${P('EMAIL_ADDRESS', 'wp@acme.example')}', "${sec('SMTP_PASSWORD')}");\n$${camel(x.env)} = '${x.span}';\n`; },
  rust: (d) => { const x = draw(); d.a`use reqwest::Client;\n\n// FIXME(${pick(['mk', 'jd', 'ops'])}): hardcoded for the benchmark run, rotate afterwards\nconst ${x.env}: &str = "${x.span}";\nconst USER_AGENT: &str = concat!("acme-bench/", "${lk('version')}");\n\n#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n    let client = Client::builder().user_agent(USER_AGENT).build()?;\n    let resp = client\n        .get("https://api.acme.example/v1/metrics")\n        .bearer_auth(${x.env})\n        .header("X-Trace", "${lk('trace_id')}")\n        .send()\n        .await?;\n    println!("{}", resp.status());\n    let redis = redis::Client::open("redis://:${sec('REDIS_PASSWORD')}@cache.acme.example:6379/")?;\n    Ok(())\n}\n`; },
  kotlin: (d) => { const x = draw(); d.a`package com.acme.mobile\n\nobject Secrets {\n    const val MAPS_KEY = "${sec('GOOGLE_API_KEY')}"\n    const val ${x.env} = "${x.span}"\n    val releaseSigning = SigningConfig(\n        storePassword = "${sec('KEYSTORE_PASSWORD')}",\n        keyAlias = "upload",\n        keyPassword = "${sec('KEYSTORE_PASSWORD')}",\n    )\n    // versionCode ${int(100, 9000)}, versionName ${lk('version')}\n}\n`; },
  swift: (d) => { const x = draw(); d.a`import Foundation\n\nenum Env {\n    static let apiBase = URL(string: "https://api.acme.example")!\n    static let ${camel(x.env)} = "${x.span}"\n    static let sentryRelease = "${lk('version')}+${lk('short_sha')}"\n}\n\nfinal class AuthService {\n    init(clientSecret: String = "${sec('AUTH0_CLIENT_SECRET')}") {\n        self.clientSecret = clientSecret\n    }\n    private let clientSecret: String\n}\n`; },
  cpp: (d) => { const x = draw(); d.a`#include <string>\n#include "telemetry/client.h"\n\nnamespace {\n// TODO(security): load from the keychain\nconstexpr char kIngestKey[] = "${sec('DATADOG_API_KEY')}";\nconst std::string k${camel(x.env).replace(/^./, (c) => c.toUpperCase())} = "${x.span}";\nconstexpr char kSchemaHash[] = "${lk('sha256_hash')}";\n}  // namespace\n\nint main(int argc, char** argv) {\n  telemetry::Client c("https://intake.acme.example", kIngestKey);\n  c.Send("startup", {{"build", "${lk('build_number')}"}});\n  return 0;\n}\n`; },
  scala: (d) => { const x = draw(); d.a`object Jobs extends App {\n  val spark = SparkSession.builder.appName("nightly-etl").getOrCreate()\n  spark.conf.set("fs.azure.account.key.${pick(['acmelake', 'nwdata'])}.dfs.core.acme.example", "${sec('AZURE_STORAGE_ACCOUNT_KEY')}")\n  val jdbcProps = new java.util.Properties()\n  jdbcProps.setProperty("user", "${user()}")\n  jdbcProps.setProperty("password", "${sec('SNOWFLAKE_PASSWORD')}")\n  val apiToken = sys.env.getOrElse("${x.env}", "${x.span}")\n  val runId = "${lk('uuid')}"\n}\n`; },
  powershell: (d) => { const x = draw(); d.a`# deploy.ps1\n$SecurePass = ConvertTo-SecureString "${sec('ADMIN_PASSWORD')}" -AsPlainText -Force\n$Cred = New-Object System.Management.Automation.PSCredential ("ACME\\svc-deploy", $SecurePass)\n$Headers = @{ Authorization = "Bearer ${x.span}" }\nInvoke-RestMethod -Uri "https://api.acme.example/releases/${lk('version')}" -Headers $Headers -Method Post\n$env:AZURE_DEVOPS_EXT_PAT = '${sec('AZURE_DEVOPS_PAT')}'\nNew-PSDrive -Name Z -PSProvider FileSystem -Root \\\\files.acme.example\\share -Credential $Cred\n`; },
  terraform: (d) => { const x = draw(); d.a`provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${sec('AWS_ACCESS_KEY_ID')}"\n  secret_key = "${sec('AWS_SECRET_ACCESS_KEY')}"\n}\n\nprovider "datadog" {\n  api_key = "${sec('DATADOG_API_KEY')}"\n  app_key = "${sec('DATADOG_APP_KEY')}"\n}\n\nresource "aws_db_instance" "main" {\n  engine         = "postgres"\n  engine_version = "${lk('version')}"\n  username       = "dbadmin"\n  password       = "${sec('DATABASE_PASSWORD')}"\n}\n\nvariable "${x.env.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${x.span}"\n}\n`; },
  elixir: (d) => { const x = draw(); d.a`import Config\n\nconfig :shop, Shop.Repo,\n  username: "${user()}",\n  password: "${sec('DATABASE_PASSWORD')}",\n  hostname: "${host()}",\n  pool_size: 10\n\nconfig :shop, ShopWeb.Endpoint,\n  secret_key_base: "${sec('RAILS_SECRET_KEY_BASE', b64(48))}"\n\nconfig :shop, :partner, token: "${x.span}", region: "eu"\n`; },
  dart: (d) => { const x = draw(); d.a`class AppConfig {\n  static const apiUrl = 'https://api.acme.example';\n  static const firebaseApiKey = '${sec('GOOGLE_API_KEY')}';\n  static const ${camel(x.env)} = '${x.span}';\n  static const buildSha = '${lk('short_sha')}';\n  static const supportPhone = '${PH()}';\n}\n`; },
  perl: (d) => { d.a`#!/usr/bin/perl\nuse strict;\nuse DBI;\nmy $dbh = DBI->connect("DBI:Pg:dbname=legacy;host=${host()}", "${user()}", '${sec('DATABASE_PASSWORD')}', { RaiseError => 1 });\nmy %ftp = (host => 'ftp.files.northwind.test', user => 'upload', pass => '${sec('FTP_PASSWORD')}');\n# checksum of the feed: ${lk('md5')}\n`; },
  lua: (d) => { const x = draw(); d.a`-- nginx/lua/auth.lua\nlocal redis = require "resty.redis"\nlocal red = redis:new()\nred:connect("cache.acme.example", 6379)\nred:auth("${sec('REDIS_PASSWORD')}")\nlocal UPSTREAM_TOKEN = "${x.span}"\nngx.req.set_header("Authorization", "Bearer " .. UPSTREAM_TOKEN)\nngx.req.set_header("X-Request-Id", "${lk('request_id')}")\n`; },
  bash: (d) => { const x = draw(); d.a`#!/usr/bin/env bash\nset -euo pipefail\n# nightly backup — ${pick(['runs on db-backup-01', 'cron 02:30 UTC'])}\nexport AWS_ACCESS_KEY_ID="${sec('AWS_ACCESS_KEY_ID')}"\nexport AWS_SECRET_ACCESS_KEY="${sec('AWS_SECRET_ACCESS_KEY')}"\nPGPASSWORD='${sec('DATABASE_PASSWORD')}' pg_dump -h ${host()} -U backup app | gzip > /tmp/app.sql.gz\naws s3 cp /tmp/app.sql.gz s3://acme-backups/$(date +%F)/\ncurl -fsS -X POST -H "Authorization: Bearer ${x.span}" https://status.acme.example/ping/${lk('uuid')}\n`; },
};
export const SRC_LANGS = Object.keys(SRC);
let srcDeck = [];
function source() { if (!srcDeck.length) srcDeck = shuffle(SRC_LANGS); const lang = srcDeck.pop(); const d = new Doc('source'); SRC[lang](d); d.lang = lang; return d; }
// ---------- git output ----------
function gitDiff() {
  const d = new Doc('git_output'); const p = person(), p2 = person(); const x = draw(), y = draw();
  d.a`commit ${lk('git_sha')}\nAuthor: ${PER(p)} <${EM(p)}>\nDate:   ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Nov ${int(1, 28)} ${int(8, 22)}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} 2026 ${pick(['+0100', '-0500', '+0900', '+0530'])}\n\n    ${pick(['wire up partner sync', 'fix flaky login test', 'add staging config', 'temp: debug creds for the demo'])}\n\n    Co-authored-by: ${PER(p2)} <${EM(p2)}>\n\ndiff --git a/${pick(['config/staging.env', '.env.example', 'src/settings.py', 'deploy/values.yaml'])} b/config/staging.env\nindex ${lk('short_sha')}..${lk('short_sha')} 100644\n--- a/config/staging.env\n+++ b/config/staging.env\n@@ -${int(3, 40)},6 +${int(3, 40)},8 @@\n LOG_LEVEL=info\n-${x.env}=${lk('placeholder')}\n+${x.env}=${x.span}\n+${y.env}=${y.span}\n DB_HOST=${host()}\n-DB_PASSWORD=${lk('env_reference')}\n+DB_PASSWORD=${sec('DATABASE_PASSWORD')}\n`;
  return d;
}
function gitLog() {
  const d = new Doc('git_output');
  d.a`$ git log --format='%h %an <%ae> %s' -n ${int(6, 9)}\n`;
  for (let i = 0, n = int(6, 9); i < n; i++) { const p = person(); d.a`${lk('short_sha')} ${PER(p)} <${EM(p, pick(['acme.example', 'users.noreply.git.acme.example', 'northwind.test']))}> ${pick(['bump deps', 'Merge pull request #' + int(100, 9999), 'fix: null deref in invoice export', 'docs: update runbook', 'chore(release): ' + lk('version').v, 'feat: add SEPA export', 'revert "rotate keys"', 'ci: cache node_modules'])}\n`; }
  if (chance(0.7)) { const pw = pwUrl(); d.a`$ git remote -v\norigin\thttps://${pick(['deploy', 'ci'])}:${sec(pick(['GITHUB_PAT', 'GITLAB_PAT', 'GITHUB_FINE_GRAINED_PAT']))}@git.acme.example/shop/backend.git (fetch)\norigin\thttps://git.acme.example/shop/backend.git (push)\n`; }
  d.a`$ git tag --contains ${lk('short_sha')}\nv${lk('version')}\n`;
  return d;
}
function gitShowKey() {
  const d = new Doc('git_output'); const p = person(); const key = pick([rsaKey, opensshKey, pkcs8Key])();
  const ent = key.includes('OPENSSH') ? 'OPENSSH_PRIVATE_KEY' : key.includes('RSA') ? 'RSA_PRIVATE_KEY' : 'PKCS8_PRIVATE_KEY';
  d.a`commit ${lk('git_sha')}\nAuthor: ${PER(p)} <${EM(p)}>\n\n    ${pick(['add deploy key for ansible', 'oops', 'ssh access for the build box'])}\n\ndiff --git a/deploy/id_deploy b/deploy/id_deploy\nnew file mode 100600\nindex 0000000..${lk('short_sha')}\n--- /dev/null\n+++ b/deploy/id_deploy\n@@ -0,0 +1,${key.split('\n').length} @@\n`;
  const lines = key.split('\n'); // in a diff each line is prefixed with '+': label the block from the first '-----' to the last line
  d.a`+`; d.val(S(ent, lines.join('\n+'))); d.a`\ndiff --git a/deploy/id_deploy.pub b/deploy/id_deploy.pub\n--- /dev/null\n+++ b/deploy/id_deploy.pub\n@@ -0,0 +1 @@\n+${lk('ssh_public_key')} deploy@ci\n`;
  return d;
}
// ---------- stack traces ----------
function pyTrace() {
  const d = new Doc('stack_trace'); const pw = pwUrl();
  d.a`Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${int(40, 400)}, in run\n    conn = psycopg2.connect(dsn)\n  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: connection to server at "${host()}" (${privIp()}), port 5432 failed: FATAL:  password authentication failed for user "${user()}"\n\nLocals at frame run:\n    dsn = 'postgresql://${user()}:${S('DATABASE_PASSWORD', pw)}@${host()}:5432/app'\n    job_id = '${lk('uuid')}'\n    attempt = ${int(1, 5)}\n    settings = {'api_key': '${draw().span}', 'region': 'eu-west-1', 'release': '${lk('version')}'}\n`;
  return d;
}
function javaTrace() {
  const d = new Doc('stack_trace'); const x = draw();
  d.a`${ts()}.${digits(3)} ERROR [${pick(['main', 'http-nio-8080-exec-7', 'scheduling-1'])}] o.s.boot.SpringApplication : Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': Failed to connect to jdbc:mysql://${host()}:3306/orders?user=${user()}&password=${sec('MYSQL_PASSWORD', pwUrl())}&useSSL=true\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)\n\tat com.acme.orders.OrdersApplication.main(OrdersApplication.java:${int(10, 60)})\nCaused by: java.sql.SQLException: Access denied for user\n\t... ${int(10, 60)} common frames omitted\nEnvironment snapshot: {SPRING_PROFILES_ACTIVE=prod, ${x.env}=${x.span}, HOSTNAME=${lk('hostname')}, GIT_COMMIT=${lk('git_sha')}}\n`;
  return d;
}
function nodeTrace() {
  const d = new Doc('stack_trace'); const x = draw(), y = draw();
  d.a`/app/node_modules/axios/lib/core/settle.js:19\n    reject(new AxiosError(\n           ^\nAxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:${int(500, 600)}:11)\n  config: {\n    url: 'https://api.partner.northwind.test/v3/charges',\n    method: 'post',\n    headers: {\n      Accept: 'application/json',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ${x.span}',\n      'X-Idempotency-Key': '${lk('uuid')}',\n      'User-Agent': 'axios/${lk('version')}'\n    },\n    auth: { username: 'shop', password: '${sec('HTTP_BASIC_AUTH_PASSWORD')}' },\n    data: '{"amount":${int(100, 99999)},"currency":"eur","order":"${lk('order_number')}"}'\n  },\n  ${camel(y.env)}: '${y.span}'\n}\n\nNode.js v20.${int(5, 18)}.0\n`;
  return d;
}
function goPanic() {
  const d = new Doc('stack_trace');
  d.a`panic: redis: dial tcp ${privIp()}:6379: connect: connection refused (url="redis://default:${sec('REDIS_PASSWORD')}@cache.acme.example:6379/2")\n\ngoroutine 1 [running]:\nmain.mustRedis({0xc0000a2000, 0x${hex(2)}})\n\t/src/cmd/worker/main.go:${int(30, 200)} +0x${hex(3)}\nmain.main()\n\t/src/cmd/worker/main.go:${int(20, 40)} +0x${hex(3)}\nexit status 2\nbuild: ${lk('short_sha')} go1.22.${int(1, 9)} ${lk('timestamp')}\n`;
  if (chance(0.6)) d.a`last config: {"nats_token":"${sec('BEARER_TOKEN')}","sentry_dsn":"${lk('placeholder')}"}\n`;
  return d;
}
function crashDump() {
  const d = new Doc('stack_trace'); const x = drawAny(), y = drawAny();
  d.a`*** ${pick(['Segmentation fault', 'Aborted'])} in worker pid ${int(1000, 60000)} ***\nbacktrace:\n #0 0x${hex(12)} in libcrypto.so.3\n #1 0x${hex(12)} in tls_handshake\n #2 0x${hex(12)} in main\n--- process environment ---\nPATH=/usr/local/bin:/usr/bin\nHOME=/home/svc\n${x.env}=${x.span}\n${y.env}=${y.span}\nLANG=C.UTF-8\nIMAGE_DIGEST=${lk('digest')}\nINSTANCE_ID=i-${hex(17)}\n--- end ---\ncore dumped to /var/crash/core.${lk('timestamp')}\n`;
  return d;
}
// ---------- logs ----------
function accessLog() {
  const d = new Doc('log'); const n = int(8, 24);
  for (let i = 0; i < n; i++) {
    const r = int(0, 9); const ip = chance(0.85) ? IP() : P('IP_ADDRESS', privIp());
    const path = r === 0 ? ['/api/login?user=', EM(person()), '&password=', sec('USER_PASSWORD', pwUrl())] : r === 1 ? ['/callback?code=', lk('nonce').v.replace(/[+/=]/g, 'x'), '&state=', lk('uuid')] : r === 2 ? ['/v1/export?api_key=', draw().span] : r === 3 ? ['/orders/', lk('order_number')] : ['/', pick(['health', 'static/app.' + hex(8) + '.js', 'api/v2/cart', 'favicon.ico', 'metrics'])];
    d.val([ip, ' - - [', String(int(1, 28)), '/Nov/2026:', String(int(10, 23)), ':', String(int(10, 59)), ':', String(int(10, 59)), ' +0000] "', pick(['GET', 'POST']), ' ']); d.val(path); d.a` HTTP/1.1" ${pick(['200', '200', '302', '401', '404', '500'])} ${int(120, 90000)} "-" "${pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0', 'python-requests/2.31'])}"\n`;
  }
  return d;
}
function appLog() {
  const d = new Doc('log'); const n = int(8, 18);
  for (let i = 0; i < n; i++) {
    const r = int(0, 11); const p = person();
    d.a`${ts()}.${digits(3)}Z ${pick(['INFO ', 'DEBUG', 'WARN ', 'ERROR'])} [${pick(['auth', 'billing', 'mailer', 'http', 'sync'])}] `;
    if (r === 0) d.a`login ok user=${EM(p)} ip=${IP()} session=${lk('uuid')}\n`;
    else if (r === 1) d.a`outgoing request POST https://api.partner.northwind.test/v2/charge headers={"Authorization":"Bearer ${draw().span}","X-Request-Id":"${lk('request_id')}"}\n`;
    else if (r === 2) d.a`password reset requested for ${PER(p)} <${EM(p)}> from ${IP()}\n`;
    else if (r === 3) d.a`smtp auth failed: 535 5.7.8 user=${P('EMAIL_ADDRESS', pick(['alerts', 'noreply']) + '@acme.example')} pass=${sec('SMTP_PASSWORD')}\n`;
    else if (r === 4) d.a`order ${lk('order_number')} paid amount=${lk('price')} card=${lk('masked_card')}\n`;
    else if (r === 5) d.a`config loaded: {"db":{"host":"${host()}","user":"${user()}","password":"${sec('DATABASE_PASSWORD')}"},"version":"${lk('version')}"}\n`;
    else if (r === 6) d.a`sms sent to ${PH()} template=otp_v2 provider_id=${lk('request_id')}\n`;
    else if (r === 7) d.a`webhook signature mismatch expected=${lk('sha256_hash')} secret=${sec('WEBHOOK_SIGNING_SECRET')}\n`;
    else if (r === 8) d.a`geoip ${IP()} -> ${CITY()}, lat/lon ${lk('coordinates')}\n`;
    else if (r === 9) { const x = draw(); d.a`env dump (DEBUG=1): ${x.env}=${x.span} BUILD=${lk('build_number')}\n`; }
    else if (r === 10) d.a`retrying job ${lk('uuid')} attempt=${int(2, 5)} trace=${lk('trace_id')}\n`;
    else d.a`customer ${PER(p)} updated phone to ${PH(p.cc)}\n`;
  }
  return d;
}
function authLog() {
  const d = new Doc('log'); const n = int(6, 10);
  for (let i = 0; i < n; i++) {
    const r = int(0, 5); const t = `Nov ${int(1, 28)} ${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`; const h = pick(['bastion', 'web-01', 'db-backup-01']);
    if (r === 0) d.a`${t} ${h} sshd[${int(1000, 40000)}]: Failed password for ${pick(['root', 'admin', 'invalid user oracle'])} from ${IP()} port ${int(30000, 65000)} ssh2\n`;
    else if (r === 1) d.a`${t} ${h} sshd[${int(1000, 40000)}]: Accepted publickey for deploy from ${IP()} port ${int(30000, 65000)} ssh2: ED25519 ${lk('fingerprint')}\n`;
    else if (r === 2) d.a`${t} ${h} sudo: ${pick(['mkim', 'jdoe', 'apatel'])} : TTY=pts/0 ; PWD=/home/${pick(['mkim', 'jdoe'])} ; USER=root ; COMMAND=/usr/bin/mysql -u root -p${sec('MYSQL_PASSWORD')}\n`;
    else if (r === 3) d.a`${t} ${h} sshd[${int(1000, 40000)}]: Invalid user ${sec('USER_PASSWORD')} from ${IP()} port ${int(30000, 65000)}\n`;
    else if (r === 4) d.a`${t} ${h} CRON[${int(1000, 40000)}]: (root) CMD (/opt/backup.sh --s3-secret ${sec('AWS_SECRET_ACCESS_KEY')} > /dev/null)\n`;
    else d.a`${t} ${h} systemd[1]: Started session ${int(10, 9999)} of user ${pick(['deploy', 'root'])}.\n`;
  }
  return d;
}
function jsonLog() {
  const d = new Doc('log'); const n = int(4, 7);
  for (let i = 0; i < n; i++) {
    const p = person(); const r = int(0, 4);
    if (r === 0) d.a`{"ts":"${lk('timestamp')}","level":"info","msg":"checkout","customer":{"name":"${PER(p)}","email":"${EM(p)}","phone":"${PH(p.cc, true)}"},"ip":"${IP()}","cart_total":"${lk('price')}"}\n`;
    else if (r === 1) { const x = draw(); d.a`{"ts":"${lk('timestamp')}","level":"debug","msg":"upstream call","headers":{"authorization":"Bearer ${x.span}","x-request-id":"${lk('request_id')}"}}\n`; }
    else if (r === 2) d.a`{"ts":"${lk('timestamp')}","level":"warn","msg":"payment declined","card":"${CC()}","avs":"N","order":"${lk('order_number')}","ip":"${IP()}"}\n`;
    else if (r === 3) d.a`{"ts":"${lk('timestamp')}","level":"info","msg":"kyc upload","user_id":"${lk('uuid')}","doc":"passport","passport_no":"${P('US_PASSPORT', passportV())}","country":"US"}\n`;
    else d.a`{"ts":"${lk('timestamp')}","level":"error","msg":"db connect failed","dsn":"mongodb://${user()}:${sec('MONGODB_PASSWORD')}@mongo-0.data.acme.example:27017/?authSource=admin","pod":"${lk('hostname')}"}\n`;
  }
  return d;
}
import { passport as passportV } from './pii.mjs';
export const SHELL = [shellHistory];
export const CI = [ciOutput];
export const SOURCE = [source];
export const GIT = [gitDiff, gitLog, gitShowKey, gitDiff];
export const STACK = [pyTrace, javaTrace, nodeTrace, goPanic, crashDump];
export const LOG = [accessLog, appLog, authLog, jsonLog];
