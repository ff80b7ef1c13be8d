// blind6: operational text — shell history, CI logs, HTTP dumps, terraform state, cloud CLI, browser
// exports, crash reports, logs, stack traces, developer chat, markdown docs, JSON API answers.
import { T, jsonEsc, b64, chars, A } from './lib.mjs';
import { s, l, p, who, nextKind, single, tokenish, clock, keyOf, styleKey, jsonV, pick, int, chance, pii, shuffle } from './ctx.mjs';
import { iso, look } from './looks.mjs';
import { gen } from './secrets.mjs';

const sec = () => { const k = nextKind(single); return { k, key: keyOf(k), v: s(k) }; };
const tok = () => { const k = nextKind(tokenish); return { k, key: keyOf(k), v: s(k) }; };
const user = () => pick(['dev', 'ubuntu', 'ec2-user', 'mkaur', 'jbauer', 'root', 'tanaka']);

export const shellHistory = () => {
  const a = sec(), b = sec(), c = sec();
  const cmds = shuffle([
    T`export ${a.key}=${a.v}\n`,
    T`curl -s -H "Authorization: Bearer ${b.v}" https://api.acme.example/v1/me | jq .\n`,
    T`mysql -h db.internal.acme.example -u admin -p'${s('MYSQL_PASSWORD')}' shop -e 'select count(*) from orders'\n`,
    T`PGPASSWORD='${s('POSTGRES_PASSWORD')}' psql -h pg.acme.example -U etl analytics\n`,
    T`docker login registry.acme.example -u ci-bot -p ${s(pick(['REGISTRY_PASSWORD', 'DOCKER_HUB_PAT']))}\n`,
    T`echo ${c.v} | gh auth login --with-token\n`,
    T`git checkout ${l('short_sha')}\n`,
    T`kubectl -n prod get secret api-keys -o jsonpath='{.data.token}' | base64 -d\n`,
    T`sshpass -p '${s('SSH_PASSWORD')}' ssh ${user()}@bastion.acme.example\n`,
    T`redis-cli -h cache-01.internal.acme.example -a '${s('REDIS_PASSWORD')}' info keyspace\n`,
    T`vault login ${s('VAULT_TOKEN')}\n`,
    T`aws configure set aws_secret_access_key ${s('AWS_SECRET_ACCESS_KEY')} --profile prod\n`,
    T`docker pull registry.acme.example/api@${l('digest')}\n`,
    T`npm version ${l('version')}\n`,
    T`export OPENAI_API_KEY=${l('placeholder', pick(['sk-...', '<your-key>', 'xxxx']))}\n`,
    T`ls -la ~/.ssh && cat ~/.ssh/id_ed25519.pub\n`,
    T`htop\n`, T`cd ~/src/billing && make test\n`, T`history | grep -i token\n`,
  ]).slice(0, int(9, 14));
  return T`$ cat ~/.${pick(['bash_history', 'zsh_history'])} | tail -n 40\n${cmds.map((c, i) => chance(0.3) ? [`: ${1761000000 + i * int(20, 400)}:0;`, c] : c)}`;
};

export const ciOutput = () => {
  const a = sec(), b = sec();
  const run = int(1000, 99999); const c = clock();
  return T`${c()} ##[group]Run ${pick(['./scripts/deploy.sh', 'make release', 'npm publish'])}
${c()} env:
${c()}   ${a.key}: ***
${c()}   NODE_AUTH_TOKEN: ***
${c()}   GITHUB_SHA: ${l('git_sha')}
${c()} ##[endgroup]
${c()} Job ${l('build_number', '#' + run)} on runner ${pick(['ubuntu-22.04', 'self-hosted-arm64', 'gitlab-runner-07'])}
${c()} + echo "Using token ${l('redacted', '***')}"
${c()} + set -x
${c()} + curl -fsS -u deploy:${s(pick(['REGISTRY_PASSWORD', 'ADMIN_PASSWORD']))} https://artifacts.acme.example/api/upload
${c()} + ./notify --webhook-secret ${b.v}
${c()} Debug: resolved secret ${a.key} (masked in logs) = ${a.v}
${c()} Pushing image registry.acme.example/api:${l('version')} (${l('digest')})
${c()} Test summary: ${int(200, 900)} passed, ${int(0, 3)} skipped — coverage ${int(60, 95)}.${int(0, 9)}%
${c()} Uploading artifacts with ${pick(['${{ secrets.CODECOV_TOKEN }}', '${CI_JOB_TOKEN}'])} ... ok
${c()} ${pick(['Cleaning up project directory and file based variables', 'Post job cleanup.', 'Finished: SUCCESS'])}
`;
};

export const curlVerbose = () => {
  const a = tok();
  const bearer = chance(0.5) ? s('JWT') : a.v;
  return T`$ curl -v -X POST https://api.partner.example/v2/charges -H "Authorization: Bearer ${bearer}" -H 'Content-Type: application/json' -d '{"amount": ${int(100, 90000)}, "currency": "eur", "idempotency_key": "${l('uuid')}"}'
*   Trying ${pii.privIp()}:443...
* Connected to api.partner.example port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> POST /v2/charges HTTP/2
> Host: api.partner.example
> user-agent: curl/8.5.0
> authorization: Bearer ${{ ...bearer }}
> content-type: application/json
>
< HTTP/2 ${pick(['201', '402', '409'])}
< date: ${pick(['Tue, 04 Nov 2025 10:22:31 GMT', 'Fri, 14 Mar 2025 08:01:12 GMT'])}
< x-request-id: ${l('request_id')}
< etag: W/"${l('md5')}"
<
{"id":"ch_${l('crm_id', 'x' + int(100000, 999999))}","status":"${pick(['succeeded', 'requires_action'])}","created":${l('timestamp', String(int(1700000000, 1790000000)))}}
`;
};

export const httpDump = () => {
  const a = sec();
  const basic = s('BASIC_AUTH_CREDENTIALS');
  return T`### captured with mitmproxy on ${l('date')}
GET /internal/metrics HTTP/1.1
Host: metrics.acme.example
Authorization: Basic ${basic}
X-Forwarded-For: ${p('IP_ADDRESS')}
Cookie: session=${s('SESSION_SECRET')}; theme=dark; _ga=GA1.2.${int(100000000, 999999999)}.${l('timestamp', String(int(1700000000, 1790000000)))}

HTTP/1.1 200 OK
Content-Type: text/plain
X-Request-Id: ${l('request_id')}

POST /oauth/token HTTP/1.1
Host: auth.acme.example
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=${pick(['reporting-cli', 'mobile-ios', 'partner-42'])}&client_secret=${s('OAUTH_CLIENT_SECRET')}&scope=read

HTTP/1.1 200 OK
Content-Type: application/json

{"access_token":"${s('JWT')}","token_type":"Bearer","expires_in":3600,"refresh_token":"${a.v}"}
`;
};

export const tfstate = () => {
  const a = sec();
  return T`{
  "version": 4,
  "terraform_version": "${l('version', '1.' + int(5, 9) + '.' + int(0, 5))}",
  "serial": ${int(10, 400)},
  "lineage": "${l('uuid')}",
  "outputs": {
    "db_endpoint": { "value": "${pick(['prod-db.cluster-x1.acme.example', 'sql.globex.test'])}", "type": "string" },
    "admin_password": { "value": "${s('ADMIN_PASSWORD')}", "type": "string", "sensitive": true }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "${pick(['aws_db_instance', 'azurerm_postgresql_flexible_server', 'google_sql_user'])}",
      "name": "main",
      "instances": [
        {
          "schema_version": 1,
          "attributes": {
            "id": "${pick(['db-', 'srv-'])}${l('short_sha')}",
            "username": "${pick(['dbadmin', 'postgres'])}",
            "password": "${s(pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD']))}",
            "arn": "arn:aws:rds:eu-west-1:${int(100000000000, 999999999999)}:db:main"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [
        {
          "attributes": {
            "id": "${s('AWS_ACCESS_KEY_ID')}",
            "secret": "${s('AWS_SECRET_ACCESS_KEY')}",
            "status": "Active",
            "create_date": "${l('timestamp', iso())}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "${styleKey(a.key, 'snake')}",
      "instances": [ { "attributes": { "result": "${jsonV(a.v)}", "length": 32 } } ]
    }
  ]
}
`;
};

export const cloudCli = () => {
  const r = int(0, 3);
  if (r === 0) return T`$ aws sts assume-role --role-arn arn:aws:iam::${int(100000000000, 999999999999)}:role/deploy --role-session-name ci-${int(100, 999)}
{
    "Credentials": {
        "AccessKeyId": "${s('AWS_TEMP_ACCESS_KEY_ID')}",
        "SecretAccessKey": "${s('AWS_SECRET_ACCESS_KEY')}",
        "SessionToken": "${s('AWS_SESSION_TOKEN')}",
        "Expiration": "${l('timestamp', iso())}"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "${l('aws_role_id', 'AROA' + chars(A.ualnum, 17))}:ci",
        "Arn": "arn:aws:sts::${int(100000000000, 999999999999)}:assumed-role/deploy/ci"
    }
}
`;
  if (r === 1) return T`$ az ad sp create-for-rbac --name ${pick(['gh-actions-deployer', 'terraform-sp'])} --role contributor
Creating 'contributor' role assignment under scope '/subscriptions/${l('uuid')}'
The output includes credentials that you must protect.
{
  "appId": "${l('uuid')}",
  "displayName": "gh-actions-deployer",
  "password": "${s('AZURE_CLIENT_SECRET')}",
  "tenant": "${l('uuid')}"
}
$ az storage account keys list -g rg-prod -n ${pick(['acmeprodsa', 'globexlogs'])} -o table
KeyName    Permissions    Value
---------  -------------  ------------------------------------------------------------------------------------------
key1       FULL           ${s('AZURE_STORAGE_ACCOUNT_KEY')}
key2       FULL           ${s('AZURE_STORAGE_ACCOUNT_KEY')}
`;
  if (r === 2) return T`$ gcloud iam service-accounts keys create key.json --iam-account=${pick(['loader', 'ci'])}@acme-prod.iam.acme.example && cat key.json
created key [${l('sha256_hex')}] of type [json]
{
  "type": "service_account",
  "project_id": "acme-prod",
  "private_key_id": "${l('git_sha')}",
  "private_key": "${s('PKCS8_PRIVATE_KEY', jsonEsc(gen('PKCS8_PRIVATE_KEY')))}\\n",
  "client_email": "loader@acme-prod.iam.acme.example",
  "client_id": "${int(100000000000000000, 999999999999999999)}",
  "token_uri": "https://oauth2.acme.example/token"
}
`;
  return T`$ kubectl config view --raw
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${l('certificate', b64(look('certificate') + '\n'))}
    server: https://k8s-api.prod.acme.example:6443
  name: prod
contexts:
- context: {cluster: prod, user: admin}
  name: prod-admin
users:
- name: admin
  user:
    token: ${s('K8S_SERVICE_ACCOUNT_TOKEN')}
- name: ci
  user:
    client-key-data: ${s('KUBECONFIG_CLIENT_KEY_B64', b64(gen('EC_PRIVATE_KEY') + '\n'))}
`;
};

export const browserExport = () => {
  const a = sec();
  return T`// DevTools → Application → Local Storage → https://app.acme.example (exported ${l('date')})
{
  "ajs_user_id": "\\"${l('crm_id')}\\"",
  "auth.accessToken": "${s('JWT')}",
  "auth.refreshToken": "${jsonV(a.v)}",
  "featureFlags": "{\\"newCheckout\\":true}",
  "lastVisited": "${l('timestamp', String(int(1700000000000, 1790000000000)))}",
  "stripe.pk": "${l('publishable_key')}",
  "user.email": "${p('EMAIL_ADDRESS')}"
}
// Cookies
name,value,domain,expires
session_id,${s('SESSION_SECRET')},app.acme.example,${l('date')}
csrftoken,${l('nonce')},app.acme.example,Session
_gid,GA1.2.${int(1000000, 9999999)}.${int(1700000000, 1790000000)},.acme.example,${l('date')}
`;
};

export const crashReport = () => {
  const a = sec(), b = sec();
  return T`------------------------------------------------------------
Crash report ${l('uuid')}  (${pick(['SIGSEGV', 'SIGABRT', 'unhandled exception'])})
App: ${pick(['acme-desktop', 'sync-agent', 'pos-terminal'])} ${l('version')}  build ${l('git_sha')}
Time: ${l('timestamp', iso())}
Host: ${pick(['WKS-0231', 'pos-lyon-04', 'MacBook-Pro.local'])}  OS: ${pick(['Windows 11 23H2', 'macOS 14.6', 'Ubuntu 22.04'])}
User: ${p('EMAIL_ADDRESS')}
------------------------------------------------------------
Thread 0 crashed:
  #0 0x${l('short_sha', 'a' + int(1000000, 9999999))} in SyncEngine::flush() sync.cc:${int(100, 900)}
  #1 0x${l('short_sha', 'b' + int(1000000, 9999999))} in Uploader::run() upload.cc:${int(10, 300)}

Environment snapshot:
  PATH=/usr/local/bin:/usr/bin
  HOME=/home/${user()}
  ${a.key}=${a.v}
  ${b.key}=${b.v}
  LANG=${pick(['de_DE.UTF-8', 'en_US.UTF-8', 'ja_JP.UTF-8'])}
Loaded config: {"endpoint":"https://sync.acme.example","apiKey":"${s('GENERIC_API_KEY')}","retries":3}
------------------------------------------------------------
`;
};

export const appLog = () => {
  const lines = [];
  const c = clock();
  for (let i = 0; i < int(7, 12); i++) {
    const t = c();
    lines.push(pick([
      () => T`${t} INFO  http ${pick(['GET', 'POST'])} /api/${pick(['orders', 'login', 'cart', 'search'])} 200 ${int(3, 900)}ms ip=${p('IP_ADDRESS')} req=${l('request_id')}\n`,
      () => T`${t} WARN  auth login failed for ${p('EMAIL_ADDRESS')} from ${p('IP_ADDRESS')} (attempt ${int(2, 5)})\n`,
      () => T`${t} DEBUG outbound POST https://hooks.chat.example/services/${s('SLACK_WEBHOOK_SECRET')} -> 200\n`,
      () => T`${t} DEBUG upstream headers {"Authorization":"Bearer ${s(pick(['JWT', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'STRIPE_SECRET_KEY']))}","X-Trace":"${l('trace_id')}"}\n`,
      () => T`${t} INFO  deploy ${l('version')} commit=${l('short_sha')} by ${p('PERSON')}\n`,
      () => T`${t} ERROR db connect failed: postgres://app:${s('POSTGRES_PASSWORD')}@db-primary.internal.acme.example:5432/app (timeout)\n`,
      () => T`${t} INFO  payment ok order=${l('order_number')} amount=${l('price')}\n`,
      () => T`${t} INFO  cache hit key=${l('sha256_hex')}\n`,
      () => T`${t} WARN  token for ${keyOf(nextKind(single))} looks like a placeholder (${l('placeholder')}), skipping\n`,
      () => T`${t} INFO  ws connect client=${p('IP_ADDRESS')} ua="Mozilla/5.0" session=${l('uuid')}\n`,
    ])());
  }
  return T`${lines}`;
};

export const stackTrace = () => {
  const a = tok();
  const lang = pick(['py', 'java', 'node']);
  if (lang === 'py') return T`Traceback (most recent call last):
  File "/srv/app/worker.py", line ${int(20, 300)}, in run
    client = Client(api_key="${a.v}", timeout=30)
  File "/srv/app/.venv/lib/python3.12/site-packages/partner/client.py", line 88, in __init__
    self._session = self._login(api_key)
  File "/srv/app/.venv/lib/python3.12/site-packages/partner/client.py", line 131, in _login
    raise AuthError(f"login failed for {url}: 401 (request {rid})")
partner.errors.AuthError: login failed for https://api.partner.example/v1/session: 401 (request ${l('request_id')})

Local variables in _login:
    url = 'https://api.partner.example/v1/session'
    payload = {'user': '${p('EMAIL_ADDRESS')}', 'password': '${s(pick(['ADMIN_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD']))}'}
    rid = '${l('uuid')}'
`;
  if (lang === 'java') return T`${clock()()} ERROR [main] o.s.boot.SpringApplication - Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': url=jdbc:postgresql://db.internal.acme.example:5432/orders?user=orders&password=${s('POSTGRES_PASSWORD')}
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)
	at com.acme.orders.OrdersApplication.main(OrdersApplication.java:${int(10, 40)})
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "orders"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	... 42 common frames omitted
Properties at startup: {spring.profiles.active=prod, ${styleKey(a.key, 'dot')}=${a.v}, build.commit=${l('git_sha')}}
`;
  return T`/srv/web/node_modules/@acme/sdk/dist/index.js:${int(100, 900)}
      throw new SdkError(\`Request failed: \${res.status}\`, { config });
      ^

SdkError: Request failed: 403
    at request (/srv/web/node_modules/@acme/sdk/dist/index.js:${int(100, 900)}:13)
    at async handler (/srv/web/src/routes/export.ts:${int(10, 90)}:5) {
  config: {
    url: 'https://export.acme.example/v3/jobs',
    headers: { 'x-api-key': '${a.v}', 'x-request-id': '${l('request_id')}' },
    data: '{"email":"${p('EMAIL_ADDRESS')}","format":"csv"}'
  }
}

Node.js ${l('version', 'v20.' + int(10, 19) + '.' + int(0, 3))}
`;
};

const CHAT_LINES = {
  en: [(d, v) => T`hey, can you try with my ${d} for now? ${v} — I'll rotate it tonight`, (d, v) => T`ok here's the ${d}: ${v}\nplease don't paste it anywhere else 🙏`, (d, v) => T`found it in the old wiki, the ${d} is \`${v}\``],
  de: [(d, v) => T`Kannst du kurz meinen ${d} nehmen? ${v} – ich rotiere ihn heute Abend`, (d, v) => T`hier der ${d} für Staging: ${v}`],
  es: [(d, v) => T`te paso la ${d} mientras tanto: ${v} (luego la rotamos)`],
  fr: [(d, v) => T`voilà la clé (${d}) : ${v} — à ne pas commiter svp`],
  pt: [(d, v) => T`segue o ${d} que está no cofre: ${v}`],
  ja: [(d, v) => T`とりあえずこの${d}を使ってください: ${v} 後でローテーションします`],
};
export const devChat = () => {
  const lang = pick(Object.keys(CHAT_LINES));
  const a = sec(), b = sec();
  const n1 = p('PERSON', pii.person()), n2 = p('PERSON', pii.person());
  let mins = int(8 * 60, 15 * 60); const hh = () => { mins += int(1, 25); return `${Math.floor(mins / 60)}:${String(mins % 60).padStart(2, '0')}`; };
  return T`#${pick(['backend', 'ops-help', 'release-train', 'data-eng'])} — exported ${l('date')}
[${hh()}] ${n1}: ${pick(['deploy to staging is failing with 401 again', 'the nightly export job died', 'anyone have creds for the partner sandbox?', 'CI cannot pull from the registry'])}
[${hh()}] ${{ ...n2 }}: ${pick(CHAT_LINES[lang])(a.k.toLowerCase().replace(/_/g, ' '), a.v)}
[${hh()}] ${{ ...n1 }}: thx! also the build from ${l('short_sha')} still references ${l('placeholder', pick(['<your-token>', 'changeme', 'xxxx']))} in the template
[${hh()}] ${{ ...n2 }}: ${pick(['yeah', 'ja', 'sí', 'oui', 'sim', 'はい'])} — and for the webhook use ${b.v}
[${hh()}] ${{ ...n1 }}: ${pick(['works now ✅', 'deployed ' , 'merci'])}${chance(0.5) ? [' (release ', l('version'), ')'] : ''}
[${hh()}] ${p('PERSON')}: please move these into the vault, we had an audit finding about pasted keys last quarter (ticket ${l('crm_id', 'SEC-' + int(100, 999))})
`;
};

export const markdownDoc = () => {
  const a = sec();
  return T`# ${pick(['Payments service', 'Data export CLI', 'Internal SDK'])} — setup

## Configuration

Copy \`.env.example\` to \`.env\` and fill in your own keys:

\`\`\`env
STRIPE_SECRET_KEY=${l('placeholder', pick(['sk_live_...', '<your-stripe-key>', 'sk_test_placeholder']))}
AWS_ACCESS_KEY_ID=${l('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}
AWS_SECRET_ACCESS_KEY=${l('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
DATABASE_URL=${l('env_reference', '${DATABASE_URL}')}
\`\`\`

> **Note** the test key \`${l('vendor_example_key')}\` from the vendor docs works in sandbox mode.

## Shared staging credentials

${pick(['Temporary, until the SSO rollout:', 'Ask in #ops before using:', 'Do not use in prod:'])}

| service | user | secret |
|---|---|---|
| staging API | ci | \`${a.v}\` |
| metrics | admin | \`${s('ADMIN_PASSWORD')}\` |
| sftp drop | partner | ${s('FTP_PASSWORD')} |

Release ${l('version')} was tagged at ${l('git_sha')} on ${l('date')}.
Public SSH key of the deploy bot (safe to share):

    ${l('public_key')}
`;
};

export const jsonApi = () => {
  const r = int(0, 2);
  if (r === 0) return T`{
  "data": {
    "id": "${l('uuid')}",
    "type": "integration",
    "attributes": {
      "name": "${pick(['Zendesk sync', 'HubSpot import', 'Slack alerts'])}",
      "created_at": "${l('timestamp', iso())}",
      "credentials": {
        "api_key": "${s(nextKind(single))}",
        "client_secret": "${s('OAUTH_CLIENT_SECRET')}",
        "webhook_secret": "${s('WEBHOOK_SECRET')}"
      },
      "owner": {"name": "${p('PERSON')}", "email": "${p('EMAIL_ADDRESS')}"}
    }
  },
  "meta": {"request_id": "${l('request_id')}", "api_version": "${l('date', '2024-06-20')}"}
}
`;
  if (r === 1) return T`{"object":"list","data":[{"id":"key_${l('crm_id', 'abc' + int(10000, 99999))}","name":"ci","prefix":"${l('redacted', 'sk-****' + int(1000, 9999))}","created":${l('timestamp', String(int(1700000000, 1790000000)))}},{"id":"key_${int(100000, 999999)}","name":"${pick(['new-server-key', 'rotated'])}","secret":"${s(pick(['OPENAI_SERVICE_ACCOUNT_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'XAI_API_KEY', 'PERPLEXITY_API_KEY']))}","note":"shown only once"}],"has_more":false,"request":"${l('request_id')}"}
`;
  return T`{
  "user": {
    "id": ${int(10000, 99999)},
    "login": "${pick(['mhartley', 'a.schroeder', 'ytakahashi'])}",
    "name": "${p('PERSON')}",
    "email": "${p('EMAIL_ADDRESS')}",
    "phone": "${p('PHONE_NUMBER')}",
    "last_login_ip": "${p('IP_ADDRESS')}",
    "location": "${p('LOCATION', pii.city())}"
  },
  "session": {"token": "${s('JWT')}", "expires": "${l('timestamp', iso())}"},
  "etag": "${l('md5')}"
}
`;
};

export const TEMPLATES = [
  ['shell_history', shellHistory, 12], ['ci_output', ciOutput, 14], ['http_dump', curlVerbose, 8], ['http_dump', httpDump, 7],
  ['terraform_state', tfstate, 7], ['cloud_cli', cloudCli, 10], ['browser_export', browserExport, 7], ['crash_report', crashReport, 8],
  ['log', appLog, 14], ['stack_trace', stackTrace, 9], ['chat', devChat, 14], ['markdown', markdownDoc, 7], ['json_api', jsonApi, 12],
];

// private keys next to the public material that must stay readable
const PEMS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY'];
let pemI = 0;
export const keyDump = () => {
  const k = PEMS[pemI++ % PEMS.length]; const v = gen(k); const variant = (pemI + int(0, 3)) % 4;
  if (variant === 0) return T`$ ls -l ~/.ssh ./certs
-rw-------  1 ${user()} staff  ${v.length} ${l('date', 'Oct 12 09:41')} id_deploy
-rw-r--r--  1 ${user()} staff   ${int(90, 740)} ${l('date', 'Oct 12 09:41')} id_deploy.pub
$ cat ./certs/${pick(['server.key', 'id_deploy', 'signing.asc'])}
${s(k, v)}
$ cat ~/.ssh/id_deploy.pub
${l('public_key')} ${pick(['deploy@ci', 'ops@bastion'])}
$ sha256sum ./certs/*
${l('sha256_hex')}  ./certs/server.crt
`;
  if (variant === 1) return T`# group_vars/${pick(['web', 'edge', 'all'])}/tls.yml (ansible, ${pick(['vault not applied yet', 'to be encrypted'])})
tls_certificate: |
  ${indentT(look('certificate'), '  ', 'certificate')}
tls_private_key: |
  ${indentT(v, '  ', k)}
tls_fingerprint: "${l('sha256_hex')}"
`;
  if (variant === 2) return T`{"request_id":"${l('uuid')}","lease_duration":${int(600, 86400)},"renewable":false,"data":{"certificate":"${l('certificate', jsonEsc(look('certificate')))}","private_key":"${s(k, jsonEsc(v))}","private_key_type":"${pick(['rsa', 'ec', 'ed25519'])}","serial_number":"${l('hash', Array.from({ length: 16 }, () => chars('0123456789abcdef', 2)).join(':'))}"},"warnings":null}
`;
  return T`# .env.deploy — multi-line values are quoted
APP_ENV=production
${keyOf(k)}="${s(k, v)}"
${pick(['JWT_PUBLIC_KEY', 'VERIFY_KEY'])}="${l('pem_public_key')}"
RELEASE=${l('version')}
`;
};
function indentT(v, pad, what) { const t = v.split('\n').join('\n' + pad); return PEMS.includes(what) ? s(what, t) : l(what, t); }
TEMPLATES.push(['config', keyDump, 12]);
