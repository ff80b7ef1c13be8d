// train8: source code in many languages
import { D, S, P, L, int, pick, chance, str, digits, hex, b62, lines, jsonEsc, mapv, LOW, DIG } from './lib.mjs';
import { secret, sec, pemSecret, conn, techLA, per, em, ph, X, KIND, pw } from './common.mjs';

const camel = (s) => s.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const LANGS = {
  python: (a, b, c) => D`"""Client for the ${a.k.name} integration."""
import os
import requests

# ${b.k.env} = "${b.seg}"  # old one, revoked?
DEFAULT_TIMEOUT = 10
API_BASE = "https://api.partner.example/v2"
REQUEST_NAMESPACE = "${L('uuid', X.uuidv4())}"


class PartnerClient:
    def __init__(self, token: str = "${a.seg}", base: str = API_BASE):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.base = base

    def fetch(self, order_id):
        return self.session.get(f"{self.base}/orders/{order_id}", timeout=DEFAULT_TIMEOUT)


def make_db_url():
    return os.environ.get("DATABASE_URL", "${conn()}")


if __name__ == "__main__":
    print(PartnerClient().fetch("${L('order_number', X.orderNo())}").json())
`,
  javascript: (a, b, c) => D`'use strict';
const express = require('express');
const Stripe = require('stripe');

// TODO(${pick(['mk', 'jl', 'ops'])}): read from process.env before launch
const stripe = new Stripe(process.env.STRIPE_KEY || '${S('STRIPE_SECRET_KEY', KIND.STRIPE_SECRET_KEY.g())}', { apiVersion: '${L('date', '2024-06-20')}' });
const ${camel(a.k.env)} = "${a.seg}";
//const ${camel(b.k.env)} = "${b.seg}";

const app = express();
app.get('/health', (req, res) => res.json({ ok: true, rev: '${L('git_sha', X.shortSha())}' }));
app.post('/charge', async (req, res) => {
  const pi = await stripe.paymentIntents.create({ amount: req.body.amount, currency: 'eur' });
  res.json({ id: pi.id, publishable: '${L('public_key', X.pkLive())}' });
});
app.listen(process.env.PORT || 3000);
`,
  typescript: (a, b, c) => D`import { Injectable } from '@nestjs/common';
import axios, { AxiosInstance } from 'axios';

export interface VendorConfig { baseUrl: string; apiKey: string; retries?: number }

const FALLBACK: VendorConfig = {
  baseUrl: 'https://vendor.globex.test/api',
  apiKey: process.env.VENDOR_API_KEY ?? '${a.seg}',
  retries: 3,
};

@Injectable()
export class VendorService {
  private http: AxiosInstance;
  constructor(cfg: VendorConfig = FALLBACK, private readonly webhookSecret = '${b.seg}') {
    this.http = axios.create({ baseURL: cfg.baseUrl, headers: { 'X-Api-Key': cfg.apiKey } });
  }
  // correlation ids look like ${L('request_id', X.requestId())}
  async ping(): Promise<boolean> { return (await this.http.get('/ping')).status === 200; }
}
`,
  go: (a, b, c) => D`package config

import (
	"os"
	"time"
)

// Defaults used by integration tests; prod values come from the environment.
const (
	defaultDSN   = "${conn()}"
	apiToken     = "${a.seg}"
	buildCommit  = "${L('git_sha', X.gitSha())}"
	requestTTL   = 30 * time.Second
)

type Config struct {
	DSN    string
	Token  string
	Secret string
}

func Load() Config {
	c := Config{DSN: defaultDSN, Token: apiToken, Secret: "${b.seg}"}
	if v := os.Getenv("DSN"); v != "" {
		c.DSN = v
	}
	return c
}
`,
  java: (a, b, c) => D`package com.acme.billing.integration;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

public final class LedgerClient {
    private static final String BASE_URL = "https://ledger.acme.example/v1";
    private static final String API_KEY = "${a.seg}";
    // private static final String OLD_KEY = "${b.seg}";
    private static final String SCHEMA_VERSION = "${L('version', X.version())}";

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest balanceRequest(String accountRef) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + "/balances/" + accountRef))
            .header("Authorization", "Bearer " + API_KEY)
            .header("X-Request-Id", "${L('uuid', X.uuidv4())}")
            .build();
    }

    static DataSource ds() {
        return DataSourceBuilder.create().url("jdbc:postgresql://db.acme.example/ledger")
            .username("ledger").password("${S('DATABASE_PASSWORD', pw())}").build();
    }
}
`,
  csharp: (a, b, c) => D`using System;
using System.Net.Http;
using Azure.Storage.Blobs;

namespace Acme.Reports
{
    public class ExportJob
    {
        private const string StorageConn = "DefaultEndpointsProtocol=https;AccountName=acmereports;AccountKey=${S('AZURE_STORAGE_KEY', KIND.AZURE_STORAGE_KEY.g())};EndpointSuffix=core.storage.acme.example";
        private readonly HttpClient _http = new HttpClient();

        public ExportJob(string apiKey = "${a.seg}")
        {
            _http.DefaultRequestHeaders.Add("X-API-KEY", apiKey);
        }

        // var legacy = new LegacyClient("${b.seg}");
        public Guid JobId { get; } = Guid.Parse("${L('uuid', X.uuidv4())}");
    }
}
`,
  ruby: (a, b, c) => D`# frozen_string_literal: true
require "faraday"

module Shipping
  class Carrier
    API_KEY = ENV.fetch("CARRIER_API_KEY", "${a.seg}")
    TRACKING_SAMPLE = "${L('tracking_number', X.tracking())}"

    def initialize(secret: "${b.seg}")
      @conn = Faraday.new(url: "https://carrier.globex.test") do |f|
        f.request :authorization, "Bearer", secret
      end
    end

    def label(order)
      @conn.post("/labels", { ref: order.number, weight_g: order.weight }).body
    end
  end
end
`,
  php: (a, b, c) => D`<?php
declare(strict_types=1);

namespace App\\Services;

final class MailerFactory
{
    public static function make(): \\PHPMailer\\PHPMailer\\PHPMailer
    {
        $m = new \\PHPMailer\\PHPMailer\\PHPMailer(true);
        $m->isSMTP();
        $m->Host = 'smtp.acme.example';
        $m->Username = 'notifications@acme.example';
        $m->Password = '${S('SMTP_PASSWORD', pw())}';
        $m->Port = 587;
        return $m;
    }

    private const API_TOKEN = '${a.seg}';
    // $legacy = '${b.seg}';
    private const CACHE_BUSTER = '${L('hash', X.md5())}';
}
`,
  rust: (a, b, c) => D`use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

/// Release built from ${L('git_sha', X.gitSha())}
const API_TOKEN: &str = "${a.seg}";
const DB_URL: &str = "${conn()}";

pub fn client() -> reqwest::Client {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_static(concat!("Bearer ", "${b.seg}")));
    reqwest::Client::builder().default_headers(h).build().expect("client")
}

#[cfg(test)]
mod tests {
    #[test]
    fn token_shape() { assert!(super::API_TOKEN.len() > 20); }
}
`,
  kotlin: (a, b, c) => D`package com.acme.android.http

import okhttp3.OkHttpClient
import okhttp3.Interceptor

object ApiKeys {
    const val MAPS = "${a.seg}"
    // const val ANALYTICS = "${b.seg}"
    const val APP_VERSION = "${L('version', X.version())}"
}

class AuthInterceptor(private val token: String = "${sec()}") : Interceptor {
    override fun intercept(chain: Interceptor.Chain) = chain.proceed(
        chain.request().newBuilder().addHeader("Authorization", "Bearer $token").build()
    )
}

val client = OkHttpClient.Builder().addInterceptor(AuthInterceptor()).build()
`,
  swift: (a, b, c) => D`import Foundation

enum Secrets {
    static let apiKey = "${a.seg}"
    static let sentryDSN = "https://${L('public_key', hex(32))}@sentry.acme.example/${int(2, 90)}"
}

final class APIClient {
    private let session = URLSession(configuration: .default)
    private let secret: String

    init(secret: String = "${b.seg}") { self.secret = secret }

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.acme.example" + path)!)
        r.setValue(secret, forHTTPHeaderField: "X-Client-Secret")
        r.setValue("${L('uuid', X.uuidv4().toUpperCase())}", forHTTPHeaderField: "X-Install-Id")
        return r
    }
}
`,
  cpp: (a, b, c) => D`#include <curl/curl.h>
#include <string>

namespace telemetry {
// FIXME: injected at build time in CI, hardcoded for the demo build
static const char* kIngestKey = "${a.seg}";
static constexpr char kBuildId[] = "${L('build_number', String(int(10000, 999999)))}";

bool Upload(const std::string& payload) {
  CURL* c = curl_easy_init();
  struct curl_slist* h = nullptr;
  h = curl_slist_append(h, (std::string("DD-API-KEY: ") + kIngestKey).c_str());
  // h = curl_slist_append(h, "Authorization: Bearer ${b.seg}");
  curl_easy_setopt(c, CURLOPT_URL, "https://intake.metrics.acme.example/api/v2/series");
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, payload.c_str());
  return curl_easy_perform(c) == CURLE_OK;
}
}  // namespace telemetry
`,
  scala: (a, b, c) => D`package com.acme.etl

import org.apache.spark.sql.SparkSession

object Loader extends App {
  val spark = SparkSession.builder.appName("nightly-load").getOrCreate()
  spark.conf.set("fs.s3a.access.key", "${S('AWS_ACCESS_KEY', KIND.AWS_ACCESS_KEY.g())}")
  spark.conf.set("fs.s3a.secret.key", "${S('AWS_SECRET_KEY', KIND.AWS_SECRET_KEY.g())}")
  val jdbcUrl = "jdbc:postgresql://warehouse.acme.example:5432/dw"
  val props = new java.util.Properties()
  props.setProperty("user", "etl_loader")
  props.setProperty("password", "${S('POSTGRES_PASSWORD', pw())}")
  // run id ${L('uuid', X.uuidv4())}
  val token = sys.env.getOrElse("API_TOKEN", "${a.seg}")
}
`,
  bash: (a, b, c) => D`#!/usr/bin/env bash
set -euo pipefail
# deploy.sh — pushes the build to the edge nodes

REGISTRY_USER="ci"
REGISTRY_PASS="${S('DOCKER_REGISTRY_PASSWORD', pw(true))}"
export ${a.k.env}="${a.seg}"
# export ${b.k.env}="${b.seg}"
TAG="\${1:-${L('git_sha', X.shortSha())}}"

echo "$REGISTRY_PASS" | docker login registry.acme.example -u "$REGISTRY_USER" --password-stdin
docker push "registry.acme.example/edge:$TAG"
curl -fsS -u "deploy:${S('BASIC_AUTH_PASSWORD', pw(true))}" "https://edge-admin.acme.example/reload?tag=$TAG"
`,
  powershell: (a, b, c) => D`# Sync-Reports.ps1
param(
    [string]$ApiKey = "${a.seg}",
    [string]$Tenant = "${L('uuid', X.uuidv4())}"
)
$secure = ConvertTo-SecureString "${S('AZURE_CLIENT_SECRET', KIND.AZURE_CLIENT_SECRET.g())}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("${L('uuid', X.uuidv4())}", $secure)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $Tenant
# $env:${b.k.env} = "${b.seg}"
Invoke-RestMethod -Uri "https://reports.acme.example/api/sync" -Headers @{ "X-Api-Key" = $ApiKey } -Method Post
`,
  elixir: (a, b, c) => D`import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "${S('POSTGRES_PASSWORD', pw())}",
  hostname: "db.acme.example",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  secret_key_base: "${S('PHOENIX_SECRET_KEY_BASE', str(DIG + LOW + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ+/', 64))}",
  live_view: [signing_salt: "${L('hash', b62(8))}"]

config :shop, :payments, api_key: "${a.seg}"
# config :shop, :mailer, api_key: "${b.seg}"
`,
  dart: (a, b, c) => D`import 'package:http/http.dart' as http;

class Env {
  static const apiBase = 'https://api.acme.example';
  static const apiKey = String.fromEnvironment('API_KEY', defaultValue: '${a.seg}');
  static const buildSha = '${L('git_sha', X.shortSha())}';
}

Future<http.Response> fetchProfile(String id, {String token = '${b.seg}'}) {
  return http.get(Uri.parse('\${Env.apiBase}/profiles/$id'), headers: {'Authorization': 'Bearer $token'});
}
`,
  perl: (a, b, c) => D`#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect("DBI:mysql:database=legacy;host=mysql.acme.example", "legacy_rw", "${S('MYSQL_PASSWORD', pw())}")
    or die $DBI::errstr;
my $api_key = '${a.seg}';
# my $old = '${b.seg}';
my $batch = "${L('uuid', X.uuidv4())}";
print "batch $batch started\\n";
`,
  lua: (a, b, c) => D`-- nginx/openresty: auth.lua
local http = require "resty.http"
local _M = { _VERSION = "${L('version', X.version())}" }

local UPSTREAM_KEY = "${a.seg}"
local REDIS_PASS = "${S('REDIS_PASSWORD', pw())}"

function _M.forward(req)
  local httpc = http.new()
  return httpc:request_uri("https://upstream.acme.example" .. req.uri, {
    headers = { ["X-Upstream-Key"] = UPSTREAM_KEY, ["X-Trace"] = "${L('trace_id', X.traceId())}" },
  })
end
-- local LEGACY = "${b.seg}"
return _M
`,
  r: (a, b, c) => D`library(httr)
library(DBI)

con <- dbConnect(RPostgres::Postgres(), host = "analytics.acme.example", dbname = "survey",
                 user = "analyst", password = "${S('POSTGRES_PASSWORD', pw())}")
Sys.setenv(${a.k.env} = "${a.seg}")
res <- GET("https://api.acme.example/v1/export", add_headers(Authorization = paste("Bearer", "${b.seg}")))
# survey wave ${L('date', X.date())}, seed ${L('build_number', String(int(1000, 99999)))}
df <- content(res, as = "parsed")
`,
  groovy: (a, b, c) => D`pipeline {
  agent { label 'linux' }
  environment {
    REGISTRY = 'registry.acme.example'
    SONAR_TOKEN = '${S('SONARQUBE_TOKEN', KIND.SONARQUBE_TOKEN.g())}'
    NEXUS_CREDS = credentials('nexus-deploy')
  }
  stages {
    stage('Publish') {
      steps {
        sh "curl -u admin:${S('ADMIN_PASSWORD', pw(true))} -T build/app.jar https://nexus.acme.example/repository/releases/"
        // sh "curl -H 'Authorization: Bearer ${a.seg}' https://hooks.acme.example/notify"
        echo "published ${L('version', X.version())} at ${L('git_sha', X.shortSha())}"
      }
    }
  }
}
`,
  test_fixture_py: (a, b, c) => D`import pytest
from app.auth import verify_token

VALID_JWT = "${S('JWT', KIND.OAUTH_ACCESS_TOKEN_JWT.g())}"
EXPIRED_EXAMPLE = "${L('documented_example', X.JWT_IO_EXAMPLE)}"


@pytest.fixture
def api_client(monkeypatch):
    monkeypatch.setenv("${a.k.env}", "${a.seg}")
    monkeypatch.setenv("WEBHOOK_SECRET", "${L('placeholder', 'test-secret')}")
    from app import create_app
    return create_app().test_client()


def test_verify(api_client):
    assert verify_token(VALID_JWT)["sub"]
    assert verify_token(EXPIRED_EXAMPLE) is None
`,
  test_fixture_js: (a, b, c) => D`import { describe, it, expect } from 'vitest';
import { signWebhook } from '../src/webhooks';

const SECRET = '${S('STRIPE_WEBHOOK_SECRET', KIND.STRIPE_WEBHOOK_SECRET.g())}';
const PAYLOAD = { id: 'evt_${b62(24)}', created: ${L('timestamp', X.epoch().slice(0, 10))}, card: '${L('vendor_test_card', pick(X.TEST_CARDS))}' };

describe('signWebhook', () => {
  it('matches the recorded signature', () => {
    expect(signWebhook(PAYLOAD, SECRET)).toBe('${L('hash', hex(64))}');
  });
  it('uses the integration key', () => {
    expect(process.env.${a.k.env} ?? '${a.seg}').toMatch(/\\S+/);
  });
});
`,
  sql: (a, b, c) => D`-- migration ${L('build_number', String(int(2024, 2026)) + pad2(int(1, 12)) + pad2(int(1, 28)) + '_01')}_seed_integrations.sql
CREATE USER reporting WITH PASSWORD '${S('POSTGRES_PASSWORD', pw())}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
INSERT INTO integrations (id, provider, api_key, created_at) VALUES
  ('${L('uuid', X.uuidv4())}', '${a.k.name}', '${a.seg}', '${L('timestamp', X.isoTs())}'),
  ('${L('uuid', X.uuidv4())}', '${b.k.name}', '${b.seg}', now());
ALTER USER app_rw IDENTIFIED BY '${S('MYSQL_PASSWORD', pw(true))}';
`,
};
const pad2 = (n) => String(n).padStart(2, '0');
export const LANG_NAMES = Object.keys(LANGS);
let li = 0;
export function source_code() {
  const lang = LANG_NAMES[li++ % LANG_NAMES.length];
  const a = secret(), b = secret(), c = secret();
  return { lang, part: LANGS[lang](a, b, c) };
}
