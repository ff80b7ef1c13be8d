// HAR captures, devtools exports, API-client collections and environments.
import { Doc, S, P, L, J, pii, dq, HOSTS, isoT, SECRET_KINDS } from './common.mjs';

const BEARER = ['JWT', 'OIDC_ID_TOKEN', 'OAUTH_ACCESS_TOKEN', 'GCP_OAUTH_ACCESS_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN', 'SLACK_BOT_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'STRIPE_SECRET_KEY', 'HUBSPOT_PRIVATE_APP_TOKEN', 'NOTION_TOKEN', 'LINEAR_API_KEY', 'SALESFORCE_ACCESS_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'FIGMA_TOKEN', 'INTERCOM_ACCESS_TOKEN', 'MONDAY_API_TOKEN', 'DIGITALOCEAN_TOKEN', 'CLOUDFLARE_API_TOKEN', 'GROQ_API_KEY', 'XAI_API_KEY', 'OPENROUTER_API_KEY', 'PERPLEXITY_API_KEY', 'HUGGINGFACE_TOKEN', 'REPLICATE_API_TOKEN', 'VERCEL_TOKEN', 'NETLIFY_AUTH_TOKEN', 'SHOPIFY_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', 'ZENDESK_API_TOKEN', 'ASANA_PAT', 'AIRTABLE_PAT', 'DROPBOX_ACCESS_TOKEN', 'OKTA_API_TOKEN'];
const APIKEY_HDR = [['X-API-Key', 'GENERIC_API_KEY'], ['DD-API-KEY', 'DATADOG_API_KEY'], ['DD-APPLICATION-KEY', 'DATADOG_APP_KEY'], ['Api-Key', 'NEW_RELIC_USER_KEY'], ['X-Honeycomb-Team', 'HONEYCOMB_API_KEY'], ['x-api-key', 'ANTHROPIC_API_KEY'], ['X-Algolia-API-Key', 'ALGOLIA_ADMIN_KEY'], ['X-Postmark-Server-Token', 'POSTMARK_SERVER_TOKEN'], ['X-Shopify-Access-Token', 'SHOPIFY_ACCESS_TOKEN'], ['PRIVATE-TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN'], ['X-Vault-Token', 'VAULT_SERVICE_TOKEN'], ['X-Auth-Key', 'CLOUDFLARE_GLOBAL_API_KEY'], ['Fastly-Key', 'FASTLY_API_TOKEN'], ['X-Figma-Token', 'FIGMA_TOKEN'], ['xi-api-key', 'ELEVENLABS_API_KEY'], ['Api-Key', 'PINECONE_API_KEY'], ['x-goog-api-key', 'GCP_API_KEY'], ['X-Sentry-Auth', 'SENTRY_AUTH_TOKEN'], ['apikey', 'SUPABASE_SERVICE_ROLE_KEY'], ['X-Pulumi-Token', 'PULUMI_ACCESS_TOKEN'], ['X-JFrog-Art-Api', 'ARTIFACTORY_API_KEY'], ['X-Adyen-API-Key', 'ADYEN_API_KEY'], ['PLAID-SECRET', 'PLAID_SECRET'], ['X-Amplitude-Secret', 'AMPLITUDE_SECRET_KEY'], ['X-Mistral-Key', 'MISTRAL_API_KEY'], ['X-Cohere-Key', 'COHERE_API_KEY'], ['X-Wandb-Key', 'WANDB_API_KEY'], ['X-LangSmith-Key', 'LANGSMITH_API_KEY'], ['X-AzureOpenAI-Key', 'AZURE_OPENAI_KEY']];
const hj = (name, parts) => ['        { "name": "', name, '", "value": "', ...parts, '" }'];
function harEntry(c, d, last) {
  const r = c.r; const host = r.pick(HOSTS); const p = c.person(); const method = r.pick(['POST', 'PATCH', 'PUT', 'GET']);
  const pathx = r.pick(['/api/v1/customers', '/api/v2/me', '/graphql', '/api/checkout/session', '/v1/payment_methods', '/api/users/' + r.int(1000, 99999) + '/profile']);
  const hdrs = [];
  const a = r.int(0, 3);
  if (a === 0) hdrs.push(hj('authorization', ['Bearer ', c.s(c.kind(BEARER))]));
  else if (a === 1) { const [h, e] = r.pick(APIKEY_HDR); c.usage.sec[e] = (c.usage.sec[e] || 0) + 1; hdrs.push(hj(h, [c.s(e)])); }
  else if (a === 2) hdrs.push(hj('authorization', ['Basic ', c.s('BASIC_AUTH_CREDENTIALS')]));
  hdrs.push(hj('cookie', [r.pick(['session', 'sid', '__Host-session', '_shop_session', 'JSESSIONID']), '=', c.s('SESSION_COOKIE'), '; _ga=GA1.1.', String(r.int(1e8, 9e8)), '.', c.epoch()]));
  hdrs.push(hj('x-request-id', [c.l('request_id')]));
  hdrs.push(hj('if-none-match', [J(c.l('etag'))]));
  hdrs.push(hj('x-forwarded-for', [p.ip]));
  const body = ['{\\"name\\":\\"', J(J(p.name)), '\\",\\"email\\":\\"', J(J(p.email)), '\\",\\"phone\\":\\"', J(J(p.phone)), '\\",\\"address\\":\\"', J(J(p.street)), ', ', J(J(p.city)), '\\"}'];
  d.w`    {\n      "startedDateTime": "${c.l('timestamp')}",\n      "time": ${r.int(20, 2000)}.${r.digits(3)},\n      "request": {\n        "method": "${method}",\n        "url": "https://${host}${pathx}?trace=${c.l('trace_id')}",\n        "httpVersion": "http/2.0",\n        "headers": [\n`;
  hdrs.forEach((h, i) => d.push([...h, i < hdrs.length - 1 ? ',\n' : '\n']));
  d.w`        ],\n`;
  if (method !== 'GET') d.push(['        "postData": { "mimeType": "application/json", "text": "', ...body, '" }\n']);
  else d.push(['        "queryString": []\n']);
  const q = c.person();
  d.w`      },\n      "response": {\n        "status": ${r.pick([200, 201, 400, 401, 409, 500])},\n        "headers": [ { "name": "etag", "value": "${J(c.l('etag'))}" }, { "name": "x-trace-id", "value": "${c.l('trace_id')}" } ],\n        "content": { "mimeType": "application/json", "text": "{\\"id\\":\\"${c.l('crm_id')}\\",\\"owner\\":\\"${J(J(q.name))}\\",\\"contact\\":\\"${J(J(q.email))}\\",\\"updated\\":\\"${c.l('timestamp')}\\"}" }\n      },\n      "serverIPAddress": "10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}",\n      "timings": { "send": 0.${r.digits(3)}, "wait": ${r.int(10, 900)}.${r.digits(2)}, "receive": ${r.int(0, 9)}.${r.digits(2)} }\n    }${last ? '' : ','}\n`;
}
export function har_capture(c) {
  const r = c.r, d = new Doc('har_capture');
  d.w`{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "${r.pick(['WebInspector', 'Firefox', 'Charles Proxy'])}", "version": "${c.l('version')}" },\n    "pages": [ { "id": "page_1", "title": "https://${r.pick(HOSTS)}/account", "startedDateTime": "${c.l('timestamp')}" } ],\n    "entries": [\n`;
  const n = r.int(1, 2); for (let i = 0; i < n; i++) harEntry(c, d, i === n - 1);
  d.w`    ]\n  }\n}\n`;
  return d;
}
export function devtools_curl(c) {
  const r = c.r, d = new Doc('devtools_curl');
  d.w`# ${r.pick(['Copy as cURL (bash)', 'copied from Network tab, request that 500s', 'repro for the flaky checkout'])}\n`;
  for (let i = 0; i < r.int(2, 3); i++) {
    const host = r.pick(HOSTS); const p = c.person();
    d.w`curl 'https://${host}/api/${r.pick(['v1/profile', 'v2/orders', 'graphql', 'v1/payouts', 'v1/support/tickets'])}' \\\n  -H 'accept: application/json' \\\n  -H 'accept-language: ${r.pick(['de-DE,de;q=0.9', 'fr-FR,fr;q=0.9,en;q=0.8', 'ja,en-US;q=0.7', 'pt-BR,pt;q=0.9'])}' \\\n`;
    const a = r.int(0, 2);
    if (a === 0) d.w`  -H 'authorization: Bearer ${c.s(c.kind(BEARER))}' \\\n`;
    else if (a === 1) { const [h, e] = r.pick(APIKEY_HDR); c.usage.sec[e] = (c.usage.sec[e] || 0) + 1; d.w`  -H '${h.toLowerCase()}: ${c.s(e)}' \\\n`; }
    else d.w`  -b '${r.pick(['sessionid', 'laravel_session', 'PHPSESSID', '_gitlab_session'])}=${c.s('SESSION_COOKIE')}; csrftoken=${c.l('nonce')}' \\\n`;
    d.w`  -H 'content-type: application/json' \\\n  -H 'x-request-id: ${c.l('request_id')}' \\\n  -H 'sec-ch-ua-platform: "${r.pick(['macOS', 'Windows', 'Linux'])}"' \\\n`;
    d.push(["  --data-raw '{\"customer\":{\"name\":\"", J(p.name), '","email":"', J(p.email), '","phone":"', J(p.phone), '","billing":{"line1":"', J(p.street), '","city":"', J(p.city), '","country":"', J(p.country), "\"}},\"cart\":\"", c.l('uuid'), "\",\"amount\":\"", c.l('price'), "\"}'\n\n"]);
  }
  return d;
}
function pmAuth(c) {
  const r = c.r; const t = r.int(0, 3);
  if (t === 0) return ['"auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "', c.s(c.kind(BEARER)), '", "type": "string" } ] }'];
  if (t === 1) { const [h, e] = r.pick(APIKEY_HDR); c.usage.sec[e] = (c.usage.sec[e] || 0) + 1; return ['"auth": { "type": "apikey", "apikey": [ { "key": "key", "value": "', h, '" }, { "key": "value", "value": "', c.s(e), '" }, { "key": "in", "value": "header" } ] }']; }
  if (t === 2) return ['"auth": { "type": "basic", "basic": [ { "key": "username", "value": "', r.pick(['api', 'svc-reports', 'integration']), '" }, { "key": "password", "value": "', J(c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD', 'SFTP_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'ELASTIC_PASSWORD']))), '" } ] }'];
  return ['"auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "', c.l('template_reference').v.startsWith('{{') ? '{{accessToken}}' : '{{accessToken}}', '", "type": "string" } ] }'];
}
export function postman_collection(c) {
  const r = c.r, d = new Doc('postman_collection'); const host = r.pick(HOSTS);
  d.w`{\n  "info": {\n    "_postman_id": "${c.l('uuid')}",\n    "name": "${r.pick(['Payments API', 'CRM sync', 'Partner Gateway v3', 'Internal Admin'])}",\n    "schema": "https://schema.getpostman.test/json/collection/v2.1.0/collection.json",\n    "_exporter_id": "${r.int(1e6, 9e7)}"\n  },\n  "item": [\n`;
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    const p = c.person();
    d.w`    {\n      "name": "${r.pick(['Create customer', 'Refund charge', 'Update contact', 'Get payout', 'Create lead'])}",\n      "request": {\n        "method": "POST",\n        "header": [ { "key": "Idempotency-Key", "value": "${c.l('uuid')}" } ],\n        "body": { "mode": "raw", "raw": "{\\n  \\"name\\": \\"${J(J(p.name))}\\",\\n  \\"email\\": \\"${J(J(p.email))}\\",\\n  \\"phone\\": \\"${J(J(p.phone))}\\",\\n  \\"iban\\": \\"${p.iban}\\"\\n}" },\n        "url": { "raw": "{{baseUrl}}/v1/customers", "host": ["{{baseUrl}}"], "path": ["v1", "customers"] }\n      },\n      "response": []\n    },\n`;
  }
  d.w`    { "name": "Health", "request": { "method": "GET", "url": "https://${host}/healthz" } }\n  ],\n  `;
  d.push(pmAuth(c));
  d.w`,\n  "variable": [\n    { "key": "baseUrl", "value": "https://${host}" },\n    { "key": "accessToken", "value": "${c.s(c.kind(BEARER))}" },\n    { "key": "webhookSecret", "value": "${c.s(c.kind(['STRIPE_WEBHOOK_SECRET', 'WEBHOOK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET', 'SHOPIFY_SHARED_SECRET']))}" },\n    { "key": "publishableKey", "value": "${c.pk('stripe')}" }\n  ]\n}\n`;
  return d;
}
export function postman_env(c) {
  const r = c.r, d = new Doc('postman_env');
  d.w`{\n  "id": "${c.l('uuid')}",\n  "name": "${r.pick(['prod', 'staging-eu', 'partner-sandbox', 'local'])}",\n  "values": [\n`;
  const vals = [];
  vals.push(['    { "key": "baseUrl", "value": "https://', r.pick(HOSTS), '", "type": "default", "enabled": true }']);
  for (let i = 0; i < r.int(4, 7); i++) { const k = c.pair(undefined, r.pick(['camel', 'snake'])); vals.push(['    { "key": "', k.key, '", "value": "', J(k.v), '", "type": "', r.pick(['secret', 'default']), '", "enabled": true }']); }
  vals.push(['    { "key": "clientSecret", "value": "', c.l('placeholder'), '", "type": "secret", "enabled": false }']);
  vals.push(['    { "key": "tenantId", "value": "', c.l('uuid'), '", "type": "default", "enabled": true }']);
  vals.push(['    { "key": "lastOrder", "value": "', c.l('order_number'), '", "type": "default", "enabled": true }']);
  const p = c.person(); vals.push(['    { "key": "testUserEmail", "value": "', p.email, '", "type": "default", "enabled": true }']);
  vals.push(['    { "key": "testUserPassword", "value": "', J(c.s('HUMAN_PASSWORD')), '", "type": "secret", "enabled": true }']);
  r.shuffle(vals); vals.forEach((v, i) => d.push([...v, i < vals.length - 1 ? ',\n' : '\n']));
  d.w`  ],\n  "_postman_variable_scope": "environment",\n  "_postman_exported_at": "${c.l('timestamp')}",\n  "_postman_exported_using": "Postman/${c.l('version')}"\n}\n`;
  return d;
}
export function bruno_request(c) {
  const r = c.r, d = new Doc('bruno_request'); const bru = r.bool(0.6);
  if (bru) {
    const p = c.person();
    d.w`meta {\n  name: ${r.pick(['Create invoice', 'Sync contact', 'Issue refund'])}\n  type: http\n  seq: ${r.int(1, 20)}\n}\n\npost {\n  url: {{host}}/api/v2/${r.pick(['invoices', 'contacts', 'refunds'])}\n  body: json\n  auth: bearer\n}\n\nauth:bearer {\n  token: ${c.s(c.kind(BEARER))}\n}\n\nheaders {\n  X-Correlation-Id: ${c.l('uuid')}\n  ~X-Debug: true\n}\n\n`;
    d.push(['body:json {\n  {\n    "customer": "', J(p.name), '",\n    "email": "', J(p.email), '",\n    "vat_address": "', J(p.street), ', ', J(p.city), '",\n    "card": "', c.l(r.pick(['vendor_test_card', 'invalid_card'])), '",\n    "amount": "', c.l('price'), '"\n  }\n}\n\n']);
    d.w`vars:pre-request {\n  tenant: ${c.l('uuid')}\n}\n\nscript:pre-request {\n  req.setHeader("X-Api-Secret", "${J(c.s(c.kind(['GENERIC_API_KEY', 'OAUTH_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'TWILIO_API_SECRET', 'CONFLUENT_API_SECRET'])))}");\n}\n\ndocs {\n  Owner: ${p.first} (${c.person().email})\n}\n`;
  } else {
    d.w`# Insomnia export v4 (YAML)\n_type: export\n__export_format: 4\n__export_date: ${c.l('timestamp')}\n__export_source: insomnia.desktop.app:v${c.l('version')}\nresources:\n`;
    for (let i = 0; i < r.int(2, 3); i++) {
      const p = c.person();
      d.w`  - _id: req_${r.hex(32)}\n    _type: request\n    name: ${r.pick(['List tickets', 'Create user', 'Rotate key', 'Fetch invoices'])}\n    method: POST\n    url: "{{ _.base_url }}/v1/users"\n    body:\n      mimeType: application/json\n      text: '{"full_name": "${p.name}", "mail": "${p.email}", "mobile": "${p.phone}"}'\n    authentication:\n      type: bearer\n      token: ${c.s(c.kind(BEARER))}\n`;
    }
    d.w`  - _id: env_${r.hex(32)}\n    _type: environment\n    name: Base Environment\n    data:\n      base_url: https://${r.pick(HOSTS)}\n      client_secret: ${c.s(c.kind(['OAUTH_CLIENT_SECRET', 'GCP_OAUTH_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'PAYPAL_CLIENT_SECRET', 'TWITCH_CLIENT_SECRET']))}\n      refresh_token: ${c.s(c.kind(['OAUTH_REFRESH_TOKEN', 'GCP_REFRESH_TOKEN', 'GITHUB_REFRESH_TOKEN']))}\n      build: ${c.l('build_number')}\n`;
  }
  return d;
}
export function httpie_session(c) {
  const r = c.r, d = new Doc('httpie_session'); const host = r.pick(HOSTS);
  d.w`$ cat ~/.config/httpie/sessions/${host.replace(/\./g, '_')}/${r.pick(['admin', 'me', 'ci'])}.json\n{\n    "__meta__": {\n        "about": "HTTPie session file",\n        "help": "https://httpie.test/doc#sessions",\n        "httpie": "${c.l('version')}"\n    },\n    "auth": {\n        "password": "${J(c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD', 'ELASTIC_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'DATABASE_PASSWORD'])))}",\n        "type": "basic",\n        "username": "${r.pick(['admin', 'ops', 'reporter'])}"\n    },\n    "cookies": [\n        {\n            "domain": "${host}",\n            "expires": ${c.l('timestamp').v.length < 14 ? '1790000000' : '1790000000'},\n            "name": "${r.pick(['session', 'sid', 'auth_session'])}",\n            "path": "/",\n            "secure": true,\n            "value": "${c.s('SESSION_COOKIE')}"\n        }\n    ],\n    "headers": {\n        "X-Api-Key": "${c.s(c.kind(['GENERIC_API_KEY', 'DATADOG_API_KEY', 'ALGOLIA_ADMIN_KEY', 'MAILGUN_API_KEY', 'SENDGRID_API_KEY', 'MAILCHIMP_API_KEY']))}",\n        "X-Client-Version": "${c.l('version')}"\n    }\n}\n`;
  const p = c.person();
  d.w`$ http --session=admin PATCH https://${host}/api/users/${r.int(100, 9999)} email=${p.email} phone='${p.phone}'\nHTTP/1.1 200 OK\nContent-Type: application/json\nETag: ${c.l('etag')}\nX-Request-Id: ${c.l('request_id')}\n\n{\n    "email": "${p.email}",\n    "name": "${J(p.name)}",\n    "phone": "${p.phone}",\n    "updated_at": "${c.l('timestamp')}"\n}\n`;
  return d;
}
