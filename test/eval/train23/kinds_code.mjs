// Source code in many programming languages: hard-coded credentials, test
// fixtures with personal data, commented-out keys, SQL strings, look-alikes.
import { P, L, S } from './doc.mjs';
import { LK } from './lookalikes.mjs';
import { person, anyCulture, emailFor, EMAIL, PHONE, IBAN, CARD, SSN, IP, LOC, BTC, NHS, balancedId } from './pii.mjs';
import { draw, make, styleKey } from './secrets.mjs';
import { secretPieces, dsn, host, BEARER, DBPW, SMALL, PLAIN_TOKEN, publicOneLine as publicOne } from './common.mjs';

const PER = (p) => P(p.text, 'PERSON', { culture: p.culture });
const CITIES = ['Tampere', 'Kraków', 'Brno', 'Szeged', 'Izmir', 'Lviv', 'Tbilisi', 'Yerevan', 'Kyoto', 'Busan', 'Chennai', 'Lahore', 'Haifa', 'Riga', 'Kaunas', 'Tartu', 'Novi Sad', 'Thessaloniki', 'Addis Ababa', 'Leeds', 'Porto', 'Ibadan'];

function helpers(r) {
  const h = {
    per: () => person(r, anyCulture(r)),
    mail: (p) => EMAIL(emailFor(r, p)),
    phone: () => PHONE(r, r.pick(['GB', 'DE', 'FI', 'PL', 'CZ', 'HU', 'TR', 'GR', 'IN', 'JP', 'KR', 'BR', 'US', 'UA', 'GE', 'AM', 'ET', 'IL']), r.pick(['intl', 'e164', 'nat'])),
    city: () => LOC(r.pick(CITIES)),
    tok: () => draw(r, BEARER),
    any: () => draw(r, SMALL),
    db: () => draw(r, DBPW),
    lk: (w) => LK(r, w),
    money: () => balancedId(r).span,
  };
  h.author = () => { const p = h.per(); return [PER(p), ' <', h.mail(p), '>']; };
  h.users = (n) => Array.from({ length: n }, () => { const p = h.per(); return { p, name: PER(p), mail: h.mail(p), phone: h.phone(), city: h.city(), money: h.money() }; });
  return h;
}

// language templates: (r, d, h) => void
const T = {
  python: (r, d, h) => {
    const a = h.tok(), b = h.any(), db = h.db();
    d.w`# ${r.pick(['settings.py', 'etl/config.py', 'scripts/sync_crm.py'])}\n# Author: ${h.author()}\nimport os\nimport requests\n\n`;
    d.w`${styleKey(a.kw, 'env')} = "${a.span()}"\n${styleKey(b.kw, 'env')} = os.environ.get("${styleKey(b.kw, 'env')}", "`; d.add(secretPieces(r, b)); d.text('")\n');
    d.text('DATABASE_URL = "'); d.add(dsn(r, db)); d.text('"\n');
    const old = h.any(); d.w`# ${styleKey(old.kw, 'env')} = "${old.span()}"  # old, revoked?\nAPP_VERSION = "${h.lk('version')}"\n\n`;
    d.w`def fetch(path):\n    return requests.get(f"https://${host(r)}/v1/{path}", headers={"Authorization": f"Bearer {${styleKey(a.kw, 'env')}}"}, timeout=10)\n\n`;
    d.text('TEST_USERS = [\n'); for (const u of h.users(r.int(2, 3))) d.w`    {"name": "${u.name}", "email": "${u.mail}", "phone": "${u.phone}", "city": "${u.city}", "ref": "${u.money}"},\n`; d.text(']\n');
  },
  javascript: (r, d, h) => {
    const a = h.tok(), b = h.any();
    d.w`// ${r.pick(['src/api/client.js', 'server/index.js', 'lib/mailer.js'])}\n// maintainer: ${h.author()}\n'use strict';\nconst axios = require('axios');\n\n`;
    d.w`const ${styleKey(a.kw, 'camel')} = '${a.span()}';\nconst config = {\n  ${styleKey(b.kw, 'camel')}: process.env.${styleKey(b.kw, 'env')} || '`; d.add(secretPieces(r, b)); d.w`',\n  region: '${r.pick(['eu-north-1', 'eu-central-1'])}',\n  requestId: '${h.lk('uuid')}',\n};\n\n`;
    d.w`async function listCustomers() {\n  const res = await axios.get('https://${host(r)}/customers', { headers: { 'X-Api-Key': ${styleKey(a.kw, 'camel')} } });\n  return res.data;\n}\n\n`;
    d.text('const fixtures = [\n'); for (const u of h.users(r.int(2, 3))) d.w`  { name: '${u.name}', email: '${u.mail}', phone: '${u.phone}' },\n`; d.text('];\nmodule.exports = { listCustomers, config, fixtures };\n');
  },
  typescript: (r, d, h) => {
    const a = h.tok(); const u = h.users(2);
    d.w`/**\n * ${r.pick(['billing.service.ts', 'auth.config.ts'])}\n * @author ${h.author()}\n */\nimport { Injectable } from '@angular/core';\n\nexport const environment = {\n  production: true,\n  apiBase: 'https://${host(r)}',\n  ${styleKey(a.kw, 'camel')}: '${a.span()}',\n  // stripeKey: '${h.lk('placeholder')}',\n  sentryDsn: '`; d.add(secretPieces(r, make(r, 'SENTRY_DSN_KEY'))); d.w`',\n};\n\n`;
    d.w`export interface Customer { id: string; name: string; email: string; }\n\nexport const seed: Customer[] = [\n`; for (const x of u) d.w`  { id: '${h.lk('uuid')}', name: '${x.name}', email: '${x.mail}' },\n`; d.text('];\n');
  },
  go: (r, d, h) => {
    const a = h.tok(), db = h.db();
    d.w`// Package store — written by ${h.author()}\npackage store\n\nimport (\n\t"database/sql"\n\t"net/http"\n)\n\nconst (\n\t${styleKey(a.kw, 'pascal')} = "${a.span()}"\n\tdsn = "`; d.add(dsn(r, db)); d.w`"\n\tbuild = "${h.lk('git_sha')}"\n)\n\n`;
    d.w`func newRequest(url string) (*http.Request, error) {\n\treq, err := http.NewRequest("GET", url, nil)\n\treq.Header.Set("Authorization", "Bearer "+${styleKey(a.kw, 'pascal')})\n\treturn req, err\n}\n\n`;
    const u = h.users(1)[0]; d.w`var testCustomer = Customer{Name: "${u.name}", Email: "${u.mail}", Phone: "${u.phone}", IBAN: "${IBAN(r, undefined, false)}"}\n`;
  },
  rust: (r, d, h) => {
    const a = h.tok(); const u = h.users(1)[0];
    d.w`//! ${r.pick(['src/config.rs', 'src/client.rs'])}\n//! Authors: ${h.author()}\nuse reqwest::header::AUTHORIZATION;\n\npub const ${styleKey(a.kw, 'env')}: &str = "${a.span()}";\npub const USER_AGENT: &str = "sync/${h.lk('version')}";\n\n`;
    d.w`#[cfg(test)]\nmod tests {\n    #[test]\n    fn parses_customer() {\n        let c = Customer::new("${u.name}", "${u.mail}", "${u.city}");\n        assert_eq!(c.id.len(), 36); // e.g. ${h.lk('uuid')}\n    }\n}\n`;
  },
  java: (r, d, h) => {
    const a = h.tok(), db = h.db(); const u = h.users(2);
    d.w`/*\n * Copyright (c) ${r.int(2019, 2025)} ${h.lk('company')}\n * Author: ${h.author()}\n */\npackage com.corp.crm;\n\npublic final class Secrets {\n    public static final String ${styleKey(a.kw, 'env')} = "${a.span()}";\n    static final String JDBC_URL = "jdbc:postgresql://${host(r, 'db')}:5432/crm";\n    static final String JDBC_PASSWORD = "${db.span()}";\n`;
    d.w`    // private static final String OLD_KEY = "${h.any().span()}";\n}\n\nclass Fixtures {\n`; for (const x of u) d.w`    static Customer c${r.int(1, 99)} = new Customer("${x.name}", "${x.mail}", "${x.phone}");\n`; d.text('}\n');
  },
  kotlin: (r, d, h) => {
    const a = h.tok(); const u = h.users(2);
    d.w`// ${r.pick(['ApiModule.kt', 'Config.kt'])} — ${h.author()}\npackage app.net\n\nobject ApiConfig {\n    const val BASE_URL = "https://${host(r)}/"\n    const val ${styleKey(a.kw, 'env')} = "${a.span()}"\n    val theme = "${h.lk('hex_color')}"\n}\n\nval previewUsers = listOf(\n`;
    for (const x of u) d.w`    User(name = "${x.name}", email = "${x.mail}", city = "${x.city}"),\n`; d.text(')\n');
  },
  csharp: (r, d, h) => {
    const a = h.tok(), db = h.db();
    d.w`// <copyright>${h.lk('company')}</copyright>\n// <author>${h.author()}</author>\nusing System.Net.Http;\n\nnamespace Billing.Infrastructure\n{\n    public static class Settings\n    {\n        public const string ${styleKey(a.kw, 'pascal')} = "${a.span()}";\n        public const string ConnectionString = "Server=${host(r, 'sql')};Database=Billing;User Id=billing_app;Password=${db.span()};";\n        public static readonly Guid TenantId = Guid.Parse("${h.lk('uuid')}");\n    }\n}\n`;
    const u = h.users(1)[0]; d.w`// test: new Invoice("${u.name}", "${u.mail}", "${IBAN(r)}")\n`;
  },
  cpp: (r, d, h) => {
    const a = h.tok();
    d.w`// telemetry_client.cpp\n// Maintainer: ${h.author()}\n#include <string>\n\nnamespace cfg {\nconstexpr const char* kEndpoint = "https://${host(r)}/ingest";\nconstexpr const char* k${styleKey(a.kw, 'pascal')} = "${a.span()}";\nconstexpr const char* kBuild = "${h.lk('build_number')}";\n}  // namespace cfg\n\n`;
    const u = h.users(1)[0]; d.w`// repro for crash reported by ${u.name} (${u.mail}) from ${IP(r)}\n`;
  },
  c: (r, d, h) => {
    const a = h.any();
    d.w`/* firmware/net.c — ${h.author()} */\n#include <stdio.h>\n\n#define WIFI_SSID "${r.pick(['Warehouse-2G', 'Office-IoT', 'Lab'])}"\n#define WIFI_PSK "${make(r, 'WIFI_PSK').span()}"\n#define ${styleKey(a.kw, 'env')} "`; d.add(secretPieces(r, a)); d.w`"\n#define FW_VERSION "${h.lk('version')}"\n#define DEVICE_MAC "${h.lk('mac_address')}"\n`;
  },
  ruby: (r, d, h) => {
    const a = h.tok(), db = h.db(); const u = h.users(2);
    d.w`# config/initializers/integrations.rb\n# owner: ${h.author()}\nStripe.api_key = "${make(r, r.pick(['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY'])).span()}"\n${styleKey(a.kw, 'env')} = ENV.fetch("${styleKey(a.kw, 'env')}") { "${a.span()}" }\nDATABASE_URL = "`; d.add(dsn(r, db, 'postgres')); d.text('"\n\n# db/seeds.rb\n');
    for (const x of u) d.w`User.create!(name: "${x.name}", email: "${x.mail}", phone: "${x.phone}")\n`;
  },
  php: (r, d, h) => {
    const db = h.db(), a = h.tok();
    d.w`<?php\n// wp-config.php — site maintained by ${h.author()}\ndefine('DB_NAME', 'wordpress');\ndefine('DB_USER', 'wp_${r.pick(['admin', 'prod', 'site'])}');\ndefine('DB_PASSWORD', '${db.span()}');\ndefine('DB_HOST', '${h.lk('hostname')}');\ndefine('AUTH_KEY', '${make(r, 'SESSION_SECRET').span()}');\n$${styleKey(a.kw, 'camel')} = '${a.span()}';\n// define('SMTP_PASS', '${h.lk('placeholder')}');\n`;
    const u = h.users(1)[0]; d.w`$demo = ['name' => '${u.name}', 'email' => '${u.mail}', 'city' => '${u.city}'];\n`;
  },
  swift: (r, d, h) => {
    const a = h.tok(); const u = h.users(1)[0];
    d.w`//\n//  Secrets.swift\n//  Created by ${h.author()} on ${h.lk('date')}.\n//\nimport Foundation\n\nenum Secrets {\n    static let ${styleKey(a.kw, 'camel')} = "${a.span()}"\n    static let deployKey = "${publicOne(r)}"\n}\n\nlet preview = Contact(name: "${u.name}", phone: "${u.phone}", email: "${u.mail}")\n`;
  },
  scala: (r, d, h) => {
    const a = h.tok(), db = h.db();
    d.w`// src/main/scala/etl/Conf.scala — ${h.author()}\npackage etl\n\nobject Conf {\n  val jdbcUrl = "`; d.add(dsn(r, db, 'postgresql')); d.w`"\n  val ${styleKey(a.kw, 'camel')} = "${a.span()}"\n  val runId = "${h.lk('uuid')}"\n}\n`;
    const u = h.users(2); d.text('val sample = Seq(\n'); for (const x of u) d.w`  Row("${x.name}", "${x.mail}", "${x.city}"),\n`; d.text(')\n');
  },
  perl: (r, d, h) => {
    const a = h.tok(), db = h.db();
    d.w`#!/usr/bin/perl\n# nightly_export.pl — ${h.author()}\nuse strict; use warnings; use DBI;\n\nmy $dbh = DBI->connect("dbi:mysql:database=crm;host=${h.lk('hostname')}", "export", "${db.span()}");\nmy %cfg = (token => '${a.span()}', notify => '${h.mail(h.per())}');\n# my $old_token = '${h.any().span()}';\n`;
  },
  lua: (r, d, h) => {
    const a = h.tok();
    d.w`-- conf.lua (${h.author()})\nlocal M = {}\nM.api_url = "https://${host(r)}"\nM.${styleKey(a.kw, 'snake')} = "${a.span()}"\nM.motd = "Welcome, ${h.per().given}"\nM.color = "${h.lk('hex_color')}"\nreturn M\n`;
  },
  r: (r, d, h) => {
    const a = h.tok(); const u = h.users(2);
    d.w`# analysis/pull_data.R — ${h.author()}\nlibrary(httr)\n${styleKey(a.kw, 'snake')} <- "${a.span()}"\nres <- GET("https://${host(r)}/export", add_headers(Authorization = paste("Bearer", ${styleKey(a.kw, 'snake')})))\n\nrespondents <- data.frame(\n  name = c(${u.length ? '' : ''}`; u.forEach((x, i) => d.w`"${x.name}"${i < u.length - 1 ? ', ' : ''}`); d.text('),\n  email = c('); u.forEach((x, i) => d.w`"${x.mail}"${i < u.length - 1 ? ', ' : ''}`); d.text(')\n)\n');
  },
  dart: (r, d, h) => {
    const a = h.tok(); const u = h.users(1)[0];
    d.w`// lib/env.dart — ${h.author()}\nclass Env {\n  static const ${styleKey(a.kw, 'camel')} = '${a.span()}';\n  static const firebaseApiKey = '${make(r, 'GOOGLE_API_KEY').span()}';\n  static const appVersion = '${h.lk('version')}';\n}\n\nfinal demoProfile = Profile(name: '${u.name}', city: '${u.city}', phone: '${u.phone}');\n`;
  },
  elixir: (r, d, h) => {
    const a = h.tok(), db = h.db();
    d.w`# config/prod.exs — ${h.author()}\nimport Config\n\nconfig :shop, Shop.Repo,\n  username: "shop",\n  password: "${db.span()}",\n  hostname: "${h.lk('hostname')}"\n\nconfig :shop, :${styleKey(a.kw, 'snake')}, "${a.span()}"\nconfig :shop, ShopWeb.Endpoint, secret_key_base: "${make(r, 'RAILS_SECRET_KEY_BASE').span()}"\n`;
  },
  haskell: (r, d, h) => {
    const a = h.tok(); const u = h.users(1)[0];
    d.w`-- | Config.hs\n-- Maintainer: ${h.author()}\nmodule Config where\n\napiToken :: String\napiToken = "${a.span()}"\n\nsampleUser :: User\nsampleUser = User { userName = "${u.name}", userEmail = "${u.mail}" }\n`;
  },
  powershell: (r, d, h) => {
    const a = h.tok(); const pw = draw(r, (c) => !!c.pw && !['DOOR_KEYPAD_MASTER_CODE', 'SNMP_COMMUNITY_STRING'].includes(c.e));
    d.w`# deploy.ps1 — ${h.author()}\n$ErrorActionPreference = "Stop"\n$securePw = ConvertTo-SecureString "${pw.span()}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_deploy", $securePw)\n$headers = @{ Authorization = "Bearer ${a.span()}" }\nInvoke-RestMethod -Uri "https://${host(r)}/api/deploy/${h.lk('build_number')}" -Headers $headers -Method Post\n`;
  },
  bash: (r, d, h) => {
    const a = h.tok(), db = h.db();
    d.w`#!/usr/bin/env bash\n# backup.sh — ${h.author()}\nset -euo pipefail\n\nexport PGPASSWORD='${db.span()}'\n${styleKey(a.kw, 'env')}="${a.span()}"\nSTAMP=$(date +%F)\npg_dump -h ${h.lk('hostname')} -U backup app | gzip > /srv/backup/app-$STAMP.sql.gz\ncurl -s -H "Authorization: Bearer $${styleKey(a.kw, 'env')}" -F file=@/srv/backup/app-$STAMP.sql.gz https://${host(r, 'files')}/upload\n# notify ${h.mail(h.per())}\n`;
  },
  groovy: (r, d, h) => {
    const a = h.tok();
    d.w`// build.gradle — ${h.author()}\nplugins { id 'java' }\nversion = '${h.lk('version')}'\nrepositories {\n  maven {\n    url 'https://maven.corp.example/releases'\n    credentials { username = 'ci'; password = '${make(r, 'ARTIFACTORY_API_KEY').span()}' }\n  }\n}\next.${styleKey(a.kw, 'camel')} = '${a.span()}'\n`;
  },
  julia: (r, d, h) => {
    const a = h.tok(); const u = h.users(2);
    d.w`# fetch.jl — ${h.author()}\nusing HTTP, JSON3\nconst TOKEN = "${a.span()}"\nresp = HTTP.get("https://${host(r)}/data", ["Authorization" => "Bearer $TOKEN"])\npeople = [\n`; for (const x of u) d.w`    (name = "${x.name}", email = "${x.mail}", where = "${x.city}"),\n`; d.text(']\n');
  },
  sql: (r, d, h) => {
    const u = h.users(r.int(2, 3));
    d.w`-- migrations/0042_seed_staff.sql — ${h.author()}\nINSERT INTO staff (id, name, email, phone, city) VALUES\n`; u.forEach((x, i) => d.w`  ('${h.lk('uuid')}', '${x.name}', '${x.mail}', '${x.phone}', '${x.city}')${i < u.length - 1 ? ',' : ';'}\n`);
    const s = h.tok(); d.w`INSERT INTO integrations (name, token) VALUES ('${styleKey(s.kw, 'words')}', '${s.span()}');\n-- rotated ${h.lk('date')}\n`;
  },
};
export const CODE_LANGS = Object.keys(T);

const CMT = { python: '#', javascript: '//', typescript: '//', go: '//', rust: '//', java: '//', kotlin: '//', csharp: '//', cpp: '//', c: '//', ruby: '#', php: '//', swift: '//', scala: '//',
  perl: '#', lua: '--', r: '#', dart: '//', elixir: '#', haskell: '--', powershell: '#', bash: '#', groovy: '//', julia: '#', sql: '--' };
function sourceCode(r, d) {
  const lang = d.meta.codeLang ?? r.pick(CODE_LANGS);
  d.meta.codeLang = lang;
  const h = helpers(r);
  T[lang](r, d, h);
  if (r.chance(0.85)) { // a commented-out leftover or a TODO with a value in it
    const s = draw(r, SMALL); const c = CMT[lang];
    d.add(['\n', c, ' ', r.pick(['TODO remove before release: ', 'legacy (pre-vault) ', 'FIXME hardcoded for the demo: ', 'temp for staging — ']), `${styleKey(s.kw, 'snake')}=`, ...secretPieces(r, s), '\n']);
  }
  if (r.chance(0.4)) { const c = CMT[lang]; d.add([c, ' see ', h.lk('ticket_id'), ', reviewed by ', P(h.per().text, 'PERSON'), '\n']); }
}
function notebook(r, d) {
  d.meta.codeLang = 'python';
  const h = helpers(r); const a = h.tok(); const u = h.users(2);
  const esc = (x) => typeof x === 'string' ? x.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : x;
  d.text('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n');
  d.add(['    "import pandas as pd\\n",\n    "', `${styleKey(a.kw, 'env')} = '`, a.span(), `'\\n",\n    "df = pd.read_csv('customers.csv')\\n"\n   ]\n  },\n`]);
  d.text('  {\n   "cell_type": "code",\n   "execution_count": 4,\n   "metadata": {},\n   "outputs": [\n    {\n     "output_type": "stream",\n     "name": "stdout",\n     "text": [\n');
  for (const x of u) d.add(['      "', x.name, '\\t', x.mail, '\\t', x.city, '\\n",\n']);
  d.w`      "rows: ${r.int(100, 9000)}\\n"\n     ]\n    }\n   ],\n   "source": [ "df.head(2)" ]\n  }\n ],\n "metadata": { "kernelspec": { "name": "python3" }, "id": "${h.lk('uuid')}" },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
}
export const CODE_KINDS = { source_code: sourceCode, notebook };
