// blind7 documents: logs, source code, shell history, CI output, HTTP dumps, notebooks, cloud CLI, devtools, crash reports, git, markdown.
import { F, S, L, P, flat, mapFrag, jesc, pick, ri, chance, shuffle, b64s, b64us, hex, digits, lowerNum, uuid, b62, pad } from './lib.mjs';
import { RENDER, entries, conn, lookEntry, secEntry, apiTok, kvPair, LK, sec, keyFor, nextKind, password, HOSTS } from './common.mjs';
import { jwt } from './secrets.mjs';
import * as PI from './pii.mjs';

const tsv = () => `2026-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}T${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}.${digits(3)}Z`;
const T = () => LK.ts();
const lvl = () => pick(['INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR']);
const path = () => pick(['/api/v2/orders', '/login', '/v1/charges', '/graphql', '/healthz', '/api/users/me', '/oauth/token', '/webhooks/stripe']);
const line = () => pick([
  () => F`${T()} ${lvl()} [http] ${PI.ip()} - "${pick(['GET', 'POST'])} ${path()} HTTP/1.1" ${pick([200, 201, 401, 403, 500])} ${ri(120, 9000)} req=${LK.reqId()}\n`,
  () => F`${T()} INFO user login ok user=${PI.email()} ip=${PI.ip()} mfa=${pick(['totp', 'sms', 'none'])}\n`,
  () => F`${T()} DEBUG outgoing request headers={"Authorization": "Bearer ${sec(pick(['JWT_ACCESS_TOKEN', 'OPENAI_PROJECT_KEY', 'ANTHROPIC_API_KEY', 'GITHUB_PAT', 'SLACK_BOT_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN']))}", "User-Agent": "acme-sdk/${LK.version()}"}\n`,
  () => F`${T()} ERROR db: could not connect to ${conn()}: connection refused (attempt ${ri(1, 5)}/5)\n`,
  () => F`${T()} WARN config: ${keyFor(nextKind())} is set to ${LK.placeholder()}; falling back to anonymous mode\n`,
  () => F`${T()} INFO deploy finished sha=${LK.gitSha()} image=${LK.digest()} took=${ri(10, 300)}s\n`,
  () => F`${T()} DEBUG env dump: ${(() => { const e = secEntry(); return F`${e.k}=${e.v}`; })()} LOG_LEVEL=debug\n`,
  () => F`${T()} INFO payment captured order=${LK.orderNo()} amount=${LK.price()} card=${LK.redacted()}\n`,
  () => F`${T()} WARN rate limit for key ${LK.redacted()} from ${PI.ip()} (trace ${LK.reqId()})\n`,
  () => F`${T()} INFO job ${LK.uuidL()} done in ${ri(3, 900)}ms\n`,
  () => F`${T()} ERROR webhook signature mismatch: expected secret ${sec(pick(['STRIPE_WEBHOOK_SECRET', 'WEBHOOK_SECRET']))} got ${LK.hashL()}\n`,
])();
export const logs = [
  () => F`${Array.from({ length: ri(5, 9) }, line)}`,
  () => F`{"ts":"${LK.ts()}","level":"info","msg":"request","method":"POST","path":"${path()}","remote_addr":"${PI.ip()}","user":"${PI.email()}","request_id":"${LK.reqId()}"}\n{"ts":"${LK.ts()}","level":"debug","msg":"upstream call","url":"https://api.partner.example/v1/sync?api_key=${sec(pick(['GENERIC_API_KEY', 'GOOGLE_API_KEY', 'MAILGUN_API_KEY']))}","status":200}\n{"ts":"${LK.ts()}","level":"error","msg":"auth failed","header":"Authorization: Basic ${sec('HTTP_BASIC_AUTH')}","client":"${PI.ip()}"}\n{"ts":"${LK.ts()}","level":"info","msg":"build","commit":"${LK.gitSha()}","version":"${LK.version()}"}\n`,
  () => F`Mar 14 03:1${ri(0, 9)}:22 bastion-01 sshd[${ri(1000, 65000)}]: Accepted publickey for deploy from ${PI.ip()} port ${ri(30000, 65000)} ssh2: ED25519 SHA256:${b62(43)}\nMar 14 03:1${ri(0, 9)}:40 bastion-01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -u root -p${sec('MYSQL_PASSWORD')}\nMar 14 03:2${ri(0, 9)}:02 bastion-01 sshd[${ri(1000, 65000)}]: Failed password for invalid user admin from ${PI.ip()} port ${ri(30000, 65000)} ssh2\nMar 14 03:2${ri(0, 9)}:10 bastion-01 CRON[${ri(1000, 65000)}]: (root) CMD (PGPASSWORD=${sec('POSTGRES_PASSWORD')} pg_dump -h ${LK.hostname()} app > /backup/app.sql)\n`,
  () => F`[${LK.ts()}] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'${PI.ip()}' (using password: YES) {"exception":"[object] (PDOException(code: 1045))","config":{"host":"mysql-ro.corp.example","username":"shop","password":"${mapFrag(sec('MYSQL_PASSWORD'), jesc)}"}}\n[${LK.ts()}] production.INFO: Mail sent to ${PI.email()} (template order_shipped, tracking ${LK.tracking()})\n[${LK.ts()}] production.DEBUG: Laravel key ${sec('LARAVEL_APP_KEY')}\n`,
];

// source code in many languages
const SRC = [
  () => F`import jwt from 'jsonwebtoken';\n\n// signing key for service-to-service calls (copied from the old repo)\nconst PRIVATE_KEY = \`${sec(pick(['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY']))}\`;\n\nexport function sign(sub) {\n  return jwt.sign({ sub, kid: '${LK.hashL()}' }, PRIVATE_KEY, { algorithm: 'ES256', expiresIn: '5m' });\n}\n`,
  () => F`from cryptography.hazmat.primitives import serialization\n\nKEY_PASSPHRASE = b"${sec('GENERIC_CLIENT_SECRET')}"\nKEY_PEM = b\"\"\"${sec(pick(['ENCRYPTED_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PGP_PRIVATE_KEY']))}\"\"\"\n\nkey = serialization.load_pem_private_key(KEY_PEM, password=KEY_PASSPHRASE)\n# cert fingerprint ${LK.hashL()}\n`,
  () => F`import os\nimport requests\n\n# TODO(${pick(['jw', 'ops', 'ana'])}): read from env before merging\nAPI_KEY = "${apiTok()}"\nBASE = os.environ.get("BASE_URL", "https://api.partner.example")\nFALLBACK = os.environ.get("FALLBACK_KEY", "${LK.placeholder()}")\n\ndef fetch(order_id: str):\n    r = requests.get(f"{BASE}/orders/{order_id}", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n\nif __name__ == "__main__":\n    print(fetch("${LK.orderNo()}"))\n`,
  () => F`from openai import OpenAI\nimport anthropic\n\nclient = OpenAI(api_key="${sec(pick(['OPENAI_PROJECT_KEY', 'OPENAI_SERVICE_ACCOUNT_KEY', 'OPENAI_LEGACY_KEY']))}")\nclaude = anthropic.Anthropic(api_key='${sec('ANTHROPIC_API_KEY')}')\n# model pinned at ${LK.version()}; eval run ${LK.uuidL()}\n`,
  () => F`const express = require('express');\nconst stripe = require('stripe')('${sec(pick(['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY']))}');\nconst PUBLISHABLE = '${LK.stripePk()}';\nconst endpointSecret = process.env.STRIPE_WEBHOOK_SECRET || '${sec('STRIPE_WEBHOOK_SECRET')}';\n\nconst app = express();\napp.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);\n  res.json({ received: true, id: event.id });\n});\napp.listen(4242);\n`,
  () => F`// src/lib/clients.ts\nimport { createClient } from '@supabase/supabase-js';\nimport { Octokit } from '@octokit/rest';\n\nexport const supabase = createClient('https://${lowerNum(20)}.supabase.acme.example', '${sec('SUPABASE_SERVICE_ROLE_KEY')}');\nexport const octokit = new Octokit({ auth: \`${sec(pick(['GITHUB_PAT', 'GITHUB_FINE_GRAINED_PAT', 'GITHUB_APP_INSTALLATION_TOKEN']))}\` });\nexport const SEGMENT_KEY: string = process.env.SEGMENT_KEY ?? '${LK.placeholder()}';\nexport const BUILD = { sha: '${LK.gitSha()}', at: ${LK.ts()} } as const;\n`,
  () => F`package main\n\nimport (\n\t"database/sql"\n\t"log"\n\n\t_ "git.acme.example/vendor/pq"\n)\n\nconst dsn = "${mapFrag(conn(), jesc)}"\n\nvar slackToken = "${sec(pick(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_USER_TOKEN']))}"\n\nfunc main() {\n\tdb, err := sql.Open("postgres", dsn)\n\tif err != nil {\n\t\tlog.Fatalf("open: %v (build %s)", err, "${LK.gitSha(12)}")\n\t}\n\tdefer db.Close()\n}\n`,
  () => F`package com.acme.billing;\n\npublic final class Secrets {\n    private Secrets() {}\n    // FIXME remove before release ${LK.version()}\n    public static final String SENDGRID = "${sec('SENDGRID_API_KEY')}";\n    public static final String TWILIO_TOKEN = "${sec('TWILIO_AUTH_TOKEN')}";\n    public static final String TWILIO_SID = "AC${hex(32)}";\n    public static final String DB_PASS = System.getenv().getOrDefault("DB_PASS", "${sec(pick(['POSTGRES_PASSWORD', 'ORACLE_PASSWORD']))}");\n    public static final String CHECKSUM = "${LK.hashL()}";\n}\n`,
  () => F`using Azure.Storage.Blobs;\n\nnamespace Acme.Exports;\n\npublic static class Storage\n{\n    private const string Conn = "${mapFrag(conn(), jesc)}";\n    private const string TenantId = "${LK.uuidL()}";\n    private const string ClientSecret = @"${sec('AZURE_CLIENT_SECRET')}";\n    public static BlobServiceClient Client() => new(Conn);\n}\n`,
  () => F`# frozen_string_literal: true\n\nRails.application.configure do\n  config.secret_key_base = '${sec('RAILS_SECRET_KEY_BASE')}'\n  config.action_mailer.smtp_settings = {\n    address: 'smtp.mail.example',\n    user_name: 'apikey',\n    password: '${sec(pick(['SENDGRID_API_KEY', 'SMTP_PASSWORD']))}'\n  }\n  config.x.github_token = ENV.fetch('GITHUB_TOKEN') { '${LK.placeholder()}' }\nend\n`,
  () => F`<?php\n\nreturn [\n    'mailgun' => [\n        'domain' => 'mg.acme.example',\n        'secret' => '${sec('MAILGUN_API_KEY')}',\n    ],\n    'mailchimp' => ['key' => "${sec('MAILCHIMP_API_KEY')}"],\n    'shopify' => ['token' => env('SHOPIFY_TOKEN', '${sec('SHOPIFY_ACCESS_TOKEN')}'), 'secret' => '${sec('SHOPIFY_SHARED_SECRET')}'],\n    'asset_version' => '${LK.hashL()}',\n];\n`,
  () => F`use reqwest::header::{HeaderMap, AUTHORIZATION};\n\nconst HF_TOKEN: &str = "${sec('HUGGINGFACE_TOKEN')}";\nconst MODEL_REV: &str = "${LK.gitSha()}";\n\nfn headers() -> HeaderMap {\n    let mut h = HeaderMap::new();\n    h.insert(AUTHORIZATION, format!("Bearer {}", HF_TOKEN).parse().unwrap());\n    h\n}\n`,
  () => F`object Config {\n    const val MAPS_KEY = "${sec('GOOGLE_API_KEY')}"\n    const val FCM_SERVER_KEY = "${sec('FIREBASE_FCM_SERVER_KEY')}"\n    const val BUILD_UUID = "${LK.uuidL()}"\n    val accent = 0xFF${hex(6).toUpperCase()}\n}\n`,
  () => F`import Foundation\n\nenum Keys {\n    static let revenueCat = "${LK.placeholder()}"\n    static let mapbox = "${sec('MAPBOX_SECRET_TOKEN')}"\n    static let mapboxPublic = "${LK.mapboxPk()}"\n    static let sentryRelease = "${LK.version()}"\n    static let apiSecret = "${apiTok()}"\n}\n`,
  () => F`#include <cstdlib>\n#include <string>\n\n// vendor SDK init — the key was issued for the kiosk fleet\nstatic const std::string kApiKey = "${apiTok()}";\nstatic const char* kFirmwareSha = "${LK.hashL()}";\n\nint main() {\n  const char* k = std::getenv("KIOSK_KEY");\n  return sdk_init(k ? k : kApiKey.c_str());\n}\n`,
  () => F`#!/usr/bin/env bash\nset -euo pipefail\nexport VAULT_ADDR=https://vault.sec.acme.example:8200\nexport VAULT_TOKEN=${sec(pick(['VAULT_SERVICE_TOKEN', 'VAULT_BATCH_TOKEN']))}\nDD_API_KEY="${sec('DATADOG_API_KEY')}"\nCOMMIT="${LK.gitSha()}"\ncurl -sf -X POST "https://events.monitor.example/api/v1/events" -H "DD-API-KEY: $DD_API_KEY" -d "{\\"title\\": \\"deploy $COMMIT\\"}"\n`,
  () => F`$ErrorActionPreference = "Stop"\n$secure = ConvertTo-SecureString "${sec(pick(['ADMIN_PASSWORD', 'LDAP_BIND_PASSWORD']))}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_backup", $secure)\n$env:AZURE_DEVOPS_EXT_PAT = "${sec('AZURE_DEVOPS_PAT')}"\nWrite-Host "Run id ${LK.uuidL()}"\n`,
  () => F`library(httr)\nSys.setenv(OPENROUTER_KEY = "${sec('OPENROUTER_API_KEY')}")\nres <- GET("https://api.stats.example/v1/series", add_headers(Authorization = paste("Token", "${apiTok()}")))\n# dataset doi 10.5555/${digits(6)}, md5 ${LK.hashL()}\n`,
  () => F`defmodule Acme.Repo do\n  use Ecto.Repo, otp_app: :acme, adapter: Ecto.Adapters.Postgres\nend\n\nconfig :acme, Acme.Repo,\n  url: "${mapFrag(conn(), jesc)}",\n  pool_size: 10\n\nconfig :acme, AcmeWeb.Endpoint,\n  secret_key_base: "${sec('SESSION_SECRET')}"\n`,
  () => F`object Main extends App {\n  val conf = Map(\n    "kafka.sasl.jaas.config" -> """${conn()}""",\n    "schema.registry.basic.auth.user.info" -> "${alnumish()}:${sec('CONFLUENT_API_SECRET')}",\n    "group.id" -> "${LK.uuidL()}"\n  )\n}\n`,
  () => F`import 'package:http/http.dart' as http;\n\nconst groqKey = '${sec('GROQ_API_KEY')}';\nconst xaiKey = String.fromEnvironment('XAI_KEY', defaultValue: '${sec('XAI_API_KEY')}');\nconst docsExample = '${LK.placeholder()}';\n`,
  () => F`local config = {\n  telegram_token = "${sec('TELEGRAM_BOT_TOKEN')}",\n  discord_token = "${sec('DISCORD_BOT_TOKEN')}",\n  admin_ids = { ${ri(100000, 999999)}, ${ri(100000, 999999)} },\n  build = "${LK.gitSha(7)}",\n}\nreturn config\n`,
  () => F`use strict;\nuse DBI;\nmy $dbh = DBI->connect("dbi:Pg:dbname=ledger;host=${pick(HOSTS)}", "ledger", '${sec('POSTGRES_PASSWORD')}', { RaiseError => 1 });\nmy $jira = '${sec('ATLASSIAN_API_TOKEN')}';\n# ticket export ${LK.date()}\n`,
];
function alnumish() { return pick(['ABCD', 'SRKEY', 'LKC']) + digits(6); }
export const source = SRC;

const hist = () => pick([
  () => F`export ${kvPair()}\n`,
  () => F`curl -s -H "Authorization: Bearer ${sec(pick(['GITHUB_PAT', 'GITLAB_PAT', 'OPENAI_PROJECT_KEY', 'HUGGINGFACE_TOKEN', 'DIGITALOCEAN_PAT', 'LINEAR_API_KEY', 'NOTION_INTEGRATION_TOKEN']))}" https://api.acme.example/v1/me | jq .\n`,
  () => F`mysql -h ${LK.hostname()} -u root -p'${sec('MYSQL_PASSWORD')}' shop < dump.sql\n`,
  () => F`psql "${conn()}" -c 'select count(*) from orders'\n`,
  () => F`echo ${sec('DOCKERHUB_PAT')} | docker login -u acmebot --password-stdin\n`,
  () => F`docker login registry.build.test -u ci -p ${apiTok()}\n`,
  () => F`git clone https://oauth2:${sec('GITLAB_PAT')}@git.acme.example/platform/infra.git\n`,
  () => F`git checkout ${LK.gitSha(7)}\n`,
  () => F`kubectl -n prod get secret app-secrets -o jsonpath='{.data.password}' | base64 -d\n`,
  () => F`heroku config:set STRIPE_KEY=${sec('STRIPE_SECRET_KEY')} -a shop-prod\n`,
  () => F`redis-cli -h ${LK.hostname()} -a '${sec('REDIS_PASSWORD')}' info keyspace\n`,
  () => F`npm config set //npm.registry.acme.example/:_authToken ${sec('NPM_TOKEN')}\n`,
  () => F`ls -la ~/.ssh\n`,
  () => F`vim .env\n`,
  () => F`aws sts get-caller-identity --profile ci-temp\n`,
  () => F`ngrok config add-authtoken ${sec('NGROK_AUTHTOKEN')}\n`,
  () => F`tailscale up --authkey ${sec('TAILSCALE_AUTH_KEY')}\n`,
  () => F`gh auth login --with-token <<< ${sec('GITHUB_PAT')}\n`,
  () => F`sha256sum release.tar.gz  # ${LK.hashL()}\n`,
  () => F`export OPENAI_API_KEY=${LK.placeholder()}\n`,
  () => F`curl -u admin:${sec('ELASTICSEARCH_PASSWORD')} -k https://es-logs.ops.acme.example:9200/_cat/indices\n`,
  () => F`sentry-cli --auth-token ${sec('SENTRY_AUTH_TOKEN')} releases new ${LK.version()}\n`,
  () => F`databricks configure --token  # ${sec('DATABRICKS_TOKEN')}\n`,
  () => F`op run --env-file=.env -- node server.js\n`,
  () => F`export OP_SERVICE_ACCOUNT_TOKEN=${sec('ONEPASSWORD_SERVICE_ACCOUNT_TOKEN')}\n`,
])();
export const shell_history = [
  () => { const num = chance(0.5), base = ri(100, 900); return F`${Array.from({ length: ri(8, 14) }, (_, i) => F`${num ? `  ${base + i}  ` : ''}${hist()}`)}`; },
  () => { let t = ri(1760000000, 1790000000); const z = () => L('timestamp', String((t += ri(3, 900)))); return F`: ${z()}:0;cd ~/src/ledger\n${Array.from({ length: ri(4, 8) }, () => F`: ${z()}:0;${hist()}`)}: ${z()}:0;git log -1 --format=%H  # ${LK.gitSha()}\n`; },
];

const ghStep = () => pick([
  () => F`##[group]Run docker/login-action@v3\nwith:\n  registry: registry.build.test\n  username: ci\n  password: ***\n##[endgroup]\nLogin Succeeded\n`,
  () => F`Run npm publish --access restricted\nnpm notice Publishing to https://npm.registry.acme.example/ with tag latest\nnpm notice integrity: ${LK.integrity()}\nnpm notice shasum: ${LK.hashL()}\n`,
  () => F`Run env | sort   # debugging, remove!\n${entries(ri(2, 3), 1, 1).map((e) => F`${e.k}=${e.v}\n`)}`,
  () => F`Run echo "$DEPLOY_KEY" | base64\n${S("OPENSSH_PRIVATE_KEY_B64", b64s(flat(sec("OPENSSH_PRIVATE_KEY"))))}\n`,
  () => F`Run curl -sSf -H "PRIVATE-TOKEN: ***" https://git.acme.example/api/v4/projects\n[{"id":${ri(100, 9999)},"path":"infra","last_activity_at":"${LK.ts()}"}]\n`,
  () => F`+ curl -X POST -H 'Authorization: token ${sec(pick(['GITHUB_APP_INSTALLATION_TOKEN', 'GITHUB_PAT']))}' https://git.acme.example/api/v3/repos/acme/app/statuses/${LK.gitSha()}\n`,
  () => F`Warning: The \`set-output\` command is deprecated\nexported SONAR_TOKEN=${sec('SONARQUBE_TOKEN')}\n`,
  () => F`Step 5/12 : ARG NPM_TOKEN=${sec('NPM_TOKEN')}\n ---> Running in ${hex(12)}\n ---> ${hex(12)}\n`,
  () => F`$ export CI_JOB_TOKEN=[MASKED]\n$ ./gradlew publish -PmavenPassword=${sec(pick(['JFROG_ACCESS_TOKEN', 'ARTIFACTORY_API_KEY']))}\nBUILD SUCCESSFUL in ${ri(20, 200)}s\nUploading app-${LK.version()}.jar sha1=${LK.mavenSha()}\n`,
  () => F`buildkite-agent start --token ${sec('BUILDKITE_AGENT_TOKEN')} --tags queue=linux\n`,
  () => F`Pushing to registry.build.test/app@${LK.digest()}\n`,
  () => F`Run twine upload dist/*\n  env:\n    TWINE_USERNAME: __token__\n    TWINE_PASSWORD: ***\nUploading acme_sdk-${LK.version()}-py3-none-any.whl\n`,
]);
export const ci_output = [
  () => F`${pick(['2026-', ''])}Job ${LK.buildNo()} on runner ${pick(['gha-ubuntu-22', 'k8s-runner-7', 'mac-m2-3'])}\nRepository: acme/${pick(['ledger', 'checkout', 'infra'])} @ ${LK.gitSha()}\n${Array.from({ length: ri(3, 5) }, () => ghStep()())}Job finished with exit code ${pick([0, 1])}\n`,
  () => F`Running with gitlab-runner ${LK.version()} (${LK.gitSha(8)})\n  on shared-${ri(1, 9)} ${b62(8)}, system ID: s_${hex(12)}\nPreparing environment\n$ echo "registration token: ${sec('GITLAB_RUNNER_TOKEN')}" >> /tmp/debug.log\n$ curl --request POST --form token=${sec('GITLAB_TRIGGER_TOKEN')} --form ref=main https://git.acme.example/api/v4/projects/${ri(10, 999)}/trigger/pipeline\n{"id":${ri(10000, 99999)},"sha":"${LK.gitSha()}","status":"created"}\n$ docker login -u gitlab+deploy-token-${ri(1, 99)} -p ${sec('GITLAB_DEPLOY_TOKEN')} registry.build.test\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\nJob succeeded\n`,
  () => F`[Pipeline] withCredentials\nMasking supported pattern matches of $JIRA_TOKEN\n[Pipeline] sh\n+ curl -u ${P('EMAIL_ADDRESS', 'ci@acme.example')}:${L('redacted', '****')} https://acme.jira.example/rest/api/2/issue\n+ echo jenkins token ${sec('JENKINS_API_TOKEN')}\n[Pipeline] sh\n+ ./deploy.sh --circle-token ${sec('CIRCLECI_TOKEN')} --pulumi ${sec('PULUMI_ACCESS_TOKEN')}\nstack version ${LK.version()}, update id ${LK.uuidL()}\nFinished: SUCCESS\n`,
];

const hdrs = (tok) => F`Authorization: ${tok}\n`;
export const http_dump = [
  () => F`$ curl -v https://api.partner.example/v2/invoices?limit=50 -H "X-Api-Key: ${apiTok()}"\n*   Trying ${PI.ip()}:443...\n* Connected to api.partner.example\n> GET /v2/invoices?limit=50 HTTP/2\n> Host: api.partner.example\n> User-Agent: curl/8.5.0\n> X-Api-Key: ${LK.redacted()}\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${LK.reqId()}\n< etag: "${LK.hashL()}"\n<\n{"data":[{"id":"${LK.invoice()}","total":"${LK.price()}","customer":"${LK.crmId()}"}]}\n`,
  () => F`POST /oauth/token HTTP/1.1\nHost: auth.acme.example\nContent-Type: application/x-www-form-urlencoded\nAuthorization: Basic ${sec('HTTP_BASIC_AUTH')}\n\ngrant_type=client_credentials&client_id=${LK.uuidL()}&client_secret=${sec(pick(['GENERIC_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'PAYPAL_CLIENT_SECRET']))}&scope=read\n\nHTTP/1.1 200 OK\nContent-Type: application/json\nDate: ${LK.date()}\n\n{"access_token":"${sec('JWT_ACCESS_TOKEN')}","token_type":"Bearer","expires_in":3600,"refresh_token":"${sec(pick(['GITHUB_REFRESH_TOKEN', 'GOOGLE_OAUTH_REFRESH_TOKEN']))}"}\n`,
  () => F`curl https://api.llm.example/v1/messages \\\n  -H "x-api-key: ${sec(pick(['ANTHROPIC_API_KEY', 'ANTHROPIC_ADMIN_KEY']))}" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d '{"model": "claude-x", "max_tokens": 256, "messages": [{"role": "user", "content": "hello"}]}'\n\n{"id":"msg_${b62(24)}","type":"message","usage":{"input_tokens":${ri(5, 50)},"output_tokens":${ri(5, 200)}}}\n`,
  () => F`GET /api/v1/query?query=up HTTP/1.1\nHost: grafana.ops.acme.example\nAuthorization: Bearer ${sec(pick(['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_CLOUD_TOKEN', 'DYNATRACE_API_TOKEN', 'NEW_RELIC_USER_KEY']))}\nX-Forwarded-For: ${PI.ip()}\nCookie: session=${sec('SESSION_SECRET')}; theme=dark; _ga=GA1.1.${digits(9)}.${ri(1760000000, 1790000000)}\n\nHTTP/1.1 401 Unauthorized\nX-Request-Id: ${LK.reqId()}\n`,
  () => F`curl -X POST https://api.pay.example/v2/payments \\\n  -H 'Square-Version: 2026-01-22' \\\n  -H 'Authorization: Bearer ${sec('SQUARE_ACCESS_TOKEN')}' \\\n  -d '{"idempotency_key": "${LK.uuidL()}", "amount_money": {"amount": ${ri(100, 99999)}, "currency": "USD"}, "source_id": "cnon:card-nonce-ok"}'\n# test card used in sandbox: ${LK.testCard()}\n`,
  () => F`PUT https://acmeprod.blob.storage.example/exports/${LK.date()}.csv?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sec('AZURE_SAS_SIGNATURE')}\nx-ms-blob-type: BlockBlob\nContent-MD5: ${LK.hashL()}\n\n201 Created  x-ms-request-id: ${LK.uuidL()}\n`,
];

export const notebook = [
  () => { const k = apiTok(); return F`{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ${ri(1, 40)},\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",\n    "os.environ[\\"${keyFor(k.e)}\\"] = \\"${mapFrag(k, jesc)}\\"\\n",\n    "os.environ[\\"WANDB_MODE\\"] = \\"offline\\""\n   ]\n  },\n  {\n   "cell_type": "code",\n   "execution_count": ${ri(41, 80)},\n   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run id ${LK.uuidL()}\\n", "dataset sha ${LK.hashL()}\\n"]}],\n   "source": ["client = Client(token=\\"${sec(pick(['HUGGINGFACE_TOKEN', 'REPLICATE_API_TOKEN', 'COHERE_API_KEY', 'MISTRAL_API_KEY', 'PINECONE_API_KEY', 'LANGSMITH_API_KEY', 'PERPLEXITY_API_KEY']))}\\")"]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`; },
  () => F`In [${ri(1, 9)}]: import boto3\nIn [${ri(10, 19)}]: s = boto3.Session(aws_access_key_id="${sec('AWS_ACCESS_KEY_ID')}", aws_secret_access_key="${sec('AWS_SECRET_ACCESS_KEY')}")\nIn [${ri(20, 29)}]: s.client("s3").list_buckets()["Owner"]\nOut[${ri(20, 29)}]: {'ID': '${LK.hashL()}'}\nIn [${ri(30, 39)}]: wandb.login(key="${S('WANDB_API_KEY', hex(40))}")\nwandb: Appending key for api.wandb.example to your netrc file: /root/.netrc\n`,
];

export const cloud_cli = [
  () => F`$ aws iam create-access-key --user-name ci-deployer\n{\n    "AccessKey": {\n        "UserName": "ci-deployer",\n        "AccessKeyId": "${sec('AWS_ACCESS_KEY_ID')}",\n        "Status": "Active",\n        "SecretAccessKey": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "CreateDate": "${LK.ts()}"\n    }\n}\n`,
  () => F`$ aws sts assume-role --role-arn arn:aws:iam::${digits(12)}:role/deploy --role-session-name gha-${ri(1000, 9999)}\n{\n    "Credentials": {\n        "AccessKeyId": "${sec('AWS_TEMP_ACCESS_KEY_ID')}",\n        "SecretAccessKey": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "SessionToken": "${sec('AWS_SESSION_TOKEN')}",\n        "Expiration": "${LK.ts()}"\n    },\n    "AssumedRoleUser": { "AssumedRoleId": "AROA${rsB32()}:gha" }\n}\n`,
  () => F`$ az ad sp create-for-rbac --name acme-ci --role contributor\n{\n  "appId": "${LK.uuidL()}",\n  "displayName": "acme-ci",\n  "password": "${sec('AZURE_CLIENT_SECRET')}",\n  "tenant": "${LK.uuidL()}"\n}\n`,
  () => F`$ cat sa-key.json\n{\n  "type": "service_account",\n  "project_id": "acme-analytics-${ri(100, 999)}",\n  "private_key_id": "${LK.hashL()}",\n  "private_key": "${mapFrag(sec('PKCS8_PRIVATE_KEY'), (s) => jesc(s + '\n'))}",\n  "client_email": "${P('EMAIL_ADDRESS', 'etl@acme-analytics.iam.gserviceaccount.example')}",\n  "client_id": "${digits(21)}"\n}\n`,
  () => F`$ vault token create -policy=ci -ttl=24h\nKey                  Value\n---                  -----\ntoken                ${sec('VAULT_SERVICE_TOKEN')}\ntoken_accessor       ${b62(24)}\ntoken_duration       24h\ntoken_renewable      true\ntoken_policies       ["ci" "default"]\n$ vault kv get -field=password secret/prod/db\n${sec('POSTGRES_PASSWORD')}\n`,
  () => F`$ heroku auth:token\n ›   Warning: token will expire ${LK.date()}\n${sec('HEROKU_API_KEY')}\n$ doctl auth init --access-token ${sec('DIGITALOCEAN_PAT')}\nValidating token... OK\n$ fly tokens create deploy -x 999999h\n${sec('FLY_IO_TOKEN')}\n`,
  () => F`$ kubectl get secret db-auth -o yaml\napiVersion: v1\ndata:\n  password: ${S('K8S_SECRET_DATA', b64s(password()))}\n  username: YXBw\nkind: Secret\nmetadata:\n  creationTimestamp: "${LK.ts()}"\n  name: db-auth\n  resourceVersion: "${LK.k8sRv()}"\n  uid: ${LK.uuidL()}\ntype: Opaque\n`,
  () => F`$ stripe listen --forward-to localhost:4242/webhook\n> Ready! You are using Stripe API Version [2025-01-27]. Your webhook signing secret is ${sec('STRIPE_WEBHOOK_SECRET')} (^C to quit)\n${LK.ts()}   --> charge.succeeded [evt_${b62(24)}]\n$ databricks tokens create --comment ci\n{"token_value": "${sec('DATABRICKS_TOKEN')}", "token_info": {"token_id": "${hex(64)}"}}\n`,
];
function rsB32() { return Array.from({ length: 17 }, () => pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'])).join(''); }

export const devtools = [
  () => F`{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[{"startedDateTime":"${LK.ts()}","request":{"method":"GET","url":"https://app.acme.example/api/me","headers":[{"name":"authorization","value":"Bearer ${sec('JWT_ACCESS_TOKEN')}"},{"name":"x-request-id","value":"${LK.reqId()}"}],"cookies":[{"name":"sid","value":"${sec('SESSION_SECRET')}"}]},"response":{"status":200,"content":{"mimeType":"application/json","text":"{\\"email\\":\\"${mapFrag(PI.email(), jesc)}\\",\\"id\\":\\"${LK.crmId()}\\"}"}},"serverIPAddress":"${PI.ip()}"}]}}\n`,
  () => F`// localStorage (app.acme.example)\n{\n  "auth.accessToken": "${sec(pick(['JWT_ACCESS_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY']))}",\n  "auth.refreshToken": "${sec('GOOGLE_OAUTH_REFRESH_TOKEN')}",\n  "ui.theme": "${LK.hexColor()}",\n  "ab.bucket": "${LK.uuidL()}",\n  "intercom.token": "${sec('INTERCOM_ACCESS_TOKEN')}"\n}\n`,
  () => F`# Netscape HTTP Cookie File\n.acme.example\tTRUE\t/\tTRUE\t${ri(1770000000, 1800000000)}\tsession\t${sec('SESSION_SECRET')}\n.acme.example\tTRUE\t/\tFALSE\t${ri(1770000000, 1800000000)}\t_ga\tGA1.2.${digits(9)}.${digits(10)}\nadmin.acme.example\tFALSE\t/\tTRUE\t0\tcsrftoken\t${LK.hashL()}\nshop.test\tFALSE\t/\tTRUE\t0\tremember_token\t${sec('JWT_SIGNING_SECRET')}\n`,
];

export const crash_report = [
  () => F`Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${ri(20, 300)}, in run\n    client.publish(topic, payload)\n  File "/usr/lib/python3.12/site-packages/kafka/producer.py", line ${ri(100, 800)}, in publish\n    raise AuthenticationFailed(cfg)\nkafka.errors.AuthenticationFailed: SASL authentication failed for {'bootstrap_servers': 'kafka-1.stream.example:9093', 'sasl_plain_username': 'svc-orders', 'sasl_plain_password': '${sec(pick(['KAFKA_SASL_PASSWORD', 'CONFLUENT_API_SECRET']))}'}\n\nLocals at frame 2:\n    self = <Producer id=${LK.uuidL()}>\n    cfg = {...}\n    retries = 3\n`,
  () => F`Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:${ri(500, 700)})\nCaused by: java.sql.SQLException: Access denied for jdbc url [${conn()}]\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:${ri(100, 200)})\n\t... ${ri(10, 40)} more\nbuild: ${LK.version()} (${LK.gitSha(10)})\n`,
  () => F`{\n  "event_id": "${hex(32)}",\n  "timestamp": "${LK.ts()}",\n  "level": "fatal",\n  "release": "ledger@${LK.version()}",\n  "user": {"email": "${PI.email()}", "ip_address": "${PI.ip()}"},\n  "exception": {"values": [{"type": "KeyError", "value": "'currency'"}]},\n  "extra": {\n    "environ": {\n${entries(ri(2, 3), 1, 1).map((e) => F`      "${e.k}": "${mapFrag(e.v, jesc)}",\n`)}      "HOME": "/root"\n    }\n  }\n}\n`,
  () => F`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${hex(7)}]\n\ngoroutine ${ri(1, 300)} [running]:\nmain.(*Uploader).Put(0xc0001${hex(5)}, {0xc00012${hex(4)}, 0x2${hex(1)}})\n\t/src/uploader.go:${ri(40, 200)} +0x1${hex(2)}\n\nconfig at crash: &{Bucket:exports Region:eu-west-1 AccessKey:${sec('AWS_ACCESS_KEY_ID')} SecretKey:${sec('AWS_SECRET_ACCESS_KEY')} Endpoint:${LK.hostname()}}\n`,
  () => F`Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel.dylib        0x${hex(16)} __pthread_kill + 8\n1   Acme Desk                     0x${hex(16)} -[SyncEngine start] + 212\n\nProcess environment:\n  ACME_LICENSE=${LK.uuidL()}\n  ${keyFor('SEGMENT_WRITE_KEY')}=${sec('SEGMENT_WRITE_KEY')}\n  LAUNCHDARKLY_SDK_KEY=${sec('LAUNCHDARKLY_SDK_KEY')}\nBinary UUID: ${LK.uuidL()}\n`,
  () => F`node:internal/process/promises:289\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\nError: 401 Incorrect API key provided: ${sec(pick(['OPENAI_PROJECT_KEY', 'OPENAI_LEGACY_KEY', 'GROQ_API_KEY', 'OPENROUTER_API_KEY']))}. You can find your API key at https://platform.llm.example/account/api-keys.\n    at APIError.generate (/app/node_modules/openai/error.js:${ri(40, 90)}:20)\n    at async main (/app/index.js:${ri(5, 60)}:3) {\n  status: 401,\n  request_id: '${LK.reqId()}'\n}\n\nNode.js v20.${ri(0, 18)}.${ri(0, 5)}\n`,
];

export const git = [
  () => F`diff --git a/.env.production b/.env.production\nnew file mode 100644\nindex 0000000..${hex(7)}\n--- /dev/null\n+++ b/.env.production\n@@ -0,0 +1,${ri(4, 8)} @@\n${entries(ri(2, 4), ri(1, 2), 1).map((e) => F`+${e.k}=${e.v}\n`)}`,
  () => F`commit ${LK.gitSha()}\nAuthor: ${PI.latinPerson()} <${PI.email()}>\nDate:   ${pick(['Mon', 'Tue', 'Thu'])} Mar ${ri(1, 28)} ${ri(10, 23)}:${ri(10, 59)}:${ri(10, 59)} 2026 +0100\n\n    ${pick(['fix: rotate leaked key', 'chore: config for staging', 'wip'])}\n\ndiff --git a/config/settings.yml b/config/settings.yml\nindex ${hex(7)}..${hex(7)} 100644\n--- a/config/settings.yml\n+++ b/config/settings.yml\n@@ -${ri(3, 30)},${ri(3, 7)} +${ri(3, 30)},${ri(3, 7)} @@\n-  api_key: ${apiTok()}\n+  api_key: ${LK.envRef()}\n   region: eu-west-1\n-  webhook_secret: ${sec('WEBHOOK_SECRET')}\n+  webhook_secret: ${LK.envRef()}\n`,
  () => F`$ git remote -v\norigin\thttps://${pick(['ci-bot', 'x-access-token', 'oauth2'])}:${sec(pick(['GITHUB_PAT', 'GITLAB_PAT', 'BITBUCKET_APP_PASSWORD', 'AZURE_DEVOPS_PAT']))}@git.acme.example/acme/ledger.git (fetch)\norigin\thttps://git.acme.example/acme/ledger.git (push)\n$ git log --oneline -5\n${Array.from({ length: 5 }, () => F`${LK.gitSha(7)} ${pick(['bump deps', 'fix flaky test', 'Merge pull request #' + ri(100, 999), 'docs: setup', 'feat: export csv'])}\n`)}`,
  () => F`$ git stash show -p stash@{0}\n--- a/scripts/seed.sh\n+++ b/scripts/seed.sh\n@@ -1,4 +1,6 @@\n #!/bin/sh\n+export ${keyFor('ALGOLIA_ADMIN_KEY')}=${sec('ALGOLIA_ADMIN_KEY')}\n+export CONTENTFUL_MANAGEMENT_TOKEN=${sec('CONTENTFUL_PAT')}\n psql "$DATABASE_URL" -f seed.sql\n # seed data checksum ${LK.hashL()}\n`,
  () => F`$ git show ${LK.gitSha(10)}:deploy/id_deploy\n${sec('OPENSSH_PRIVATE_KEY')}\n$ cat deploy/id_deploy.pub\n${LK.sshPub()}\n`,
];

export const markdown = [
  () => F`# ${pick(['Local setup', 'Getting started', 'Onboarding'])}\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Fill in your own key — the value below is a placeholder:\n\n\`\`\`bash\nexport ${keyFor(nextKind())}=${LK.placeholder()}\nexport AWS_ACCESS_KEY_ID=${LK.awsExample()}\n\`\`\`\n\n3. For the shared staging account use the team key (ask in #platform if it stops working):\n\n\`\`\`\n${kvPair()}\n\`\`\`\n\nThe current release is ${LK.version()}; see commit ${LK.gitSha(12)}.\n`,
  () => F`## Runbook: rotate the ${pick(['Stripe', 'Twilio', 'SendGrid', 'Datadog'])} credentials\n\n| env | key | last rotated |\n|---|---|---|\n| prod | \`${apiTok()}\` | ${LK.date()} |\n| staging | \`${apiTok()}\` | ${LK.date()} |\n| docs | \`${LK.placeholder()}\` | — |\n| example | \`${LK.redacted()}\` | — |\n\nAfter rotating, check the dashboard (request id format \`${LK.reqId()}\`).\n`,
  () => F`### Incident ${ri(100, 999)} — postmortem notes\n\nAt ${LK.ts()} a contractor pasted the following into a public gist:\n\n> ${conn()}\n\nThe key \`${apiTok()}\` was also visible in the screenshot. Both revoked by ${PI.latinPerson()} at ${LK.ts()}.\nAffected image: ${LK.digest()}.\n`,
  () => F`# API client\n\n\`\`\`python\nclient = Client(\n    api_key="${LK.placeholder()}",  # get one at https://portal.acme.example\n)\n\`\`\`\n\nExample response:\n\n\`\`\`json\n{"id": "${LK.uuidL()}", "created": ${LK.ts()}, "object": "key", "redacted_value": "${LK.redacted()}"}\n\`\`\`\n\nIntegration test credentials (CI only, do not use locally):\n\n    PARTNER_TOKEN=${apiTok()}\n    PARTNER_SECRET=${apiTok()}\n`,
  () => F`# Signing keys\n\nPublic key (safe to share):\n\n\`\`\`\n${LK.pemPub()}\n\`\`\`\n\nThe matching private key used to live in this wiki page (history shows it):\n\n\`\`\`\n${sec(pick(['EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PGP_PRIVATE_KEY']))}\n\`\`\`\n`,
];
