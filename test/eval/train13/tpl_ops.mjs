// Operational documents: logs, stack traces, JSON API responses, git output, markdown, notebooks.
import { T, sec, anySec, generic, passw, urlPass, plain, lk, inl, hostish, svc, isoTs, prose, S, P, X, pick, chance, int, R } from './common.mjs';

export function appLog(d) {
  const t = T(d); const n = int(8, 14);
  const lines = [
    () => t`${isoTs()} INFO  [${svc()}] login ok user=${P.mail()} ip=${P.ip()} req=${lk('request_id')}\n`,
    () => t`${isoTs()} WARN  [${svc()}] failed login for ${P.person(pick(P.CULTURES))} from ${P.ipv4()} (attempt ${int(2, 6)})\n`,
    () => t`${isoTs()} DEBUG [http] POST /oauth/token body=grant_type=client_credentials&client_id=${svc()}&client_secret=${plain(pick(['GENERIC_CLIENT_SECRET', 'OIDC_CLIENT_SECRET', 'KEYCLOAK_CLIENT_SECRET']))}\n`,
    () => t`${isoTs()} DEBUG [http] > Authorization: Bearer ${sec(pick(['JWT', 'GENERIC_TOKEN', 'OKTA_API_TOKEN']))}\n`,
    () => t`${isoTs()} ERROR [db] connection refused: postgres://app:${urlPass()}@${hostish()}:5432/${svc()}\n`,
    () => t`${isoTs()} INFO  [pay] charge ${lk('order_number')} amount=${lk('price')} card=${P.card()} status=declined\n`,
    () => t`${isoTs()} INFO  [geo] delivery to ${P.city()} (${lk('coordinates')}) tracking ${lk('tracking_number')}\n`,
    () => t`${isoTs()} INFO  [k8s] pod ${lk('hostname')} ready rv=${lk('k8s_resource_version')}\n`,
    () => t`${isoTs()} TRACE [otel] traceparent=${lk('trace_id')} client=${P.ip()}\n`,
    () => t`${isoTs()} WARN  [waf] blocked ${P.ip()} -> ${P.ip()} rule ${int(900000, 999999)}\n`,
    () => t`${isoTs()} DEBUG [cfg] loaded ${pick(['sync_pass', 'bridge_cred', 'x_gate', 'kiosk_key'])}=${sec('UNPREFIXED_RANDOM_TOKEN')}\n`,
    () => t`${isoTs()} INFO  [sms] sent OTP to ${P.phone()} for ${P.person()}\n`,
    () => t`${isoTs()} INFO  [audit] ${P.person()} <${P.mail()}> changed shipping address to "`,
    () => t`${isoTs()} WARN  [smtp] auth failed user=noreply password=${plain('SMTP_PASSWORD')}\n`,
    () => t`${isoTs()} INFO  [build] ${lk('content_hash_filename')} etag=${lk('etag')}\n`,
    () => t`${P.ipv4()} - - [${int(1, 28)}/Mar/2026:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "GET /api/v2/users?api_key=${plain('GENERIC_API_KEY')} HTTP/1.1" 200 ${int(200, 9000)}\n`,
    () => t`${P.ipv6()} - - [${int(1, 28)}/Apr/2026:0${int(1, 9)}:${int(10, 59)}:${int(10, 59)} +0000] "GET /static/${lk('content_hash_filename')} HTTP/2" 200 ${int(200, 9000)}\n`,
  ];
  for (let i = 0; i < n; i++) { const f = pick(lines); f(); if (d.parts.at(-1).endsWith('address to "')) { P.putAddress(d); t`"\n`; } }
}

export function stackTrace(d) {
  const t = T(d); const v = pick(['java', 'python', 'node', 'dotnet', 'go']);
  if (v === 'java') t`${isoTs()} ERROR [main] o.s.b.SpringApplication - Application run failed\norg.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url=jdbc:postgresql://${hostish()}:5432/${svc()}?user=app&password=${urlPass()}\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n\tat com.corp.${svc()}.Repo.load(Repo.java:${int(20, 400)})\nCaused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "app"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:${int(500, 800)})\n\t... ${int(10, 60)} common frames omitted\nenv dump: API_SECRET=${plain('GENERIC_SECRET')} BUILD=${lk('build_number')} HOST=${lk('hostname')}\n`;
  else if (v === 'python') t`Traceback (most recent call last):\n  File "/srv/${svc()}/worker.py", line ${int(10, 300)}, in run\n    client = Client(api_key="${plain()}", region="eu")\n  File "/srv/${svc()}/client.py", line ${int(10, 90)}, in __init__\n    raise AuthError(f"401 for key {api_key!r}, request {rid}")\nclient.AuthError: 401 for key '${plain('GENERIC_API_KEY')}', request ${lk('request_id')}\n\nLocals at frame 0:\n  user = {'name': '${P.latinName()}', 'email': '${P.mail()}', 'phone': '${P.phone()}'}\n  session = '${lk('uuid')}'\n  password = '${plain('USER_PASSWORD')}'\n`;
  else if (v === 'node') t`Error: Request failed with status code 403\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)\n  config: {\n    url: 'https://api.${svc()}.example/v1/charges',\n    headers: {\n      Authorization: 'Bearer ${sec(pick(['STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY']))}',\n      'X-Request-Id': '${lk('request_id')}',\n      'User-Agent': 'axios/${lk('version')}'\n    },\n    data: '{"customer":"${lk('crm_id')}","email":"${P.mail()}"}'\n  }\n`;
  else if (v === 'dotnet') t`Unhandled exception. System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(...)\n   at Corp.${svc()}.Startup.Configure() in C:\\src\\Startup.cs:line ${int(20, 200)}\nConnectionString: Server=${hostish()};Database=${svc()};User Id=sa;Password=${urlPass('MSSQL_SA_PASSWORD')};\nClientConnectionId:${lk('uuid')}\nError Number:18456,State:1,Class:14\n`;
  else t`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${R('H', 6)}]\n\ngoroutine 1 [running]:\nmain.(*Client).Do(0xc000${R('H', 6)}, {0x${R('H', 6)}, 0x${int(10, 99)}})\n\t/src/client.go:${int(40, 200)} +0x1a4\nmain.main()\n\t/src/main.go:${int(10, 60)} +0x${R('H', 3)}\nexit status 2\n# config: token=${plain()} build=${lk('git_sha')}\n`;
  t`reported by ${P.person()} (${P.mail()}) at ${isoTs()}\n`;
}

export function jsonApi(d) {
  const t = T(d); const v = pick(['users', 'keys', 'order', 'oauth', 'webhook']);
  if (v === 'users') { t`{\n  "data": [\n`; const n = int(2, 4); for (let i = 0; i < n; i++) { const nm = P.latinName(); t`    {"id": "${lk('crm_id')}", "name": "${{ p: 'PERSON', v: nm }}", "email": "${{ p: 'EMAIL_ADDRESS', v: P.emailFor(nm) }}", "phone": "${P.phone()}", "city": "${P.city()}", "last_ip": "${P.ipv4()}", "created": "${isoTs()}"}${i < n - 1 ? ',' : ''}\n`; } t`  ],\n  "request_id": "${lk('request_id')}",\n  "etag": "${{ w: 'etag', v: R('H', 24) }}"\n}\n`; }
  else if (v === 'keys') t`{\n  "object": "list",\n  "data": [\n    {"id": "key_${R('A', 10)}", "name": "ci", "secret": "${plain()}", "created": ${{ w: 'timestamp', v: String(int(1700000000, 1790000000)) }}},\n    {"id": "key_${R('A', 10)}", "name": "${pick(['kiosk', 'relay', 'backoffice'])}", "secret": "${plain(pick(['GENERIC_API_KEY', 'UNPREFIXED_RANDOM_TOKEN']))}", "created": ${{ w: 'timestamp', v: String(int(1700000000, 1790000000)) }}},\n    {"id": "key_${R('A', 10)}", "name": "docs", "secret": "${lk('placeholder')}"}\n  ],\n  "publishable": "${{ w: 'public_key', v: 'pk_live_' + R('A', 24) }}"\n}\n`;
  else if (v === 'order') { const nm = P.latinName(); t`{\n  "order": "${lk('order_number')}",\n  "total": "${lk('price')}",\n  "customer": {"name": "${{ p: 'PERSON', v: nm }}", "email": "${{ p: 'EMAIL_ADDRESS', v: P.emailFor(nm) }}", "phone": "${P.phone()}"},\n  "shipping": {"line1": "`; const a = P.address(pick(['US', 'GB', 'DE', 'FR', 'NL', 'AU', 'CA'])); d.put(a[0]); t`", "city": "${a.find((x, i) => i > 0 && x.p) || P.city()}", "country": "${P.country()}"},\n  "payment": {"card": "${P.card()}", "iban": "${P.iban()}"},\n  "tracking": "${lk('tracking_number')}",\n  "coordinates": "${lk('coordinates')}",\n  "isbn": "${lk('isbn')}"\n}\n`; }
  else if (v === 'oauth') t`{\n  "access_token": "${sec('JWT')}",\n  "token_type": "Bearer",\n  "expires_in": 3600,\n  "refresh_token": "${plain(pick(['GENERIC_TOKEN', 'GOOGLE_REFRESH_TOKEN']))}",\n  "id_token": "${sec('JWT')}",\n  "scope": "openid profile email",\n  "session_state": "${lk('uuid')}"\n}\n`;
  else t`{\n  "event": "invoice.paid",\n  "id": "evt_${R('A', 24)}",\n  "created": ${{ w: 'timestamp', v: String(int(1700000000, 1790000000)) }},\n  "data": {"customer_email": "${P.mail()}", "customer_name": "${P.person()}", "amount": "${lk('price')}", "invoice": "${lk('invoice_number')}"},\n  "signing_secret_used": "${sec('STRIPE_WEBHOOK_SECRET')}",\n  "test_card": "${lk('vendor_test_card')}"\n}\n`;
}

export function gitOutput(d) {
  const t = T(d); const v = pick(['log', 'diff', 'show']);
  if (v === 'log') { for (let i = 0; i < int(3, 6); i++) { const nm = P.latinName(); t`commit ${{ w: 'git_sha', v: R('H', 40) }}\nAuthor: ${{ p: 'PERSON', v: nm }} <${{ p: 'EMAIL_ADDRESS', v: P.emailFor(nm) }}>\nDate:   ${lk('date')}\n\n    ${pick(['fix login redirect', 'bump deps to ' , 'rotate leaked key', 'add retry', 'remove hardcoded token'])}${chance(0.3) ? lk('version').v : ''}\n\n`; } }
  else t`diff --git a/config/${svc()}.env b/config/${svc()}.env\nindex ${{ w: 'git_sha', v: R('H', 7) }}..${{ w: 'git_sha', v: R('H', 7) }} 100644\n--- a/config/${svc()}.env\n+++ b/config/${svc()}.env\n@@ -3,7 +3,7 @@ APP_ENV=production\n-API_TOKEN=${plain()}\n+API_TOKEN=${lk('env_reference')}\n-DB_PASSWORD=${plain('DATABASE_PASSWORD')}\n+DB_PASSWORD=${lk('placeholder')}\n ${pick(['SIGNING_KEY', 'AUTH_KEY', 'HANDSHAKE'])}=${plain(pick(['SIGNING_KEY', 'AUTH_KEY', 'UNPREFIXED_RANDOM_TOKEN']))}\n+# moved to vault, see ${lk('ticket_id')}\n`;
  if (v === 'show') t`\nAuthor: ${P.person()} <${P.mail()}>\n    Co-authored-by: ${P.person()} <${P.mail()}>\n`;
}

export function markdown(d) {
  const t = T(d); const lang = pick(['en', 'de', 'fr', 'es', 'pt', 'ja']);
  t`# ${svc()} – ${pick(['Setup', 'Einrichtung', 'Mise en route', 'Configuración', 'Configuração', 'セットアップ'])}\n\n`;
  t`Maintainer: ${P.person()} (${P.mail()}), on-call ${P.phone()}\n\n## Local development\n\n1. Copy \`.env.example\` and set \`API_KEY=${lk('placeholder')}\`.\n2. `; prose(d, plain(), lang); t`\n3. Staging DB:\n\n\`\`\`\npsql "postgresql://dev:${urlPass()}@${hostish()}/${svc()}"\n\`\`\`\n\n| service | user | password |\n|---|---|---|\n`;
  for (let i = 0; i < int(2, 4); i++) t`| ${svc()} | ${pick(['admin', 'ops', 'viewer'])} | \`${plain(pick(['ADMIN_PASSWORD', 'USER_PASSWORD', 'DATABASE_PASSWORD']))}\` |\n`;
  t`\nReading list: ISBN ${lk('isbn')}, ISBN ${lk('isbn')}. Deploy key (public): ${{ w: 'public_key', v: X.L.public_key().split('\n')[0].startsWith('-----') ? 'pk_test_' + R('A', 24) : X.L.public_key() }}\n`;
  if (chance(0.6)) t`\nInternal CA (public, safe to share):\n\n\`\`\`\n${lk('certificate')}\n\`\`\`\n`;
  t`\nAWS example from the docs (not real): \`${lk('aws_example_key')}\`. Current release ${lk('version')}, commit ${lk('git_sha')}.\nBadge colour ${lk('hex_color')}. Office: `; P.putAddress(d); t`.\n`;
}

export function notebook(d) {
  const t = T(d);
  t`{\n "cells": [\n  {"cell_type": "code", "execution_count": ${int(1, 40)}, "source": ["import openai, pandas as pd\\n", "openai.api_key = \\"${sec('OPENAI_API_KEY')}\\"\\n", "HF_TOKEN = \\"${sec('HUGGINGFACE_TOKEN')}\\"\\n"], "outputs": []},\n  {"cell_type": "code", "source": ["df = pd.read_sql(q, \\"postgresql://analyst:${urlPass()}@${hostish()}/dw\\")\\n", "df.head()"],\n   "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["   customer            email                 city\\n",\n`;
  for (let i = 0; i < int(3, 5); i++) { const nm = P.latinName(); t`    "${i}  ${{ p: 'PERSON', v: nm }}  ${{ p: 'EMAIL_ADDRESS', v: P.emailFor(nm) }}  ${P.city()}\\n",\n`; }
  t`    "[${int(1000, 90000)} rows]"]}}]},\n  {"cell_type": "markdown", "source": ["wandb key for the sweep: ${plain('WANDB_API_KEY')} (ask ${P.person()})"]},\n  {"cell_type": "code", "source": ["run_id = \\"${lk('uuid')}\\"  # started ${lk('date')}"], "outputs": []}\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "widgets": {"img": "${lk('data_uri')}"}}\n}\n`;
}
