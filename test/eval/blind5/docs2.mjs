// blind5 document templates, part 2: logs, CI, HTTP/API, shell, cloud CLI, git, markdown, stack traces.
import * as X from './lib.mjs';
import { frag as f, S, P, L, pick, ri, chance, hex, al, dig, up, lo } from './lib.mjs';
import { sec, pemKey, password, jwt } from './secrets.mjs';
const s = (k) => S(k.e, k.v);
const svc = () => pick(['billing-api', 'orders', 'ledger-sync', 'notifier', 'auth-gateway', 'kyc-service', 'checkout']);
const ph = () => L('placeholder', X.placeholder());
const logLine = () => { const ip = X.pubIp(); return f`${L('timestamp', X.ts())} INFO  [${svc()}] ${pick(['GET', 'POST', 'PUT'])} /api/v1/${pick(['orders', 'users/me', 'invoices', 'carts'])} 200 ${ri(3, 900)}ms client=${P('IP_ADDRESS', ip)} req=${L('request_id', X.reqId())}\n`; };

export const OPS = {
  log: [
    () => { const k = sec(); const em = X.email(); const n = ri(2, 5);
      return f`${[...Array(n)].map(logLine)}${L('timestamp', X.ts())} DEBUG [http] outgoing headers: {"Authorization": "Bearer ${s(k)}", "Accept": "application/json"}\n${L('timestamp', X.ts())} WARN  [auth] failed login for ${P('EMAIL_ADDRESS', em)} from ${P('IP_ADDRESS', X.pubIp())} (attempt 3)\n${logLine()}`; },
    () => { const p = password(); const ip = X.pubIp();
      return f`${P('IP_ADDRESS', ip)} - - [${ri(1, 28)}/Mar/2025:${pad(ri(0, 23))}:${pad(ri(0, 59))}:11 +0000] "GET /login?user=admin&password=${S('URL_QUERY_PASSWORD', p)} HTTP/1.1" 302 0 "-" "Mozilla/5.0"\n${P('IP_ADDRESS', X.pubIp())} - - [${ri(1, 28)}/Mar/2025:10:02:44 +0000] "GET /static/app.${L('hash', hex(8))}.js HTTP/1.1" 200 48213 "-" "curl/8.5.0"\n${P('IP_ADDRESS', X.pubIp())} - - [${ri(1, 28)}/Mar/2025:10:02:45 +0000] "POST /api/track?order=${L('order_number', X.orderNo())} HTTP/2.0" 201 87 "-" "okhttp/4.12"\n`; },
    () => { const k = sec(); const u = X.person(); const ph1 = X.phone();
      return f`{"ts":"${L('timestamp', X.ts())}","level":"info","msg":"sms dispatched","to":"${P('PHONE_NUMBER', ph1)}","template":"otp","trace_id":"${L('request_id', hex(32))}"}\n{"ts":"${L('timestamp', X.ts())}","level":"error","msg":"provider rejected credentials","provider_key":"${s(k)}","retry_in":30}\n{"ts":"${L('timestamp', X.ts())}","level":"info","msg":"profile updated","user":"${P('PERSON', u)}","changed":["address"],"city":"${P('LOCATION', X.city())}"}\n{"ts":"${L('epoch', X.epoch())}","level":"debug","msg":"cache warm","keys":${ri(100, 9000)}}\n`; },
    () => { const pw = password();
      return f`Mar ${ri(1, 28)} 04:1${ri(0, 9)}:02 bastion-1 sshd[${ri(1000, 99999)}]: Accepted publickey for deploy from ${P('IP_ADDRESS', X.pubIp())} port ${ri(30000, 65000)} ssh2: ED25519 SHA256:${L('hash', X.b64c(43))}\nMar ${ri(1, 28)} 04:12:09 bastion-1 sshd[${ri(1000, 99999)}]: Failed password for invalid user oracle from ${P('IP_ADDRESS', X.pubIp())} port ${ri(30000, 65000)} ssh2\nMar ${ri(1, 28)} 04:13:40 bastion-1 sudo:   deploy : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p${S('MYSQL_PASSWORD', pw)} -e 'SHOW PROCESSLIST'\n`; },
  ],
  ci_output: [
    () => { const k = sec(), k2 = sec();
      return f`Run actions/checkout@v4\n  with:\n    ref: ${L('git_sha', X.sha())}\nRun ./scripts/publish.sh\n  env:\n    NPM_TOKEN: ${L('env_reference', '${{ secrets.NPM_TOKEN }}')}\n    REGISTRY: npm.acme-corp.example\n+ echo "//npm.acme-corp.example/:_authToken=${s(k)}" > ~/.npmrc\n+ npm publish --tag next\nnpm notice package: @acme/ui@${L('version', X.semver())}\nnpm notice integrity: ${L('integrity', X.integrity())}\n+ curl -H "X-Api-Key: ${s(k2)}" https://status.acme-corp.example/ping\nok\nJob finished: ${L('build_number', X.buildNo())} in ${ri(1, 30)}m${ri(0, 59)}s\n`; },
    () => { const k = sec(); const p = password();
      return f`$ docker login -u ci-bot -p ${S('DOCKER_REGISTRY_PASSWORD', p)} registry.acme-corp.example\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n$ docker build -t app:${L('git_sha', X.shortSha())} .\nStep 7/12 : ARG ${k.env}=${s(k)}\n ---> Running in ${hex(12)}\nSuccessfully built ${L('hash', hex(12))}\nwriting image ${L('digest', X.digest())} done\nSection end: build (${L('timestamp', X.ts())})\n`; },
    () => { const k = sec();
      return f`[Pipeline] withCredentials\nMasking supported pattern matches of $DEPLOY_KEY\n[Pipeline] sh\n+ terraform apply -auto-approve -var "${k.env.toLowerCase()}=${s(k)}"\naws_instance.web: Refreshing state... [id=i-${hex(17)}]\nApply complete! Resources: 0 added, 2 changed, 0 destroyed.\nOutputs:\nlb_dns = "lb-${lo(6)}.eu-west-1.elb.acme-corp.example"\nrun_id = "${L('uuid', X.uuid())}"\n[Pipeline] End of Pipeline\nFinished: SUCCESS (build ${L('build_number', X.buildNo())})\n`; },
  ],
  http: [
    () => { const k = sec(); const j = jwt();
      return f`$ curl -v https://api.globex.test/v1/accounts/${L('crm_id', X.crmId())} -H "Authorization: Bearer ${S('JWT', j)}"\n*   Trying ${P('IP_ADDRESS', X.pubIp())}:443...\n> GET /v1/accounts HTTP/2\n> Host: api.globex.test\n> authorization: Bearer ${S('JWT', j)}\n> x-api-key: ${s(k)}\n>\n< HTTP/2 200\n< x-request-id: ${L('request_id', X.reqId())}\n< etag: W/"${L('hash', hex(32))}"\n< date: Tue, 0${ri(1, 9)} Apr 2025 09:${ri(10, 59)}:01 GMT\n<\n{"status":"ok"}\n`; },
    () => { const u = 'svc-export'; const p = password(); const b = Buffer.from(`${u}:${p}`).toString('base64'); const c = X.b64u(43);
      return f`POST /oauth/token HTTP/1.1\nHost: auth.acme-corp.example\nAuthorization: Basic ${S('BASIC_AUTH_CREDENTIALS', b)}\nContent-Type: application/x-www-form-urlencoded\nCookie: _ga=GA1.2.${dig(9)}.${L('epoch', String(ri(1600000000, 1760000000)))}; session=${S('SESSION_COOKIE', c)}\n\ngrant_type=client_credentials&client_id=${L('uuid', X.uuid())}&client_secret=${S('OAUTH_CLIENT_SECRET', X.b64u(40))}\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{"access_token":"${S('OAUTH_ACCESS_TOKEN', X.b64u(64))}","token_type":"bearer","expires_in":3600}\n`; },
    () => { const k = sec(); const wh = X.al(24);
      return f`POST /services/T${up(8)}/B${up(10)}/${S('SLACK_WEBHOOK_SECRET', wh)} HTTP/1.1\nHost: hooks.chat.example\nContent-Type: application/json\nUser-Agent: alertmanager/${L('version', X.semver())}\n\n{"text":"[FIRING] disk 91% on node ${pick(['ip-10-0-3-12', 'worker-7'])}","fingerprint":"${L('hash', hex(16))}"}\n--- retry via backup webhook, signature secret ${s(k)} ---\n`; },
  ],
  api_json: [
    () => { const n = X.person(), n2 = X.person();
      return f`{\n  "data": [\n    {\n      "id": "${L('crm_id', X.crmId())}",\n      "name": "${P('PERSON', n)}",\n      "email": "${P('EMAIL_ADDRESS', X.email(n))}",\n      "phone": "${P('PHONE_NUMBER', X.phone())}",\n      "last_login_ip": "${P('IP_ADDRESS', X.pubIp())}",\n      "created_at": "${L('timestamp', X.ts())}"\n    },\n    {\n      "id": "${L('crm_id', X.crmId())}",\n      "name": "${P('PERSON', n2)}",\n      "email": "${P('EMAIL_ADDRESS', X.email(n2))}",\n      "address": {"line1": "${P('LOCATION', X.street())}", "city": "${P('LOCATION', X.city())}"},\n      "created_at": "${L('timestamp', X.ts())}"\n    }\n  ],\n  "next_cursor": "${L('hash', X.b64u(24))}",\n  "request_id": "${L('request_id', X.reqId())}"\n}\n`; },
    () => { const k = sec();
      return f`{"object":"api_key","id":"key_${al(16)}","name":"ci-deploy","secret":"${s(k)}","created":${L('epoch', X.epoch())},"last_used_ip":"${P('IP_ADDRESS', X.pubIp())}","owner":{"email":"${P('EMAIL_ADDRESS', X.email())}"},"scopes":["deploy","read"],"etag":"${L('hash', hex(40))}"}\n`; },
    () => { const c = X.card(0);
      return f`{\n  "order": {"number": "${L('order_number', X.orderNo())}", "total": "${L('price', X.price())}", "placed": "${L('date', X.date())}"},\n  "payment": {"method": "card", "pan": "${P('CREDIT_CARD', c)}", "exp": "0${ri(1, 9)}/2${ri(6, 9)}", "test_pan_in_sandbox": "${L('vendor_test_card', X.testCard())}"},\n  "shipping": {"name": "${P('PERSON', X.person())}", "street": "${P('LOCATION', X.street())}", "tracking": "${L('tracking_number', X.tracking())}"},\n  "geo": "${L('coordinates', X.coords())}"\n}\n`; },
    () => { const a = X.btc();
      return f`{"wallet":{"label":"treasury-cold","address":"${P('CRYPTO', a)}","balance_btc":"${(X.rnd() * 10).toFixed(8)}"},"last_tx":"${L('hash', hex(64))}","block":${ri(800000, 890000)},"owner_email":"${P('EMAIL_ADDRESS', X.email())}","kyc_ref":"${L('crm_id', X.crmId())}"}\n`; },
  ],
  shell_history: [
    () => { const k = sec(), k2 = sec(); const p = password();
      return f`  ${ri(100, 900)}  git pull --rebase\n  ${ri(100, 900)}  export ${k.env}=${s(k)}\n  ${ri(100, 900)}  psql "postgresql://admin:${S('POSTGRES_PASSWORD', p)}@${pick(['db.internal.acme-corp.example', 'pg.globex.test'])}/prod" -c '\\dt'\n  ${ri(100, 900)}  git checkout ${L('git_sha', X.shortSha())}\n  ${ri(100, 900)}  curl -H "PRIVATE-TOKEN: ${s(k2)}" https://gitlab.acme-corp.example/api/v4/projects\n  ${ri(100, 900)}  echo ${ph()} > /tmp/token\n  ${ri(100, 900)}  ssh deploy@${P('IP_ADDRESS', X.pubIp())}\n`; },
    () => { const k = sec(); const r = password();
      return f`: ${L('epoch', String(ri(1600000000, 1760000000)))}:0;redis-cli -h cache.prod.globex.test -a '${S('REDIS_PASSWORD', r)}' INFO\n: ${L('epoch', String(ri(1600000000, 1760000000)))}:0;vault login ${s(k)}\n: ${L('epoch', String(ri(1600000000, 1760000000)))}:0;docker pull app@${L('digest', X.digest())}\n: ${L('epoch', String(ri(1600000000, 1760000000)))}:0;mysql -u root --password=${S('MYSQL_PASSWORD', password())} orders\n`; },
  ],
  cloud_cli: [
    () => { const ak = 'ASIA' + X.b32(16), sk = X.b64c(40), tok = 'IQoJb3JpZ2luX2VjE' + X.b64c(360);
      return f`$ aws sts assume-role --role-arn arn:aws:iam::${dig(12)}:role/deploy --role-session-name ci\n{\n    "Credentials": {\n        "AccessKeyId": "${S('AWS_TEMP_ACCESS_KEY', ak)}",\n        "SecretAccessKey": "${S('AWS_SECRET_KEY', sk)}",\n        "SessionToken": "${S('AWS_SESSION_TOKEN', tok)}",\n        "Expiration": "${L('timestamp', X.ts())}"\n    },\n    "AssumedRoleUser": {"AssumedRoleId": "AROA${X.b32(17)}:ci"}\n}\n`; },
    () => { const k = sec();
      return f`$ az ad sp credential reset --id ${L('uuid', X.uuid())}\n{\n  "appId": "${L('uuid', X.uuid())}",\n  "password": "${S('AZURE_CLIENT_SECRET', al(3) + '8Q~' + X.b64u(31).replace(/-/g, '.'))}",\n  "tenant": "${L('uuid', X.uuid())}"\n}\n$ az storage account keys list -n acmelogs --query "[0].value" -o tsv\n${S('AZURE_STORAGE_KEY', X.b64c(86) + '==')}\n$ gcloud config list\naccount = deployer@acme-analytics.iam.example\nproject = acme-analytics\n`; },
    () => { const k = sec();
      return f`$ heroku config -a ${svc()}\n=== ${svc()} Config Vars\nDATABASE_URL:   postgres://u${lo(8)}:${S('POSTGRES_PASSWORD', password())}@ec2-${ri(3, 54)}-${ri(1, 254)}.eu-west-1.compute.acme-corp.example:5432/d${lo(10)}\n${k.env}: ${s(k)}\nLANG:           en_US.UTF-8\nRELEASE_SHA:    ${L('git_sha', X.sha())}\n$ kubectl get cm app-config -o yaml | grep resourceVersion\n  resourceVersion: "${L('k8s_resource_version', X.k8sRv())}"\n`; },
  ],
  git_output: [
    () => { const k = sec(); const n = X.person();
      return f`commit ${L('git_sha', X.sha())}\nAuthor: ${P('PERSON', n)} <${P('EMAIL_ADDRESS', X.email(n))}>\nDate:   Thu Mar ${ri(1, 28)} 1${ri(0, 9)}:22:04 2025 +0100\n\n    chore: wire up notifications\n\ndiff --git a/config/prod.env b/config/prod.env\nindex ${L('git_sha', X.shortSha())}..${L('git_sha', X.shortSha())} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,4 +3,5 @@ LOG_LEVEL=info\n-${k.env}=${ph()}\n+${k.env}=${s(k)}\n TIMEOUT=30\n`; },
    () => { const [e, pem] = pemKey();
      return f`$ git show --stat ${L('git_sha', X.shortSha())}\n    add deploy key (remove before merge!)\n keys/deploy_key | ${ri(20, 50)} +\n$ git show ${L('git_sha', X.shortSha())}:keys/deploy_key\n${S(e, pem)}\n$ git log --oneline -3\n${L('git_sha', X.shortSha())} revert: drop deploy key\n${L('git_sha', X.shortSha())} add deploy key (remove before merge!)\n${L('git_sha', X.shortSha())} bump to ${L('version', X.semver())}\n`; },
  ],
  markdown_doc: [
    () => { const k = sec();
      return f`# Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set \`${k.env}\` to your own key (e.g. \`${ph()}\`). The docs example is \`${L('aws_example_key', X.awsExample())}\`.\n3. For the shared staging box use:\n\n\`\`\`bash\nexport ${k.env}=${s(k)}\n\`\`\`\n\n> Pinned base image: \`${L('digest', X.digest())}\`  \n> Test card for the sandbox: \`${L('vendor_test_card', X.testCard())}\`\n\nOn-call: ${P('PERSON', X.person())} (${P('PHONE_NUMBER', X.phone())})\n`; },
    () => { const k = sec(), k2 = sec();
      return f`## Runbook: rotate integration secrets\n\n| system | secret | last rotated |\n|---|---|---|\n| ${svc()} | \`${s(k)}\` | ${L('date', X.date())} |\n| ${svc()} | \`${s(k2)}\` | ${L('date', X.date())} |\n| legacy | \`${ph()}\` | — |\n\nEscalation: ${P('EMAIL_ADDRESS', X.email())}. Reference ticket ${L('crm_id', 'OPS-' + dig(4))}, release ${L('version', X.semver())}.\nPublic deploy key (safe to share): \`${L('public_key', X.sshPub())}\`\n`; },
  ],
  stack_trace: [
    () => { const p = password(); const em = X.email();
      return f`Traceback (most recent call last):\n  File "/srv/app/jobs/sync.py", line ${ri(20, 400)}, in run\n    conn = psycopg2.connect("host=${pick(['pg.globex.test', 'db.internal.acme-corp.example'])} user=etl password=${S('POSTGRES_PASSWORD', p)}")\n  File "/usr/lib/python3/site-packages/psycopg2/__init__.py", line 122, in connect\npsycopg2.OperationalError: connection refused\n\nDuring handling, context: user=${P('EMAIL_ADDRESS', em)} job=${L('uuid', X.uuid())} at ${L('timestamp', X.ts())}\n`; },
    () => { const k = sec();
      return f`Exception in thread "main" com.acme.http.AuthException: 401 Unauthorized for token=${s(k)}\n\tat com.acme.http.Client.send(Client.java:${ri(50, 400)})\n\tat com.acme.sync.Job.run(Job.java:${ri(10, 99)})\nCaused by: java.io.IOException: upstream returned request-id ${L('request_id', X.reqId())}\n\t... ${ri(3, 20)} more\nBuild: ${L('version', X.semver())} (${L('git_sha', X.shortSha())})\n`; },
    () => { const k = sec(); const ip = X.pubIp();
      return f`Error: Request failed with status code 403\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)\n  config: {\n    url: 'https://api.globex.test/v3/sync',\n    headers: { 'X-Auth-Token': '${s(k)}', 'X-Forwarded-For': '${P('IP_ADDRESS', ip)}' },\n    timeout: 0\n  },\n  response: { status: 403, data: { error: 'forbidden', trace: '${L('request_id', X.reqId())}' } }\n`; },
  ],
};
const pad = (n) => String(n).padStart(2, '0');
