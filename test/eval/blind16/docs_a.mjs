// blind16 document kinds, part A: configs, manifests, code, shells, CI, cloud, git.
import { A, rs, int, pick, chance, pad, S, P, L, T } from './lib.mjs';
import { nextSecret, nextPem, sec, NOPREFIX, PWKINDS, UNUSUAL_KEYS, humanPassword, BYKIND } from './secrets.mjs';
import * as pi from './pii.mjs';
import * as lk from './lookalikes.mjs';

const keyOf = (s) => (chance(0.35) ? pick(UNUSUAL_KEYS) : s.key);
const np = () => sec(pick(NOPREFIX));
const pw = () => sec(pick(PWKINDS));
const user = () => pick(['admin', 'svc_app', 'deploy', 'root', 'reporting', 'etl_user', 'grafana', 'app_rw', 'jenkins', 'backup', 'mqadmin', 'ops']);
const bare = () => pick(['db-01', 'pg-primary', 'redis-cache', 'mq-02', 'ldap-1', 'build-07', 'nas01', 'kafka-0', 'mongo-a']);
const infraIp = () => pick([() => '10.' + int(0, 254) + '.' + int(0, 254), () => '172.' + int(16, 31) + '.' + int(0, 254), () => '192.168.' + int(0, 254)])() + '.' + int(1, 254);
const host = () => pick(['db.corp.example', 'api.staging.test', 'pg.internal.example', 'queue.ops.test', 'cache.eu.example', bare()]);
const filler = () => pick([lk.version, lk.uuid, lk.hash, lk.timestamp, lk.hostname, lk.envRef, lk.placeholder, lk.gitSha, lk.digest, lk.hexColor, lk.ulid, lk.macAddr, lk.awsExample])();

// connection strings: label only the password
export function connStr() {
  let p = pw(); for (let i = 0; i < 20 && /[@#?\/:%\[\]{}]/.test(p.v); i++) p = pw();
  if (/[@#?\/:%\[\]{}]/.test(p.v)) p = sec('REDIS_PASSWORD');
  const u = user();
  return pick([
    () => T`postgresql://${u}:${p}@${host()}:5432/${pick(['orders', 'app', 'analytics'])}`,
    () => T`mysql://${u}:${p}@${host()}:3306/shop`,
    () => T`mongodb+srv://${u}:${p}@cluster0.${pick(['a1b2c', 'xk93p'])}.mongo.test/?retryWrites=true`,
    () => T`redis://:${p}@${host()}:6379/0`,
    () => T`amqp://${u}:${p}@${host()}:5672/vhost`,
    () => T`Server=${host()};Database=Payroll;User Id=${u};Password=${p};Encrypt=true;`,
    () => T`jdbc:postgresql://${host()}:5432/crm?user=${u}&password=${p}&ssl=true`,
    () => T`smtp://${u}%40mail.example:${p}@smtp.mail.example:587`,
    () => T`https://${u}:${p}@nexus.corp.example/repository/releases/`,
  ])();
}

export function env(d) {
  d.w`# ${pick(['service', 'worker', 'gateway', 'billing'])} .env — generated ${lk.date()}\n`;
  d.w`NODE_ENV=production\nPORT=${String(int(3000, 9000))}\nAPP_VERSION=${lk.version()}\n`;
  const n = int(3, 7);
  for (let i = 0; i < n; i++) { const s = nextSecret(); const k = keyOf(s).toUpperCase().replace(/[.\-]/g, '_'); const q = chance(0.3) ? '"' : ''; d.w`${k}=${q}${s.span}${q}\n`; }
  d.w`DATABASE_URL=${connStr()}\n`;
  if (chance(0.6)) d.w`SUPPORT_CONTACT=${pi.email()}\n`;
  d.w`SENTRY_RELEASE=${lk.gitSha()}\nUNUSED_KEY=${lk.placeholder()}\nFALLBACK_SECRET=${lk.envRef()}\n`;
  if (chance(0.5)) d.w`# rotated by ${pi.person()} on ${lk.date()}\n`;
}

export function yamlConf(d) {
  d.w`# ${pick(['application.yml', 'config/prod.yaml', 'values.yaml', 'docker-compose.yml'])}\nservice:\n  name: ${pick(['ledger', 'notify', 'search', 'payments'])}\n  image: registry.corp.example/app@${lk.digest()}\n  version: ${lk.version()}\n`;
  d.w`database:\n  host: ${infraIp()}\n  user: ${user()}\n  password: ${pw()}\n`;
  const n = int(2, 5);
  d.w`integrations:\n`;
  for (let i = 0; i < n; i++) { const s = nextSecret(); const q = chance(0.3) ? "'" : ''; d.w`  ${pick(['partner', 'vendor', 'upstream', 'legacy', 'mirror'])}_${i}:\n    endpoint: https://${pick(['api', 'hooks', 'events'])}.${pick(['vendor', 'partner'])}.example/v${int(1, 3)}\n    ${keyOf(s)}: ${q}${s.span}${q}\n`; }
  if (chance(0.4)) { d.w`tls:\n  key: |\n`; const p = nextPem(); const ind = p.v.split('\n').map((l) => '    ' + l).join('\n').slice(4); d.w`    ${S(p.e, ind)}\n`; }
  d.w`owner_email: ${pi.email()}\nrequest_id_header: X-Request-Id\nsample: ${lk.requestId()}\ncolor: "${lk.hexColor()}"\n`;
}

export function tomlConf(d) {
  d.w`# Cargo/pyproject-style settings\n[package]\nname = "${pick(['ferrous-sync', 'inkwell', 'tally'])}"\nversion = "${lk.version()}"\nauthors = ["${pi.person()} <${pi.email()}>"]\n\n`;
  d.w`[database]\nurl = "${connStr()}"\npool = ${String(int(5, 50))}\n\n`;
  for (let i = 0; i < int(2, 4); i++) { const s = nextSecret(); d.w`[${pick(['auth', 'mailer', 'storage', 'search', 'queue', 'billing'])}.${i}]\n${keyOf(s).replace(/\./g, '_')} = "${s.span}"\nrevision = "${lk.gitSha(true)}"\n\n`; }
  d.w`[cache]\nchecksum = "${lk.hash()}"\nplaceholder = "${lk.placeholder()}"\n`;
}

export function iniConf(d) {
  d.w`; ${pick(['php.ini', 'my.cnf', 'odbc.ini', 'supervisord.conf', '.pgpass notes', 'smb.conf'])}\n[client]\nuser = ${user()}\npassword = ${pw()}\nhost = ${infraIp()}\n\n`;
  d.w`[mail]\nsmtp_user = ${pi.email()}\nsmtp_pass = ${sec('SMTP_PASSWORD')}\n\n`;
  for (let i = 0; i < int(1, 3); i++) { const s = nextSecret(); d.w`[${pick(['remote', 'sync', 'backup', 'vendor'])} "${pick(['eu', 'us', 'apac'])}${i}"]\n${keyOf(s)} = ${s.span}\nupdated = ${lk.timestamp()}\n\n`; }
  d.w`[build]\nid = ${lk.buildNo()}\nlast_commit = ${lk.gitSha()}\n`;
}

export function properties(d) {
  d.w`# Spring application-${pick(['prod', 'staging'])}.properties\nspring.application.name=${pick(['claims', 'inventory', 'crm-sync'])}\nspring.datasource.url=jdbc:mysql://${infraIp()}:3306/app\nspring.datasource.username=${user()}\nspring.datasource.password=${pw()}\n`;
  for (let i = 0; i < int(2, 4); i++) { const s = nextSecret(); d.w`${pick(['app', 'vendor', 'integration', 'security'])}.${keyOf(s).replace(/_/g, '-').toLowerCase()}=${s.span}\n`; }
  d.w`management.info.git.commit=${lk.gitSha(true)}\napp.jwt.secret=${lk.envRef()}\napp.support.phone=${pi.phone()}\nkeystore.password=${sec('KEYSTORE_PASSWORD')}\n`;
}

export function jsonConf(d) {
  const cn = pi.personName();
  const s1 = nextSecret(), s2 = nextSecret();
  d.w`{\n  "name": "${pick(['edge-proxy', 'report-runner', 'mobile-bff'])}",\n  "version": "${lk.version()}",\n  "contact": {"name": "${P('PERSON', cn)}", "email": "${pi.emailFor(cn)}"},\n  "credentials": {\n    "${keyOf(s1)}": "${s1.span}",\n    "${keyOf(s2)}": "${s2.span}",\n    "fallback": "${lk.placeholder()}"\n  },\n`;
  if (chance(0.45)) { const p = nextPem(); d.w`  "type": "service_account",\n  "private_key_id": "${lk.hash()}",\n  "private_key": "${S(p.e, p.v.replace(/\n/g, '\\n') + '\\n')}",\n`; }
  d.w`  "build": {"sha": "${lk.gitSha()}", "at": "${lk.timestamp()}"},\n  "lockfileIntegrity": "${lk.integrity()}"\n}\n`;
}

export function xmlConf(d) {
  d.w`<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${pick(['settings.xml', 'web.config', 'context.xml', 'NuGet.Config'])} -->\n<configuration>\n  <connectionStrings>\n    <add name="Main" connectionString="${connStr()}" />\n  </connectionStrings>\n  <appSettings>\n`;
  for (let i = 0; i < int(2, 4); i++) { const s = nextSecret(); d.w`    <add key="${keyOf(s)}" value="${s.span}" />\n`; }
  d.w`    <add key="BuildId" value="${lk.buildNo()}" />\n    <add key="SupportEmail" value="${pi.email()}" />\n  </appSettings>\n  <server><id>releases</id><username>${user()}</username><password>${pw()}</password></server>\n</configuration>\n`;
}

export function hcl(d) {
  d.w`# terraform/${pick(['main.tf', 'prod.tfvars', 'providers.tf'])}\nprovider "${pick(['aws', 'datadog', 'cloudflare', 'github'])}" {\n  region = "${pick(['eu-west-1', 'us-east-2', 'ap-south-1'])}"\n`;
  const s = nextSecret(); d.w`  ${keyOf(s).replace(/[.\-]/g, '_')} = "${s.span}"\n}\n\n`;
  d.w`resource "aws_db_instance" "main" {\n  identifier = "orders-${rs(A.alnumLo, 4)}"\n  username   = "${user()}"\n  password   = "${pw()}"\n  engine_version = "${lk.version()}"\n}\n\n`;
  for (let i = 0; i < int(1, 3); i++) { const t = nextSecret(); d.w`variable "${pick(['vendor', 'feed', 'ops', 'sync'])}_${keyOf(t).replace(/[.\-]/g, '_').toLowerCase()}" {\n  default   = "${t.span}"\n  sensitive = true\n}\n`; }
  d.w`# state lock ${lk.uuid()}, tags owner=${pi.email()}\nvariable "not_a_secret" { default = "${lk.envRef()}" }\n`;
}

export function k8s(d) {
  const name = pick(['api-creds', 'db-auth', 'payments-env', 'registry-pull']);
  d.w`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: ${pick(['prod', 'billing', 'default'])}\n  uid: ${lk.uuid()}\n  resourceVersion: "${lk.k8sRv()}"\n  annotations:\n    owner: ${pi.email()}\ntype: Opaque\ndata:\n`;
  for (let i = 0; i < int(2, 4); i++) d.w`  ${pick(['password', 'token', 'api-key', 'client-secret', 'db-pass'])}-${i}: ${sec('KUBERNETES_SECRET_DATA')}\n`;
  d.w`stringData:\n`;
  for (let i = 0; i < int(1, 3); i++) { const s = nextSecret(); d.w`  ${keyOf(s).toLowerCase().replace(/_/g, '-')}: "${s.span}"\n`; }
  d.w`---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.example/acme/web@${lk.digest()}\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: ${name}, key: password-0}\n            - name: LEGACY_TOKEN\n              value: "${np()}"\n`;
}

const LOGIN = () => pick(['login ok', 'login failed', 'session started', 'password reset requested', 'mfa challenge sent']);
export function appLog(d) {
  for (let i = 0; i < int(8, 14); i++) {
    const ts = lk.timestamp();
    const r = int(0, 9);
    if (r < 3) d.w`${ts} INFO  auth ${LOGIN()} user=${pi.email()} ip=${pi.clientIp()} req=${lk.requestId()}\n`;
    else if (r === 3) d.w`${ts} DEBUG http outgoing GET https://api.vendor.example/v2/items headers={"Authorization": "Bearer ${np()}", "X-Trace": "${lk.traceparent()}"}\n`;
    else if (r === 4) d.w`${ts} WARN  db retrying connect ${connStr()} attempt=${String(int(2, 5))}\n`;
    else if (r === 5) d.w`${ts} INFO  order ${lk.orderNo()} shipped via ${lk.tracking()} to ${pi.location()}\n`;
    else if (r === 6) { const s = nextSecret(); d.w`${ts} ERROR config dump: ${s.key}=${s.span} (should not be logged!)\n`; }
    else if (r === 7) d.w`${ts} INFO  payment card=${lk.invalidCard()} rejected (luhn) amount=${lk.price()}\n`;
    else if (r === 8) d.w`${ts} INFO  profile updated name="${pi.person()}" phone="${pi.phone()}"\n`;
    else d.w`${ts} INFO  pod ${pick(['web', 'worker'])}-${rs(A.alnumLo, 5)} container=${lk.containerId()} started node=${infraIp()}\n`;
  }
}

export function accessLog(d) {
  for (let i = 0; i < int(8, 14); i++) {
    const ip = pi.clientIp(); const path = pick([T`/api/v1/orders/${lk.orderNo()}`, '/login', '/healthz', T`/download?token=${np()}`, T`/reset?email=${pi.email()}`, '/static/app.js', T`/callback?code=${S('OAUTH_AUTHORIZATION_CODE', rs(A.b62, 20))}&state=${lk.uuid()}`]);
    d.w`${ip} - ${chance(0.3) ? pi.emailFor(pi.personName('en')) : '-'} [${pad(int(1, 28), 2)}/Nov/2026:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0000] "${pick(['GET', 'POST'])} ${path} HTTP/1.1" ${pick(['200', '302', '401', '404', '500'])} ${String(int(100, 90000))} "-" "Mozilla/5.0"\n`;
  }
}

const LANGS = ['python', 'javascript', 'typescript', 'go', 'java', 'ruby', 'php', 'csharp', 'rust', 'kotlin', 'swift', 'scala', 'bash', 'powershell', 'elixir'];
export function source(d) {
  const lang = pick(LANGS); const s = nextSecret(); const t = nextSecret(); const p = pw();
  const v = (x) => x;
  switch (lang) {
    case 'python': d.w`# file: clients/vendor.py\nimport os, requests\n\nAPI_BASE = "https://api.partner.example/v2"\n${keyOf(s).toUpperCase().replace(/[.\-]/g, '_')} = "${s.span}"  # TODO move to vault\nFALLBACK = os.environ.get("VENDOR_KEY", "${lk.placeholder()}")\n\ndef connect():\n    return psycopg2.connect(host="${host()}", user="${user()}", password="${p}")\n\ndef call(path):\n    return requests.get(API_BASE + path, headers={"X-Api-Key": "${t.span}"}, timeout=10)\n# maintainer: ${pi.person()} <${pi.email()}>\n`; break;
    case 'javascript': case 'typescript': d.w`// src/${pick(['config', 'lib/http', 'services/mailer'])}.${lang === 'javascript' ? 'js' : 'ts'}\nimport axios from 'axios';\n\nconst client = axios.create({\n  baseURL: 'https://hooks.vendor.example',\n  headers: { Authorization: \`Bearer ${s.span}\` },\n});\nexport const ${pick(['signingKey', 'apiSecret', 'relayKey'])} = '${t.span}';\nexport const dbUrl = process.env.DATABASE_URL ?? '${connStr()}';\nexport const BUILD = '${lk.gitSha()}'; // ${lk.version()}\n`; break;
    case 'go': d.w`package main\n\n// Author: ${pi.person()}\nimport "net/http"\n\nconst ${pick(['apiKey', 'token', 'hmacSecret'])} = "${s.span}"\nvar dsn = "${user()}:${p}@tcp(${host()}:3306)/app?parseTime=true"\n\nfunc auth(r *http.Request) {\n\tr.Header.Set("X-Auth", "${t.span}")\n\tr.Header.Set("X-Request-Id", "${lk.uuid()}")\n}\n`; break;
    case 'java': case 'kotlin': case 'scala': d.w`// ${pick(['PaymentClient', 'LdapConfig', 'ReportJob'])}.${lang === 'java' ? 'java' : lang === 'kotlin' ? 'kt' : 'scala'}\n/** @author ${pi.person()} */\n${lang === 'java' ? 'private static final String' : 'val'} API_KEY = "${s.span}";\n${lang === 'java' ? 'private static final String' : 'val'} LDAP_PW = "${p}";\n${lang === 'java' ? 'String' : 'val'} secondary = "${t.span}";\n// @Value placeholder: ${lk.envRef()}\n// serialVersion ${lk.hash()}\n`; break;
    case 'ruby': d.w`# config/initializers/vendor.rb\nVendor.configure do |c|\n  c.api_key    = "${s.span}"\n  c.api_secret = "${t.span}"\n  c.contact    = "${pi.email()}"\nend\nActiveRecord::Base.establish_connection("${connStr()}")\n# gem version ${lk.version()}\n`; break;
    case 'php': d.w`<?php\n// wp-config.php excerpt\ndefine('DB_USER', '${user()}');\ndefine('DB_PASSWORD', '${p}');\ndefine('AUTH_KEY', '${s.span}');\ndefine('MAIL_TOKEN', '${t.span}');\n$placeholder = '${lk.placeholder()}';\n// edited by ${pi.person()} ${lk.date()}\n`; break;
    case 'csharp': d.w`// Startup.cs\nvar cs = "${connStr()}";\nservices.AddSingleton(new VendorClient("${s.span}"));\nconst string WebhookSecret = "${t.span}";\n// ticket ${lk.ticketId()} — ${pi.person()}\nvar id = Guid.Parse("${lk.uuid()}");\n`; break;
    case 'rust': d.w`// src/main.rs\nconst API_TOKEN: &str = "${s.span}";\nstatic SECONDARY: &str = "${t.span}";\nfn main() {\n    let pool = PgPool::connect("${connStr()}");\n    println!("build {}", "${lk.gitSha(true)}");\n}\n`; break;
    case 'swift': d.w`// AppSecrets.swift\nenum Secrets {\n    static let apiKey = "${s.span}"\n    static let clientSecret = "${t.span}"\n    static let placeholder = "${lk.placeholder()}"\n}\n// Created by ${pi.person()} on ${lk.date()}\n`; break;
    case 'bash': d.w`#!/usr/bin/env bash\nset -euo pipefail\n# deploy.sh — ask ${pi.person()} before running\nexport ${keyOf(s).toUpperCase().replace(/[.\-]/g, '_')}='${s.span}'\ncurl -fsS -H "Authorization: token ${t.span}" https://git.corp.example/api/v3/repos\nmysql -u ${user()} -p'${p}' -h ${infraIp()} app < migrate.sql\necho "release ${lk.version()}"\n`; break;
    case 'powershell': d.w`# provision.ps1\n$secure = ConvertTo-SecureString '${p}' -AsPlainText -Force\n$env:${keyOf(s).toUpperCase().replace(/[.\-]/g, '_')} = "${s.span}"\nInvoke-RestMethod -Uri https://api.vendor.example -Headers @{ 'X-Key' = '${t.span}' }\n# owner ${pi.email()}\n`; break;
    default: d.w`# config/runtime.exs\nconfig :app, App.Repo, username: "${user()}", password: "${p}", hostname: "${host()}"\nconfig :app, :vendor, api_key: "${s.span}", secret: "${t.span}"\n# ${lk.version()}\n`;
  }
  d.w`// lines ${String(int(10, 99))}-${String(int(100, 300))}; checksum ${lk.hash()}\n`;
}

export function shellHistory(d) {
  for (let i = 0; i < int(8, 14); i++) {
    const n = String(int(100, 2000)).padStart(5);
    const cmd = pick([
      () => T`mysql -h ${infraIp()} -u ${user()} -p${pw()} shop`,
      () => T`psql "${connStr()}"`,
      () => T`export ${pick(['API_KEY', 'TOKEN', 'VENDOR_SECRET', 'SVC_CRED'])}=${np()}`,
      () => T`curl -u ${user()}:${pw()} https://jenkins.corp.example/api/json`,
      () => T`curl -H "Authorization: Bearer ${np()}" https://api.partner.example/v1/me`,
      () => T`docker login -u ${user()} -p ${sec('DOCKER_HUB_TOKEN')} registry.corp.example`,
      () => T`aws configure set aws_secret_access_key ${sec('AWS_SECRET_KEY')}`,
      () => T`git clone https://oauth2:${sec('GITLAB_PERSONAL_ACCESS_TOKEN')}@gitlab.corp.example/team/app.git`,
      () => T`sshpass -p '${sec('SSH_PASSWORD')}' ssh ${user()}@${bare()}`,
      () => T`redis-cli -h ${bare()} -a ${sec('REDIS_PASSWORD')} INFO`,
      () => T`kubectl create secret generic app --from-literal=password=${pw()}`,
      () => T`htpasswd -bc /etc/nginx/.htpasswd ${user()} ${sec('USER_PASSWORD')}`,
      () => T`openssl pkcs12 -export -in cert.pem -out bundle.p12 -passout pass:${sec('KEYSTORE_PASSWORD')}`,
      () => T`ldapsearch -x -D "cn=admin,dc=corp,dc=example" -w ${sec('LDAP_BIND_PASSWORD')} -b dc=corp,dc=example`,
      () => T`smbclient //${bare()}/share -U ${user()}%${pw()}`,
      () => T`wget --user=${user()} --password=${pw()} https://files.corp.example/dump.tgz`,
      () => T`git log --oneline ${lk.gitSha(true)}..HEAD`,
      () => T`docker pull alpine@${lk.digest()}`,
      () => T`npm install left-pad@${lk.version()}`,
      () => T`ssh-keygen -lf ~/.ssh/id_ed25519.pub`,
      () => T`echo ${lk.envRef()}`,
      () => T`ping -c 3 ${infraIp()}`,
      () => { const s = nextSecret(); return T`vault kv put secret/${pick(['app', 'ci', 'vendor'])} ${s.key.toLowerCase()}=${s.span}`; },
      () => T`gh auth login --with-token <<< ${sec('GITHUB_PERSONAL_ACCESS_TOKEN')}`,
    ])();
    d.w`${n}  ${cmd}\n`;
  }
}

export function ciOutput(d) {
  d.w`Run #${lk.buildNo()} on runner ${pick(['ubuntu-22', 'build-07', 'arm64-3'])}\nCommit ${lk.gitSha()} by ${pi.person()} <${pi.email()}>\n`;
  d.w`##[group]Run actions/checkout@${lk.gitSha()}\n##[endgroup]\nSetting up auth: ${lk.envRef()}\n`;
  for (let i = 0; i < int(3, 6); i++) {
    const r = int(0, 4);
    if (r === 0) { const s = nextSecret(); d.w`+ echo "debug: ${s.key}=${s.span}"\ndebug: ${s.key}=***\n`; }
    else if (r === 1) d.w`npm notice Publishing ${pick(['@acme/ui', 'widgets'])}@${lk.version()} integrity ${lk.integrity()}\n`;
    else if (r === 2) d.w`+ docker login -u ci -p ${sec('DOCKER_REGISTRY_AUTH')} registry.corp.example\nWARNING! Using --password via the CLI is insecure.\n`;
    else if (r === 3) d.w`Step ${String(int(1, 9))}/12 : ENV ${pick(['NPM_TOKEN', 'PIP_INDEX_TOKEN', 'BUNDLE_TOKEN'])}=${np()}\n ---> Running in ${lk.hash()}\n`;
    else d.w`pushed image sha: ${lk.digest()} (took ${String(int(3, 90))}s)\n`;
  }
  d.w`Job finished at ${lk.timestamp()} — status ${pick(['success', 'failed'])}\n`;
}

export function cloudCli(d) {
  const r = int(0, 2);
  if (r === 0) d.w`$ aws iam create-access-key --user-name ${pick(['ci-bot', 'etl', 'backup'])}\n{\n    "AccessKey": {\n        "UserName": "ci-bot",\n        "AccessKeyId": "${sec('AWS_ACCESS_KEY')}",\n        "Status": "Active",\n        "SecretAccessKey": "${sec('AWS_SECRET_KEY')}",\n        "CreateDate": "${lk.timestamp()}"\n    }\n}\n$ aws sts get-session-token\n{"Credentials": {"AccessKeyId": "${sec('AWS_TEMPORARY_ACCESS_KEY')}", "SecretAccessKey": "${sec('AWS_SECRET_KEY')}", "SessionToken": "${sec('AWS_SESSION_TOKEN')}", "Expiration": "${lk.timestamp()}"}}\n$ aws s3 ls  # example key in docs: ${lk.awsExample()}\n`;
  else if (r === 1) d.w`$ az ad sp create-for-rbac --name ${pick(['deployer', 'gh-actions'])}\n{\n  "appId": "${lk.uuid()}",\n  "displayName": "deployer",\n  "password": "${sec('AZURE_CLIENT_SECRET')}",\n  "tenant": "${lk.uuid()}"\n}\n$ az storage account keys list -n st${rs(A.alnumLo, 8)}\n[{"keyName": "key1", "permissions": "FULL", "value": "${sec('AZURE_STORAGE_ACCOUNT_KEY')}"}]\n`;
  else d.w`$ gcloud auth print-access-token\n${S('ACCESS_TOKEN', 'ya29.' + rs(A.b62 + '-_', 150))}\n$ gcloud sql users set-password ${user()} --instance=main --password=${pw()}\nUpdating Cloud SQL user...done. operation id ${lk.uuid()}\n$ gcloud projects describe acme-prod\nprojectNumber: '${rs(A.dig, 12)}'\ncreateTime: '${lk.tsIso()}'\n`;
}

export function gitOutput(d) {
  for (let i = 0; i < int(2, 4); i++) d.w`commit ${lk.gitSha()}\nAuthor: ${pi.person()} <${pi.email()}>\nDate:   ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Nov ${String(int(1, 28))} 1${int(0, 9)}:${pad(int(0, 59), 2)} 2026 +0100\n\n    ${pick(['remove hardcoded key', 'fix config', 'rotate creds', 'bump deps'])}\n\n`;
  const s = nextSecret();
  d.w`diff --git a/config/settings.py b/config/settings.py\nindex ${lk.gitSha(true)}..${lk.gitSha(true)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,3 +12,3 @@\n-${keyOf(s).toUpperCase().replace(/[.\-]/g, '_')} = "${s.span}"\n+${keyOf(s).toUpperCase().replace(/[.\-]/g, '_')} = os.environ["${pick(['VENDOR_KEY', 'SVC_TOKEN'])}"]\n-DB_PASS = "${pw()}"\n+DB_PASS = "${lk.envRef()}"\n`;
  d.w`$ git remote -v\norigin  https://${user()}:${sec('GITHUB_PERSONAL_ACCESS_TOKEN')}@git.corp.example/acme/app.git (fetch)\n`;
}
