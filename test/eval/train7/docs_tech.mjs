// Technical documents: env/config files, manifests, source code, shell history, CI, cloud CLI output.
import { S, P, L, f, sx, conn, CONN, pick, int, chance, rs, digits, nz, KIND, draw, urlpw, password, mkPerson, EMAIL, IP, PERSON } from './common.mjs';
import { LK, uuid, sha, shortSha, version, date, ts, digest } from './looks.mjs';
import { ALNUM, HEX, B64, LO, UP, join } from './lib.mjs';

const svc = () => pick(['checkout-api', 'billing-worker', 'ledger', 'notify-svc', 'search-indexer', 'auth-gateway', 'reporting', 'mobile-bff', 'inventory-sync', 'payments-core']);
const envName = () => pick(['production', 'staging', 'prod-eu', 'dev', 'qa', 'sandbox']);
let ciClock = 0;
const pts = () => { ciClock += int(80, 9000); const d = new Date(Date.UTC(2026, 0, 1) + ciClock); const v = d.toISOString().replace('Z', digits(4) + 'Z'); return chance(0.25) ? L('timestamp', v) : v; };
const quote = (pieces) => { const q = pick(['', '"', "'", '"']); return [q, pieces, q]; };

// ---------------- .env ----------------
function envFile() {
  const n = int(4, 7); const lines = [];
  lines.push(f`# ${svc()} — ${envName()}\n# last rotated ${LK.date()} by ${pick(['ops', 'platform team', 'j.doe', 'CI'])}\n`);
  lines.push(f`APP_VERSION=${LK.version()}\nGIT_COMMIT=${LK.sha()}\n`);
  if (chance(0.7)) lines.push(f`DATABASE_URL=${quote(conn(pick(['postgres', 'postgresql', 'mysql', 'mongosrv', 'sqlalchemy'])))}\n`);
  for (let i = 0; i < n; i++) {
    const s = sx(); const exp = chance(0.2) ? 'export ' : ''; const sp = chance(0.15) ? ' = ' : '=';
    if (chance(0.12)) lines.push(f`# ${s.k.env}_OLD${sp}${s.s}   # rotated, remove after ${LK.date()}\n`);
    else lines.push(f`${exp}${s.k.env}${sp}${quote(s.s)}\n`);
  }
  if (chance(0.5)) { const w = draw('SLACK_WEBHOOK_SECRET'); lines.push(f`SLACK_WEBHOOK_URL=${w.k.url()}${S(w.e, w.v)}\n`); }
  if (chance(0.6)) lines.push(f`REDIS_URL=${conn(pick(['redis', 'rediss']))}\n`);
  lines.push(f`SMTP_PASSWORD=${LK.ph()}\n`);
  lines.push(f`VAULT_DB_PASSWORD=${LK.env('DB_PASSWORD_FROM_VAULT')}\n`);
  if (chance(0.5)) lines.push(f`STRIPE_PUBLISHABLE_KEY=${LK.stripePk()}\n`);
  if (chance(0.4)) lines.push(f`REQUEST_TIMEOUT_MS=30000\nFEATURE_FLAGS_ETAG=${LK.md5()}\n`);
  if (chance(0.3)) lines.push(f`SUPPORT_EMAIL=${EMAIL()}\n`);
  return { kind: 'env', parts: lines };
}
// ---------------- config files: ini / toml / properties / xml / json / php ----------------
function iniConf() {
  const a = sx(), b = sx('pw'), c = sx();
  return { kind: 'config', parts: f`; ${svc()}.ini — managed by ${pick(['ansible', 'salt', 'puppet'])}, build ${LK.build()}
[general]
name = ${svc()}
version = ${LK.version()}
instance_id = ${LK.uuid()}

[database]
host = ${pick(['db1.corp.example', '10.0.3.21', 'pg.internal.example'])}
port = 5432
user = app_rw
password = ${b.s}
; password = ${LK.ph()}

[integrations]
${a.k.env.toLowerCase()} = ${a.s}
${c.k.env.toLowerCase()}=${c.s}
webhook_secret = ${LK.env('WEBHOOK_SECRET')}
cache_key_prefix = ${LK.md5()}
` };
}
function tomlConf() {
  const a = sx(), b = sx(), p = sx('pw');
  return { kind: 'config', parts: f`# config.toml
title = "${svc()}"
release = "${LK.version()}"

[server]
bind = "0.0.0.0:8443"
tls_cert = "/etc/ssl/certs/${svc()}.pem"

[database]
url = "${conn()}"
max_connections = ${int(5, 50)}

[auth]
admin_user = "admin"
admin_password = "${p.s}"
${a.k.env.toLowerCase()} = "${a.s}"

[providers.${pick(['primary', 'fallback'])}]
api_key = '${b.s}'
endpoint = "https://api.vendor.example/v${int(1, 3)}"
# api_key = "${LK.ph()}"
checksum = "${LK.digest()}"
` };
}
function propsConf() {
  const a = sx(), p = sx('pw');
  return { kind: 'config', parts: f`# application-${envName()}.properties
spring.application.name=${svc()}
spring.datasource.url=${conn(pick(['jdbcpg', 'jdbcmysql', 'oracle']))}
spring.datasource.username=svc_app
spring.datasource.password=${p.s}
spring.mail.host=smtp.mailrelay.example
spring.mail.password=${S('SMTP_PASSWORD', password())}
app.integration.${a.k.env.toLowerCase().replace(/_/g, '-')}=${a.s}
app.crypto.keystore-password=${S('KEYSTORE_PASSWORD', password())}
app.jwt.secret=${LK.env('JWT_SECRET')}
management.info.git.commit=${LK.shortSha()}
build.timestamp=${LK.ts()}
` };
}
function xmlConf() {
  const a = sx(), b = sx();
  return { kind: 'config', parts: f`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Default" connectionString="${conn(pick(['mssql', 'odbc']))}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="${a.k.env}" value="${a.s}" />
    <add key="${b.k.env}" value="${b.s}" />
    <add key="BuildId" value="${LK.build()}" />
    <add key="TenantId" value="${LK.uuid()}" />
    <!-- <add key="LegacyApiKey" value="${LK.ph()}" /> -->
  </appSettings>
  <system.net><mailSettings><smtp from="${EMAIL('noreply@acme.example')}"><network host="smtp.mailrelay.example" userName="noreply" password="${S('SMTP_PASSWORD', urlpw())}" /></smtp></mailSettings></system.net>
</configuration>
` };
}
function appsettingsJson() {
  const a = sx(), b = sx(), pemk = chance(0.35) ? sx('pem') : null;
  return { kind: 'config', parts: f`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Primary": "${conn(pick(['mssql', 'postgres', 'mysql']))}",
    "Cache": "${conn('rediss')}"
  },
  "${a.k.env.split('_').map((w) => w[0] + w.slice(1).toLowerCase()).join('')}": "${a.s}",
  "Integrations": {
    "${pick(['Payments', 'Mailer', 'Search', 'Llm'])}": { "ApiKey": "${b.s}", "BaseUrl": "https://api.vendor.example/" },
    "Maps": { "PublicToken": "${LK.mapboxPk()}" }${pemk ? [',\n    "Signing": { "PrivateKeyPem": "', S(pemk.e, pemk.v.replace(/\n/g, '\\n')), '" }'] : ''}
  },
  "Version": "${LK.version()}",
  "DeploymentId": "${LK.uuid()}"
}
` };
}
function phpConf() {
  const a = sx(), p = sx('pw');
  return { kind: 'config', parts: f`<?php
// wp-config.php / legacy shop
define('DB_NAME', 'shop_${pick(['live', 'prod'])}');
define('DB_USER', 'shop');
define('DB_PASSWORD', '${p.s}');
define('DB_HOST', 'mysql-02.dc1.corp.example');
define('AUTH_KEY',         '${S('WORDPRESS_AUTH_KEY', rs(ALNUM + '!@#$%^&*()-_[]{}<>~+=,.;:/?|', 64))}');
define('SECURE_AUTH_SALT', '${S('WORDPRESS_AUTH_SALT', rs(ALNUM + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}');
$config['${a.k.env.toLowerCase()}'] = "${a.s}";
// $config['old_key'] = '${LK.ph()}';
$config['asset_version'] = '${LK.shortSha()}';
define('WP_DEBUG', false);
` };
}
// ---------------- YAML / k8s / compose / helm ----------------
function k8sSecret() {
  const pw = urlpw(); const tok = sx('token'); const name = svc();
  const b64pw = Buffer.from(pw).toString('base64'); const b64tok = Buffer.from(tok.v).toString('base64');
  return { kind: 'k8s', parts: f`apiVersion: v1
kind: Secret
metadata:
  name: ${name}-credentials
  namespace: ${pick(['payments', 'default', 'platform', 'data'])}
  uid: ${LK.uuid()}
  resourceVersion: "${LK.rv()}"
  creationTimestamp: "${L('timestamp', ts().replace(/^\d+$/, '2025-05-02T09:14:55Z'))}"
  labels:
    app.corp.example/owner: ${pick(['payments', 'platform', 'data-eng'])}
type: Opaque
data:
  DB_PASSWORD: ${S('K8S_SECRET_DATA_PASSWORD', b64pw)}
  ${tok.k.env}: ${S('K8S_SECRET_DATA_TOKEN', b64tok)}
  DB_USER: YXBwX3J3
stringData:
  ${pick(['SMTP_PASS', 'LDAP_PASSWORD', 'ADMIN_PASS'])}: "${S(pick(['SMTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'ADMIN_PASSWORD']), password())}"
  REPLACE_ME: "${LK.ph()}"
` };
}
function k8sDeploy() {
  const a = sx(), b = sx(); const name = svc();
  return { kind: 'k8s', parts: f`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: { app: ${name}, version: "${LK.version()}" }
  resourceVersion: "${LK.rv()}"
spec:
  replicas: ${int(2, 6)}
  template:
    spec:
      containers:
        - name: ${name}
          image: registry.corp.example/${name}@${LK.digest()}
          env:
            - name: ${a.k.env}
              value: "${a.s}"
            - name: DATABASE_URL
              value: ${conn()}
            - name: ${b.k.env}
              value: ${b.s}
            - name: API_TOKEN
              valueFrom:
                secretKeyRef: { name: ${name}-secrets, key: api-token }
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: service.version=${LK.shortSha()}
` };
}
function compose() {
  const p1 = urlpw(), a = sx(), g = sx('pw');
  return { kind: 'k8s', parts: f`# docker-compose.yml (local + demo env)
services:
  db:
    image: postgres:${int(13, 17)}@${LK.digest()}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${S('POSTGRES_PASSWORD', p1)}
  api:
    build: .
    environment:
      - DATABASE_URL=postgres://app:${S('POSTGRES_PASSWORD', p1)}@db:5432/app
      - ${a.k.env}=${a.s}
      - ${g.k.env}=${g.s}
      - SESSION_SECRET=${LK.env('SESSION_SECRET')}
      - NODE_ENV=production
    ports: ["8080:8080"]
  grafana:
    image: grafana/grafana:${LK.version()}
    environment:
      GF_SECURITY_ADMIN_PASSWORD: "${S('GRAFANA_ADMIN_PASSWORD', password())}"
` };
}
function helmValues() {
  const a = sx(), pk = chance(0.5) ? sx('pem') : null;
  const ind = (s) => s.replace(/\n/g, '\n    ');
  return { kind: 'k8s', parts: f`# values-${envName()}.yaml
image:
  tag: "${LK.version()}"
  digest: ${LK.digest()}
ingress:
  host: ${svc()}.apps.corp.example
secrets:
  ${a.k.env.toLowerCase()}: ${quote(a.s)}
  dbPassword: ${quote(S('POSTGRES_PASSWORD', urlpw()))}
  oauthClientSecret: ${LK.env('OAUTH_SECRET')}
${pk ? ['  signingKey: |\n    ', S(pk.e, ind(pk.v)), '\n'] : ''}tls:
  caBundle: |
    ${L('certificate', ind(pick([LK.cert().v])))}
podAnnotations:
  checksum/config: ${LK.md5()}
` };
}
function kubeconfig() {
  const keyPem = draw('EC_PRIVATE_KEY').v; const kd = Buffer.from(keyPem).toString('base64');
  const tok = draw('K8S_SERVICE_ACCOUNT_TOKEN');
  return { kind: 'k8s', parts: f`apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${L('certificate', Buffer.from(LK.cert().v).toString('base64'))}
    server: https://k8s-api.${pick(['prod', 'stg'])}.corp.example:6443
  name: ${pick(['prod-eu1', 'stg-us2'])}
users:
- name: admin
  user:
    client-key-data: ${S('K8S_CLIENT_KEY_DATA', kd)}
- name: ci-deployer
  user:
    token: ${S(tok.e, tok.v)}
current-context: ${pick(['prod-eu1', 'stg-us2'])}
` };
}
// ---------------- source code, 16 languages ----------------
const fnName = () => pick(['newClient', 'connect', 'init_billing', 'makeUploader', 'sendAlert', 'fetchRates']);
const LANGS = {
  python: (a, b, c) => f`import os
import requests
from ${pick(['billing', 'app', 'internal'])}.client import Client

API_BASE = "https://api.vendor.example/v2"
${a.k.env} = "${a.s}"  # TODO move to vault
# ${b.k.env} = os.environ["${b.k.env}"]
${c ? ['DB_DSN = "', conn(pick(['postgresql', 'sqlalchemy'])), '"\n'] : ''}
def ${fnName()}(token: str = "${b.s}", timeout: float = 10.0):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    session.headers["X-Client-Version"] = "${LK.version()}"
    return Client(API_BASE, session=session, idempotency_key="${LK.uuid()}")
`,
  javascript: (a, b, c) => f`'use strict';
const { Client } = require('@acme/${pick(['payments', 'mailer', 'search'])}-sdk');

// const ${a.k.env.toLowerCase().replace(/_(\w)/g, (m, x) => x.toUpperCase())} = process.env.${a.k.env};
const client = new Client({
  apiKey: '${a.s}',
  secret: process.env.${b.k.env} || "${b.s}",
  region: 'eu-west-1',
  userAgent: 'shop-web/${LK.version()}',
});
${c ? ['const pool = new Pool({ connectionString: `', conn(), '` });\n'] : ''}
module.exports = { client, buildSha: '${LK.shortSha()}' };
`,
  typescript: (a, b) => f`import { describe, it, expect } from 'vitest';
import { verifySignature } from '../src/webhooks';

// test fixture — captured from ${envName()} on ${LK.date()}
const FIXTURE_SECRET = '${a.s}';
const fixture = {
  id: 'evt_${rs(ALNUM, 24)}',
  created: ${LK.epoch()},
  requestId: '${LK.req()}',
};

describe('verifySignature', () => {
  it('accepts a valid header', () => {
    const token: string = "${b.s}";
    expect(verifySignature(fixture, FIXTURE_SECRET, token)).toBe(true);
  });
});
`,
  go: (a, b, c) => f`package config

import (
\t"os"
\t"github.example/acme/${pick(['vault', 'pay', 'mq'])}"
)

const defaultRegion = "eu-central-1"

// Deprecated: kept for the ${LK.version()} migration.
var legacyKey = "${a.s}"

func New${pick(['Client', 'Store', 'Publisher'])}() (*Client, error) {
\treturn NewWithCreds(os.Getenv("${b.k.env}"), "${b.s}")
}
${c ? ['\nconst dsn = "', conn(pick(['postgres', 'mysql', 'nats'])), '"\n'] : ''}
// build ${LK.sha()}
`,
  java: (a, b, c) => f`package com.acme.${pick(['billing', 'crm', 'orders'])};

import java.util.Properties;

public final class ${pick(['PaymentGateway', 'MailerConfig', 'LedgerClient'])} {
    private static final String API_KEY = "${a.s}";
    private static final String BUILD = "${LK.version()}";
    // private static final String OLD_SECRET = "${LK.ph()}";

    public static Properties props() {
        Properties p = new Properties();
        p.setProperty("url", "${conn(pick(['jdbcpg', 'jdbcmysql', 'oracle']))}");
        p.setProperty("${b.k.env.toLowerCase().replace(/_/g, '.')}", "${b.s}");
        p.setProperty("trace.id", "${LK.uuid()}");
        return p;
    }
}
`,
  kotlin: (a, b) => f`package com.acme.mobile

object Secrets {
    const val ${a.k.env} = "${a.s}"
    val endpoint = "https://api.shop.example/${LK.version()}"
}

class UploadClient(
    private val token: String = "${b.s}",
    private val timeoutMs: Long = 15_000,
)
`,
  csharp: (a, b, c) => f`using System;
using Acme.Sdk;

namespace Acme.Billing
{
    public class ${pick(['StripeSettings', 'BlobUploader', 'SmsSender'])}
    {
        // TODO(${pick(['ana', 'mk', 'devops'])}): read from KeyVault (${LK.uuid()})
        private const string Secret = "${a.s}";
        private readonly IClient _client = new Client("${b.s}", new Uri("https://api.vendor.example"));
        ${c ? ['private const string Conn = @"', conn('mssql'), '";'] : ''}
        public string Version => "${LK.version()}";
    }
}
`,
  ruby: (a, b) => f`# config/initializers/${pick(['stripe', 'twilio', 'sendgrid'])}.rb
Rails.application.configure do
  config.x.${a.k.env.toLowerCase()} = ENV.fetch("${a.k.env}") { "${a.s}" }
end

${pick(['Stripe', 'Sendgrid', 'Slack'])}.api_key = '${b.s}'
# ${pick(['Stripe', 'Twilio'])}.api_key = "${LK.ph()}"
APP_REVISION = "${LK.sha()}"
`,
  php: (a, b) => f`<?php
namespace App\\Services;

class ${pick(['SmsGateway', 'PaymentClient', 'Mailer'])}
{
    public function __construct(
        private string $apiKey = '${a.s}',
        private string $endpoint = 'https://api.vendor.example',
    ) {}

    public function headers(): array
    {
        return ['Authorization' => 'Bearer ' . '${b.s}', 'X-Request-Id' => '${LK.uuid()}'];
    }
}
`,
  rust: (a, b) => f`use std::env;

// fallback only for local dev (release ${LK.version()})
const FALLBACK_TOKEN: &str = "${a.s}";

fn client() -> Client {
    let key = env::var("${b.k.env}").unwrap_or_else(|_| String::from("${b.s}"));
    Client::builder().api_key(key).build()
}

#[cfg(test)]
mod tests {
    const REQ: &str = "${LK.uuid()}";
}
`,
  swift: (a, b) => f`import Foundation

enum Config {
    static let ${a.k.env.toLowerCase().replace(/_(\w)/g, (m, x) => x.toUpperCase())} = "${a.s}"
    static let appVersion = "${LK.version()}"
}

let api = APIClient(baseURL: URL(string: "https://api.shop.example")!, key: "${b.s}")
`,
  scala: (a, b) => f`object Settings {
  val kafkaJaas = """${conn('kafkajaas')}"""
  val ${a.k.env.toLowerCase().replace(/_(\w)/g, (m, x) => x.toUpperCase())}: String = sys.env.getOrElse("${a.k.env}", "${a.s}")
  // val token = "${LK.ph()}"
  val buildInfo = Map("sha" -> "${LK.sha()}", "key" -> "${b.s}")
}
`,
  cpp: (a, b) => f`// uploader.cc
#include <string>
#include "net/http_client.h"

namespace {
constexpr char kApiKey[] = "${a.s}";
constexpr char kBuildId[] = "${LK.uuid()}";
}  // namespace

std::unique_ptr<HttpClient> MakeClient() {
  auto c = std::make_unique<HttpClient>("https://upload.cdn.example");
  c->SetHeader("Authorization", std::string("Bearer ") + "${b.s}");
  // c->SetHeader("X-Legacy-Key", "${LK.ph()}");
  return c;
}
`,
  powershell: (a, b) => f`# deploy.ps1
$ErrorActionPreference = "Stop"
$env:${a.k.env} = "${a.s}"
$secure = ConvertTo-SecureString "${S('ADMIN_PASSWORD', password())}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-deploy", $secure)
Invoke-RestMethod -Uri "https://api.ops.example/deploy" -Headers @{ Authorization = "Bearer ${b.s}" } -Method Post
Write-Host "deployed ${LK.version()} ($(Get-Date))"
`,
  terraform: (a, b) => f`provider "${a.k.e.split('_')[0].toLowerCase()}" {
  api_key = "${a.s}"
  # app_key = var.app_key
}

resource "aws_db_instance" "main" {
  identifier        = "${svc()}"
  engine_version    = "${int(13, 16)}.${int(1, 9)}"
  username          = "dbadmin"
  password          = "${S('POSTGRES_PASSWORD', password())}"
  kms_key_id        = "arn:aws:kms:eu-west-1:${digits(12)}:key/${LK.uuid()}"
}

variable "token" {
  default   = "${b.s}"
  sensitive = true
}
`,
  elixir: (a, b) => f`import Config

config :my_app, MyApp.Repo,
  url: "${conn(pick(['postgres', 'postgresql']))}",
  pool_size: 10

config :my_app, :${a.k.env.toLowerCase()}, "${a.s}"
config :my_app, MyAppWeb.Endpoint, secret_key_base: "${S('PHOENIX_SECRET_KEY_BASE', rs(ALNUM + '+/', 64))}"
# release ${LK.version()}
`,
  dart: (a, b) => f`// lib/env.dart
class Env {
  static const String ${a.k.env.toLowerCase().replace(/_(\w)/g, (m, x) => x.toUpperCase())} = '${a.s}';
  static const String build = '${LK.build()}';
  static String token({String fallback = "${b.s}"}) => fallback;
}
`,
  perl: (a) => f`#!/usr/bin/perl
use strict; use DBI;
my $dbh = DBI->connect("dbi:Pg:dbname=ledger;host=pg.internal.example", "ledger", "${S('POSTGRES_PASSWORD', password())}") or die;
my %cfg = ( api_key => '${a.s}', version => '${LK.version()}' );
`,
  lua: (a) => f`-- nginx/openresty access.lua
local API_SECRET = "${a.s}"
local redis = require "resty.redis"
local red = redis:new()
red:auth("${S('REDIS_PASSWORD', rs(ALNUM, 32))}")
ngx.header["X-Build"] = "${LK.shortSha()}"
`,
};
export const LANG_NAMES = Object.keys(LANGS);
let langIdx = 0;
function sourceCode() {
  const lang = LANG_NAMES[langIdx++ % LANG_NAMES.length];
  const a = sx(), b = sx(); const c = chance(0.5);
  return { kind: 'source', parts: LANGS[lang](a, b, c), lang };
}
// ---------------- shell history ----------------
const SHELL = [
  () => { const u = pick(['admin', 'ops', 'api']); const pw = urlpw(); return f`curl -u ${u}:${S('BASIC_AUTH_PASSWORD', pw)} https://jenkins.ci.example/api/json?tree=jobs[name]`; },
  () => { const t = sx('token'); return f`curl -sS -H "Authorization: Bearer ${t.s}" https://api.vendor.example/v1/me | jq .`; },
  () => { const t = sx('token'); return f`curl -H 'X-API-Key: ${t.s}' -X POST https://hooks.internal.example/run -d '{"job":"reindex"}'`; },
  () => f`mysql -h mysql-02.dc1.corp.example -u root -p${S('MYSQL_PASSWORD', password('mix'))} orders < dump.sql`,
  () => f`mysql --user=report --password=${S('MYSQL_PASSWORD', password())} -e "select count(*) from orders"`,
  () => f`psql "${conn('postgresql')}" -c '\\dt'`,
  () => f`PGPASSWORD='${S('POSTGRES_PASSWORD', password())}' pg_dump -h pg.prod.acme.example -U postgres app > /tmp/app-${LK.date()}.sql`,
  () => f`docker login registry.corp.example -u ci-bot -p ${S('REGISTRY_PASSWORD', password())}`,
  () => { const t = draw('DOCKER_HUB_PAT'); return f`echo ${S(t.e, t.v)} | docker login -u acmebuild --password-stdin`; },
  () => { const t = sx('token'); return f`export ${t.k.env}=${t.s}`; },
  () => { const t = sx('token'); return f`${t.k.env}="${t.s}" ./scripts/${pick(['release.sh', 'sync.py', 'backfill'])} --dry-run`; },
  () => { const t = sx(); return f`env ${t.k.env}=${t.s} npm run deploy`; },
  () => f`sshpass -p '${S('SSH_PASSWORD', password())}' ssh -o StrictHostKeyChecking=no deploy@bastion.corp.example`,
  () => f`git clone ${conn('gitbasic')}`,
  () => f`git remote set-url origin ${conn('gitbasic')}`,
  () => f`aws configure set aws_secret_access_key ${S('AWS_SECRET_ACCESS_KEY', draw('AWS_SECRET_ACCESS_KEY').v)} --profile prod`,
  () => f`aws configure set aws_access_key_id ${S('AWS_ACCESS_KEY_ID', draw('AWS_ACCESS_KEY_ID').v)}`,
  () => f`npm config set //npm.pkgs.corp.example/:_authToken=${S('NPM_TOKEN', draw('NPM_TOKEN').v)}`,
  () => f`redis-cli -h cache.svc.cluster.test -a ${S('REDIS_PASSWORD', rs(ALNUM, 28))} --no-auth-warning keys 'sess:*'`,
  () => f`mongosh "${conn('mongosrv')}"`,
  () => f`htpasswd -bc /etc/nginx/.htpasswd admin ${S('BASIC_AUTH_PASSWORD', password())}`,
  () => f`openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${S('KEYSTORE_PASSWORD', password())}`,
  () => f`kubectl create secret generic db-creds --from-literal=username=app --from-literal=password=${S('POSTGRES_PASSWORD', urlpw())} -n payments`,
  () => f`vault login ${S('VAULT_TOKEN', draw('VAULT_TOKEN').v)}`,
  () => f`terraform apply -var 'db_password=${S('POSTGRES_PASSWORD', password())}' -auto-approve`,
  () => { const t = draw('GITHUB_PAT'); return f`gh auth login --with-token <<< ${S(t.e, t.v)}`; },
  () => f`mc alias set minio https://s3.storage.example ${S('MINIO_ACCESS_KEY', rs(UP + '0123456789', 20))} ${S('MINIO_SECRET_KEY', rs(ALNUM, 40))}`,
  () => f`smbclient //fs01.corp.example/finance -U 'CORP\\jsmith%${S('WINDOWS_DOMAIN_PASSWORD', password())}'`,
  () => f`rclone config create b2 b2 account ${rs(HEX, 12)} key ${S('BACKBLAZE_APPLICATION_KEY', 'K00' + rs(ALNUM, 28))}`,
  () => f`ngrok config add-authtoken ${S('NGROK_AUTHTOKEN', draw('NGROK_AUTHTOKEN').v)}`,
  () => f`wget --user=build --password='${S('ARTIFACT_REPO_PASSWORD', password())}' https://artifacts.corp.example/releases/app-${LK.version()}.tar.gz`,
  () => f`mysqldump -uroot --password="${S('MYSQL_PASSWORD', password())}" --all-databases | gzip > all.sql.gz`,
  () => f`sqlcmd -S sql01.fin.initech.test -U sa -P '${S('MSSQL_SA_PASSWORD', password('leet'))}' -Q "SELECT @@VERSION"`,
  () => f`helm upgrade --install api ./chart --set secrets.apiKey=${S('GENERIC_API_KEY', rs(ALNUM, 40))} --set image.tag=${LK.version()}`,
  () => f`docker run -e POSTGRES_PASSWORD=${S('POSTGRES_PASSWORD', password())} -d postgres:16`,
  () => f`nmcli dev wifi connect "Office-5G" password "${S('WIFI_PSK', password('words'))}"`,
];
const NEUTRAL_SH = [() => f`git log --oneline -5`, () => f`git checkout ${LK.shortSha()}`, () => f`docker pull registry.corp.example/api@${LK.digest()}`, () => f`kubectl rollout status deploy/${svc()} -n payments`, () => f`ls -la ~/.ssh`, () => f`export DB_PASSWORD=${LK.env('VAULT_DB_PASSWORD')}`, () => f`npm version ${LK.version()}`, () => f`curl -H "Authorization: Bearer ${LK.ph()}" https://api.vendor.example/v1/ping`, () => f`cd ~/src/${svc()} && make test`, () => f`grep -rn "${LK.uuid()}" logs/`, () => f`history | grep ssh`, () => f`aws s3 ls s3://acme-backups/${LK.date()}/`, () => f`export AWS_ACCESS_KEY_ID=${LK.awsEx()}`];
function shellHistory() {
  const lines = []; const n = int(7, 14); let num = int(200, 1900); const zsh = chance(0.4);
  for (let i = 0; i < n; i++) {
    const cmd = chance(0.45) ? pick(SHELL)() : pick(NEUTRAL_SH)();
    const pre = zsh ? f`: ${L('timestamp', String(int(1700000000, 1790000000)))}:0;` : f`${String(num++).padStart(5)}  `;
    lines.push(pre, cmd, '\n');
  }
  return { kind: 'shell_history', parts: lines };
}
// ---------------- CI output ----------------
function ciLog() {
  ciClock = int(0, 300) * 86400000 + int(0, 86399) * 1000;
  const t = sx('token'), u = sx();
  const steps = [
    f`${pts()} ##[group]Run actions/checkout@${LK.sha()}\n`,
    f`${pts()} Syncing repository: acme/${svc()}\n`,
    f`${pts()} ##[endgroup]\n${pts()} ##[group]Run ./scripts/deploy.sh\n`,
    f`${pts()} env:\n${pts()}   REGISTRY_TOKEN: ***\n${pts()}   DEPLOY_KEY: ${LK.env('DEPLOY_KEY')}\n`,
    f`${pts()} + echo "debug: using ${t.k.env}=${t.s}"\n`,
    f`${pts()} debug: using ${t.k.env}=${S(t.e, t.v)}\n`,
    f`${pts()} + curl -fsS -X POST https://deploy.ops.example/hooks/${svc()} -H 'X-Token: ${u.s}'\n`,
    f`${pts()} {"status":"queued","build":"${LK.build()}","id":"${LK.uuid()}"}\n`,
    f`${pts()} Image pushed: registry.corp.example/${svc()}@${LK.digest()}\n`,
    f`${pts()} ##[endgroup]\n${pts()} Post job cleanup. Took ${int(2, 40)}.${digits(2)}s\n`,
  ];
  return { kind: 'ci_output', parts: steps };
}
function gitlabCi() {
  const p = urlpw(); const n = sx();
  return { kind: 'ci_output', parts: f`Running with gitlab-runner ${LK.version()} (${LK.shortSha()})
  on shared-runner-${int(1, 9)} ${rs(ALNUM, 8)}, system ID: s_${rs(HEX, 12)}
Preparing the "docker" executor
Using docker image sha256:${rs(HEX, 64)} for node:20-alpine
$ echo "//npm.pkgs.corp.example/:_authToken=\${NPM_TOKEN}" > .npmrc
$ cat .npmrc  # debugging auth, remove later
//npm.pkgs.corp.example/:_authToken=${S('NPM_TOKEN', draw('NPM_TOKEN').v)}
$ npm publish --tag next
npm notice package: @acme/ui@${LK.version()}
npm notice shasum: ${LK.md5()}
npm notice integrity: ${LK.integrity()}
$ ./migrate.sh --url "postgres://migrator:${S('POSTGRES_PASSWORD', p)}@pg.prod.acme.example/app"
Applied 3 migrations in ${int(100, 3000)}ms
$ printenv | grep -i ${n.k.env.split('_')[0]}
${n.k.env}=${n.s}
Job succeeded
` };
}
// ---------------- cloud CLI / IaC output ----------------
function awsSts() {
  const id = draw('AWS_TEMP_ACCESS_KEY_ID'), sec = draw('AWS_SECRET_ACCESS_KEY'), st = draw('AWS_SESSION_TOKEN');
  return { kind: 'cloud_cli', parts: f`$ aws sts assume-role --role-arn arn:aws:iam::${digits(12)}:role/${pick(['deployer', 'ReadOnly', 'BreakGlass'])} --role-session-name ${pick(['ci', 'mkumar', 'audit'])}
{
    "Credentials": {
        "AccessKeyId": "${S(id.e, id.v)}",
        "SecretAccessKey": "${S(sec.e, sec.v)}",
        "SessionToken": "${S(st.e, st.v)}",
        "Expiration": "${L('timestamp', '2026-0' + int(1, 9) + '-1' + int(0, 9) + 'T0' + int(0, 9) + ':15:42+00:00')}"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA${rs(UP + '234567', 17)}:ci",
        "Arn": "arn:aws:sts::${digits(12)}:assumed-role/deployer/ci"
    }
}
` };
}
function awsIamKey() {
  const id = draw('AWS_ACCESS_KEY_ID'), sec = draw('AWS_SECRET_ACCESS_KEY'); const u = pick(['svc-backup', 'terraform', 'legacy-etl']);
  return { kind: 'cloud_cli', parts: f`$ aws iam create-access-key --user-name ${u} --output table
-------------------------------------------------------------------------
|                           CreateAccessKey                             |
+-----------------------------------------------------------------------+
||                              AccessKey                              ||
|+----------------+-----------------------------------------------------+|
||  AccessKeyId   |  ${S(id.e, id.v)}                               ||
||  CreateDate    |  ${LK.ts()}                           ||
||  SecretAccessKey|  ${S(sec.e, sec.v)}           ||
||  Status        |  Active                                             ||
||  UserName      |  ${u}                                        ||
|+----------------+-----------------------------------------------------+|
# docs example for comparison: ${LK.awsEx()}
` };
}
function azSp() {
  const s = draw('AZURE_CLIENT_SECRET');
  return { kind: 'cloud_cli', parts: f`$ az ad sp create-for-rbac --name ${svc()}-sp --role Contributor --scopes /subscriptions/${LK.uuid()}
Creating 'Contributor' role assignment under scope '/subscriptions/...'
The output includes credentials that you must protect.
{
  "appId": "${LK.uuid()}",
  "displayName": "${svc()}-sp",
  "password": "${S(s.e, s.v)}",
  "tenant": "${LK.uuid()}"
}
` };
}
function gcloudOut() {
  const t = draw('GCP_OAUTH_ACCESS_TOKEN'); const pk = draw('PKCS8_PRIVATE_KEY');
  return { kind: 'cloud_cli', parts: f`$ gcloud auth print-access-token
${S(t.e, t.v)}
$ cat sa-key.json
{
  "type": "service_account",
  "project_id": "acme-${pick(['prod', 'data', 'ml'])}-${digits(6)}",
  "private_key_id": "${L('hash', rs(HEX, 40))}",
  "private_key": "${S('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', pk.v.replace(/\n/g, '\\n') + '\\n')}",
  "client_email": "${EMAIL('etl-runner@acme-prod.iam.gserviceaccount.test')}",
  "client_id": "${nz(21)}",
  "token_uri": "https://oauth2.auth.example/token"
}
` };
}
function tfOutput() {
  const a = sx(), b = sx('pw'), c = sx();
  return { kind: 'cloud_cli', parts: f`$ terraform output -json
{
  "db_endpoint": { "sensitive": false, "type": "string", "value": "pg.prod.acme.example:5432" },
  "db_password": { "sensitive": true, "type": "string", "value": "${b.s}" },
  "${a.k.env.toLowerCase()}": { "sensitive": true, "type": "string", "value": "${a.s}" },
  "${c.k.env.toLowerCase()}": { "sensitive": true, "type": "string", "value": "${c.s}" },
  "vpc_id": { "sensitive": false, "type": "string", "value": "vpc-${rs(HEX, 17)}" },
  "state_serial": { "sensitive": false, "type": "number", "value": ${int(10, 900)} },
  "lineage": { "sensitive": false, "type": "string", "value": "${LK.uuid()}" }
}
` };
}
function tfPlan() {
  const a = sx(), p = urlpw();
  return { kind: 'cloud_cli', parts: f`Terraform will perform the following actions:

  # aws_secretsmanager_secret_version.api will be updated in-place
  ~ resource "aws_secretsmanager_secret_version" "api" {
        id            = "arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:api-${rs(ALNUM, 6)}|${LK.uuid()}"
      ~ secret_string = jsonencode(
          ~ {
              ~ ${a.k.env.toLowerCase()} = "${LK.ph()}" -> "${a.s}"
              + db_url     = "postgres://app:${S('POSTGRES_PASSWORD', p)}@pg.prod.acme.example:5432/app"
            }
        )
        version_id    = "${LK.uuid()}"
    }

Plan: 0 to add, 1 to change, 0 to destroy.
` };
}
function pulumiOut() {
  const a = sx(), b = sx();
  return { kind: 'cloud_cli', parts: f`$ pulumi stack output --show-secrets
Current stack outputs (${int(4, 9)}):
    OUTPUT              VALUE
    bucketName          acme-assets-${rs(HEX, 7)}
    ${a.k.env.toLowerCase().replace(/_(\w)/g, (m, x) => x.toUpperCase())}    ${a.s}
    ${b.k.env.toLowerCase().replace(/_(\w)/g, (m, x) => x.toUpperCase())}    ${b.s}
    kubeconfigHash      ${LK.digest()}
    version             ${LK.version()}
` };
}
function kubectlGetSecret() {
  const pw = password(); const tok = draw('SLACK_BOT_TOKEN');
  return { kind: 'cloud_cli', parts: f`$ kubectl get secret app-env -o jsonpath='{.data}' | jq -r 'to_entries[] | "\\(.key)=\\(.value|@base64d)"'
ADMIN_PASSWORD=${S('ADMIN_PASSWORD', pw)}
SLACK_BOT_TOKEN=${S(tok.e, tok.v)}
RELEASE=${LK.version()}
$ kubectl get secret app-env -o yaml | grep ADMIN
  ADMIN_PASSWORD: ${S('K8S_SECRET_DATA_PASSWORD', Buffer.from(pw).toString('base64'))}
` };
}
function dockerConfig() {
  const auth = draw('DOCKER_CONFIG_AUTH');
  return { kind: 'config', parts: f`$ cat ~/.docker/config.json
{
	"auths": {
		"registry.corp.example": {
			"auth": "${S(auth.e, auth.v)}"
		},
		"ghcr.mirror.example": {
			"auth": "${S('DOCKER_CONFIG_AUTH', Buffer.from('acme-bot:' + draw('GITHUB_PAT').v).toString('base64'))}"
		}
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
` };
}
function sshDir() {
  const k = draw('OPENSSH_PRIVATE_KEY');
  return { kind: 'shell_history', parts: f`$ cat ~/.ssh/id_ed25519.pub
${LK.sshPub()} ${pick(['deploy@ci', 'mk@laptop', 'backup@nas'])}
$ cat ~/.ssh/id_ed25519
${S(k.e, k.v)}
$ ssh-keygen -lf ~/.ssh/id_ed25519
256 SHA256:${rs(B64, 43)} deploy@ci (ED25519)
` };
}
function wireguard() {
  const k = draw('WIREGUARD_PRIVATE_KEY'); const psk = rs(ALNUM + '+/', 43) + '=';
  return { kind: 'config', parts: f`# /etc/wireguard/wg0.conf
[Interface]
Address = 10.8.0.${int(2, 40)}/24
PrivateKey = ${S(k.e, k.v)}
ListenPort = 51820

[Peer]
# ${pick(['office', 'home-lab', 'vpc-eu'])}
PublicKey = ${LK.wgPub()}
PresharedKey = ${S('WIREGUARD_PRESHARED_KEY', psk)}
Endpoint = vpn.corp.example:51820
AllowedIPs = 10.8.0.0/24, 172.20.0.0/16
` };
}
function sopsAge() {
  const k = draw('AGE_SECRET_KEY');
  return { kind: 'config', parts: f`# ~/.config/sops/age/keys.txt
# created: ${LK.ts()}
# public key: ${LK.agePub()}
${S(k.e, k.v)}
` };
}
function pemFile() {
  const k = draw('pem'); const name = pick(['server', 'tls', 'jwt-signing', 'deploy', 'apns', 'release-signing']);
  const style = int(0, 2);
  if (style === 0) return { kind: 'shell_history', parts: f`$ ls -l certs/
-rw-r--r-- 1 ops ops 1298 ${mon3()} ${int(1, 28)} 10:${int(10, 59)} ${name}.crt
-rw------- 1 ops ops 1704 ${mon3()} ${int(1, 28)} 10:${int(10, 59)} ${name}.key
$ openssl x509 -in certs/${name}.crt -noout -fingerprint -sha256
sha256 Fingerprint=${L('digest', Array.from({ length: 32 }, () => rs('0123456789ABCDEF', 2)).join(':'))}
$ cat certs/${name}.key
${S(k.e, k.v)}
` };
  if (style === 1) return { kind: 'k8s', parts: f`apiVersion: v1
kind: Secret
type: Opaque
metadata:
  name: ${name}-tls
  resourceVersion: "${LK.rv()}"
stringData:
  tls.key: |
    ${S(k.e, k.v.replace(/\n/g, '\n    '))}
` };
  return { kind: 'config', parts: f`<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey plugin="ssh-credentials@${LK.version()}">
  <scope>GLOBAL</scope>
  <id>${LK.uuid()}</id>
  <description>${name} key for ${pick(['prod deploys', 'release signing', 'git mirror'])}</description>
  <username>${pick(['deploy', 'git', 'release'])}</username>
  <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
    <privateKey>${S(k.e, k.v)}</privateKey>
  </privateKeySource>
</com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
` };
}
const mon3 = () => pick(['Jan', 'Mar', 'May', 'Aug', 'Oct', 'Dec']);
export const TECH = { pemFile, envFile, iniConf, tomlConf, propsConf, xmlConf, appsettingsJson, phpConf, k8sSecret, k8sDeploy, compose, helmValues, kubeconfig, sourceCode, shellHistory, ciLog, gitlabCi, awsSts, awsIamKey, azSp, gcloudOut, tfOutput, tfPlan, pulumiOut, kubectlGetSecret, dockerConfig, sshDir, wireguard, sopsAge };
