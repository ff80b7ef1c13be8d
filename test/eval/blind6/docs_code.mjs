// blind6: source code in many languages, notebooks, git output (secrets hard-coded by developers).
import { T, jsonEsc } from './lib.mjs';
import { s, l, p, who, nextKind, single, tokenish, keyOf, styleKey, jsonV, pick, int, chance } from './ctx.mjs';

const sec = () => { const k = nextKind(single); return { k, key: keyOf(k), v: s(k) }; };
const tok = () => { const k = nextKind(tokenish); return { k, key: keyOf(k), v: s(k) }; };
const camel = (k) => styleKey(k, 'camel');
const snake = (k) => styleKey(k, 'snake');

const LANGS = {
  python: () => { const a = tok(), b = sec(); return T`import os
import requests

# FIXME: ${pick(['move to vault before merge', 'temporary, rotated after the demo', 'ask Dana where this should live'])}
${a.key} = "${a.v}"
${b.key} = os.environ.get("${b.key}", "${b.v}")
COMMIT = "${l('git_sha')}"  # pinned upstream revision

def fetch_report(day: str) -> dict:
    resp = requests.get(
        "https://reports.acme.example/v2/daily",
        params={"day": day, "request_id": "${l('uuid')}"},
        headers={"Authorization": f"Bearer {${a.key}}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()

if __name__ == "__main__":
    print(fetch_report("${l('date', '2025-11-03')}"))
`; },
  javascript: () => { const a = tok(), b = sec(); return T`'use strict';
const axios = require('axios');

// config inlined for the hotfix — ${pick(['revert me', 'see ticket OPS-' + int(100, 999), 'do NOT ship'])}
const config = {
  ${camel(a.key)}: '${a.v}',
  ${camel(b.key)}: process.env.${b.key} || "${b.v}",
  publicKey: '${l('publishable_key')}',
  release: '${l('version')}',
};

module.exports = async function sync(items) {
  const client = axios.create({ baseURL: 'https://api.partner.example', headers: { 'x-api-key': config.${camel(a.key)} } });
  for (const it of items) await client.post('/items', { ...it, idempotencyKey: it.id });
  return items.length;
};
`; },
  typescript: () => { const a = tok(), b = sec(); return T`import { Injectable } from '@nestjs/common';

export const SETTINGS = {
  ${camel(a.key)}: "${a.v}",
  ${camel(b.key)}: \`${b.v}\`,
  webhookPath: '/hooks/${l('uuid')}',
} as const;

@Injectable()
export class BillingClient {
  private readonly base = 'https://billing.acme.example';
  async charge(customerId: string, cents: number): Promise<string> {
    const r = await fetch(\`\${this.base}/charges\`, {
      method: 'POST',
      headers: { Authorization: \`Bearer \${SETTINGS.${camel(a.key)}}\`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerId, cents, currency: 'eur' }),
    });
    return (await r.json()).id;
  }
}
`; },
  go: () => { const a = tok(), b = sec(); return T`package main

import (
	"log"
	"net/http"
	"os"
)

const (
	${camel(a.key)} = "${a.v}"
	buildCommit = "${l('git_sha')}"
)

var ${camel(b.key)} = getenv("${b.key}", "${b.v}")

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	req, _ := http.NewRequest("GET", "https://inventory.acme.example/api/v1/stock", nil)
	req.Header.Set("Authorization", "Token "+${camel(a.key)})
	if _, err := http.DefaultClient.Do(req); err != nil {
		log.Fatalf("sync failed (build %s): %v", buildCommit, err)
	}
}
`; },
  java: () => { const a = tok(), b = sec(); return T`package com.acme.integrations;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

public final class PartnerGateway {
    // TODO(${pick(['jkowalski', 'mtanaka', 'rfernandes'])}): read from Secrets Manager
    private static final String ${a.key} = "${a.v}";
    private static final String ${b.key} = "${b.v}";
    private static final String SCHEMA_VERSION = "${l('version')}";

    public HttpRequest build(String orderId) {
        return HttpRequest.newBuilder(URI.create("https://partner.globex.test/orders/" + orderId))
            .header("X-Api-Key", ${a.key})
            .header("X-Signature-Secret", ${b.key})
            .header("X-Trace", "${l('trace_id')}")
            .build();
    }
}
`; },
  kotlin: () => { const a = tok(), b = sec(); return T`package com.acme.mobile.net

object ApiKeys {
    const val ${a.key} = "${a.v}"
    val ${camel(b.key)}: String = System.getenv("${b.key}") ?: "${b.v}"
    const val MAPS_PUBLIC = "${l('publishable_key')}"
}

class Api(private val http: okhttp3.OkHttpClient) {
    fun ping() = http.newCall(
        okhttp3.Request.Builder().url("https://api.acme.example/ping")
            .addHeader("Authorization", "Bearer \${ApiKeys.${a.key}}").build()
    ).execute()
}
`; },
  csharp: () => { const a = tok(), b = sec(); return T`using System.Net.Http;
using System.Net.Http.Headers;

namespace Acme.Ledger.Sync
{
    public static class Secrets
    {
        public const string ${styleKey(a.key, 'camel').replace(/^./, (c) => c.toUpperCase())} = "${a.v}";
        public static readonly string ${styleKey(b.key, 'camel').replace(/^./, (c) => c.toUpperCase())} = @"${b.v}";
        public const string AssemblyHash = "${l('sha256_hex')}";
    }

    public class Uploader
    {
        private readonly HttpClient _http = new HttpClient();
        public Uploader()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Secrets.${styleKey(a.key, 'camel').replace(/^./, (c) => c.toUpperCase())});
        }
    }
}
`; },
  ruby: () => { const a = tok(), b = sec(); return T`# frozen_string_literal: true
require 'net/http'

module Acme
  class Notifier
    ${a.key} = '${a.v}'.freeze
    ${b.key} = ENV.fetch('${b.key}') { '${b.v}' }
    GEM_VERSION = '${l('version')}'

    def deliver(payload)
      uri = URI('https://notify.acme.example/v1/send')
      req = Net::HTTP::Post.new(uri, 'Authorization' => "Bearer #{${a.key}}")
      req.body = payload.to_json
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
    end
  end
end
`; },
  php: () => { const a = tok(), b = sec(); return T`<?php
// wp-config.php excerpt + custom plugin settings
define('DB_NAME', 'wp_shop');
define('DB_USER', 'wp_admin');
define('DB_PASSWORD', '${s('MYSQL_PASSWORD')}');
define('DB_HOST', 'mysql.internal.acme.example');
define('AUTH_SALT', '${l('placeholder', 'put your unique phrase here')}');
$settings = [
    '${snake(a.key)}' => '${a.v}',
    '${snake(b.key)}' => "${b.v}",
    'cache_bust' => '${l('md5')}',
];
$table_prefix = 'wp_';
`; },
  rust: () => { const a = tok(), b = sec(); return T`use reqwest::header::{HeaderMap, AUTHORIZATION};

// hard-coded for the benchmark harness; ${pick(['never deploy this', 'rotate after', 'remove before open-sourcing'])}
const ${a.key}: &str = "${a.v}";
static ${b.key}: &str = r#"${b.v}"#;
const CRATE_REV: &str = "${l('short_sha')}";

pub fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, format!("Bearer {}", ${a.key}).parse().unwrap());
    h.insert("x-upload-secret", ${b.key}.parse().unwrap());
    h
}
`; },
  swift: () => { const a = tok(), b = sec(); return T`import Foundation

enum Env {
    static let ${camel(a.key)} = "${a.v}"
    static let ${camel(b.key)} = "${b.v}"
    static let buildUUID = UUID(uuidString: "${l('uuid')}")!
}

final class APIClient {
    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.acme.example\\(path)")!)
        r.setValue("Bearer \\(Env.${camel(a.key)})", forHTTPHeaderField: "Authorization")
        return r
    }
}
`; },
  scala: () => { const a = tok(), b = sec(); return T`package com.acme.etl

object Settings {
  val ${camel(a.key)}: String = "${a.v}"
  val ${camel(b.key)}: String = sys.env.getOrElse("${b.key}", "${b.v}")
  val sparkVersion = "${l('version')}"
}

object Job extends App {
  val df = spark.read.format("jdbc")
    .option("url", "jdbc:postgresql://warehouse.acme.example:5432/dwh")
    .option("user", "etl")
    .option("password", "${s('POSTGRES_PASSWORD')}")
    .load()
}
`; },
  cpp: () => { const a = tok(), b = sec(); return T`#include <string>
#include <curl/curl.h>

namespace cfg {
// embedded for the kiosk firmware build ${l('build_number')}
constexpr const char* k${camel(a.key).replace(/^./, (c) => c.toUpperCase())} = "${a.v}";
static const std::string k${camel(b.key).replace(/^./, (c) => c.toUpperCase())} = "${b.v}";
constexpr const char* kFirmwareDigest = "${l('sha256_hex')}";
}  // namespace cfg

void upload(CURL* c) {
  std::string h = std::string("Authorization: Bearer ") + cfg::k${camel(a.key).replace(/^./, (c) => c.toUpperCase())};
  curl_easy_setopt(c, CURLOPT_URL, "https://telemetry.acme.example/ingest");
}
`; },
  elixir: () => { const a = tok(), b = sec(); return T`import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "${s('POSTGRES_PASSWORD')}",
  hostname: "db.internal.acme.example",
  pool_size: ${int(5, 20)}

config :shop, :integrations,
  ${snake(a.key)}: "${a.v}",
  ${snake(b.key)}: System.get_env("${b.key}", "${b.v}"),
  release_sha: "${l('git_sha')}"
`; },
  powershell: () => { const a = tok(), b = sec(); return T`# deploy.ps1 — run from the jump host
$ErrorActionPreference = 'Stop'
$env:${a.key} = '${a.v}'
$${camel(b.key)} = ConvertTo-SecureString '${b.v}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('svc-deploy', $${camel(b.key)})
$build = '${l('build_number', String(int(1000, 9999)))}'
Invoke-RestMethod -Uri "https://deploy.acme.example/api/releases/$build" -Method Post -Credential $cred
Write-Host "Release ${l('version')} triggered"
`; },
  r: () => { const a = tok(); return T`library(httr)
library(jsonlite)

Sys.setenv(${a.key} = "${a.v}")
api_key <- "${s('GENERIC_API_KEY')}"
res <- GET("https://stats.acme.example/api/v1/series",
           query = list(id = "${l('uuid')}", from = "${l('date', '2025-01-01')}"),
           add_headers(Authorization = paste("Token", api_key)))
df <- fromJSON(content(res, "text"))
summary(df$value)
`; },
  dart: () => { const a = tok(), b = sec(); return T`// lib/env.dart — generated by flutter_dotenv fallback, do not edit
class Env {
  static const ${camel(a.key)} = '${a.v}';
  static const ${camel(b.key)} = "${b.v}";
  static const sentryRelease = 'app@${l('version')}';
  static const mapsPublicToken = '${l('publishable_key')}';
}
`; },
  lua: () => { const a = tok(); return T`-- nginx/openresty access phase
local cjson = require "cjson"
local ${snake(a.key)} = "${a.v}"
local upstream_secret = "${s('WEBHOOK_SECRET')}"
local build = "${l('short_sha')}"
ngx.req.set_header("X-Api-Key", ${snake(a.key)})
ngx.req.set_header("X-Build", build)
if ngx.var.http_x_signature ~= ngx.hmac_sha1(upstream_secret, ngx.var.request_body or "") then
  return ngx.exit(401)
end
`; },
  perl: () => { const a = tok(); return T`#!/usr/bin/perl
use strict; use warnings;
use LWP::UserAgent;
my $${snake(a.key)} = '${a.v}';
my $dbpass = "${s(pick(['MYSQL_PASSWORD', 'ORACLE_PASSWORD']))}";
my $ua = LWP::UserAgent->new(agent => 'legacy-cron/${l('version')}');
my $res = $ua->get('https://legacy.acme.example/export.csv', 'X-Auth' => $${snake(a.key)});
die $res->status_line unless $res->is_success;
`; },
};

export const source = () => { const lang = pick(Object.keys(LANGS)); return LANGS[lang](); };
const langDeck = []; export const sourceCycled = () => { if (!langDeck.length) langDeck.push(...Object.keys(LANGS)); return LANGS[langDeck.shift()](); };

export const notebook = () => {
  const a = sec(), b = sec();
  const cell = (src) => T`   "source": [\n${src.map((x, i) => ['    "', x, i < src.length - 1 ? '\\n",\n' : '"\n'])}   ]`;
  return T`{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": ${int(1, 9)},
   "metadata": {},
   "outputs": [],
${cell([T`import os, openai, pandas as pd`, T`os.environ[\\"${a.key}\\"] = \\"${jsonV(a.v)}\\"  # TODO remove`, T`${snake(b.key)} = '${jsonV(b.v)}'`])}
  },
  {
   "cell_type": "code",
   "execution_count": ${int(10, 40)},
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "run id ${l('uuid')} finished in 42.1s\\n",
      "model revision ${l('git_sha')}\\n"
     ]
    }
   ],
${cell([T`df = pd.read_parquet('s3://acme-ml/features/${l('date', '2025-10-01')}/part-0.parquet')`, T`df.describe()`])}
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
};

export const gitDiff = () => {
  const a = sec(), b = sec();
  const file = pick(['config/settings.py', 'deploy/.env.production', 'src/lib/client.ts', 'charts/api/values.yaml']);
  return T`commit ${l('git_sha')}
Author: ${who()}
Date:   ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${pick(['Mar', 'Jun', 'Sep', 'Nov'])} ${int(1, 28)} ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} 2025 +0${int(0, 2)}00

    ${pick(['wip: get staging working again', 'hotfix: payment callback', 'chore: bump deps and config', 'fix creds for the nightly export'])}

diff --git a/${file} b/${file}
index ${l('short_sha', 'a1b2c3d')}..${l('short_sha', 'e4f5a6b')} 100644
--- a/${file}
+++ b/${file}
@@ -${int(3, 40)},7 +${int(3, 40)},8 @@
 LOG_LEVEL=info
-${a.key}=${l('placeholder', pick(['changeme', '<set-me>', 'xxxx']))}
+${a.key}=${a.v}
+${b.key}=${b.v}
 RELEASE=${l('version')}
 REGION=eu-central-1
`;
};

export const gitLog = () => {
  const a = sec();
  const lines = []; for (let i = 0; i < int(4, 7); i++) lines.push(T`${l('short_sha')} ${pick(['fix flaky test', 'refactor billing client', 'docs: update README', 'ci: cache node_modules', 'feat: export to CSV', 'bump lodash'])}${chance(0.3) ? [' to ', l('version')] : ''}\n`);
  return T`$ git log --oneline -8
${lines}${l('short_sha')} revert "add ${a.key.toLowerCase()} for testing"
$ git show ${l('short_sha')} --stat
commit ${l('git_sha')}
Author: ${who()}

    add ${a.key.toLowerCase()} for testing

 .env | 1 +
$ git show HEAD~${int(1, 5)}:.env | grep -i key
${a.key}=${a.v}
$ git remote -v
origin  https://${pick(['oauth2', 'x-access-token', 'ci'])}:${s(pick(['GITHUB_APP_INSTALLATION_TOKEN', 'GITLAB_PAT', 'GITHUB_PAT', 'BITBUCKET_APP_PASSWORD']))}@git.acme.example/${pick(['platform', 'web'])}/${pick(['api', 'infra'])}.git (fetch)
`;
};

export const TEMPLATES = [
  ['source', sourceCycled, 34], ['notebook', notebook, 8], ['git_output', gitDiff, 8], ['git_output', gitLog, 6],
];
