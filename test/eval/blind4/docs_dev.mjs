// blind4: developer/ops artifacts (env dumps, configs, manifests, HTTP, HAR, collections,
// notebooks, terraform, cloud CLI, CI logs, git, traces, shell history, app logs).
import { fragLen, mapText, jsonEsc, shuffle } from './lib.mjs';
import { V, f, S, P, L, join, pick, int, chance, chars, hex, digits, B62, sec, secShort, secCycle, benignEnv, host, dbhost, user, connStr, who, logTs } from './common.mjs';

function lines(n, gen) { const out = []; for (let i = 0; i < n; i++) out.push(gen(i)); return out; }
const q = (fr, quote) => (quote ? f`${quote}${fr}${quote}` : fr);

// ------------------------------------------------------------------ env_dump
function envDump() {
  const items = [];
  const ns = int(2, 4), nb = int(8, 14);
  for (let i = 0; i < ns; i++) { const s = secCycle(); items.push([s.name, S(s.entity, s.value)]); }
  for (let i = 0; i < nb; i++) items.push(benignEnv());
  if (chance(0.5)) items.push(['DATABASE_URL', connStr()]);
  if (chance(0.4)) items.push([pick(['OPENAI_API_KEY', 'GITHUB_TOKEN', 'STRIPE_SECRET_KEY']), L('masked_secret', V.masked())]);
  if (chance(0.3)) items.push(['AWS_ACCESS_KEY_ID_EXAMPLE', L('aws_example_key', V.AWS_EXAMPLE_ID)]);
  const style = int(0, 4);
  const body = shuffle(items);
  const uniq = []; const seen = new Set();
  for (const it of body) { if (!seen.has(it[0])) { seen.add(it[0]); uniq.push(it); } }
  uniq.sort((a, b) => (style === 2 ? 0 : a[0] < b[0] ? -1 : 1));
  if (style === 0) return f`$ env | sort\n${join(uniq.map(([k, v]) => f`${k}=${v}`), '\n')}\n$ `;
  if (style === 1) return f`root@${pick(['api-7c9f8d-xk2lp', 'worker-5d6b9-q8rtz', 'web-0'])}:/app# printenv\n${join(uniq.map(([k, v]) => f`${k}=${v}`), '\n')}\n`;
  if (style === 2) return f`PS C:\\Users\\${pick(['dev', 'build', 'Administrator'])}> Get-ChildItem Env: | Format-Table -AutoSize\n\nName                           Value\n----                           -----\n${join(uniq.map(([k, v]) => f`${k.padEnd(31)}${v}`), '\n')}\n`;
  if (style === 3) return f`$ kubectl exec -n ${pick(['prod', 'payments', 'default'])} deploy/${pick(['checkout', 'api', 'notifier'])} -- env\n${join(uniq.map(([k, v]) => f`${k}=${v}`), '\n')}\nKUBERNETES_SERVICE_HOST=10.96.0.1\nKUBERNETES_PORT=tcp://10.96.0.1:443\n`;
  return f`C:\\build> set\n${join(uniq.map(([k, v]) => f`${k}=${v}`), '\r\n')}\r\nCOMSPEC=C:\\Windows\\system32\\cmd.exe\r\n`;
}

// ------------------------------------------------------------------ dotenv / config
function dotenv() {
  const k = int(0, 5);
  if (k === 0) {
    const items = lines(int(4, 7), () => secCycle());
    return f`# ${pick(['.env.production', '.env.local', 'deploy/.env'])} -- do not commit (oops)\n${join(items.map((s) => f`${s.name}=${pick(['', '"', "'"]) === '' ? S(s.entity, s.value) : f`"${S(s.entity, s.value)}"`}`), '\n')}\nDATABASE_URL=${connStr()}\nSENTRY_ENVIRONMENT=production\nRELEASE_SHA=${L('git_sha', V.gitSha())}\n`;
  }
  if (k === 1) {
    const names = ['STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'GITHUB_TOKEN', 'DB_PASSWORD', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'SENDGRID_API_KEY', 'JWT_SECRET'];
    return f`# .env.example -- copy to .env and fill in\n# Never put real values in this file.\n${join(names.map((n) => f`${n}=${n === 'AWS_ACCESS_KEY_ID' ? L('aws_example_key', V.AWS_EXAMPLE_ID) : n === 'AWS_SECRET_ACCESS_KEY' ? L('aws_example_key', V.AWS_EXAMPLE_SECRET) : L('placeholder', V.placeholder())}`), '\n')}\nAPP_URL=https://localhost:3000\nFEATURE_FLAGS=checkout_v2,new_nav\n\n# the one below is real, move to vault before release\n${(() => { const s = secCycle(); return f`${s.name}=${S(s.entity, s.value)}`; })()}\n`;
  }
  if (k === 2) {
    const a = sec(pick(['SENDGRID_API_KEY', 'MAILGUN_API_KEY', 'TWILIO_AUTH_TOKEN'])), b = secCycle();
    return f`{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "ConnectionStrings": {\n    "Default": "Server=${dbhost()};Database=${pick(['Billing', 'Crm', 'Portal'])};User Id=${user()};Password=${S('DATABASE_PASSWORD', V.password())};TrustServerCertificate=True"\n  },\n  "Mail": { "Provider": "smtp", "ApiKey": "${S(a.entity, a.value)}" },\n  "Integrations": {\n    "${pick(['Partner', 'Payments', 'Search'])}": { "${b.name}": "${S(b.entity, b.value)}", "BaseUrl": "https://${host()}/v2" },\n    "Analytics": { "WriteKey": "${L('placeholder', V.placeholder())}" }\n  },\n  "Build": { "Commit": "${L('git_sha', V.gitSha())}", "Version": "${L('version', V.version())}" }\n}\n`;
  }
  if (k === 3) {
    const s1 = secCycle(), s2 = secCycle();
    return f`# application-prod.properties\nspring.datasource.url=jdbc:postgresql://${dbhost()}:5432/${pick(['orders', 'ledger'])}\nspring.datasource.username=${user()}\nspring.datasource.password=${S('DATABASE_PASSWORD', V.password())}\nspring.mail.host=smtp.acme.example\nspring.mail.password=${S('SMTP_PASSWORD', V.password())}\napp.${s1.name.toLowerCase().replace(/_/g, '.')}=${S(s1.entity, s1.value)}\napp.${s2.name.toLowerCase().replace(/_/g, '.')}=${S(s2.entity, s2.value)}\napp.signing.public-key=${L('public_key', V.sshPub('signer@build'))}\nmanagement.endpoints.web.exposure.include=health,info\ninfo.build.sha=${L('git_sha', V.gitSha())}\n`;
  }
  if (k === 4) {
    const s1 = secCycle();
    return f`version: "3.9"\nservices:\n  db:\n    image: postgres:16@${L('digest', V.imageDigest())}\n    environment:\n      POSTGRES_USER: ${user()}\n      POSTGRES_PASSWORD: ${S('DATABASE_PASSWORD', V.password())}\n  cache:\n    image: redis:7-alpine\n    command: ["redis-server", "--requirepass", "${S('REDIS_PASSWORD', V.password())}"]\n  app:\n    build: .\n    environment:\n      - ${s1.name}=${S(s1.entity, s1.value)}\n      - SESSION_SECRET=${L('env_reference', '${SESSION_SECRET}')}\n      - API_TOKEN=${L('env_reference', '${API_TOKEN:?missing}')}\n    ports: ["8080:8080"]\n`;
  }
  const s1 = secCycle(), s2 = secCycle();
  return f`[default]\nregion = ${pick(['eu-central-1', 'us-west-2'])}\noutput = json\n\n[profile ${pick(['prod-admin', 'ci', 'data-eng'])}]\naws_access_key_id = ${S('AWS_ACCESS_KEY_ID', V.awsKeyId())}\naws_secret_access_key = ${S('AWS_SECRET_ACCESS_KEY', V.awsSecret())}\n\n[profile docs-sample]\naws_access_key_id = ${L('aws_example_key', V.AWS_EXAMPLE_ID)}\naws_secret_access_key = ${L('aws_example_key', V.AWS_EXAMPLE_SECRET)}\n\n# ~/.config/tool/credentials.toml\n[${pick(['partner', 'search', 'llm'])}]\n${s1.name.toLowerCase()} = "${S(s1.entity, s1.value)}"\n${s2.name.toLowerCase()} = "${S(s2.entity, s2.value)}"\n`;
}

// ------------------------------------------------------------------ k8s / helm
function k8s() {
  const k = int(0, 3);
  const ns = pick(['prod', 'payments', 'platform', 'ml']);
  if (k === 0) {
    const pw = V.password(); const b = Buffer.from(pw).toString('base64');
    const tok = secCycle(); const tb = Buffer.from(tok.value).toString('base64');
    return f`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${pick(['app-secrets', 'db-credentials', 'api-keys'])}\n  namespace: ${ns}\n  uid: ${L('uuid', V.uuid())}\n  resourceVersion: "${L('k8s_resource_version', V.resourceVersion())}"\n  creationTimestamp: "${L('timestamp', V.isoTs().replace(/\.\d+Z/, 'Z'))}"\ntype: Opaque\ndata:\n  username: ${Buffer.from(user()).toString('base64')}\n  password: ${S('K8S_SECRET_DATA', b)}\n  ${tok.name.toLowerCase().replace(/_/g, '-')}: ${S('K8S_SECRET_DATA', tb)}\n`;
  }
  if (k === 1) {
    const s1 = secCycle(), s2 = secShort();
    return f`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${pick(['checkout', 'notifier', 'ingest'])}\n  namespace: ${ns}\n  annotations:\n    revision: "${int(2, 90)}"\n    app.acme.example/commit: ${L('git_sha', V.gitSha())}\nspec:\n  replicas: ${int(2, 6)}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.acme.example/app@${L('digest', V.imageDigest())}\n          env:\n            - name: ${s1.name}\n              value: "${S(s1.entity, s1.value)}"\n            - name: ${s2.name}\n              value: ${S(s2.entity, s2.value)}\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db-credentials, key: password }\n            - name: RELEASE\n              value: "${L('version', V.version())}"\n`;
  }
  if (k === 2) {
    const s1 = secCycle();
    return f`# values-prod.yaml (helm)\nimage:\n  repository: registry.acme.example/web\n  tag: "${L('version', V.version())}"\n  digest: ${L('digest', V.imageDigest())}\npostgresql:\n  auth:\n    username: ${user()}\n    password: ${S('DATABASE_PASSWORD', V.password())}\n    existingSecret: ""\nredis:\n  auth:\n    password: ${L('env_reference', '{{ .Values.global.redisPassword }}')}\nextraEnv:\n  ${s1.name}: ${S(s1.entity, s1.value)}\ningress:\n  hosts: [${host()}]\n  tls:\n    - secretName: web-tls\n`;
  }
  const cfg = Buffer.from(JSON.stringify({ auths: { 'registry.acme.example': { auth: '__AUTH__' } } }));
  const up = Buffer.from(`${user()}:${V.dockerHubPat()}`).toString('base64');
  const full = Buffer.from(JSON.stringify({ auths: { 'registry.acme.example': { username: 'ci', password: 'x', auth: up } } })).toString('base64');
  return f`apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: ${ns}\n  resourceVersion: "${L('k8s_resource_version', V.resourceVersion())}"\ntype: Opaque  # was dockerconfigjson, see ops notes\ndata:\n  .dockerconfigjson: ${S('DOCKER_CONFIG_AUTH', full)}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  CHECKSUM: "${L('digest', 'sha256:' + V.sha256hex())}"\n  BUILD: "${L('build_number', V.buildNo())}"\n  FEATURE_X: "true"\n`;
}

// ------------------------------------------------------------------ http_dump
function httpDump() {
  const h = host(); const k = int(0, 5);
  if (k === 0) {
    const s = sec(pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GITHUB_PAT', 'STRIPE_SECRET_KEY', 'LINEAR_API_KEY', 'HUGGINGFACE_TOKEN']));
    const w = who();
    return f`$ curl -sS -X POST https://${h}/v1/customers \\\n    -H "Authorization: Bearer ${S(s.entity, s.value)}" \\\n    -H "Content-Type: application/json" \\\n    -H "Idempotency-Key: ${L('uuid', V.uuid())}" \\\n    -d '{"name":"${P('PERSON', w.name)}","email":"${P('EMAIL_ADDRESS', w.email)}","phone":"${P('PHONE_NUMBER', w.phone)}"}'\n{\n  "id": "${L('crm_id', 'cus_' + chars(B62, 14))}",\n  "object": "customer",\n  "created": ${L('timestamp', V.epoch().slice(0, 10))},\n  "email": "${P('EMAIL_ADDRESS', w.email)}",\n  "request_id": "${L('request_id', V.requestId())}"\n}\n`;
  }
  if (k === 1) {
    const pw = V.password(); const u = pick(['admin', 'jenkins', 'ops']);
    const b = Buffer.from(`${u}:${pw}`).toString('base64');
    return f`$ curl -v -u ${u}:${S('BASIC_AUTH_PASSWORD', pw)} https://${h}/api/v2/reports?from=${L('date', V.date())}\n*   Trying 127.0.0.1:443...\n* Connected to ${h} port 443\n* SSL certificate verify ok.\n> GET /api/v2/reports HTTP/2\n> Host: ${h}\n> Authorization: Basic ${S('BASIC_AUTH_CREDENTIALS', b)}\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/2 200\n< content-type: application/json\n< etag: ${L('etag', V.etag())}\n< x-request-id: ${L('request_id', V.requestId())}\n< set-cookie: sid=${S('SESSION_COOKIE', V.sessionId())}; Path=/; HttpOnly; Secure; SameSite=Lax\n< content-security-policy: script-src 'nonce-${L('csp_nonce', V.cspNonce())}' 'strict-dynamic'\n<\n{"reports":[],"generated_at":"${L('timestamp', V.isoTs())}"}\n`;
  }
  if (k === 2) {
    const s = secShort();
    return f`$ http --print=HhBb POST https://${h}/hooks/deploy X-Api-Key:${S(s.entity, s.value)} ref=main sha=${L('git_sha', V.gitSha())}\nPOST /hooks/deploy HTTP/1.1\nAccept: application/json, */*;q=0.5\nContent-Type: application/json\nHost: ${h}\nUser-Agent: HTTPie/3.2.2\nX-Api-Key: ${S(s.entity, s.value)}\n\n{\n    "ref": "main",\n    "sha": "${L('git_sha', V.gitSha())}"\n}\n\nHTTP/1.1 202 Accepted\nContent-Type: application/json\nX-Trace-Id: ${L('trace_id', V.traceId())}\n\n{\n    "queued": true,\n    "job": "${L('uuid', V.uuid())}"\n}\n`;
  }
  if (k === 3) {
    const s = sec(pick(['GITLAB_PAT', 'NPM_TOKEN', 'JFROG_API_KEY', 'GITHUB_FINE_GRAINED_PAT']));
    return f`$ wget --header="PRIVATE-TOKEN: ${S(s.entity, s.value)}" \\\n    "https://git.acme.example/api/v4/projects/${int(100, 9999)}/jobs/artifacts/main/download?job=build" -O artifacts.zip\n--${V.isoTs().slice(0, 19).replace('T', ' ')}--  https://git.acme.example/api/v4/projects/.../download?job=build\nResolving git.acme.example (git.acme.example)... 127.0.0.1\nConnecting to git.acme.example|127.0.0.1|:443... connected.\nHTTP request sent, awaiting response... 302 Found\nLocation: https://files.acme.example/artifacts/${L('digest', V.sha256hex())}.zip?X-Amz-Signature=${S('PRESIGNED_URL_SIGNATURE', hex(64))}&X-Amz-Expires=300 [following]\nHTTP request sent, awaiting response... 200 OK\nLength: ${int(100000, 9000000)} (${int(1, 8)}.${int(0, 9)}M) [application/zip]\nSaving to: 'artifacts.zip'\n\nartifacts.zip       100%[===================>]   ${int(1, 8)}.${int(0, 9)}M  ${int(2, 90)}.${int(0, 9)}MB/s    in 0.1s\n`;
  }
  if (k === 4) {
    const tokA = V.userJwt(h, V.email());
    const w = who(); const ipx = V.ip();
    return f`GET /api/me HTTP/1.1\r\nHost: ${h}\r\nAuthorization: Bearer ${S('JWT', tokA)}\r\nCookie: _ga=GA1.2.${digits(9)}.${L('timestamp', V.epoch().slice(0, 10))}; session=${S('SESSION_COOKIE', V.sessionId())}; theme=dark\r\nX-Forwarded-For: ${P('IP_ADDRESS', ipx)}\r\nIf-None-Match: ${L('etag', V.etag())}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nX-Request-Id: ${L('request_id', V.requestId())}\r\n\r\n{"id":${int(1000, 99999)},"name":"${P('PERSON', w.name)}","email":"${P('EMAIL_ADDRESS', w.email)}","phone":"${P('PHONE_NUMBER', w.phone)}","last_login_ip":"${P('IP_ADDRESS', V.ip())}"}\r\n`;
  }
  const s = sec(pick(['SLACK_BOT_TOKEN', 'DISCORD_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', 'SENDGRID_API_KEY']));
  const example = L('documented_example_jwt', V.JWT_IO_EXAMPLE);
  return f`# reproducing the 401 from the ticket\n# (the docs use this sample token: ${example})\ncurl -i https://${h}/chat.postMessage \\\n  -H 'Authorization: Bearer ${S(s.entity, s.value)}' \\\n  --data-urlencode 'channel=C${chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}' \\\n  --data-urlencode 'text=deploy ${L('version', V.version())} done'\n\nHTTP/2 401\ndate: Tue, ${int(1, 28)} Oct 2025 ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} GMT\nx-request-id: ${L('request_id', V.requestId())}\n\n{"ok":false,"error":"invalid_auth","warning":"superfluous_charset"}\n`;
}

// ------------------------------------------------------------------ har
function har() {
  const h = host(); const s = sec(pick(['JWT', 'OPENAI_API_KEY', 'GENERIC_API_KEY', 'SUPABASE_SERVICE_ROLE_KEY', 'SHOPIFY_ACCESS_TOKEN', 'ALGOLIA_ADMIN_KEY'].filter((x) => x !== 'JWT')));
  const tok = chance(0.5) ? { entity: 'JWT', value: V.userJwt(h) } : s;
  const w = who(); const cip = V.ipv4();
  const body = JSON.stringify({ order: V.orderNo(), total: V.price(), customer: { name: '__N__' } });
  void body;
  return f`{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n    "entries": [\n      {\n        "startedDateTime": "${L('timestamp', V.isoTs())}",\n        "time": ${int(20, 900)}.${int(100, 999)},\n        "serverIPAddress": "${P('IP_ADDRESS', cip)}",\n        "request": {\n          "method": "POST",\n          "url": "https://${h}/graphql?v=${L('cache_bust_hash', V.cacheBust())}",\n          "headers": [\n            { "name": "authorization", "value": "Bearer ${S(tok.entity, tok.value)}" },\n            { "name": "cookie", "value": "csrftoken=${L('csrf_token', chars(B62, 32))}; sessionid=${S('SESSION_COOKIE', V.sessionId())}" },\n            { "name": "x-request-id", "value": "${L('request_id', V.uuid())}" }\n          ],\n          "postData": { "mimeType": "application/json", "text": "{\\"query\\":\\"mutation { updateProfile(email: \\\\\\"${P('EMAIL_ADDRESS', w.email)}\\\\\\", phone: \\\\\\"${P('PHONE_NUMBER', w.phone)}\\\\\\") { id } }\\"}" }\n        },\n        "response": {\n          "status": 200,\n          "headers": [ { "name": "etag", "value": "${L('etag', V.etag().replace(/"/g, '\\"'))}" } ],\n          "content": { "size": ${int(300, 4000)}, "mimeType": "application/json", "text": "{\\"data\\":{\\"updateProfile\\":{\\"id\\":\\"${L('uuid', V.uuid())}\\",\\"displayName\\":\\"${P('PERSON', w.name)}\\"}}}" }\n        }\n      },\n      {\n        "startedDateTime": "${L('timestamp', V.isoTs())}",\n        "request": { "method": "GET", "url": "https://cdn.${pick(['acme', 'globex'])}.example/static/js/main.${L('cache_bust_hash', V.cacheBust())}.js" },\n        "response": { "status": 200, "content": { "mimeType": "image/png", "text": "${L('data_uri', V.dataUri().replace('data:image/png;base64,', ''))}", "encoding": "base64" } }\n      }\n    ]\n  }\n}\n`;
}

// ------------------------------------------------------------------ postman / insomnia
function postman() {
  const h = host();
  if (chance(0.5)) {
    const s = secCycle(); const s2 = sec(pick(['POSTMAN_API_KEY', 'GENERIC_API_KEY', 'OKTA_API_TOKEN', 'CLOUDFLARE_API_TOKEN']));
    return f`{\n  "info": {\n    "_postman_id": "${L('uuid', V.uuid())}",\n    "name": "${pick(['Partner API', 'Billing v3', 'Internal Admin'])}",\n    "schema": "https://schema.getpostman.test/json/collection/v2.1.0/collection.json"\n  },\n  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "${S(s.entity, s.value)}", "type": "string" } ] },\n  "item": [\n    {\n      "name": "List invoices",\n      "request": {\n        "method": "GET",\n        "header": [ { "key": "X-Api-Key", "value": "${S(s2.entity, s2.value)}" }, { "key": "X-Tenant", "value": "${L('uuid', V.uuid())}" } ],\n        "url": { "raw": "{{baseUrl}}/invoices?number=${L('invoice_number', V.invoiceNo())}", "host": ["{{baseUrl}}"] }\n      }\n    },\n    {\n      "name": "Refresh token",\n      "request": { "method": "POST", "header": [], "body": { "mode": "raw", "raw": "{\\"refresh_token\\": \\"{{refreshToken}}\\", \\"client_secret\\": \\"${L('placeholder', pick(['<client-secret>', 'changeme', 'xxxx']))}\\"}" }, "url": "{{baseUrl}}/oauth/token" }\n    }\n  ],\n  "variable": [\n    { "key": "baseUrl", "value": "https://${h}/v3" },\n    { "key": "refreshToken", "value": "${L('env_reference', '{{REFRESH_TOKEN}}')}" }\n  ]\n}\n`;
  }
  const s = secCycle(); const pw = V.password();
  return f`_type: export\n__export_format: 4\n__export_date: ${L('timestamp', V.isoTs())}\nresources:\n  - _id: req_${L('request_id', hex(32))}\n    _type: request\n    name: Create payout\n    method: POST\n    url: "{{ _.base_url }}/payouts"\n    authentication:\n      type: basic\n      username: ${pick(['finance-bot', 'ops'])}\n      password: ${S('BASIC_AUTH_PASSWORD', pw)}\n    headers:\n      - name: X-Client-Key\n        value: ${S(s.entity, s.value)}\n    body:\n      mimeType: application/json\n      text: '{"amount": "${L('price', V.price())}", "iban": "${P('IBAN_CODE', V.iban())}", "beneficiary": "${P('PERSON', V.person('full'))}"}'\n  - _id: env_${L('request_id', hex(32))}\n    _type: environment\n    data:\n      base_url: https://${h}\n      api_key: ${L('env_reference', "{{ _['API_KEY'] }}")}\n`;
}

// ------------------------------------------------------------------ notebook
function notebook() {
  const s = sec(pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HUGGINGFACE_TOKEN', 'DATABRICKS_TOKEN', 'GOOGLE_API_KEY', 'OPENAI_SERVICE_ACCOUNT_KEY']));
  const rows = lines(int(2, 3), () => who());
  const src = (fr) => mapText(fr, jsonEsc);
  const cell1 = src(f`import os\\n`);
  void cell1;
  const out = rows.map((r, i) => f`${i}  ${P('PERSON', r.name)}  ${P('EMAIL_ADDRESS', r.email)}  ${P('PHONE_NUMBER', r.phone)}\\n`);
  return f`{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ${int(1, 9)},\n   "id": "${L('content_id', hex(8))}",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",\n    "from ${pick(['openai import OpenAI', 'anthropic import Anthropic', 'huggingface_hub import login'])}\\n",\n    "os.environ[\\"${s.name}\\"] = \\"${S(s.entity, s.value)}\\"  # TODO remove before sharing\\n"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "execution_count": ${int(10, 30)},\n   "id": "${L('content_id', hex(8))}",\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "                name                 email            phone\\n",\n      ${join(out.map((o) => f`"${o}"`), ',\n      ')}\n     ]\n    }\n   ],\n   "source": [\n    "df = pd.read_sql(\\"select name, email, phone from customers limit ${rows.length}\\", conn)\\n",\n    "print(df)"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "execution_count": ${int(31, 40)},\n   "metadata": {},\n   "outputs": [ { "data": { "image/png": "${L('data_uri', 'iVBORw0KGgoAAAANSUhEUgAA' + chars(B62 + '+/', 120))}" }, "output_type": "display_data" } ],\n   "source": [ "plt.plot(losses)  # run ${L('uuid', V.uuid())}" ]\n  }\n ],\n "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
}

// ------------------------------------------------------------------ terraform
function terraform() {
  if (chance(0.5)) {
    const ak = V.awsKeyId(), sk = V.awsSecret(), pw = V.password();
    return f`{\n  "version": 4,\n  "terraform_version": "${L('version', `1.${int(5, 9)}.${int(0, 5)}`)}",\n  "serial": ${int(10, 400)},\n  "lineage": "${L('uuid', V.uuid())}",\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "aws_iam_access_key",\n      "name": "ci",\n      "instances": [ { "attributes": {\n        "id": "${S('AWS_ACCESS_KEY_ID', ak)}",\n        "secret": "${S('AWS_SECRET_ACCESS_KEY', sk)}",\n        "ses_smtp_password_v4": "${S('AWS_SES_SMTP_PASSWORD', chars(B62 + '+/', 44))}",\n        "status": "Active",\n        "user": "ci-deployer",\n        "create_date": "${L('timestamp', V.isoTs().replace(/\.\d+/, ''))}"\n      } } ]\n    },\n    {\n      "mode": "managed",\n      "type": "random_password",\n      "name": "db",\n      "instances": [ { "attributes": { "id": "none", "length": ${pw.length}, "result": "${S('DATABASE_PASSWORD', pw)}", "bcrypt_hash": "${L('hash', '$2a$10$' + chars(B62 + './', 53))}" } } ]\n    },\n    {\n      "mode": "managed",\n      "type": "aws_db_instance",\n      "name": "main",\n      "instances": [ { "attributes": { "arn": "arn:aws:rds:eu-west-1:${digits(12)}:db:main", "endpoint": "${dbhost()}:5432", "password": "${S('DATABASE_PASSWORD', pw)}", "kms_key_id": "arn:aws:kms:eu-west-1:${digits(12)}:key/${L('uuid', V.uuid())}" } } ]\n    }\n  ]\n}\n`;
  }
  const s = secCycle();
  return f`Terraform used the selected providers to generate the following execution plan.\n\n  # github_actions_secret.deploy will be created\n  + resource "github_actions_secret" "deploy" {\n      + created_at      = (known after apply)\n      + id              = (known after apply)\n      + plaintext_value = (sensitive value)\n      + repository      = "web"\n      + secret_name     = "DEPLOY_KEY"\n    }\n\n  # kubernetes_secret.app will be updated in-place\n  ~ resource "kubernetes_secret" "app" {\n        id   = "prod/app"\n      ~ data = {\n          ~ "${s.name}" = (sensitive value)\n        }\n    }\n\n  # helm_release.api will be updated in-place\n  ~ resource "helm_release" "api" {\n      ~ values = [\n          - <<-EOT\n                apiKey: "${L('placeholder', 'REPLACE_ME')}"\n            EOT,\n          + <<-EOT\n                apiKey: "${S(s.entity, s.value)}"\n            EOT,\n        ]\n        version = "${L('version', V.version())}"\n    }\n\nPlan: 1 to add, 2 to change, 0 to destroy.\n\nSaved the plan to: tfplan-${L('git_sha', V.shortSha())}\n`;
}

// ------------------------------------------------------------------ cloud_cli
function cloudCli() {
  const k = int(0, 4);
  if (k === 0) {
    return f`$ aws iam create-access-key --user-name ${pick(['ci-bot', 'terraform', 'backup-job'])}\n{\n    "AccessKey": {\n        "UserName": "ci-bot",\n        "AccessKeyId": "${S('AWS_ACCESS_KEY_ID', V.awsKeyId())}",\n        "Status": "Active",\n        "SecretAccessKey": "${S('AWS_SECRET_ACCESS_KEY', V.awsSecret())}",\n        "CreateDate": "${L('timestamp', V.isoTs().replace(/\.\d+Z/, '+00:00'))}"\n    }\n}\n$ aws sts get-caller-identity\n{\n    "UserId": "AIDA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}",\n    "Account": "${digits(12)}",\n    "Arn": "arn:aws:iam::${digits(12)}:user/ci-bot"\n}\n`;
  }
  if (k === 1) {
    return f`$ aws sts assume-role --role-arn arn:aws:iam::${digits(12)}:role/Deploy --role-session-name ${pick(['gh', 'local', 'hotfix'])}\n{\n    "Credentials": {\n        "AccessKeyId": "${S('AWS_TEMP_ACCESS_KEY_ID', V.awsKeyId('ASIA'))}",\n        "SecretAccessKey": "${S('AWS_SECRET_ACCESS_KEY', V.awsSecret())}",\n        "SessionToken": "${S('AWS_SESSION_TOKEN', V.awsSession())}",\n        "Expiration": "${L('timestamp', V.isoTs().replace(/\.\d+Z/, '+00:00'))}"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:gh",\n        "Arn": "arn:aws:sts::${digits(12)}:assumed-role/Deploy/gh"\n    }\n}\n`;
  }
  if (k === 2) {
    const acct = pick(['stacmeprod', 'globexlogs', 'hoolibackup']);
    const k1 = V.azureStorageKey(), k2 = V.azureStorageKey();
    return f`$ az storage account keys list -g rg-${pick(['prod', 'data'])} -n ${acct} -o json\n[\n  {\n    "creationTime": "${L('timestamp', V.isoTs().replace('Z', '+00:00'))}",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${S('AZURE_STORAGE_KEY', k1)}"\n  },\n  {\n    "creationTime": "${L('timestamp', V.isoTs().replace('Z', '+00:00'))}",\n    "keyName": "key2",\n    "permissions": "FULL",\n    "value": "${S('AZURE_STORAGE_KEY', k2)}"\n  }\n]\n$ az storage account show-connection-string -n ${acct}\n{\n  "connectionString": "DefaultEndpointsProtocol=https;EndpointSuffix=core.acme.example;AccountName=${acct};AccountKey=${S('AZURE_STORAGE_KEY', k1)}"\n}\n`;
  }
  if (k === 3) {
    return f`$ az ad sp create-for-rbac --name ${pick(['gh-deployer', 'tf-runner'])} --role Contributor --scopes /subscriptions/${L('uuid', V.uuid())}\nCreating 'Contributor' role assignment under scope '/subscriptions/...'\nThe output includes credentials that you must protect.\n{\n  "appId": "${L('uuid', V.uuid())}",\n  "displayName": "gh-deployer",\n  "password": "${S('AZURE_CLIENT_SECRET', V.azureClientSecret())}",\n  "tenant": "${L('uuid', V.uuid())}"\n}\n`;
  }
  const pw = V.password(); const inner = JSON.stringify({ username: user(), password: '__PW__', host: dbhost(), port: 5432 });
  const [pre, post] = inner.replace(/"/g, '\\"').split('__PW__');
  return f`$ aws secretsmanager get-secret-value --secret-id prod/db\n{\n    "ARN": "${L('secret_reference', `arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:prod/db-${chars(B62, 6)}`)}",\n    "Name": "prod/db",\n    "VersionId": "${L('uuid', V.uuid())}",\n    "SecretString": "${pre}${S('DATABASE_PASSWORD', pw)}${post}",\n    "VersionStages": [\n        "AWSCURRENT"\n    ],\n    "CreatedDate": "${L('timestamp', V.isoTs().replace('Z', '+00:00'))}"\n}\n$ gcloud secrets versions access latest --secret=${pick(['stripe-key', 'openai-key'])} --project=${pick(['acme-prod', 'web-414'])}\n${(() => { const s = sec(pick(['STRIPE_SECRET_KEY', 'OPENAI_API_KEY'])); return S(s.entity, s.value); })()}\n`;
}

// ------------------------------------------------------------------ ci_log
function ciLog() {
  const k = int(0, 3);
  const t = () => `${V.isoTs().slice(0, 23)}0000Z`;
  if (k === 0) {
    const s = secCycle(); const s2 = secShort();
    return f`${t()} ##[group]Run ./scripts/deploy.sh\n${t()} ./scripts/deploy.sh\n${t()} shell: /usr/bin/bash -e {0}\n${t()} env:\n${t()}   ${s.name}: ${L('masked_secret', '***')}\n${t()}   REGISTRY: registry.acme.example\n${t()} ##[endgroup]\n${t()} + echo 'Deploying ${L('git_sha', V.gitSha())}'\n${t()} Deploying ${L('git_sha', V.gitSha())}\n${t()} + export ${s2.name}=${S(s2.entity, s2.value)}\n${t()} + curl -fsS -H 'Authorization: token ${L('masked_secret', '***')}' https://${host()}/deploy\n${t()} {"status":"queued","id":"${L('uuid', V.uuid())}"}\n${t()} + npm config set //npm.pkg.acme.example/:_authToken ${S('NPM_TOKEN', V.npmToken())}\n${t()} Post job cleanup.\n${t()} Cleaning up orphan processes\n`;
  }
  if (k === 1) {
    const s = sec(pick(['GITLAB_PAT', 'DOCKER_HUB_PAT', 'JFROG_API_KEY', 'GITHUB_PAT']));
    return f`Running with gitlab-runner ${L('version', V.version())} (${L('git_sha', V.shortSha())})\n  on docker-autoscaler ${chars('abcdefghjkmnpqrstuvwxyz', 8)}, system ID: s_${hex(12)}\nPreparing the "docker" executor\nUsing docker image sha256:${L('digest', V.sha256hex())} for docker:24-dind ...\nGetting source from Git repository\nFetching changes with git depth set to 20...\nChecking out ${L('git_sha', V.shortSha())} as detached HEAD (ref is main)...\nExecuting "step_script" stage of the job script\n$ docker login -u ${pick(['ci', 'gitlab-ci-token', 'deploy'])} -p ${S(s.entity, s.value)} registry.acme.example\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n$ docker build -t registry.acme.example/web:${L('git_sha', V.shortSha())} .\n#12 writing image sha256:${L('digest', V.sha256hex())} done\n$ echo "DB_PASSWORD=$DB_PASSWORD" >> .env\n$ cat .env\nDB_PASSWORD=${S('DATABASE_PASSWORD', V.password())}\nJob succeeded\n`;
  }
  if (k === 2) {
    const s = secCycle();
    return f`[Pipeline] { (Publish)\n[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASSWORD or $SIGNING_KEY\n[Pipeline] {\n[Pipeline] sh\n+ ./gradlew publish -Pversion=${L('version', V.version())}\n> Task :publish\nBUILD SUCCESSFUL in ${int(20, 300)}s\n[Pipeline] sh\n+ set +x\n+ env\nBUILD_NUMBER=${L('build_number', String(int(100, 9999)))}\nGIT_COMMIT=${L('git_sha', V.gitSha())}\nNEXUS_PASSWORD=${L('masked_secret', '****')}\n${s.name}=${S(s.entity, s.value)}\nJOB_URL=https://ci.acme.example/job/web/\nNODE_LABELS=linux docker\n[Pipeline] }\n[Pipeline] // withCredentials\n[Pipeline] }\nFinished: SUCCESS\n`;
  }
  const s = sec(pick(['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'SENTRY_AUTH_TOKEN', 'VAULT_TOKEN', 'PULUMI_ACCESS_TOKEN', 'CIRCLECI_TOKEN']));
  return f`#!/bin/bash -eo pipefail\nnpm ci && npm test\n\nadded ${int(300, 1800)} packages, and audited ${int(300, 1800)} packages in ${int(5, 60)}s\n\n> web@${L('version', V.version())} test\n> jest --ci\n\n FAIL  src/api/client.test.ts\n  ● client › sends auth header\n\n    expect(received).toEqual(expected)\n\n    Expected: {"authorization": "Bearer ${L('placeholder', '<token>')}"}\n    Received: {"authorization": "Bearer ${S(s.entity, s.value)}"}\n\n      at Object.<anonymous> (src/api/client.test.ts:${int(10, 200)}:${int(5, 40)})\n\nTests:       1 failed, ${int(40, 300)} passed\nSnapshots:   ${int(0, 20)} passed\nExited with code exit status 1\nCircleCI received exit code 1\n`;
}

// ------------------------------------------------------------------ git_diff
function gitDiff() {
  const s = secCycle(); const s2 = secShort();
  const a = V.gitSha(), b = V.shortSha();
  const w = who();
  const k = int(0, 2);
  if (k === 0) {
    return f`commit ${L('git_sha', a)}\nAuthor: ${P('PERSON', w.name)} <${P('EMAIL_ADDRESS', w.email)}>\nDate:   ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${int(1, 28)} ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} 2025 +0${int(0, 9)}00\n\n    ${pick(['wire up partner integration', 'temp: hardcode key for demo', 'fix config loading', 'add staging settings'])}\n\ndiff --git a/config/settings.py b/config/settings.py\nindex ${L('git_sha', V.shortSha())}..${L('git_sha', b)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -${int(10, 80)},7 +${int(10, 80)},9 @@ INSTALLED_APPS = [\n DEBUG = False\n ALLOWED_HOSTS = ["${host()}"]\n-${s.name} = os.environ["${s.name}"]\n+${s.name} = os.environ.get("${s.name}", "${S(s.entity, s.value)}")\n+${s2.name} = "${S(s2.entity, s2.value)}"\n SECURE_HSTS_SECONDS = 31536000\n`;
  }
  if (k === 1) {
    const pem = V.pemAny();
    return f`diff --git a/deploy/keys/id_deploy b/deploy/keys/id_deploy\nnew file mode 100600\nindex 0000000..${L('git_sha', V.shortSha())}\n--- /dev/null\n+++ b/deploy/keys/id_deploy\n@@ -0,0 +1,${pem.split('\n').length} @@\n+${S('PRIVATE_KEY', pem.split('\n').map((x) => '+' + x).join('\n').slice(1))}\ndiff --git a/deploy/keys/id_deploy.pub b/deploy/keys/id_deploy.pub\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/keys/id_deploy.pub\n@@ -0,0 +1 @@\n+${L('public_key', V.sshPub('deploy@ci'))}\n`;
  }
  return f`$ git log -p -1 --stat ${L('git_sha', V.shortSha())}\ncommit ${L('git_sha', a)} (HEAD -> feature/${pick(['webhooks', 'sso', 'export'])}, origin/main)\nMerge: ${L('git_sha', V.shortSha())} ${L('git_sha', V.shortSha())}\nAuthor: ${P('PERSON', w.name)} <${P('EMAIL_ADDRESS', w.email)}>\n\n    Update fixtures\n\n test/fixtures/config.json | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)\n\ndiff --git a/test/fixtures/config.json b/test/fixtures/config.json\n--- a/test/fixtures/config.json\n+++ b/test/fixtures/config.json\n@@ -1,6 +1,6 @@\n {\n-  "token": "${L('placeholder', V.placeholder())}",\n+  "token": "${S(s.entity, s.value)}",\n   "endpoint": "https://${host()}",\n-  "release": "${L('version', V.version())}"\n+  "release": "${L('version', V.version())}"\n }\n`;
}

// ------------------------------------------------------------------ stack_trace
function stackTrace() {
  const k = int(0, 2);
  const s = secCycle(), s2 = secShort();
  if (k === 0) {
    const w = who();
    return f`Traceback (most recent call last):\n  File "/app/worker/tasks.py", line ${int(40, 400)}, in send_receipt\n    client.send(to=user.email, template="receipt")\n  File "/usr/local/lib/python3.12/site-packages/mailer/client.py", line ${int(40, 400)}, in send\n    raise MailerError(resp.status, resp.text)\nmailer.errors.MailerError: (401, 'unauthorized')\n\nLocal variables in frame send_receipt:\n  user = <User id=${int(1000, 99999)} email='${P('EMAIL_ADDRESS', w.email)}' name='${P('PERSON', w.name)}'>\n  settings = {'MAIL_API_KEY': '${S(s.entity, s.value)}', 'MAIL_FROM': '${P('EMAIL_ADDRESS', pick(['no-reply@acme.example', 'receipts@globex.example', 'billing@shop.example']))}', 'RETRIES': 3}\n  attempt = 3\n  request_id = '${L('request_id', V.requestId())}'\n\nsentry event ${L('uuid', V.uuid().replace(/-/g, ''))} (release ${L('git_sha', V.shortSha())})\n`;
  }
  if (k === 1) {
    return f`${V.isoTs()} ERROR [main] o.s.boot.SpringApplication - Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentClient': Invocation of init method failed; nested exception is java.lang.IllegalStateException: PaymentClient{baseUrl=https://${host()}/v1, apiKey=${S(s.entity, s.value)}, timeout=PT30S, webhookSecret=${S('STRIPE_WEBHOOK_SECRET', V.stripeWebhook())}} rejected by upstream (HTTP 403, ref ${L('request_id', V.requestId())})\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)\n\tat com.acme.pay.PaymentClient.verify(PaymentClient.java:${int(40, 300)})\n\tat com.acme.pay.PaymentClient.init(PaymentClient.java:${int(40, 300)})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: java.net.http.HttpTimeoutException: request timed out\n\t... 14 common frames omitted\n`;
  }
  return f`/app/node_modules/@acme/sdk/dist/index.js:${int(100, 900)}\n      throw new ConfigError(\`invalid config: \${JSON.stringify(cfg)}\`);\n      ^\n\nConfigError: invalid config: {"endpoint":"https://${host()}","apiKey":"${S(s.entity, s.value)}","fallbackKey":"${S(s2.entity, s2.value)}","region":"eu","buildHash":"${L('cache_bust_hash', V.cacheBust())}"}\n    at new Client (/app/node_modules/@acme/sdk/dist/index.js:${int(100, 900)}:13)\n    at Object.<anonymous> (/app/src/server.ts:${int(5, 80)}:16)\n    at Module._compile (node:internal/modules/cjs/loader:1554:14)\n    at node:internal/main/run_main_module:36:49\n\nNode.js v20.${int(10, 19)}.${int(0, 3)}\n`;
}

// ------------------------------------------------------------------ shell_history
function shellHistory() {
  const cmds = [
    () => { const s = secCycle(); return f`export ${s.name}=${S(s.entity, s.value)}`; },
    () => f`mysql -h ${dbhost()} -u ${user()} -p'${S('DATABASE_PASSWORD', V.password())}' -e 'select count(*) from orders'`,
    () => f`PGPASSWORD='${S('DATABASE_PASSWORD', V.password())}' psql -h ${dbhost()} -U ${user()} app`,
    () => f`psql "${connStr()}"`,
    () => { const s = secShort(); return f`curl -H "X-API-Key: ${S(s.entity, s.value)}" https://${host()}/v1/ping`; },
    () => f`echo ${S('DOCKER_HUB_PAT', V.dockerHubPat())} | docker login -u ${pick(['acmebot', 'dev'])} --password-stdin`,
    () => f`gh auth login --with-token <<< ${S('GITHUB_PAT', V.ghToken('ghp'))}`,
    () => f`git checkout ${L('git_sha', V.shortSha())}`,
    () => f`git remote set-url origin https://oauth2:${S('GITLAB_PAT', V.glpat())}@git.acme.example/web/app.git`,
    () => f`ssh -i ~/.ssh/id_ed25519 ${pick(['ubuntu', 'ec2-user'])}@${L('hostname', V.hostname())}`,
    () => f`kubectl rollout restart deploy/${pick(['api', 'web'])} -n prod`,
    () => f`docker pull registry.acme.example/api@${L('digest', V.imageDigest())}`,
    () => f`vault kv get -field=password secret/prod/db`,
    () => f`export VAULT_TOKEN=${S('VAULT_TOKEN', V.vaultToken())}`,
    () => f`ls -la`, () => f`cd ~/src/${pick(['api', 'infra', 'web'])}`, () => f`npm run build`, () => f`htop`,
    () => f`redis-cli -h ${dbhost()} -a ${S('REDIS_PASSWORD', V.password())} FLUSHDB`,
    () => f`aws configure set aws_secret_access_key ${S('AWS_SECRET_ACCESS_KEY', V.awsSecret())}`,
    () => f`export STRIPE_KEY=${L('placeholder', 'sk_live_xxxxxxxxxxxxxxxx')}`,
    () => f`sha256sum release.tar.gz  # ${L('digest', V.sha256hex())}`,
  ];
  const out = []; const tsStyle = chance(0.4);
  let n = int(10, 18);
  for (let i = 0; i < n; i++) {
    const c = pick(cmds)();
    out.push(tsStyle ? f`#${i % 3 ? String(int(1700000000, 1790000000)) : L('timestamp', String(int(1700000000, 1790000000)))}\n${c}` : f`${String(i + int(300, 900)).padStart(5)}  ${c}`);
  }
  return f`${tsStyle ? '' : '$ history | tail -' + n + '\n'}${join(out, '\n')}\n`;
}

// ------------------------------------------------------------------ app_log
function appLog() {
  const out = []; const json = chance(0.5);
  const n = int(5, 9);
  for (let i = 0; i < n; i++) {
    const w = who(); const r = int(0, 7);
    const rid = L('request_id', V.requestId());
    if (json) {
      if (r === 0) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"info","msg":"login ok","user":"${P('EMAIL_ADDRESS', w.email)}","ip":"${P('IP_ADDRESS', V.ip())}","req":"${rid}"}`);
      else if (r === 1) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"debug","msg":"outbound request","headers":{"Authorization":"Bearer ${(() => { const s = secShort(); return S(s.entity, s.value); })()}","X-Trace":"${L('trace_id', V.traceId())}"}}`);
      else if (r === 2) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"warn","msg":"sms delivery failed","to":"${P('PHONE_NUMBER', w.phone)}","provider_ref":"${L('request_id', 'SM' + hex(32))}"}`);
      else if (r === 3) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"info","msg":"order placed","order":"${L('order_number', V.orderNo())}","amount":"${L('price', V.price())}","customer":"${P('PERSON', w.name)}"}`);
      else if (r === 4) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"debug","msg":"config loaded","db":"${connStr()}"}`);
      else if (r === 5) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"info","msg":"healthcheck","commit":"${L('git_sha', V.gitSha())}","uptime_s":${int(10, 99999)}}`);
      else if (r === 6) out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"error","msg":"payment declined","card_last4":"${digits(4)}","masked":"${L('masked_card', '**** **** **** ' + digits(4))}","ip":"${P('IP_ADDRESS', V.ipv4())}"}`);
      else out.push(f`{"ts":"${L('timestamp', V.isoTs())}","level":"info","msg":"address updated","user_id":"${L('uuid', V.uuid())}","city":"${P('LOCATION', w.city)}"}`);
    } else {
      const ts = V.isoTs().replace('T', ' ').replace('Z', '');
      if (r === 0) out.push(f`${ts} INFO  [auth] user ${P('EMAIL_ADDRESS', w.email)} signed in from ${P('IP_ADDRESS', V.ip())} (req=${rid})`);
      else if (r === 1) out.push(f`${ts} DEBUG [http] -> POST https://${host()}/v2/send token=${(() => { const s = secShort(); return S(s.entity, s.value); })()}`);
      else if (r === 2) out.push(f`${ts} WARN  [sms] could not reach ${P('PHONE_NUMBER', w.phone)}: carrier timeout`);
      else if (r === 3) out.push(f`${ts} INFO  [shop] ${L('order_number', V.orderNo())} paid ${L('price', V.price())} by ${P('PERSON', w.name)}`);
      else if (r === 4) out.push(f`${ts} INFO  [boot] version=${L('version', V.version())} commit=${L('git_sha', V.gitSha())} host=${L('hostname', V.hostname())}`);
      else if (r === 5) out.push(f`${ts} ERROR [kyc] upload rejected for ${P('PERSON', w.name)} <${P('EMAIL_ADDRESS', w.email)}> trace=${L('trace_id', V.traceId())}`);
      else if (r === 6) out.push(f`${ts} INFO  [geo] ${P('IP_ADDRESS', V.ip())} resolved to ${P('LOCATION', V.city())} (${L('coordinates', V.coords())})`);
      else out.push(f`${ts} DEBUG [cache] etag ${L('etag', V.etag())} hit for /assets/app.${L('cache_bust_hash', V.cacheBust())}.css`);
    }
  }
  return f`${join(out, '\n')}\n`;
}

export const DEV_KINDS = {
  env_dump: envDump, dotenv_config: dotenv, k8s_manifest: k8s, http_dump: httpDump, har: har, api_collection: postman,
  notebook: notebook, terraform: terraform, cloud_cli: cloudCli, ci_log: ciLog, git_output: gitDiff, stack_trace: stackTrace,
  shell_history: shellHistory, app_log: appLog,
};
