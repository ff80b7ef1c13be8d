// blind5 document templates, part 1: configuration, code, infrastructure.
import * as X from './lib.mjs';
import { frag as f, S, P, L, pick, ri, chance, hex, al, dig, up, lo } from './lib.mjs';
import { sec, pemKey, password, jwt } from './secrets.mjs';

const s = (k) => S(k.e, k.v);
const LA = () => pick([
  () => L('git_sha', X.sha()), () => L('uuid', X.uuid()), () => L('digest', X.digest()), () => L('version', X.semver()),
  () => L('timestamp', X.ts()), () => L('request_id', X.reqId()), () => L('build_number', X.buildNo()), () => L('hex_color', X.hexColor()),
])();
const svc = () => pick(['billing-api', 'orders', 'ledger-sync', 'notifier', 'search-indexer', 'auth-gateway', 'media-worker', 'pricing', 'kyc-service', 'crm-bridge']);
const host = () => pick(['db', 'pg-primary', 'mysql-01', 'mongo-rs0', 'cache', 'mq', 'es-hot-2']) + '.' + pick(['internal.acme-corp.example', 'prod.globex.test', 'svc.cluster.invalid', 'eu-west.northwind.example']);
const phVal = () => L('placeholder', X.placeholder());
const refVal = (n) => L('env_reference', X.envRef(n));

export const CONFIG = {
  env: [
    () => { const a = sec(), b = sec(), c = sec(); const pg = password();
      return f`# ${svc()} — local overrides (do not commit)\nNODE_ENV=production\nPORT=${ri(3000, 9090)}\nAPP_VERSION=${L('version', X.semver())}\nGIT_COMMIT=${L('git_sha', X.sha())}\n\n${a.env}=${s(a)}\n${b.env}="${s(b)}"\n# rotated ${L('date', X.date())} by ops\n${c.env}='${s(c)}'\nDATABASE_URL=postgres://app_rw:${S('POSTGRES_PASSWORD', pg)}@${host()}:5432/${svc().replace('-', '_')}?sslmode=require\nSENTRY_ENVIRONMENT=prod\nFEATURE_FLAGS_ID=${L('uuid', X.uuid())}\nTHEME_PRIMARY=${L('hex_color', X.hexColor())}\nLEGACY_KEY=${phVal()}\n`; },
    () => { const ks = [sec(), sec(), sec(), sec()];
      return f`export AWS_REGION=eu-central-1\n${ks.map((k, i) => f`export ${k.env}=${chance(0.5) ? f`"${s(k)}"` : s(k)}\n${i === 1 ? f`export EXAMPLE_KEY_FROM_DOCS=${L('aws_example_key', X.awsExample())}\n` : ''}`)}export BACKUP_TOKEN=${refVal('BACKUP_TOKEN')}\nexport RELEASE=${L('version', X.semver())}\n`; },
    () => { const k = sec(), k2 = sec(); const r = password();
      return f`## .env.staging\nREDIS_URL=redis://:${S('REDIS_PASSWORD', r)}@${host()}:6379/0\n${k.env} = ${s(k)}\nDEBUG=false\n${k2.env}=${s(k2)}   # owner: platform-team\nOLD_${k.env}=${phVal()}\nCACHE_BUSTER=${L('hash', hex(32))}\nLAST_DEPLOY=${L('timestamp', X.ts())}\n`; },
  ],
  yaml: [
    () => { const k = sec(), k2 = sec(); const pwd = password();
      return f`# application.yml\nspring:\n  application:\n    name: ${svc()}\n  datasource:\n    url: jdbc:mysql://${host()}:3306/shop?useSSL=true\n    username: shop_app\n    password: "${S('MYSQL_PASSWORD', pwd)}"\n  rabbitmq:\n    host: ${host()}\n    password: ${refVal('RABBIT_PASS')}\nintegrations:\n  ${k.env.toLowerCase()}: ${s(k)}\n  ${k2.env.toLowerCase()}:\n    value: '${s(k2)}'\n    rotated_at: ${L('date', X.date())}\nbuild:\n  commit: ${L('git_sha', X.sha())}\n  version: ${L('version', X.semver())}\n`; },
    () => { const k = sec(), k2 = sec();
      return f`# config/settings.yaml — ${svc()}\nlogging:\n  level: info\nproviders:\n  - name: primary\n    api_key: ${s(k)}\n    timeout_ms: 3000\n  - name: fallback\n    api_key: ${phVal()}\n  - name: archive\n    secret: >-\n      ${s(k2)}\ntracing:\n  sample_rate: 0.05\n  service_id: ${L('uuid', X.uuid())}\nui:\n  accent: "${L('hex_color', X.hexColor())}"\n`; },
  ],
  k8s: [
    () => { const pw = password(); const b = Buffer.from(pw).toString('base64'); const k = sec(); const kb = Buffer.from(k.v).toString('base64');
      return f`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc()}-credentials\n  namespace: prod\n  resourceVersion: "${L('k8s_resource_version', X.k8sRv())}"\n  uid: ${L('uuid', X.uuid())}\ntype: Opaque\ndata:\n  db-password: ${S('K8S_SECRET_DATA', b)}\n  ${k.env.toLowerCase().replace(/_/g, '-')}: ${S(k.e + '_B64', kb)}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc()}\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.acme-corp.example/app@${L('digest', X.digest())}\n          env:\n            - name: LOG_LEVEL\n              value: debug\n`; },
    () => { const k = sec(), k2 = sec();
      return f`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc()}\n  annotations:\n    deployment.kubernetes.io/revision: "${ri(2, 80)}"\n    git-commit: ${L('git_sha', X.sha())}\nspec:\n  template:\n    spec:\n      containers:\n      - name: worker\n        image: ghcr.acme-corp.example/worker:${L('version', X.semver())}\n        env:\n        - name: ${k.env}\n          value: "${s(k)}"\n        - name: ${k2.env}\n          value: ${s(k2)}\n        - name: UPSTREAM_TOKEN\n          valueFrom:\n            secretKeyRef: {name: upstream, key: token}\n        - name: TRACE_ID_SEED\n          value: "${L('hash', hex(32))}"\n`; },
    () => { const user = 'ci-bot'; const p = password(); const auth = Buffer.from(`${user}:${p}`).toString('base64');
      const js = JSON.stringify({ auths: { 'registry.acme-corp.example': { auth: '@@' } } }).split('@@');
      return f`$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n${js[0]}${S('DOCKER_REGISTRY_AUTH', auth)}${js[1]}\n$ kubectl get pods -n ${svc()}\nNAME                         READY   STATUS    RESTARTS   AGE\n${svc()}-${hex(10)}-${lo(5)}   1/1     Running   0          ${ri(2, 40)}h\n`; },
  ],
  json_config: [
    () => { const [ent, pem] = pemKey('PKCS8'); const esc = JSON.stringify(pem).slice(1, -1); const proj = pick(['acme-analytics', 'globex-ml', 'northwind-prod']);
      return f`{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${L('hash', hex(40))}",\n  "private_key": "${S('GCP_SERVICE_ACCOUNT_KEY', esc)}",\n  "client_email": "deployer@${proj}.iam.example",\n  "client_id": "${dig(21)}",\n  "token_uri": "https://oauth2.acme-corp.example/token"\n}\n`; },
    () => { const k = sec(), k2 = sec(); const ms = password();
      return f`{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Default": "Server=${host()},1433;Database=Orders;User Id=sa;Password=${S('MSSQL_PASSWORD', ms)};TrustServerCertificate=True"\n  },\n  "Integrations": {\n    "${k.env}": "${s(k)}",\n    "${k2.env}": "${s(k2)}",\n    "LegacySecret": "${phVal()}"\n  },\n  "Build": { "Sha": "${L('git_sha', X.sha())}", "Number": "${L('build_number', X.buildNo())}" }\n}\n`; },
    () => { const k = sec();
      return f`// .vscode/settings.json\n{\n  "editor.tabSize": 2,\n  "workbench.colorCustomizations": { "titleBar.activeBackground": "${L('hex_color', X.hexColor())}" },\n  "rest-client.environmentVariables": {\n    "prod": { "baseUrl": "https://api.globex.test", "token": "${s(k)}" },\n    "local": { "baseUrl": "http://localhost:8080", "token": "${phVal()}" }\n  }\n}\n`; },
  ],
  ini_toml: [
    () => { const k = sec(); const p = password();
      return f`# pyproject / app.toml\n[tool.app]\nname = "${svc()}"\nversion = "${L('version', X.semver())}"\n\n[database]\nhost = "${host()}"\nuser = "reporting"\npassword = "${S('POSTGRES_PASSWORD', p)}"\n\n[secrets]\n${k.env.toLowerCase()} = "${s(k)}"\nfallback = "${phVal()}"\n`; },
    () => { const p = password(); const k = sec();
      return f`; php.ini-style settings for legacy portal\n[mail]\nsmtp_host = smtp.mail.acme-corp.example\nsmtp_user = noreply@acme-corp.example\nsmtp_pass = ${S('SMTP_PASSWORD', p)}\n\n[api]\nkey=${s(k)}\nbuild=${L('build_number', X.buildNo())}\n`; },
    () => { const p = password(); const k = sec();
      return f`# ~/.aws/credentials\n[default]\naws_access_key_id = ${S('AWS_ACCESS_KEY', 'AKIA' + X.b32(16))}\naws_secret_access_key = ${S('AWS_SECRET_KEY', X.b64c(40))}\n\n[docs-example]\naws_access_key_id = ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}\naws_secret_access_key = ${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}\n\n# ~/.pgpass\n${host()}:5432:*:analyst:${S('POSTGRES_PASSWORD', p)}\n`; },
    () => { const k = sec(); const p = password();
      return f`# application.properties\nserver.port=8443\nspring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-${lo(4)}" password="${S('KAFKA_SASL_PASSWORD', p)}";\napp.${k.env.toLowerCase().replace(/_/g, '.')}=${s(k)}\napp.release=${L('version', X.semver())}\napp.instance-id=${L('uuid', X.uuid())}\n`; },
  ],
  docker_compose: [
    () => { const a = password(), b = password(), k = sec();
      return f`version: "3.9"\nservices:\n  db:\n    image: postgres@${L('digest', X.digest())}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${S('POSTGRES_PASSWORD', a)}\n  mongo:\n    image: mongo:${L('version', X.semver())}\n    environment:\n      - MONGO_INITDB_ROOT_USERNAME=root\n      - MONGO_INITDB_ROOT_PASSWORD=${S('MONGODB_PASSWORD', b)}\n  api:\n    build: .\n    environment:\n      ${k.env}: "${s(k)}"\n      SESSION_SECRET: ${refVal('SESSION_SECRET')}\n    ports: ["8080:8080"]\n`; },
    () => { const a = password(), k = sec();
      return f`services:\n  rabbit:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_DEFAULT_USER: broker\n      RABBITMQ_DEFAULT_PASS: "${S('RABBITMQ_PASSWORD', a)}"\n  es:\n    image: elasticsearch:${L('version', X.semver())}\n    environment:\n      ELASTIC_PASSWORD: ${phVal()}\n  worker:\n    environment:\n      - ${k.env}=${s(k)}\n    labels:\n      com.acme.commit: ${L('git_sha', X.sha())}\n`; },
  ],
  iac: [
    () => { const k = sec(), p = password();
      return f`# terraform.tfvars\nregion        = "eu-west-1"\ninstance_type = "t3.medium"\ndb_password   = "${S('POSTGRES_PASSWORD', p)}"\n${k.env.toLowerCase()} = "${s(k)}"\nami_id        = "ami-${hex(17)}"\ntags = {\n  owner   = "platform"\n  commit  = "${L('git_sha', X.sha())}"\n}\n`; },
    () => { const k = sec(); const p = password();
      return f`{\n  "version": 4,\n  "terraform_version": "${L('version', X.semver())}",\n  "serial": ${ri(10, 900)},\n  "lineage": "${L('uuid', X.uuid())}",\n  "resources": [\n    {\n      "type": "aws_db_instance",\n      "name": "main",\n      "instances": [{ "attributes": {\n        "endpoint": "${host()}:5432",\n        "password": "${S('POSTGRES_PASSWORD', p)}",\n        "username": "master"\n      }}]\n    },\n    {\n      "type": "aws_iam_access_key",\n      "name": "ci",\n      "instances": [{ "attributes": { "id": "${S('AWS_ACCESS_KEY', 'AKIA' + X.b32(16))}", "secret": "${S('AWS_SECRET_KEY', X.b64c(40))}", "create_date": "${L('timestamp', X.ts())}" } }]\n    },\n    { "type": "random_password", "name": "x", "instances": [{ "attributes": { "${k.env.toLowerCase()}": "${s(k)}" } }] }\n  ]\n}\n`; },
    () => { const k = sec(), k2 = sec();
      return f`# helm values-prod.yaml\nimage:\n  repository: registry.acme-corp.example/${svc()}\n  tag: "${L('version', X.semver())}"\n  digest: ${L('digest', X.digest())}\nsecrets:\n  ${k.env.toLowerCase()}: ${s(k)}\n  ${k2.env.toLowerCase()}: "${s(k2)}"\n  smtpPassword: ${refVal('SMTP_PASSWORD')}\npodAnnotations:\n  checksum/config: ${L('hash', hex(64))}\n`; },
    () => { const [e, pem] = pemKey(pick(['RSA', 'EC', 'OPENSSH'])); const ind = pem.split('\n').join('\n    ');
      return f`# ansible group_vars/web.yml\nnginx_worker_processes: 4\ndeploy_user: deploy\ndeploy_ssh_key: |\n    ${S(e, ind)}\ndeploy_ssh_pubkey: "${L('public_key', X.sshPub())}"\nrelease: ${L('version', X.semver())}\n`; },
  ],
};

export const CODE = {
  source: [
    () => { const k = sec();
      return f`import os\nimport requests\n\n# TODO: move to vault before release ${L('version', X.semver())}\n${k.env} = "${s(k)}"\nFALLBACK = os.environ.get("${k.env}_FALLBACK", "${phVal()}")\n\ndef fetch_orders(since):\n    r = requests.get(\n        "https://api.globex.test/v2/orders",\n        headers={"Authorization": f"Bearer {${k.env}}", "X-Request-Id": "${L('request_id', X.reqId())}"},\n        params={"since": since},\n        timeout=10,\n    )\n    r.raise_for_status()\n    return r.json()\n`; },
    () => { const k = sec(), k2 = sec();
      return f`// src/clients/payments.ts\nimport Stripe from "stripe";\n\nconst key = process.env.${k.env} ?? "${s(k)}";\nexport const publishable = "${L('public_key', 'pk_live_51' + al(90))}";\nconst webhookSecret = '${s(k2)}';\n\nexport function verify(sig: string, body: Buffer) {\n  // build ${L('build_number', X.buildNo())}\n  return Stripe.webhooks.constructEvent(body, sig, webhookSecret);\n}\n`; },
    () => { const k = sec(); const p = password();
      return f`package main\n\nimport (\n\t"database/sql"\n\t"log"\n)\n\nconst apiToken = "${s(k)}" // FIXME\n\nfunc main() {\n\tdsn := "host=${host()} user=svc password=${S('POSTGRES_PASSWORD', p)} dbname=ledger sslmode=disable"\n\tdb, err := sql.Open("postgres", dsn)\n\tif err != nil {\n\t\tlog.Fatalf("open: %v (trace ${L('uuid', X.uuid())})", err)\n\t}\n\tdefer db.Close()\n}\n`; },
    () => { const k = sec();
      return f`public class MailConfig {\n    // Generated ${L('timestamp', X.ts())}\n    private static final String API_KEY = "${s(k)}";\n    private static final String PLACEHOLDER = "${phVal()}";\n    private static final String BRAND = "${L('hex_color', X.hexColor())}";\n\n    public static Client create() {\n        return Client.builder().apiKey(API_KEY).retries(3).build();\n    }\n}\n`; },
    () => { const k = sec(), k2 = sec();
      return f`# config/initializers/services.rb\nRails.application.configure do\n  config.x.search_key = "${s(k)}"\n  config.x.hooks_secret = ENV.fetch("HOOKS_SECRET") { "${s(k2)}" }\n  config.x.cdn_version = "${L('version', X.semver())}"\nend\n`; },
    () => { const k = sec(); const p = password();
      return f`<?php\n// wp-config.php (excerpt)\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '${S('MYSQL_PASSWORD', p)}' );\ndefine( 'DB_HOST', '${host()}' );\ndefine( 'AUTH_KEY', '${S('WORDPRESS_AUTH_KEY', X.b64c(48).replace(/\//g, '|'))}' );\ndefine( 'NONCE_SALT', '${phVal()}' );\n$integration_key = '${s(k)}';\n`; },
    () => { const k = sec();
      return f`use reqwest::header;\n\nconst TOKEN: &str = "${s(k)}";\nconst SCHEMA_HASH: &str = "${L('hash', hex(64))}";\n\nasync fn client() -> reqwest::Result<reqwest::Client> {\n    let mut h = header::HeaderMap::new();\n    h.insert("Authorization", format!("Bearer {}", TOKEN).parse().unwrap());\n    reqwest::Client::builder().default_headers(h).build()\n}\n`; },
    () => { const k = sec(); const [e, pem] = pemKey(pick(['RSA', 'EC', 'PKCS8']));
      return f`// KeyStore.cs\nnamespace Acme.Signing;\npublic static class Keys {\n    public const string ApiKey = @"${s(k)}";\n    public const string SigningKeyPem = @"${S(e, pem)}";\n    public static readonly Guid Tenant = Guid.Parse("${L('uuid', X.uuid())}");\n}\n`; },
    () => { const k = sec();
      return f`#!/usr/bin/env bash\nset -euo pipefail\n# deploy.sh — release ${L('version', X.semver())}\nTOKEN="${s(k)}"\nCOMMIT="${L('git_sha', X.sha())}"\ncurl -fsS -X POST "https://deploy.acme-corp.example/api/releases" \\\n  -H "Authorization: token \${TOKEN}" \\\n  -d "{\\"sha\\": \\"\${COMMIT}\\"}"\n`; },
    () => { const k = sec(); const m = password();
      return f`const { MongoClient } = require('mongodb');\nconst uri = 'mongodb+srv://reporter:${S('MONGODB_PASSWORD', m)}@cluster0.${lo(5)}.mongo.acme-corp.example/analytics?retryWrites=true';\nconst analyticsKey = "${s(k)}";\nconst SAMPLE_ORDER = '${L('order_number', X.orderNo())}';\nmodule.exports = { uri, analyticsKey };\n`; },
  ],
  notebook: [
    () => { const k = sec(); const ip = X.pubIp();
      const src = (line) => JSON.stringify(line).slice(1, -1);
      return f`{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ${ri(1, 40)},\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import openai, os\\n",\n    "os.environ[\\"${k.env}\\"] = \\"${S(k.e, src(k.v))}\\"\\n",\n    "client = openai.OpenAI()\\n"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "execution_count": ${ri(41, 90)},\n   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["fetched 1200 rows from ${P('IP_ADDRESS', ip)} in 3.2s\\n", "run id ${L('uuid', X.uuid())}\\n"]}],\n   "source": ["df = load(\\"/mnt/lake/events/${L('date', X.date())}\\")"]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4\n}\n`; },
    () => { const k = sec(); const n = X.person(); const em = X.email(n);
      return f`In [3]: hf_login(token="${s(k)}")\nLogin successful\n\nIn [4]: df.head(3)\nOut[4]:\n   user_id   name                      email                           signup\n0  ${L('crm_id', X.crmId())}   ${P('PERSON', n)}   ${P('EMAIL_ADDRESS', em)}   ${L('date', X.date())}\n1  ${L('crm_id', X.crmId())}   ${P('PERSON', X.person())}   ${P('EMAIL_ADDRESS', X.email())}   ${L('date', X.date())}\n\nIn [5]: model.config._commit_hash\nOut[5]: '${L('git_sha', X.sha())}'\n`; },
  ],
};
