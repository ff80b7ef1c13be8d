// kind: source_code — secrets in string literals, constructor args, default params, fixtures, commented-out lines; 20 languages
import { S, P, L, T, J, F, CS, jsonEsc, LK, Sv } from './h.mjs';
import { conn } from './conn.mjs';
import { password, WORDS } from './secrets.mjs';

const LANGS = {
  python: (r, K, H) => { const a = K.tok(), b = K.pw(), c = K.tok(); return T`# ${r.pick(['settings.py', 'client.py', 'tests/test_sync.py'])}
import os
import requests

API_BASE = "https://api.${r.pick(WORDS)}.example/v2"
${a.env.toUpperCase().replace(/\./g, '_')} = os.environ.get("${a.env.toUpperCase().replace(/\./g, '_')}", "${Sv(a)}")
# ${c.env.toUpperCase()} = "${Sv(c)}"  # TODO remove before merge

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "${r.pick(['shop', 'crm'])}",
        "USER": "app",
        "PASSWORD": '${Sv(b)}',
        "HOST": "pg-prod.corp.example",
    }
}


def make_client(token: str = "${S('OPAQUE_BEARER_TOKEN', r.str(48, CS.alnum))}", timeout=${r.int(5, 30)}):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    s.headers["X-Request-Id"] = "${H.uuid()}"
    return s
`; },
  javascript: (r, K, H) => { const a = K.tok(), b = K.tok(); return T`// ${r.pick(['src/lib/payments.js', 'server/index.js'])}
const Stripe = require('stripe');
const { Pool } = require('pg');

const stripe = new ${a.e === 'STRIPE_SECRET_KEY' ? 'Stripe' : 'ApiClient'}(process.env.${a.env.toUpperCase().replace(/\./g, '_')} || '${Sv(a)}', { apiVersion: '${H.date()}' });
const pool = new Pool({ connectionString: \`${F(conn(r))}\` });

// const LEGACY_KEY = "${Sv(b)}";
const PUBLISHABLE = '${L('public_key', LK.stripePk(r))}';

module.exports = async function charge(customerId = '${H.crm()}', amountCents = ${r.int(100, 99999)}) {
  return stripe.paymentIntents.create({ customer: customerId, amount: amountCents, currency: 'eur' });
};
`; },
  typescript: (r, K, H) => { const a = K.tok(), b = K.tok(); return T`// test/fixtures/auth.fixture.ts
export const fixtures = {
  user: { id: '${H.uuid()}', email: '${P('EMAIL_ADDRESS', 'fixture-user@acme.example')}', createdAt: '${H.ts()}' },
  accessToken: '${S('JWT', mkjwt(r))}',
  ${camel(a.env)}: "${Sv(a)}",
  placeholderToken: '${H.ph()}',
};

export class ${r.pick(['Notifier', 'Uploader', 'LlmClient'])} {
  constructor(private readonly apiKey: string = \`${Sv(b)}\`, private readonly region = 'eu') {}
}
`; },
  go: (r, K, H) => { const a = K.tok(), b = K.pw(); return T`package config

import "os"

const (
	defaultRegion = "eu-west-1"
	buildCommit   = "${H.sha()}"
	// fallbackKey = "${Sv(a)}"
)

var dsn = "${F(conn(r))}"

func Load() *Config {
	return &Config{
		Token:    getenv("${a.env.toUpperCase().replace(/\./g, '_')}", "${Sv(a, r.str(0, '') + a.v)}"),
		Password: getenv("${b.env.toUpperCase()}", \`${Sv(b)}\`),
	}
}

func getenv(k, def string) string { if v := os.Getenv(k); v != "" { return v }; return def }
`; },
  java: (r, K, H) => { const a = K.tok(), b = K.pw(); return T`package com.acme.${r.pick(['billing', 'sync'])};

import java.net.http.HttpClient;

public final class ${r.pick(['GatewayClient', 'PartnerApi', 'MailerConfig'])} {
    private static final String API_KEY = "${Sv(a)}";
    private static final String BUILD = "${H.ver()}";
    // private static final String OLD_PASSWORD = "${S(b.e, password(r))}";

    public DataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://pg-prod.corp.example:5432/${r.pick(['billing', 'core'])}");
        cfg.setUsername("app");
        cfg.setPassword("${Sv(b)}");
        return new HikariDataSource(cfg);
    }
}
`; },
  kotlin: (r, K, H) => { const a = K.tok(); return T`// build.gradle.kts
publishing {
    repositories {
        maven {
            url = uri("https://maven.acme.example/releases")
            credentials {
                username = "deployer"
                password = System.getenv("MAVEN_PASSWORD") ?: "${S('REGISTRY_PASSWORD', password(r))}"
            }
        }
    }
}
val ${camel(a.env)} = "${Sv(a)}"
android { signingConfigs { create("release") { storePassword = "${S('KEYSTORE_PASSWORD', password(r))}"; keyAlias = "upload"; keyPassword = "${S('KEYSTORE_PASSWORD', password(r))}" } } }
version = "${H.ver()}"
`; },
  rust: (r, K, H) => { const a = K.tok(); return T`// src/main.rs
use reqwest::header;

const API_KEY: &str = "${Sv(a)}";
const SCHEMA_VERSION: &str = "${H.ver()}";

#[tokio::test]
async fn connects_with_fixture_credentials() {
    let url = "${F(conn(r))}";
    let pool = sqlx::PgPool::connect(url).await.unwrap();
    let id = uuid::uuid!("${H.uuid()}");
    assert!(fetch_user(&pool, id).await.is_ok());
}
`; },
  ruby: (r, K, H) => { const a = K.tok(), b = K.tok(); return T`# config/initializers/${r.pick(['stripe.rb', 'integrations.rb'])}
Rails.configuration.x.${r.pick(['payments', 'crm'])} = {
  api_key: ENV.fetch("${a.env.toUpperCase().replace(/\./g, '_')}") { "${Sv(a)}" },
  webhook_secret: '${S('WEBHOOK_SIGNING_SECRET', r.str(40, CS.alnum))}'
}
# Rails.application.credentials.secret_key_base = "${S('RAILS_SECRET_KEY_BASE', r.str(128, CS.hex))}"
client = ${r.pick(['Octokit', 'Api'])}::Client.new(access_token: "${Sv(b)}")
`; },
  php: (r, K, H) => { const a = K.tok(); return T`<?php
// wp-config.php
define( 'DB_NAME', '${r.pick(['wordpress', 'shop'])}' );
define( 'DB_USER', 'wp_${r.pick(WORDS)}' );
define( 'DB_PASSWORD', '${S('MYSQL_PASSWORD', password(r).replace(/'/g, ''))}' );
define( 'DB_HOST', 'mysql-primary.corp.example' );
define( 'AUTH_KEY',         '${S('SESSION_SECRET', r.str(64, CS.alnum + '!@#%^&*()-_[]{}<>~+=,.;:/?|'))}' );
define( 'SECURE_AUTH_SALT', '${L('placeholder', 'put your unique phrase here')}' );
$mailer = new \\Acme\\Mailer('${Sv(a)}');
$table_prefix = 'wp_';
`; },
  csharp: (r, K, H) => { const a = K.tok(); return T`// Services/${r.pick(['Blob', 'Queue'])}Factory.cs
public static class Factory
{
    private const string ConnString = "${F(conn(r))}";

    public static IClient Create(string apiKey = "${Sv(a)}")
    {
        var client = new HttpClient { BaseAddress = new Uri("https://api.acme.example/") };
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "${H.uuid()}");
        return new Client(client, apiKey);
    }
}
`; },
  swift: (r, K, H) => { const a = K.tok(); return T`// AppSecrets.swift
enum AppSecrets {
    static let ${camel(a.env)} = "${Sv(a)}"
    static let sentryRelease = "${H.ver()}+${H.sha(true)}"
    // static let debugPassword = "${S('USER_PASSWORD', password(r))}"
}
let tint = UIColor(hex: "${L('hex_color', LK.hexColor(r))}")
`; },
  scala: (r, K, H) => { const a = K.tok(); return T`// application.conf (HOCON) + Main.scala
db.default.url = "${F(conn(r))}"
akka.http.client.auth-token = "${Sv(a)}"
object Main extends App {
  val spark = SparkSession.builder.config("spark.hadoop.fs.s3a.secret.key", "${S('AWS_SECRET_KEY', r.str(40, CS.alnum + '+/'))}").getOrCreate()
}
`; },
  bash: (r, K, H) => { const a = K.tok(); return T`#!/usr/bin/env bash
# scripts/backup.sh — nightly (${H.date()})
set -euo pipefail
: "\${${a.env.toUpperCase().replace(/\./g, '_')}:=${Sv(a)}}"
export PGPASSWORD="\${PGPASSWORD:-${S('POSTGRES_PASSWORD', password(r).replace(/["$\`\\]/g, ''))}}"
pg_dump -h pg-prod.corp.example -U backup warehouse | gzip > "/mnt/backup/wh-$(date +%F).sql.gz"
curl -fsS -X POST -H "Authorization: Bearer ${S('OPAQUE_BEARER_TOKEN', r.str(56, CS.alnum))}" https://status.acme.example/ping/${H.uuid()}
`; },
  perl: (r, K, H) => T`#!/usr/bin/perl
use DBI;
my $dbh = DBI->connect("DBI:mysql:database=legacy;host=mysql-old.corp.example", "legacy", "${S('MYSQL_PASSWORD', password(r).replace(/[@$"]/g, ''))}") or die $DBI::errstr;
my %cfg = ( api_key => '${S('GENERIC_API_KEY', r.str(32, CS.hex))}', region => 'eu' );
`,
  elixir: (r, K, H) => { const a = K.tok(); return T`# config/runtime.exs
config :my_app, MyApp.Repo,
  username: "postgres",
  password: "${S('POSTGRES_PASSWORD', password(r))}",
  hostname: "pg-prod.corp.example"
config :my_app, :${a.env.toLowerCase()}, System.get_env("${a.env.toUpperCase().replace(/\./g, '_')}", "${Sv(a)}")
config :my_app, MyAppWeb.Endpoint, secret_key_base: "${S('RAILS_SECRET_KEY_BASE', r.str(64, CS.alnum))}"
`; },
  cpp: (r, K, H) => { const a = K.tok(); return T`// uploader.cc
#include <string>
namespace {
constexpr char kBuild[] = "${H.sha()}";
// constexpr char kToken[] = "${Sv(a)}";  // leaked in review, revoke!
}
Uploader::Uploader(const std::string& key = std::string("${S('GENERIC_API_KEY', r.str(40, CS.alnum))}"))
    : key_(key), endpoint_("https://upload.acme.example") {}
`; },
  lua: (r, K, H) => T`-- nginx/lua/auth.lua
local redis = require "resty.redis"
local red = redis:new()
red:connect("cache.svc.test", 6379)
local ok, err = red:auth("${S('REDIS_PASSWORD', password(r).replace(/"/g, ''))}")
local SHARED = "${S('WEBHOOK_SIGNING_SECRET', r.str(40, CS.alnum))}"
`,
  r: (r, K, H) => { const a = K.tok(); return T`# analysis.R
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "pg-report.corp.example", user = "analyst",
                 password = "${S('POSTGRES_PASSWORD', password(r).replace(/"/g, ''))}", dbname = "warehouse")
Sys.setenv(${a.env.toUpperCase().replace(/\./g, '_')} = "${Sv(a)}")
`; },
  dart: (r, K, H) => { const a = K.tok(); return T`// lib/env.dart
class Env {
  static const String ${camel(a.env)} = String.fromEnvironment('${a.env}', defaultValue: '${Sv(a)}');
  static const String sentryDsnPublic = '${L('public_dsn', 'https://' + r.str(32, CS.hex) + '@o' + r.digits(6) + '.ingest.sentry.example/' + r.digits(7))}';
}
`; },
  powershell: (r, K, H) => { const a = K.tok(); return T`# deploy.ps1
$securePw = ConvertTo-SecureString "${S('ADMIN_PASSWORD', password(r).replace(/["$\`]/g, ''))}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc-deploy", $securePw)
$env:${a.env.toUpperCase().replace(/\./g, '_')} = '${Sv(a)}'
Invoke-RestMethod -Uri "https://api.acme.example/v1/releases" -Headers @{ Authorization = "Bearer $env:TOKEN" } -Body '{"sha":"${H.sha()}"}'
`; },
  pytest: (r, K, H) => { const a = K.tok(); return T`# tests/test_checkout.py
import pytest
from app.payments import charge, CardError

TEST_CARDS = {
    "visa_ok": "${H.testCard()}",
    "declined": "${L('vendor_test_card', '4000000000000002')}",
    "bad_checksum": "${H.badCard()}",
}
AWS_DOC_KEYS = ("${H.awsEx('id')}", "${H.awsEx('secret')}")  # from the AWS docs, never valid


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("PAYMENTS_API_KEY", "${H.ph()}")
    # monkeypatch.setenv("PAYMENTS_API_KEY", "${Sv(a)}")  # real one, do NOT uncomment
    return make_client(idempotency_key="${H.uuid()}")


def test_invalid_card_rejected(client):
    with pytest.raises(CardError):
        charge(client, TEST_CARDS["bad_checksum"], amount=${r.int(100, 9999)}, order="${H.order()}")
`; },
  sql: (r, K, H) => T`-- migrations/${r.digits(14)}_create_service_users.sql
CREATE USER report_ro WITH PASSWORD '${S('POSTGRES_PASSWORD', password(r).replace(/'/g, ''))}';
ALTER USER app_rw IDENTIFIED BY "${S('ORACLE_PASSWORD', password(r, 3))}";
INSERT INTO api_clients (id, name, secret) VALUES ('${H.uuid()}', 'partner-sync', '${S('OAUTH_CLIENT_SECRET', r.str(48, CS.b64u))}');
`,
};
function camel(s) { return s.toLowerCase().replace(/[._-]+(.)/g, (_, c) => c.toUpperCase()); }
function mkjwt(r) { const h = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'); const iat = 1765000000 + r.int(0, 9999999); const p = Buffer.from(JSON.stringify({ sub: 'fixture-' + r.digits(5), role: 'admin', iat, exp: iat + 3600 })).toString('base64url'); return `${h}.${p}.${r.str(43, CS.b64u)}`; }
export const LANG_NAMES = Object.keys(LANGS);
export function source_code(r, K, H, i) {
  const lang = LANG_NAMES[i % LANG_NAMES.length];
  const body = LANGS[lang](r, K, H);
  return r.chance(0.4) ? F('```' + lang + '\n', body, '```\n') : body;
}
