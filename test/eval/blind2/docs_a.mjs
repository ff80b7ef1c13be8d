// blind2 documents, part A: configs, manifests, logs, code, shell, CI, git, markdown, stack traces.
import { S, P as PI, L, d } from './lib.mjs';

export function kindsA(c) {
  const { r, V, P, sec } = c;
  const pw = () => V.password();
  const host = P.host;
  const K = {};

  K.env = [
    () => {
      const lines = [d`# ${r.pick(['production', 'staging', 'prod-eu', 'local dev'])} environment — generated ${L('date', P.date())}\n`, `APP_NAME=${r.pick(['billing-api', 'ledger', 'orders-svc', 'helpdesk'])}\n`, d`APP_VERSION=${L('version', P.version())}\n`, `NODE_ENV=production\nPORT=${r.int(3000, 9090)}\n\n`];
      for (let i = 0, n = r.int(3, 5); i < n; i++) { const s = sec(); const q = r.pick(['', '"', "'"]); lines.push(d`${r.pick(s.keys).toUpperCase().replace(/[.]/g, '_')}=${q}${S(s.entity, s.gen())}${q}${r.chance(0.2) ? '  # rotated ' + r.int(2, 11) + ' days ago' : ''}\n`); }
      const dbPw = V.urlSafePassword();
      lines.push(d`\nDATABASE_URL=postgres://${r.pick(['app', 'svc_orders', 'admin', 'reporting'])}:${S('DATABASE_PASSWORD', dbPw)}@${host()}:5432/${r.pick(['orders', 'main', 'crm'])}?sslmode=require\n`);
      lines.push(d`REDIS_URL=${L('env_reference', P.envRef('REDIS_URL'))}\n`);
      lines.push(d`# example from the wiki, do not use: ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}\n`);
      lines.push(d`SENTRY_RELEASE=${L('git_sha', V.gitSha())}\nFEATURE_FLAGS_KEY=${L('placeholder', P.placeholder())}\n`);
      return lines;
    },
    () => {
      const s1 = sec(), s2 = sec(), s3 = sec();
      return d`[server]
host = "0.0.0.0"
port = ${r.int(8000, 8999)}
request_id_header = "X-Request-Id"

[database]
url = "mysql://${r.pick(['root', 'shop', 'etl'])}:${S('MYSQL_PASSWORD', V.urlSafePassword())}@${host()}:3306/shop"
pool_size = ${r.int(5, 50)}

[integrations.${r.pick(['payments', 'mail', 'search'])}]
${r.pick(s1.keys).toLowerCase().replace(/[.]/g, '_')} = "${S(s1.entity, s1.gen())}"
${r.pick(s2.keys).toLowerCase().replace(/[.]/g, '_')} = '${S(s2.entity, s2.gen())}'
endpoint = "https://${host()}/v2"

[integrations.legacy]
# kept for the migration; value lives in vault now
token = "${L('placeholder', P.placeholder())}"
fallback = "${L('env_reference', P.envRef('LEGACY_TOKEN'))}"

[observability]
${r.pick(s3.keys).toLowerCase().replace(/[.]/g, '_')} = "${S(s3.entity, s3.gen())}"
service_version = "${L('version', P.version())}"
instance_id = "${L('uuid', V.uuid())}"
`;
    },
    () => {
      const s1 = sec(), s2 = sec();
      return d`{
  "name": "${r.pick(['storefront', 'mobile-bff', 'pricing'])}",
  "version": "${L('version', P.version())}",
  "settings": {
    "smtp": { "host": "${host()}", "user": "${P.roleEmail()}", "pass": "${S('SMTP_PASSWORD', pw().replace(/["\\]/g, 'q'))}" },
    "${r.pick(s1.keys)}": "${S(s1.entity, s1.gen())}",
    "${r.pick(s2.keys)}": "${S(s2.entity, s2.gen())}",
    "publishableKey": "${L('public_key', P.pubStripe())}",
    "mapToken": "${L('public_key', P.mapbox())}",
    "brandColor": "${L('hex_color', P.hexColor())}",
    "buildId": "${L('build_number', P.build())}"
  }
}
`;
    },
  ];

  K.k8s_manifest = [
    () => {
      const items = []; for (let i = 0, n = r.int(2, 4); i < n; i++) { const s = sec(); const q = r.pick(['', '"']); items.push(d`  ${r.pick(s.keys).replace(/[.]/g, '_')}: ${q}${S(s.entity, s.gen())}${q}\n`); }
      const dbpw = pw().replace(/["\\]/g, 'x');
      return d`apiVersion: v1
kind: Secret
metadata:
  name: ${r.pick(['api', 'worker', 'payments'])}-secrets
  namespace: ${r.pick(['prod', 'default', 'payments'])}
  uid: ${L('uuid', V.uuid())}
  resourceVersion: "${L('k8s_resource_version', P.k8sRv())}"
  creationTimestamp: "${L('timestamp', P.isoTs())}"
type: Opaque
data:
  db-password: ${S('K8S_SECRET_DATA', Buffer.from(dbpw).toString('base64'))}
stringData:
${items}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.acme.example/api@${L('digest', V.digest())}
          env:
            - name: RELEASE
              value: "${L('git_sha', V.gitSha())}"
`;
    },
    () => {
      const s = sec(); const user = r.pick(['ci-bot', 'deployer', 'robot$builder']); const p2 = V.urlSafePassword();
      const auth = Buffer.from(`${user}:${p2}`).toString('base64');
      return d`# ~/.docker/config.json as mounted into the build pod
{
  "auths": {
    "registry.${r.pick(['acme', 'globex', 'kestrel'])}.example": {
      "auth": "${S('DOCKER_REGISTRY_AUTH', auth)}"
    },
    "mirror.internal.test": {
      "auth": "${L('placeholder', r.pick(['<base64 user:pass>', 'dXNlcjpwYXNzd29yZA==', 'REPLACE_ME']))}"
    }
  },
  "credHelpers": { "ecr.example": "ecr-login" }
}
---
# values.yaml
image:
  tag: "${L('version', P.version())}"
  digest: "${L('digest', V.digest())}"
secrets:
  ${r.pick(s.keys).replace(/[.]/g, '_')}: "${S(s.entity, s.gen())}"
  sharedPassword: "${L('env_reference', P.envRef('SHARED_PASSWORD'))}"
podAnnotations:
  checksum/config: "${L('hash', V.hexN(64))}"
`;
    },
    () => {
      const s1 = sec(), s2 = sec(); const pg = pw().replace(/["\\$]/g, 'z');
      return d`version: "3.9"
services:
  db:
    image: postgres:${L('version', `${r.int(13, 17)}.${r.int(0, 6)}`)}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "${S('DATABASE_PASSWORD', pg)}"
  worker:
    image: ghcr.example/acme/worker@${L('digest', V.digest())}
    environment:
      - ${r.pick(s1.keys).toUpperCase().replace(/[.]/g, '_')}=${S(s1.entity, s1.gen())}
      - ${r.pick(s2.keys).toUpperCase().replace(/[.]/g, '_')}=${S(s2.entity, s2.gen())}
      - GIT_COMMIT=${L('git_sha', V.gitSha())}
      - ADMIN_PASSWORD=${L('env_reference', P.envRef('ADMIN_PASSWORD'))}
    labels:
      com.acme.build: "${L('build_number', P.build())}"
`;
    },
  ];

  const method = () => r.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']);
  K.app_log = [
    () => {
      const out = [];
      for (let i = 0, n = r.int(2, 4); i < n; i++) {
        const ip = r.chance(0.3) ? V.ipv6() : V.ipv4Pub();
        out.push(d`${PI('IP_ADDRESS', ip)} - - [${L('timestamp', P.ts())}] "${method()} /api/v${r.int(1, 3)}/${r.pick(['orders', 'users/me', 'cart', 'login', 'search?q=boots'])} HTTP/1.1" ${r.pick([200, 200, 201, 304, 401, 404, 500])} ${r.int(120, 90000)} "-" "${r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'okhttp/4.12.0', 'curl/8.5.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)'])}" rid=${L('request_id', P.requestId())}\n`);
      }
      const p = P.person('us');
      out.push(d`WARN auth: failed login for ${PI('EMAIL_ADDRESS', P.email(p))} from ${PI('IP_ADDRESS', V.ipv4Pub())} (attempt ${r.int(2, 6)}/5)\n`);
      if (r.chance(0.6)) { const s = sec(); out.push(d`DEBUG http.client: sending headers {'Authorization': 'Bearer ${S(s.entity, s.gen())}', 'Accept': 'application/json'}\n`); }
      return out;
    },
    () => {
      const u = P.person(); const ip = V.ipv4Pub();
      const tok = V.jwt({ sub: r.digits(7), email: 'masked', iat: 1712000000 + r.int(0, 9e6) });
      return d`{"level":"info","ts":"${L('timestamp', P.isoTs())}","msg":"session created","user":"${PI('PERSON', u.full)}","email":"${PI('EMAIL_ADDRESS', P.email(u))}","client_ip":"${PI('IP_ADDRESS', ip)}","trace_id":"${L('request_id', P.requestId())}"}
{"level":"debug","ts":"${L('timestamp', P.isoTs())}","msg":"issued token","token":"${S('JWT', tok)}","expires_in":3600}
{"level":"info","ts":"${L('timestamp', P.isoTs())}","msg":"cart updated","items":${r.int(1, 9)},"total":"${L('price', P.price())}","order":"${L('order_number', P.order())}"}
{"level":"error","ts":"${L('timestamp', P.isoTs())}","msg":"upstream refused","upstream":"${host()}","peer":"${V.ipv4Priv()}:${r.int(1024, 65000)}","attempt":${r.int(1, 4)}}
{"level":"info","ts":"${L('timestamp', P.isoTs())}","msg":"sms sent","to":"${PI('PHONE_NUMBER', P.phone())}","template":"otp","provider_msg_id":"${L('request_id', 'SM' + V.hexN(32))}"}
`;
    },
    () => {
      const pwd = V.urlSafePassword(); const p = P.person();
      return d`${L('timestamp', P.ts())} ERROR [pool-3-thread-${r.int(1, 12)}] c.a.billing.Gateway - connection failed: jdbc:postgresql://${host()}:5432/billing?user=billing&password=${S('DATABASE_PASSWORD', pwd)}
${L('timestamp', P.ts())} INFO  [main] c.a.billing.Export - exported invoice ${L('order_number', P.order())} for ${PI('PERSON', p.full)} <${PI('EMAIL_ADDRESS', P.email(p))}>
${L('timestamp', P.ts())} INFO  [main] c.a.billing.Export - shipping label ${L('tracking_number', P.tracking())} created, dest ${PI('LOCATION', P.city())}
${L('timestamp', P.ts())} WARN  [main] c.a.billing.Card - card declined: ${L('vendor_test_card', P.testCard())} (sandbox)
${L('timestamp', P.ts())} DEBUG [main] c.a.billing.Client - remote_addr=${PI('IP_ADDRESS', V.ipv4Pub())} ua="${r.pick(['Dalvik/2.1.0', 'Safari/605.1.15', 'python-requests/2.31'])}"
`;
    },
  ];

  K.source_code = [
    () => {
      const s1 = sec(), s2 = sec();
      return d`import os
import requests

# TODO(${r.pick(['kai', 'marta', 'ops'])}): move these into the secret manager before ${L('date', P.date())}
${r.pick(s1.keys).toUpperCase().replace(/[.]/g, '_')} = "${S(s1.entity, s1.gen())}"
${r.pick(s2.keys).toUpperCase().replace(/[.]/g, '_')} = os.environ.get("${r.pick(s2.keys).toUpperCase().replace(/[.]/g, '_')}", "${S(s2.entity, s2.gen())}")
FALLBACK_KEY = os.environ.get("FALLBACK_KEY", "${L('placeholder', P.placeholder())}")
TEST_CARD = "${L('vendor_test_card', P.testCard())}"
SCHEMA_ID = "${L('uuid', V.uuid())}"


def fetch_invoice(invoice_id: str) -> dict:
    resp = requests.get(
        f"https://${host()}/v1/invoices/{invoice_id}",
        headers={"Authorization": f"Bearer {${r.pick(s1.keys).toUpperCase().replace(/[.]/g, '_')}}"},
        timeout=${r.int(5, 30)},
    )
    resp.raise_for_status()
    return resp.json()
`;
    },
    () => {
      const key = r.pick([V.ecKey, V.pkcs8Ed, V.opensshKey])();
      const kind = key.includes('OPENSSH') ? 'PRIVATE_KEY_OPENSSH' : key.includes('EC PRIVATE') ? 'PRIVATE_KEY_EC' : 'PRIVATE_KEY_PKCS8';
      return d`// signer.js — signs webhook payloads for partners
const crypto = require('crypto');

const SIGNING_KEY = \`${S(kind, key)}\`;

const PARTNER_PUBLIC_KEY = \`${L('public_key', V.pemPub())}\`;

// release ${L('version', P.version())}, commit ${L('git_sha', V.shortSha())}
module.exports.sign = (body) => crypto.sign(null, Buffer.from(body), SIGNING_KEY).toString('base64');
module.exports.keyId = '${L('uuid', V.uuid())}';
`;
    },
    () => {
      const s = sec(); const p = pw().replace(/["\\`]/g, 'k');
      return d`package config

// Defaults used by the integration tests and (oops) by prod until #${r.int(100, 999)} lands.
const (
	DefaultDSN      = "sqlserver://sa:${S('MSSQL_PASSWORD', p)}@${host()}:1433?database=ledger"
	${r.pick(['PartnerKey', 'UpstreamToken', 'ServiceSecret'])} = "${S(s.entity, s.gen())}"
	ExampleAWSKey   = "${L('aws_example_key', P.awsExample())}"
	ExampleToken    = "${L('placeholder', P.placeholder())}"
	BrandPrimary    = "${L('hex_color', P.hexColor())}"
	MigrationHash   = "${L('hash', V.hexN(r.pick([32, 40, 64])))}"
)
`;
    },
    () => {
      const key = V.rsaKey();
      return d`# deploy/keys.py — generated by bootstrap on ${L('date', P.date())}
DEPLOY_KEY = """${S('PRIVATE_KEY_RSA', key)}"""

KNOWN_HOST_KEY = "${L('public_key', V.sshEdPub())}"
`;
    },
  ];

  K.shell_history = [
    () => {
      const s1 = sec(), s2 = sec(), tok = V.ghToken('ghp'); const mp = V.urlSafePassword();
      return d`  ${r.int(400, 900)}  cd ~/src/${r.pick(['infra', 'payments', 'website'])}
  ${r.int(400, 900)}  git log --oneline -3
  ${r.int(400, 900)}  git checkout ${L('git_sha', V.gitSha())}
  ${r.int(400, 900)}  export ${r.pick(s1.keys).toUpperCase().replace(/[.]/g, '_')}=${S(s1.entity, s1.gen())}
  ${r.int(400, 900)}  git clone https://${r.pick(['oauth2', 'x-access-token', 'deploy'])}:${S('GITHUB_PAT', tok)}@git.acme.example/platform/tools.git
  ${r.int(400, 900)}  mysql -h ${host()} -u root -p'${S('MYSQL_PASSWORD', mp)}' -e 'show processlist'
  ${r.int(400, 900)}  curl -s -H "X-Api-Key: ${S(s2.entity, s2.gen())}" https://${host()}/health
  ${r.int(400, 900)}  docker pull registry.acme.example/api@${L('digest', V.digest())}
  ${r.int(400, 900)}  npm version ${L('version', P.version())}
  ${r.int(400, 900)}  history | tail
`;
    },
    () => {
      const ak = V.akia(r.pick(['AKIA', 'ASIA'])), sk = V.awsSecret(); const s = sec();
      return d`$ aws configure set aws_access_key_id ${S(ak.startsWith('ASIA') ? 'AWS_TEMP_ACCESS_KEY' : 'AWS_ACCESS_KEY', ak)}
$ aws configure set aws_secret_access_key ${S('AWS_SECRET_KEY', sk)}
$ aws sts get-caller-identity
{
    "UserId": "AIDA${V.b62N(17).toUpperCase()}",
    "Account": "${r.digits(12)}",
    "Arn": "arn:aws:iam::${r.digits(12)}:user/${r.pick(['ci', 'backup', 'svc-export'])}"
}
$ # docs example, should fail: ${L('aws_example_key', P.awsExample())}
$ ${r.pick(s.keys).toUpperCase().replace(/[.]/g, '_')}=${S(s.entity, s.gen())} ./scripts/sync.sh --since ${L('date', P.date())}
sync: ${r.int(10, 900)} objects, request ${L('request_id', P.requestId())}
`;
    },
    () => {
      const p = V.urlSafePassword(), u = r.pick(['admin', 'svc', 'backup']);
      const basic = Buffer.from(`${u}:${p}`).toString('base64');
      return d`PS C:\\Users\\${r.pick(['jmoreno', 'aokafor', 'lchen'])}> $env:VAULT_TOKEN = "${S('VAULT_TOKEN', 'hvs.' + V.b62N(90))}"
PS C:\\Users\\> Invoke-RestMethod -Uri https://${host()}/api/export -Headers @{ Authorization = "Basic ${S('BASIC_AUTH_CREDENTIALS', basic)}" }
id                                   status   created
--                                   ------   -------
${L('uuid', V.uuid())} queued   ${L('timestamp', P.isoTs())}
PS C:\\Users\\> Get-FileHash .\\export.zip
Algorithm Hash
--------- ----
SHA256    ${L('hash', V.hexN(64).toUpperCase())}
`;
    },
  ];

  K.ci_output = [
    () => {
      const s = sec(); const bn = P.build();
      return d`Run actions/checkout@v4
  with:
    ref: ${L('git_sha', V.gitSha())}
    token: ***
Run ./scripts/publish.sh
  env:
    NPM_TOKEN: ${L('env_reference', '${{ secrets.NPM_TOKEN }}')}
    REGISTRY: npm.acme.example
+ echo "//npm.acme.example/:_authToken=${S('NPM_TOKEN', V.npm())}" > ~/.npmrc
+ npm publish --tag next
npm notice package: @acme/sdk@${L('version', P.version())}
npm notice integrity: ${L('integrity', V.integrity())}
npm notice shasum: ${L('hash', V.hexN(40))}
+ curl -sf -H "Authorization: token ${S(s.entity, s.gen())}" https://${host()}/notify
Build ${L('build_number', bn)} finished in ${r.int(1, 14)}m ${r.int(0, 59)}s
`;
    },
    () => {
      const s1 = sec(); const tok = V.glpat();
      return d`Running with gitlab-runner ${L('version', P.version())} (${L('git_sha', V.shortSha())})
  on ${r.pick(['docker-autoscaler', 'shared-runner-3'])} ${r.chars('abcdefghjk', 8)}
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${L('git_sha', V.shortSha())} as detached HEAD (ref is main)...
$ echo "debug: using CI_JOB_PAT=${S('GITLAB_PAT', tok)}"
$ export ${r.pick(s1.keys).toUpperCase().replace(/[.]/g, '_')}="${S(s1.entity, s1.gen())}"
$ terraform apply -auto-approve -var "db_password=${L('env_reference', '$TF_VAR_db_password')}"
Apply complete! Resources: ${r.int(0, 9)} added, ${r.int(0, 9)} changed, 0 destroyed.
Uploading artifacts... job ${L('build_number', P.build())}
Job succeeded
`;
    },
    () => {
      const rsa = r.chance(0.5);
      return d`[${L('timestamp', P.isoTs())}] Step 4/9 : write deploy key
[${L('timestamp', P.isoTs())}] + cat ~/.ssh/id_${rsa ? 'rsa' : 'ed25519'}
${rsa ? S('PRIVATE_KEY_RSA', V.rsaKey()) : S('PRIVATE_KEY_OPENSSH', V.opensshKey())}
[${L('timestamp', P.isoTs())}] + ssh-keyscan git.acme.example
git.acme.example ${L('public_key', V.sshEdPub())}
[${L('timestamp', P.isoTs())}] Step 5/9 : image ${L('digest', V.digest())}
`;
    },
  ];

  K.git_output = [
    () => {
      const a = P.person(), b = P.person(); const s = sec();
      const key = r.pick(s.keys).toUpperCase().replace(/[.]/g, '_');
      return d`commit ${L('git_sha', V.gitSha())}
Author: ${PI('PERSON', a.full)} <${PI('EMAIL_ADDRESS', P.email(a))}>
Date:   ${L('date', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Mar', 'Jun', 'Oct'])} ${r.int(1, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} ${r.int(2022, 2025)} +0${r.int(0, 5)}00`)}

    ${r.pick(['wire up the partner sync', 'hotfix: retry on 502', 'config: add new upstream'])}

    Co-authored-by: ${PI('PERSON', b.full)} <${PI('EMAIL_ADDRESS', P.email(b))}>

diff --git a/.env.production b/.env.production
index ${L('git_sha', V.shortSha())}..${L('git_sha', V.shortSha())} 100644
--- a/.env.production
+++ b/.env.production
@@ -${r.int(1, 30)},6 +${r.int(1, 30)},7 @@
 LOG_LEVEL=info
-${key}=${L('placeholder', P.placeholder())}
+${key}=${S(s.entity, s.gen())}
 RELEASE=${L('version', P.version())}
`;
    },
    () => {
      const lines = [];
      for (let i = 0, n = r.int(2, 3); i < n; i++) { const p = P.person(); lines.push(d`${L('git_sha', V.shortSha())} ${L('date', P.date())} ${PI('PERSON', p.full)} ${r.pick(['fix flaky test', 'bump deps', 'add iOS build', 'refactor ledger', 'translate strings', 'docs: typo'])}\n`); }
      return [d`$ git log --format='%h %ad %an %s' --date=short -n ${lines.length}\n`, lines, d`$ git remote -v\norigin  https://${r.pick(['build', 'ci'])}:${S('GITHUB_PAT', V.ghToken('ghp'))}@git.acme.example/acme/mono.git (fetch)\n$ git describe --tags\n${L('version', P.version())}\n`];
    },
  ];

  K.markdown_doc = [
    () => {
      const p = P.person(); const s = sec();
      return d`# Partner API — getting started

Ask ${PI('PERSON', p.full)} (${PI('EMAIL_ADDRESS', P.email(p))}, ${PI('PHONE_NUMBER', P.phone())}) for sandbox access.

## Configure

\`\`\`bash
export PARTNER_API_KEY=${L('placeholder', P.placeholder())}
export AWS_ACCESS_KEY_ID=${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}
export AWS_SECRET_ACCESS_KEY=${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
\`\`\`

Test cards: ${L('vendor_test_card', P.testCard())} (success) and ${L('invalid_card', V.badCard())} (fails Luhn, expect 422).

> **Note** — the staging key below was pasted by mistake during the ${L('date', P.date())} workshop:
> \`${S(s.entity, s.gen())}\`

| Version | Released | Notes |
|---|---|---|
| ${L('version', P.version())} | ${L('date', P.date())} | pagination |
| ${L('version', P.version())} | ${L('date', P.date())} | webhooks |
`;
    },
    () => {
      const s = sec(); const p = P.person();
      return d`## Runbook: rotate the ${r.pick(['payments', 'search', 'mail'])} credentials

1. Open the vault path \`kv/prod/${r.pick(['stripe', 'algolia', 'mailgun'])}\` (owner: ${PI('PERSON', p.full)}).
2. Generate a new key; the old one (${'`'}${S(s.entity, s.gen())}${'`'}) must be revoked **after** the deploy.
3. Update the reference in \`values.yaml\`: \`apiKey: ${L('env_reference', P.envRef('API_KEY'))}\`.
4. Verify with request id ${L('request_id', P.requestId())} in the dashboard.

Incident ${L('order_number', 'INC-' + r.digits(5))}, bookshelf reference ISBN ${L('isbn', V.isbn())}.
Office: ${PI('LOCATION', P.street())}, ${PI('LOCATION', P.city())}. On-call phone ${PI('PHONE_NUMBER', P.phone())}.
`;
    },
  ];

  K.stack_trace = [
    () => {
      const pwd = V.urlSafePassword(); const p = P.person();
      return d`Traceback (most recent call last):
  File "/srv/app/worker.py", line ${r.int(20, 400)}, in handle
    result = charge(customer, amount)
  File "/srv/app/billing.py", line ${r.int(20, 400)}, in charge
    conn = psycopg2.connect(dsn)
    locals: dsn='postgresql://billing:${S('DATABASE_PASSWORD', pwd)}@${host()}/billing'
            customer={'name': '${PI('PERSON', p.full)}', 'email': '${PI('EMAIL_ADDRESS', P.email(p))}', 'id': '${L('crm_id', P.crmId())}'}
            amount='${L('price', P.price())}'
psycopg2.OperationalError: could not connect to server: Connection timed out
	Is the server running on host "${host()}" (${V.ipv4Priv()}) and accepting TCP/IP connections on port 5432?
request_id=${L('request_id', P.requestId())} at ${L('timestamp', P.isoTs())}
`;
    },
    () => {
      const s = sec(); const ip = V.ipv4Pub();
      return d`Exception in thread "main" com.acme.client.AuthException: 401 Unauthorized for key ${S(s.entity, s.gen())}
	at com.acme.client.HttpClient.execute(HttpClient.java:${r.int(80, 400)})
	at com.acme.sync.PartnerSync.run(PartnerSync.java:${r.int(20, 200)})
	at java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: java.io.IOException: Server returned HTTP response code: 401 for URL: https://${host()}/v3/accounts?client=${PI('IP_ADDRESS', ip)}
	at sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2014)
	... 3 more
build=${L('build_number', P.build())} jvm=${L('version', `21.0.${r.int(1, 5)}+${r.int(7, 13)}`)} correlation=${L('uuid', V.uuid())}
`;
    },
  ];
  return K;
}
